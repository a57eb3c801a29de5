import Foundation
import SitegenMarkdown
import Synchronization
import Testing

/// Rendering on many threads at once gives what rendering one at a time gives: each call has
/// its own cmark parser, and the inline pass, which writes a global table, runs one at a time.
@Suite struct ConcurrencyTests {
    /// Documents that use every extension's inline characters (`~`, `www.`, `:`, `@`, `|`) and
    /// smart punctuation, long enough that parses on different threads overlap, with plain ones
    /// between them that use none.
    static let documents: [String] = (0..<24).map { index in
        let paragraph = index % 3 == 2
            ? "Plain words \(index), nothing special in them at all.\n\n"
            : "Item \(index): ~~old~~ ~one~ *new* www.example.org/\(index) https://arxiv.org/abs/\(index) "
                + "mail a\(index)@example.org \"quoted\" 'single' -- en --- em... `code|pipe` $x_\(index)^2$ \\emph{e}\n\n"
                + "| a | b \\| c |\n|---|--:|\n| \(index) | $\\alpha$ ~~\(index)~~ |\n\n- [x] done ~~\(index)~~\n- [ ] todo\n\n"
        return String(repeating: paragraph, count: 1 + index % 7 * 6)
    }

    @Test func threadsRenderingAtOnceMatchSerialRenders() {
        let renderer = MarkdownRenderer()
        let expected = Self.documents.map(renderer.render)
        let mismatches = Mismatches()
        let done = DispatchGroup()
        for thread in 0..<8 {
            done.enter()
            Thread {
                for round in 0..<60 {
                    let index = (thread * 5 + round) % Self.documents.count
                    if renderer.render(Self.documents[index]) != expected[index] { mismatches.record(index) }
                }
                done.leave()
            }.start()
        }
        done.wait()
        #expect(mismatches.documents.isEmpty, "documents rendered differently on threads: \(mismatches.documents.sorted())")
        #expect(expected[0].contains("<del>old</del>") && expected[0].contains("<del>one</del>"))
        #expect(expected[0].contains("<a href=\"http://www.example.org/0\">") && expected[0].contains("mailto:a0@example.org"))
    }

    /// The documents that came out differently from their serial rendering.
    final class Mismatches: Sendable {
        private let found = Mutex(Set<Int>())

        func record(_ index: Int) {
            found.withLock { _ = $0.insert(index) }
        }

        var documents: Set<Int> { found.withLock { $0 } }
    }
}
