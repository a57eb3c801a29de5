import Foundation
import SitegenLoad
import SitegenModel
import SitegenRender
import SitegenTemplates

/// Why a build stopped without touching the previous output.
public enum BuildError: Error, CustomStringConvertible {
    /// The content could not be loaded at all.
    case content(Diagnostic)
    /// The templates are missing or invalid.
    case templates(TemplateError)
    /// The output directory is one sitegen must never replace.
    case unsafeOutput(path: String, reason: String)
    /// Reading or writing files failed.
    case io(path: String, reason: String)
    /// Another build is writing the same output right now (`holder` is its pid, when known).
    case busy(output: String, holder: Int32?)
    /// A rendered file asked for a path outside the output directory.
    case escapingPath(String)

    /// One line: the path, `error:` (once), then the reason in plain words, like a compiler's
    /// messages and the loader's diagnostics.
    public var description: String {
        let message = switch self {
        case .content(let diagnostic): diagnostic.description
        case .templates(let error): error.description
        case .unsafeOutput(let path, let reason): "\(path): error: refusing to write the site here: \(reason)"
        case .io(let path, let reason): "\(path): error: \(reason)"
        case .busy(let output, let holder):
            "\(output): error: another sitegen build\(holder.map { " (pid \($0))" } ?? "") is writing this output; "
                + "try again when it has finished"
        case .escapingPath(let path): "\(path): error: a page asked to be written outside the output directory"
        }
        return PrintableText.escaped(message)
    }

}
