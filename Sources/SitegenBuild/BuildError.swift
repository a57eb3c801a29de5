import SitegenModel
import SitegenOutput
import SitegenRender
import SitegenTemplates

/// Why a build stopped without touching the previous output.
public enum BuildError: Error, CustomStringConvertible {
    /// The content could not be loaded at all.
    case content(Diagnostic)
    /// The templates are invalid or their folder unreadable.
    case templates(TemplateError)
    /// The output store refused the output or could not write it (`OutputError.busy`: another build holds it).
    case output(OutputError)
    /// Reading or writing a file outside the output failed (a templates folder, a new site's files).
    case io(path: String, reason: String)

    /// One line: the path, `error:` (once), then the reason in plain words, like a compiler's
    /// messages and the loader's diagnostics.
    public var description: String {
        switch self {
        case .content(let diagnostic): PrintableText.escaped(diagnostic.description)
        case .templates(let error): PrintableText.escaped(error.description)
        case .output(let error): error.description
        case .io(let path, let reason): PrintableText.escaped("\(path): error: \(reason)")
        }
    }
}
