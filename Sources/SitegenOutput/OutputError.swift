import SitegenModel

/// Why the output store refused or failed; the previous output is untouched either way.
public enum OutputError: Error, CustomStringConvertible {
    /// The output directory is one sitegen must never replace.
    case unsafeOutput(path: String, reason: String)
    /// Reading or writing a file of the output, its spare or its staging tree failed.
    case io(path: String, reason: String)
    /// Another build is writing the same output right now (`holder` is its pid, when known).
    case busy(output: String, holder: Int32?)
    /// A file asked for a path outside the output directory.
    case escapingPath(String)

    /// One line: the path, `error:` (once), then the reason in plain words.
    public var description: String {
        let message = switch self {
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
