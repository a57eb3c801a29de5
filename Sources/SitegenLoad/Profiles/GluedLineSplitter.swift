import Synchronization

/// Finds where the title ends in a compact-list line (layout C), where title and byline are
/// glued together with no separator: `Voxtral TTSAlexander H. Liu, Alexis Tacnet et al. · deepmind`.
///
/// The byline always starts right after a non-space character, at a capital (or at a name known
/// from elsewhere). Each such place is a candidate; a candidate survives if the text from it to
/// the first comma reads as one author's name (`PersonName.plausibility`, strict: no capital
/// glued inside a word, so `SuiteYuval Tassa` is not a name) and the title before it does not
/// end on a joiner (`-`, `(`, `/`, `'`). Survivors are ranked by:
/// 1. the title is known from another page (strongest clue);
/// 2. the first author is a name seen elsewhere in the corpus;
/// 3. the title's last word reads as a whole word (`Model` rather than `ModelBig`);
/// 4. the earlier split: the byline starts at the first place the rest reads as one
///    (`…ShardingDmitry Lepikhin, HyoukJoong Lee`, not `…Hyouk` + `Joong Lee`).
/// The reading is ambiguous (the caller warns) when the runner-up ties on clues 1–3 and its
/// first author is more name-like than the chosen one's.
struct GluedLineSplitter {
    let knowledge: CorpusKnowledge
    /// The lines cut so far, shared by the threads that cut: one paper is printed on many
    /// pages, most often with the same glued line, which is then cut once.
    private let cuts = Cuts()

    init(knowledge: CorpusKnowledge) {
        self.knowledge = knowledge
    }

    /// One way to cut the line.
    struct Reading: Equatable {
        var title: String
        /// `TitleKey.make(title)`.
        var titleKey: String
        var byline: String
        /// Clues 1–3, each 0 or 1.
        var rank: [Int]
        /// How name-like the first author is (`PersonName.plausibility`).
        var plausibility: Int
    }

    enum Outcome: Equatable {
        /// One reading is better than every other.
        case clear(Reading)
        /// The best two readings tie; the first is taken.
        case ambiguous(Reading, Reading)
        /// No place reads as title then byline.
        case none
    }

    /// Lines longer than this are not split (no title and byline run to thousands of characters).
    static let maxLineLength = 2_000

    /// How `line` is cut (`cut`), taken from the lines cut before when it is one of them.
    func split(_ line: String) -> Outcome {
        if let outcome = cuts.outcome(of: line) { return outcome }
        let outcome = cut(line)
        cuts.keep(outcome, of: line)
        return outcome
    }

    /// The outcome of each line cut, by its bytes, one thread at a time.
    private final class Cuts: Sendable {
        private let outcomes = Mutex<[Line: Outcome]>([:])

        func outcome(of line: String) -> Outcome? {
            outcomes.withLock { $0[Line(text: line)] }
        }

        func keep(_ outcome: Outcome, of line: String) {
            outcomes.withLock { $0[Line(text: line)] = outcome }
        }

        /// A line known by its bytes: `String` equality would take a canonically equivalent
        /// line for it, whose cut has other bytes.
        private struct Line: Hashable {
            let text: String

            static func == (a: Line, b: Line) -> Bool {
                a.text.utf8.elementsEqual(b.text.utf8)
            }

            func hash(into hasher: inout Hasher) {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
    }

    private func cut(_ line: String) -> Outcome {
        guard let characters = GluedLineCharacters(line, limit: Self.maxLineLength) else { return .none }
        let traits = characters.traits
        var readings: [Reading] = []
        // The places in ascending order, each once (a place can be both kinds).
        var candidateStarts: [Int] = []
        for i in 1..<max(1, characters.count) where !traits[i - 1].isSpace && traits[i].isUppercase {
            candidateStarts.append(i)
        }
        let tails = Byline.Tails(line)
        candidateStarts += knownNameStarts(in: tails, characters: characters)
        candidateStarts.sort()
        let positions = characters.positions
        for (index, i) in candidateStarts.enumerated() where index == 0 || candidateStarts[index - 1] != i {
            // The title is the text before `i` without its spaces: its last character is the last one not a space.
            guard let last = traits[..<i].last(where: { !$0.isSpace }), !last.joinsTitle,
                  let firstAuthor = tails.firstName(from: positions[i]) else { continue }
            let known = knowledge.knows(firstAuthor, opening: line[positions[i]...].utf8)
            let plausibility = PersonName.plausibility(firstAuthor, strict: true)
            guard known || plausibility != nil else { continue }
            let (title, byline) = (String(line[..<positions[i]]).trimmingSpaces(), String(line[positions[i]...]))
            let titleKey = TitleKey.make(title)
            let rank = [
                knowledge.titleKeys.contains(titleKey) ? 1 : 0,
                known ? 1 : 0,
                Self.endsInWholeWord(title) ? 1 : 0,
            ]
            readings.append(Reading(title: title, titleKey: titleKey, byline: byline, rank: rank, plausibility: plausibility ?? 0))
        }
        // Best clues first; among equals, the earlier split (the stable sort keeps position order).
        let ordered = readings.enumerated().sorted { a, b in
            a.element.rank != b.element.rank ? b.element.rank.lexicographicallyPrecedes(a.element.rank) : a.offset < b.offset
        }.map(\.element)
        guard let best = ordered.first else { return .none }
        if let runnerUp = ordered.dropFirst().first, runnerUp.rank == best.rank, runnerUp.plausibility > best.plausibility {
            return .ambiguous(best, runnerUp)
        }
        return .clear(best)
    }

    /// Places where a name known from elsewhere starts right after a non-space character,
    /// so that first authors with a lower-case particle first (`van der Maaten`) are found too.
    /// A particle is a few lower-case ASCII letters before a space, so only the letters just
    /// before each space are tried.
    private func knownNameStarts(in tails: Byline.Tails, characters: GluedLineCharacters) -> [Int] {
        let (traits, positions, utf8) = (characters.traits, characters.positions, tails.line.utf8)
        let longestParticle = PersonName.longestParticle
        var starts: [Int] = []
        var line = tails.line
        line.withUTF8 { bytes in
            for space in traits.indices where traits[space].isSpace {
                var start = space
                while start > 1, space - start < longestParticle, traits[start - 1].isLowercaseASCII {
                    start -= 1
                }
                guard start < space else { continue }
                // The letters `a`–`z` are a byte each, none upper case: the one from `i` is `space - i` bytes before the space.
                let spaceOffset = utf8.distance(from: utf8.startIndex, to: positions[space])
                for i in start..<space where !traits[i - 1].isSpace && PersonName.particleList.contains(bytes[(spaceOffset - (space - i))..<spaceOffset])
                    && knowledge.knows(tails.firstName(from: positions[i]), opening: tails.line[positions[i]...].utf8) {
                    starts.append(i)
                }
            }
        }
        return starts
    }

    /// The title's last word is a word on its own: lower case, Capitalised, an acronym, a number,
    /// or punctuation-ended; not a word with a capital glued on (`ModelBig`). An ASCII title is
    /// read from its bytes, where a letter is `A`–`Z` or `a`–`z`.
    static func endsInWholeWord(_ title: String) -> Bool {
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            let word = title.utf8.split(separator: UInt8(ascii: " ")).last ?? title.utf8[...]
            return word.split(separator: UInt8(ascii: "-")).allSatisfy(isWholeASCIIWord)
        }
        let word = title.split(separator: " ").last.map(String.init) ?? title
        return word.split(separator: "-").allSatisfy { part in
            let letters = part.filter(\.isLetter)
            guard let first = letters.first else { return true }
            let tail = letters.dropFirst()
            return tail.allSatisfy(\.isLowercase) || letters.allSatisfy(\.isUppercase) || (first.isLowercase && tail.allSatisfy(\.isLowercase))
        }
    }

    /// `endsInWholeWord`'s test of one hyphen-separated part of an ASCII word: its letters after
    /// the first are lower case, or all its letters are upper case.
    private static func isWholeASCIIWord(_ part: Substring.UTF8View.SubSequence) -> Bool {
        var (seenFirst, tailLowercase, allUppercase) = (false, true, true)
        for byte in part {
            let upper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            guard upper || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) else { continue }
            if seenFirst && upper { tailLowercase = false }
            if !upper { allUppercase = false }
            seenFirst = true
        }
        return tailLowercase || allUppercase
    }
}
