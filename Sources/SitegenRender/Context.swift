import Foundation

/// A Mustache context: a dictionary, which swift-mustache looks up directly (about 3× faster
/// than structs read through `Mirror`).
typealias Context = [String: Any]

/// A key whose value is absent. Surprising but needed: a key that is simply missing makes Mustache
/// look it up in the enclosing contexts (a paper's `date` would find nothing, but an author's missing
/// `href` would find the page's); `NSNull` stops that search and counts as false in `{{#key}}`.
func orNull(_ value: Any?) -> Any {
    value ?? NSNull()
}
