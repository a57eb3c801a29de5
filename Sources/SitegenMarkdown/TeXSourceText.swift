/// The UTF-8 bytes `TeXScanner` reads, with the look-ahead questions it asks of them:
/// where a math span, macro name, brace group or code span starting at an offset ends.
///
/// Every search gives up at a blank line, so an unmatched delimiter only ever affects
/// its own paragraph — and then it stays literal text.
struct TeXSourceText {
    /// A math span: `contents` is the TeX between the delimiters, `end` the offset after them.
    struct MathSpan {
        let contents: Range<Int>
        let end: Int
        let display: Bool
    }

    /// A macro name after a backslash: letters (`\emph`) or one punctuation character (`\%`).
    struct MacroName {
        let range: Range<Int>
        let isLetters: Bool
        var end: Int { range.upperBound }
    }

    /// A `{…}` group: `contents` is inside the braces, `end` the offset after the closing one.
    struct Group {
        let contents: Range<Int>
        let end: Int
    }

    let utf8: ArraySlice<UInt8>
    var end: Int { utf8.endIndex }

    init(_ utf8: ArraySlice<UInt8>) { self.utf8 = utf8 }

    subscript(offset: Int) -> UInt8 { utf8[offset] }

    /// The byte at `offset`, or nil past the end.
    func byte(at offset: Int) -> UInt8? { offset < end ? utf8[offset] : nil }

    func string(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }

    /// `$…$` or `$$…$$` at the `$` at `offset`. Inline math is recognised conservatively, so
    /// that money stays money: the opening `$` must not be followed by whitespace, and the
    /// next unescaped `$` must close it — not preceded by whitespace, not followed by a digit.
    func dollarMath(at offset: Int) -> MathSpan? {
        if byte(at: offset + 1) == UInt8(ascii: "$") {
            guard let close = firstUnescaped(from: offset + 2, where: { $0 == UInt8(ascii: "$") && byte(at: $1 + 1) == $0 }),
                  hasContent(offset + 2..<close) else { return nil }
            return MathSpan(contents: offset + 2..<close, end: close + 2, display: true)
        }
        guard let first = byte(at: offset + 1), !first.isASCIIWhitespace,
              let close = firstUnescaped(from: offset + 1, where: { byte, _ in byte == UInt8(ascii: "$") }),
              !utf8[close - 1].isASCIIWhitespace,
              byte(at: close + 1).map({ !$0.isASCIIDigit }) ?? true else { return nil }
        return MathSpan(contents: offset + 1..<close, end: close + 1, display: false)
    }

    /// `\(…\)` or `\[…\]` at the backslash at `offset`.
    func bracketMath(at offset: Int) -> MathSpan? {
        let closer: UInt8
        switch byte(at: offset + 1) {
        case UInt8(ascii: "("): closer = UInt8(ascii: ")")
        case UInt8(ascii: "["): closer = UInt8(ascii: "]")
        default: return nil
        }
        guard let close = firstUnescaped(from: offset + 2, where: { byte, at in
            byte == UInt8(ascii: "\\") && self.byte(at: at + 1) == closer
        }), hasContent(offset + 2..<close) else { return nil }
        return MathSpan(contents: offset + 2..<close, end: close + 2, display: closer == UInt8(ascii: "]"))
    }

    /// The macro name after the backslash at `offset`, if the next byte starts one.
    func macroName(at offset: Int) -> MacroName? {
        guard let first = byte(at: offset + 1) else { return nil }
        if first.isASCIILetter {
            var nameEnd = offset + 2
            while byte(at: nameEnd)?.isASCIILetter == true { nameEnd += 1 }
            return MacroName(range: offset + 1..<nameEnd, isLetters: true)
        }
        guard first.isASCIIPunctuation else { return nil }
        return MacroName(range: offset + 1..<offset + 2, isLetters: false)
    }

    /// The balanced `{…}` group starting at `offset`, after optional spaces.
    func braceGroup(at offset: Int) -> Group? {
        var open = offset
        while byte(at: open) == UInt8(ascii: " ") { open += 1 }
        guard byte(at: open) == UInt8(ascii: "{") else { return nil }
        var depth = 0
        guard let close = firstUnescaped(from: open + 1, where: { byte, _ in
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                if depth == 0 { return true }
                depth -= 1
            }
            return false
        }) else { return nil }
        return Group(contents: open + 1..<close, end: close + 1)
    }

    /// What an accent macro applies to: a `{…}` group, or — when `braceRequired` is false,
    /// as after `\'` — a bare ASCII letter.
    func accentBase(at offset: Int, braceRequired: Bool) -> Group? {
        if let group = braceGroup(at: offset) { return group }
        guard !braceRequired, byte(at: offset)?.isASCIILetter == true else { return nil }
        return Group(contents: offset..<offset + 1, end: offset + 1)
    }

    /// `offset` moved past an empty `{}`, which TeX authors write after `\LaTeX` and the like.
    func endOfEmptyGroup(at offset: Int) -> Int {
        byte(at: offset) == UInt8(ascii: "{") && byte(at: offset + 1) == UInt8(ascii: "}") ? offset + 2 : offset
    }

    /// The end of the Markdown code span opening at the backtick run at `offset`, or the end
    /// of the run alone if no run of the same length closes it.
    func endOfCodeSpan(at offset: Int) -> Int {
        let runEnd = endOfRun(of: UInt8(ascii: "`"), at: offset)
        let length = runEnd - offset
        var search = runEnd
        while search < end, !startsBlankLine(at: search) {
            guard utf8[search] == UInt8(ascii: "`") else { search += 1; continue }
            let closeEnd = endOfRun(of: UInt8(ascii: "`"), at: search)
            if closeEnd - search == length { return closeEnd }
            search = closeEnd
        }
        return runEnd
    }

    /// The offset of the first byte from `start` on that satisfies `matches` (given the byte
    /// and its offset), skipping backslash escapes; nil if a blank line or the end comes first.
    private func firstUnescaped(from start: Int, where matches: (UInt8, Int) -> Bool) -> Int? {
        var offset = start
        while offset < end {
            let current = utf8[offset]
            if matches(current, offset) { return offset }
            if current == UInt8(ascii: "\\") {
                offset += 2
            } else if startsBlankLine(at: offset) {
                return nil
            } else {
                offset += 1
            }
        }
        return nil
    }

    /// The offset after the run of `repeated` bytes starting at `offset`.
    func endOfRun(of repeated: UInt8, at offset: Int) -> Int {
        var runEnd = offset
        while byte(at: runEnd) == repeated { runEnd += 1 }
        return runEnd
    }

    /// Whether a line break at `offset` is followed by a line holding only whitespace.
    private func startsBlankLine(at offset: Int) -> Bool {
        guard utf8[offset] == UInt8(ascii: "\n") else { return false }
        var next = offset + 1
        while let byte = byte(at: next), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
            next += 1
        }
        return next >= end || utf8[next] == UInt8(ascii: "\n")
    }

    private func hasContent(_ range: Range<Int>) -> Bool {
        utf8[range].contains { !$0.isASCIIWhitespace }
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self)
            || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
}
