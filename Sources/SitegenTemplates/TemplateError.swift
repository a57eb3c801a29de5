/// Why a set of templates cannot be used; every case names the file at fault.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// The folder itself cannot be listed.
    case unreadableDirectory(path: String, reason: String)
    /// A template file exists but cannot be read as UTF-8 text.
    case unreadableTemplate(file: String, reason: String)
    /// A template is not valid Mustache.
    case parseFailed(file: String, line: Int, column: Int, reason: String)
    /// Valid Mustache that sitegen's renderer does not support (set delimiters, pragmas, dynamic
    /// partials, an unknown transform).
    case unsupportedSyntax(file: String, line: Int, reason: String)
    /// `{{> name}}` or `{{< name}}` in `file` names a template that does not exist.
    case missingPartial(file: String, partial: String)

    /// `error`, found by the parser in `file`.
    init(_ error: TemplateSyntaxError, file: String) {
        switch error.kind {
        case .invalid: self = .parseFailed(file: file, line: error.line, column: error.column, reason: error.reason)
        case .unsupported: self = .unsupportedSyntax(file: file, line: error.line, reason: error.reason)
        }
    }

    /// The file the problem is in (or about).
    public var file: String {
        switch self {
        case .unreadableDirectory(let path, _): path
        case .unreadableTemplate(let file, _),
             .parseFailed(let file, _, _, _), .unsupportedSyntax(let file, _, _), .missingPartial(let file, _): file
        }
    }

    /// `file[:line:column]: error: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        switch self {
        case .unreadableDirectory(let path, let reason):
            "\(path): error: cannot read the templates folder: \(reason)"
        case .unreadableTemplate(let file, let reason):
            "\(file): error: cannot read template: \(reason)"
        case .parseFailed(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: invalid Mustache: \(reason)"
        case .unsupportedSyntax(let file, let line, let reason):
            "\(file):\(line): error: not supported by sitegen's renderer: \(reason)"
        case .missingPartial(let file, let partial):
            "\(file): error: partial '\(partial)' is used but there is no \(partial).mustache"
        }
    }
}
