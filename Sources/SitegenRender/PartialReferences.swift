/// Finds the partials a template uses, so a missing one is reported at load time
/// (swift-mustache silently renders a missing partial as nothing).
enum PartialReferences {
    /// Names in `{{> name}}` (partial) and `{{< name}}` (parent for inheritance) tags, in order.
    /// Dynamic partials (`{{>*name}}`) are skipped: their target is only known when rendering.
    /// Templates that change delimiters (`{{=<% %>=}}`) are not understood; the defaults are assumed.
    static func names(in template: String) -> [String] {
        let tag = #/\{\{\s*[<>]\s*(?<name>[^\s}*][^\s}]*)\s*\}\}/#
        var seen = Set<String>()
        return template.matches(of: tag).map { String($0.output.name) }.filter { seen.insert($0).inserted }
    }
}
