/// One word of a text read as a person's name, with the tests `PersonName.plausibility` makes of
/// it: a `String`, or the bytes of a word of ASCII text (`ASCIINameWord`), tested without a
/// `String` made of it.
protocol NameWord {
    /// A word that makes a name a group's (`Team`, `OpenAI`).
    var isGroupMarker: Bool { get }
    /// A word of a group's name: a capital, then letters, inner capitals, `-`, `.`, `&`.
    var isGroupWord: Bool { get }
    var isInitials: Bool { get }
    /// One of `PersonName.particles`, as written.
    var isParticle: Bool { get }
    /// It has a second character, a lower-case one.
    var hasLowercaseSecond: Bool { get }
    func isCapitalised(strict: Bool) -> Bool
}

extension String: NameWord {
    var isGroupMarker: Bool { PersonName.isGroupMarker(self) }
    var isGroupWord: Bool { PersonName.isGroupWord(self) }
    var isInitials: Bool { PersonName.isInitials(self) }
    var isParticle: Bool { PersonName.particles.contains(self) }
    var hasLowercaseSecond: Bool { dropFirst().first?.isLowercase ?? false }
    func isCapitalised(strict: Bool) -> Bool { PersonName.isCapitalisedWord(self, strict: strict) }
}

/// A word of ASCII text as its bytes: each byte a character, a letter `A`–`Z` or `a`–`z`.
struct ASCIINameWord: NameWord {
    let bytes: Slice<UnsafeBufferPointer<UInt8>>

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.bytes = bytes
    }

    var isGroupMarker: Bool { PersonName.isASCIIGroupMarker(bytes) }
    var isGroupWord: Bool { PersonName.isASCIIGroupWord(bytes) }
    var isInitials: Bool { PersonName.isASCIIInitials(bytes) }
    var isParticle: Bool { PersonName.particleList.contains(bytes) }
    var hasLowercaseSecond: Bool { bytes.dropFirst().first.map(PersonName.isLower) ?? false }
    func isCapitalised(strict: Bool) -> Bool { PersonName.isASCIICapitalisedWord(bytes, strict: strict) }
}

/// A word of simple text (`SimpleText`) read as a name: its bytes when it is ASCII
/// (`ASCIINameWord`), a `String` of them otherwise (an accented name's other words stay bytes),
/// whose group-word test is read from the bytes too (`PersonName.isSimpleGroupMarker`).
enum SimpleNameWord: NameWord {
    case ascii(ASCIINameWord)
    case other(bytes: Slice<UnsafeBufferPointer<UInt8>>, word: String)

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self = bytes.allSatisfy { $0 < 0x80 } ? .ascii(ASCIINameWord(bytes))
            : .other(bytes: bytes, word: String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
    }

    /// `ascii` of the bytes, or `other` of the `String`.
    @inline(__always)
    private func answer<Answer>(_ ascii: (ASCIINameWord) -> Answer, _ other: (String) -> Answer) -> Answer {
        switch self {
        case .ascii(let word): ascii(word)
        case .other(_, let word): other(word)
        }
    }

    var isGroupMarker: Bool {
        switch self {
        case .ascii(let word): word.isGroupMarker
        case .other(let bytes, _): PersonName.isSimpleGroupMarker(bytes)
        }
    }

    var isGroupWord: Bool { answer(\.isGroupWord, \.isGroupWord) }
    var isInitials: Bool { answer(\.isInitials, \.isInitials) }
    var isParticle: Bool { answer(\.isParticle, \.isParticle) }
    var hasLowercaseSecond: Bool { answer(\.hasLowercaseSecond, \.hasLowercaseSecond) }

    func isCapitalised(strict: Bool) -> Bool {
        switch self {
        case .ascii(let word): word.isCapitalised(strict: strict)
        case .other(let bytes, _): PersonName.isSimpleCapitalisedWord(bytes, strict: strict)
        }
    }
}
