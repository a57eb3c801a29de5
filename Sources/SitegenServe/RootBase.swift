/// The site's `404.html` links relative to the site root, which is right where a static host
/// shows it at the root and wrong where the preview sends it for a deep miss
/// (`/papers/nope/`). The preview adds `<base href="/">` to it, so its links and CSS resolve.
enum RootBase {
    static let tag = Array("<base href=\"/\">".utf8)

    /// `html` with the base tag right after its `<head>` (any case), or unchanged without one.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let opening = Array("<head>".utf8)
        guard html.count >= opening.count else { return html }
        for index in 0...(html.count - opening.count)
        where zip(html[index..<index + opening.count], opening).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
            let end = index + opening.count
            return Array(html[..<end]) + tag + Array(html[end...])
        }
        return html
    }
}
