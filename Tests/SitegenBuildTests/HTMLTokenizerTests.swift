import SitegenCheck
import Testing

/// The tokenizer the hostile-input checks read pages with: it sees smuggled markup and does not see escaped text.
@Suite struct HTMLTokenizerTests {
    @Test func seesTagsAndAttributesButNotEscapedText() {
        let tags = SourcedTag.all(in: "<p title=\"a > b\">&lt;img onerror=x&gt;<!-- <script> --><IMG SRC=x onerror=alert(1)></p>")
        #expect(tags.map(\.name) == ["p", "img"])
        #expect(tags[0].attributes.map(\.value) == ["a > b"])
        #expect(tags[1].attributes.map(\.name) == ["src", "onerror"])
    }

    @Test func readsScriptTextUpToTheFirstClosingTag() {
        let tags = SourcedTag.all(in: "<script type=\"application/ld+json\">{\"name\":\"</script><script>alert(1)</script>\"}</script>")
        #expect(tags.map(\.name) == ["script", "script"])
        #expect(tags[0].text == "{\"name\":\"")
        #expect(!HostileInputTests.scriptProblems(tags[0], file: "x", own: [tags[0].source]).isEmpty, "cut JSON-LD is caught")
    }

    @Test(arguments: ["javascript:alert(1)", " JaVaScRiPt:x", "java\tscript:x", "javascript&colon;x", "data:text/html,x", "vbscript:x"])
    func scriptURLs(url: String) {
        #expect(HostileInputTests.isScriptURL(url))
    }

    @Test(arguments: ["https://example.org", "../../papers/x/index.html", "#top", "mailto:a@b.c"])
    func ordinaryURLs(url: String) {
        #expect(!HostileInputTests.isScriptURL(url))
    }
}
