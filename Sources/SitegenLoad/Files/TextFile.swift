import SitegenModel
import SitegenSupport

/// The one way the loader reads a text file (a profile page, `site.yml`, a Markdown file): its
/// bytes read whole (`FileBytes`), then decoded (`TextDecoding`: UTF-8 validated once, other
/// encodings recognised and named in a warning).
struct TextFile {
    var text: String
    /// The encoding the bytes were read as, when they were not UTF-8.
    var encoding: TextDecoding.Encoding?
    /// Invalid UTF-16 units dropped.
    var dropped: Int

    /// Reads the file at `path`, or throws the system's reason.
    init(path: String) throws(SystemReason) {
        self.init(bytes: try FileBytes.read(path))
    }

    init(bytes: [UInt8]) {
        (text, encoding, dropped) = TextDecoding.decode(bytes)
    }

    /// The lines of a profile page's `bytes` (`SourceText`), decoded as `TextFile(bytes:)` does, and
    /// the warning for a page that was not UTF-8 (shown as `file`). UTF-8 (most pages) is
    /// validated line by line as it is cut, with no `String` of the whole page made first.
    static func lines(_ bytes: [UInt8], file: String) -> (SourceText, Diagnostic?) {
        if !TextDecoding.mayBeUTF16(bytes), let text = bytes.withUnsafeBufferPointer(SourceText.init(utf8:)) {
            return (text, nil)
        }
        let decoded = TextFile(bytes: bytes)
        return (SourceText(decoded.text), decoded.warning(file: file))
    }

    /// The warning for a file that was not UTF-8 (shown as `file`), nil for UTF-8.
    func warning(file: String) -> Diagnostic? {
        guard let encoding else { return nil }
        let lost = dropped > 0 ? "; \(dropped) invalid UTF-16 code unit\(dropped == 1 ? "" : "s") dropped" : ""
        return Diagnostic(.warning, file: file, "not UTF-8: read as \(encoding.name)\(lost); save it as UTF-8")
    }

    /// The warning for a file that cannot be read (shown as `file`), with the system's reason.
    static func unreadable(_ file: String, _ reason: SystemReason) -> Diagnostic {
        Diagnostic(.warning, file: file, "cannot read this file: \(reason); skipped")
    }
}
