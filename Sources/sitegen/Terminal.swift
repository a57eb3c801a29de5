import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal: colours only on a TTY and never with `NO_COLOR`, a progress line
/// that redraws itself on a TTY and prints plain lines otherwise.
struct Terminal {
    /// Standard error is a terminal (progress and messages go there).
    let isInteractive: Bool
    let usesColor: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isInteractive = isatty(STDERR_FILENO) == 1
        usesColor = isInteractive && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    enum Style: String {
        case warning = "33"
        case error = "31"
        case dim = "2"
        case bold = "1"
    }

    func styled(_ text: String, _ style: Style) -> String {
        usesColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A message on standard error, on a line of its own.
    func error(_ line: String) {
        clearProgress()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A diagnostic line, its severity word coloured.
    func diagnostic(_ line: String) {
        error(line.replacingOccurrences(of: ": warning: ", with: ": \(styled("warning", .warning)): ")
                  .replacingOccurrences(of: ": error: ", with: ": \(styled("error", .error)): "))
    }

    /// Redraws the progress line (TTY only; a no-op elsewhere, where the summary says it all).
    func progress(_ text: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(styled(text, .dim))".utf8))
    }

    func clearProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
