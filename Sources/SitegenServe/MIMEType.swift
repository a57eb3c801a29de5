import Hummingbird

/// The `Content-Type` of a served file, from its extension: text types with their charset, and
/// the types a site holds that Hummingbird's own table lacks (`.bib`, `.ris`, `.webmanifest`…).
enum MIMEType {
    static let html = "text/html; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"

    static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "map": "application/json", "xml": "application/xml", "atom": "application/atom+xml",
        "txt": plainText, "md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "bib": "application/x-bibtex; charset=utf-8", "ris": "application/x-research-info-systems",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "wasm": "application/wasm", "webmanifest": "application/manifest+json",
    ]

    /// The table as `FileMiddleware` takes it, added to its own (which answers other extensions).
    static let mediaTypes: [String: MediaType] = byExtension.compactMapValues(MediaType.init(from:))

    /// `text/html; charset=utf-8` for `papers/index.html`; nil for an extension not in the table.
    static func forPath(_ path: some StringProtocol) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return byExtension[path[path.index(after: dot)...].lowercased()]
    }

    static func isHTML(_ type: String?) -> Bool { type?.hasPrefix("text/html") ?? false }
}
