/// A problem found in the input, pointing at `file:line`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The build goes on; the line was skipped or a guess was made.
        case warning
        /// The build cannot produce a correct site.
        case error
    }

    public var severity: Severity
    /// Path as the user gave it (relative to where sitegen runs), or a file name.
    public var file: String
    /// 1-based line, or nil when the problem is about the whole file.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: warning: message`, the form compilers use, so editors can jump to it; one
    /// line whatever the file's name holds (`PrintableText`).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return PrintableText.escaped("\(place): \(severity.rawValue): \(message)")
    }
}
