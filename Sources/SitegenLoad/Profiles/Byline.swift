/// A byline as pages print it: `Name, Name, Name[ et al.][ · org, org]`.
struct Byline: Equatable {
    var names: [String]
    /// Ended in `et al.`: the list is cut.
    var truncated: Bool
    var organizations: [String]

    /// Splits a byline; it does not judge whether the names look like names. Simple text (most
    /// bylines, and the abstracts read while telling layouts apart) is split by scalars, any
    /// other by characters; the two give the same parts (`SimpleText`).
    init(_ text: String) {
        let sections = Sections(text)
        self.init(names: sections.names.all, truncated: sections.truncated, organizations: sections.organizations.all)
    }

    private init(names: [String], truncated: Bool, organizations: [String]) {
        self.names = names
        self.truncated = truncated
        self.organizations = organizations
    }

    /// `Byline(text).names.first`, without splitting the names after it (a glued line is tried
    /// at many places, where only the first author matters).
    static func firstName(of text: String) -> String? {
        Sections(text).names.first
    }

    /// A glued line's tails (the text from a place to the end) read as bylines, for the first
    /// author at each place the line is cut: whether the line is simple text and where its last
    /// `·` is are found once, and the tail of simple text is read in place, not copied.
    struct Tails {
        let line: String
        private let simple: Bool
        private let lastDot: String.Index?

        init(_ line: String) {
            self.line = line
            simple = SimpleText.isSimple(line)
            lastDot = simple ? Sections.lastDot(inSimple: line) : nil
        }

        /// `Byline.firstName(of: String(line[start...]))`; `start` is a character boundary of `line`.
        func firstName(from start: String.Index) -> String? {
            guard simple else { return Byline.firstName(of: String(line[start...])) }
            // The tail of simple text is simple, and its last `·` is the line's if that is in it.
            return Sections(line[start...], simple: true, lastDot: lastDot.flatMap { $0 >= start ? $0 : nil }).names.first
        }
    }

    /// `Byline(text)` when it `looksLikeNames`, nil otherwise, the names split and judged in one
    /// go, stopping at the first part that is no name (an abstract, read while telling layouts
    /// apart, is not split at every comma).
    static func ifNames(_ text: String) -> Byline? {
        // Most abstracts are ASCII up to their first comma, and what is before it is no name:
        // they are answered from that opening, not scanned whole.
        if let first = asciiFirstName(of: text), PersonName.plausibility(first) == nil { return nil }
        let sections = Sections(text)
        var names: [String] = []
        var plausible = true
        sections.names.forEach { name in
            names.append(name)
            plausible = PersonName.plausibility(name) != nil
            return plausible
        }
        guard !names.isEmpty, plausible else { return nil }
        return Byline(names: names, truncated: sections.truncated, organizations: sections.organizations.all)
    }

    /// `Byline(text).names.first` when `text` is ASCII (CR aside) up to its first comma and that
    /// comma is a character of its own (ASCII or nothing follows): there each byte is a character,
    /// the names run past the comma (a `·` that would end them is further on), and the first name
    /// is what is before the comma, trimmed. Nil for other text, or when that is blank.
    static func asciiFirstName(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard let comma = bytes.firstIndex(where: { $0 == UInt8(ascii: ",") || $0 >= 0x80 || $0 == 0x0D }),
                  bytes[comma] == UInt8(ascii: ","), comma + 1 == bytes.count || bytes[comma + 1] < 0x80,
                  let first = bytes[..<comma].firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            let last = bytes[..<comma].lastIndex { $0 != UInt8(ascii: " ") }!
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
    }

    /// Whether every name looks like a person's or group's name: tells a byline from a sentence.
    var looksLikeNames: Bool {
        !names.isEmpty && names.allSatisfy { PersonName.plausibility($0) != nil }
    }

    /// A byline's text cut into its names and its organisations, not yet split at the commas.
    private struct Sections {
        var names: Parts
        var truncated: Bool
        var organizations: Parts

        init(_ text: String) {
            let simple = SimpleText.isSimple(text)
            self.init(Substring(text), simple: simple, lastDot: simple ? Self.lastDot(inSimple: text) : text.lastIndex(of: "·"))
        }

        /// The sections of `text`, whose simplicity (`SimpleText`) and last `·` are known.
        init(_ text: Substring, simple: Bool, lastDot: String.Index?) {
            let (names, truncated, organizations) = simple ? Self.cut(text.unicodeScalars, lastDot: lastDot)
                : Self.cut(text, lastDot: lastDot)
            self.names = Parts(text: text[names], simple: simple)
            self.truncated = truncated
            self.organizations = Parts(text: text[organizations], simple: simple)
        }

        /// The names and organisations of `text`, seen as characters or as scalars: the
        /// organisations follow the last ` · ` (or a leading `· ` when no name is printed); the
        /// names are what is left, trimmed and without `et al.`, which sets `truncated`.
        /// `lastDot` is where the last `·` of `text` is, if anywhere.
        private static func cut<Text: BidirectionalCollection>(_ text: Text, lastDot: String.Index?) -> (Range<String.Index>, Bool, Range<String.Index>)
        where Text.SubSequence == Text, Text.Index == String.Index, Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
            var rest = text
            var organizations = text.endIndex..<text.endIndex
            if let dot = lastDot, dot == rest.startIndex || rest[rest.index(before: dot)] == " " {
                organizations = rest.index(after: dot)..<rest.endIndex
                rest = rest[..<dot]
            }
            let trimmed = Parts.trimmed(rest, space: " ")
            let etAl: [Text.Element] = ["e", "t", " ", "a", "l", "."] // ` et al.` once trimmed
            let truncated = trimmed.reversed().starts(with: etAl.reversed())
            let names = truncated ? trimmed.dropLast(etAl.count) : trimmed
            return (names.startIndex..<names.endIndex, truncated, organizations)
        }

        /// Where the last `·` (U+00B7, bytes C2 B7) of simple text is, found in its bytes: in
        /// simple text each scalar is a character, and a C2 byte always starts a scalar.
        static func lastDot(inSimple text: String) -> String.Index? {
            var text = text
            let offset = text.withUTF8 { bytes -> Int? in
                var index = bytes.count - 1
                while index > 0 {
                    if bytes[index] == 0xB7 && bytes[index - 1] == 0xC2 { return index - 1 }
                    index -= 1
                }
                return nil
            }
            return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        }
    }

    /// Comma-separated parts (`a, b ,c,` → `a`, `b`, `c`), each trimmed and made a `String` only
    /// when it is reached; split in its UTF-8 bytes, where they are, when the text is simple
    /// (commas and spaces are a byte each, and each scalar is a character), else by characters.
    private struct Parts {
        var text: Substring
        var simple: Bool

        /// Calls `body` with each non-empty part in order until it returns false.
        func forEach(_ body: (String) -> Bool) {
            if simple {
                var text = text
                text.withUTF8 { bytes in
                    Self.forEach(bytes[...], comma: UInt8(ascii: ","), space: UInt8(ascii: " "),
                                 string: { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }, body)
                }
            } else {
                Self.forEach(text, comma: ",", space: " ", string: String.init, body)
            }
        }

        var first: String? {
            var first: String?
            forEach { first = $0; return false }
            return first
        }

        var all: [String] {
            var parts: [String] = []
            forEach { parts.append($0); return true }
            return parts
        }

        private static func forEach<Text: BidirectionalCollection>(_ text: Text, comma: Text.Element, space: Text.Element,
                                                                  string: (Text) -> String, _ body: (String) -> Bool)
        where Text.SubSequence == Text, Text.Element: Equatable {
            var rest = text
            while true {
                let comma = rest.firstIndex(of: comma) ?? rest.endIndex
                let part = trimmed(rest[..<comma], space: space)
                if !part.isEmpty, !body(string(part)) { return }
                guard comma < rest.endIndex else { return }
                rest = rest[rest.index(after: comma)...]
            }
        }

        /// `text` without leading and trailing `space`s (lines are already cleaned: all white space is " ").
        static func trimmed<Text: BidirectionalCollection>(_ text: Text, space: Text.Element) -> Text
        where Text.SubSequence == Text, Text.Element: Equatable {
            guard let first = text.firstIndex(where: { $0 != space }), let last = text.lastIndex(where: { $0 != space }) else {
                return text[text.startIndex..<text.startIndex]
            }
            return text[first...last]
        }
    }
}
