import SitegenCheck

/// A start tag with its text as written, for the hostile-input checks' messages and for telling
/// the site's own scripts from smuggled ones.
@dynamicMemberLookup
struct SourcedTag {
    let tag: HTMLTokenizer.StartTag
    let source: String

    subscript<Value>(dynamicMember path: KeyPath<HTMLTokenizer.StartTag, Value>) -> Value { tag[keyPath: path] }

    /// Every start tag of `html`, with its source.
    static func all(in html: String) -> [SourcedTag] {
        let bytes = Array(html.utf8)
        var tags: [SourcedTag] = []
        HTMLTokenizer.startTags(in: bytes) { tags.append(SourcedTag(tag: $0, source: String(decoding: bytes[$0.range], as: UTF8.self))) }
        return tags
    }
}
