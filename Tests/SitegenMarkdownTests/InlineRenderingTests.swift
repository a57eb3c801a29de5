@testable import SitegenMarkdown
import SitegenTestSupport
import Testing

/// `renderInline`, for titles: inline markup and TeX, no `<p>`, no blocks.
@Suite struct InlineRenderingTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("Attacks on $\\epsilon$-DP", "Attacks on <math><mi>ϵ</mi></math>-DP"),
        ("A *very* \"good\" title", "A <em>very</em> “good” title"),
        ("1. Introduction", "1. Introduction"),
        ("2024) Review", "2024) Review"),
        ("# Not a heading", "# Not a heading"),
        ("- not a list", "- not a list"),
        ("> not a quote", "&gt; not a quote"),
        ("***", "***"),
        ("~~~ not a fence", "~~~ not a fence"),
        ("~n and =x stay", "~n and =x stay"),
        ("| a | b |", "| a | b |"),
        ("Two\nlines", "Two lines"),
        ("  padded  ", "padded"),
        ("<i>raw</i>", "&lt;i&gt;raw&lt;/i&gt;"),
    ])
    func rendersTitle(title: String, html: String) {
        #expect(renderer.renderInline(title) == html)
    }
}

/// `renderInline`'s shortcut for titles that are their own HTML (`InlineSource.isPlainText`):
/// whatever it lets through, cmark renders as the text itself.
@Suite struct PlainTitleShortcutTests {
    /// Characters that matter to Markdown, smart punctuation, autolinks, TeX or escaping, beside
    /// ones that do not; strings of them, random but the same on every run.
    static let alphabet: [String] = ["a", "B", "w", "W", "1", "9", " ", " ", ".", ",", ":", ";", "/", "-", "(", ")", "!", "?",
                                     "+", "=", "%", "é", "ß", "λ", "ü", "\u{301}", "≫", "\u{a0}", "\u{2028}", "\u{E000}",
                                     "*", "_", "$", "\\", "{", "}", "'", "\"", "&", "<", ">", "@", "#", "~", "`", "|", "[",
                                     "]", "^", "\n", "\t", "www.", "http://", "mailto:", "..", "--"]

    @Test func whatTheShortcutTakesCmarkRendersAsItIs() {
        let renderer = MarkdownRenderer()
        var generator = SplitMix(state: 20_261_206)
        var taken = 0
        for _ in 0..<200_000 {
            let length = Int(generator.next() % 10) + 1
            let text = (0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
            guard InlineSource.isPlainText(text) else { continue }
            taken += 1
            #expect(renderer.render(InlineSource.singleParagraph(text)) == "<p>\(text)</p>\n", "\(text.debugDescription)")
        }
        #expect(taken > 10_000, "the shortcut is tried on enough strings")
    }

    @Test(arguments: ["Attention Is All You Need", "Ünïcode Models: a Survey (2nd edition)", "Kalti 1.5", "1. Introduction",
                      "Self-Supervised Learning, 50% faster?"])
    func plainTitlesTakeTheShortcut(title: String) {
        #expect(InlineSource.isPlainText(title))
    }

    @Test(arguments: ["", " padded", "padded ", "two  spaces", "a -- b", "wait...", "see www.example.org", "https://x.org",
                      "it's", "A *very* title", "$x$", "Ο(n) ≫ m", "no\u{a0}break", "Two\nlines", "e\u{301}", "see wwww.example", "WWW.Example", "MailTo:x"])
    func othersGoThroughCmark(title: String) {
        #expect(!InlineSource.isPlainText(title))
    }
}
