import CCMarkGFM

/// The GFM extensions every parser gets, registered with libcmark-gfm once per process
/// (registration fills global tables, so it must not run on two threads at once).
enum GFMExtensions {
    /// Attached to every parser. `tagfilter` is deliberately absent: raw HTML never reaches
    /// the renderer as HTML (`RawHTMLAsText`), so there is nothing for it to filter.
    private static let names = ["table", "strikethrough", "autolink", "tasklist"]

    /// Run once, thread-safely (a static initialiser).
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Attaches the extensions to `parser`, registering them first if no parser had them yet.
    /// Each is looked up by name (a walk of cmark's list of five), not kept: a C pointer is not
    /// `Sendable`, and one shared by every thread would need an unchecked promise.
    static func attach(to parser: OpaquePointer) {
        _ = registration
        for name in names {
            guard let found = cmark_find_syntax_extension(name) else {
                fatalError("libcmark-gfm-extensions has no '\(name)' extension")
            }
            cmark_parser_attach_syntax_extension(parser, found)
        }
    }
}
