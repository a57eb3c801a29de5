@testable import SitegenLoad
import SitegenModel
import Testing

/// Head lines, bylines and names: the pieces every layout is read with.
@Suite struct LineParsingTests {
    @Test(arguments: [
        ("CVApr 29, 2022", nil, "CV", 4, 29, 2022, false),
        ("CLOct 10, 2023Code", nil, "CL", 10, 10, 2023, true),
        ("55.2AIMar 26", 55.2, "AI", 3, 26, nil, false),
        ("7LGJan 8Code", 7.0, "LG", 1, 8, nil, true),
    ] as [(String, Double?, String, Int, Int, Int?, Bool)])
    func headLine(text: String, score: Double?, category: String, month: Int, day: Int, year: Int?, code: Bool) throws {
        let head = try #require(HeadLine(text))
        #expect(head.score == score)
        #expect(head.category == category)
        #expect(head.month == month)
        #expect(head.day == day)
        #expect(head.year == year)
        #expect(head.hasCode == code)
    }

    @Test(arguments: ["Mistral 7B", "CVPR 2022 Workshop", "CLApr 29, 22", "CLApr 29, 2022 Code", "cLApr 2", "", "CLFoo 1"])
    func notAHeadLine(text: String) {
        #expect(HeadLine(text) == nil)
    }

    @Test func yearlessDateIsInTheCaptureYear() {
        #expect(HeadLine("AIMar 26")?.date(captureYear: 2026)?.description == "2026-03-26")
        #expect(HeadLine("AIFeb 30, 2024")?.date(captureYear: 2026) == nil)
        #expect(HeadLine("AIFeb 29, 2024")?.date(captureYear: 2026)?.description == "2024-02-29")
    }

    @Test func bylineWithEtAlAndOrganizations() {
        let byline = Byline("Alexander H. Liu, Alexis Tacnet, Andy Ehrenberg et al. · deepmind, tsinghua")
        #expect(byline.names == ["Alexander H. Liu", "Alexis Tacnet", "Andy Ehrenberg"])
        #expect(byline.truncated)
        #expect(byline.organizations == ["deepmind", "tsinghua"])
        #expect(byline.looksLikeNames)
    }

    @Test func completeBylineWithoutOrganizations() {
        let byline = Byline("Teven Le Scao, Claire Gardent")
        #expect(byline.names == ["Teven Le Scao", "Claire Gardent"])
        #expect(!byline.truncated)
        #expect(byline.organizations == [])
    }

    @Test func accentedBylineIsSplitLikeAnyOther() {
        let byline = Byline("Zoë Ångström, Łukasz Kaiser, Jan Ćwikła et al. · inria, ełk")
        #expect(byline.names == ["Zoë Ångström", "Łukasz Kaiser", "Jan Ćwikła"])
        #expect(byline.truncated)
        #expect(byline.organizations == ["inria", "ełk"])
    }

    /// A combining mark joins the comma or dot before it into another character, which then
    /// separates nothing (the text is not `SimpleText`, so it is split by characters).
    @Test func separatorWithACombiningMarkSeparatesNothing() {
        let byline = Byline("Ana Silva,\u{301} Bo Li ·\u{301} org")
        #expect(byline.names == ["Ana Silva,\u{301} Bo Li ·\u{301} org"])
        #expect(byline.organizations == [])
        #expect(!Byline("Ana Silva, Bo Li et al.\u{301}").truncated)
    }

    @Test(arguments: [("Zoë Ångström · ełk – “x”", true), ("plain ASCII, 1.5", true), ("e\u{301}", false),
                      ("a\rb", false), ("soft\u{AD}hyphen", false), ("zero\u{200D}joiner", false), ("한국", false)])
    func simpleText(text: String, simple: Bool) {
        #expect(SimpleText.isSimple(text) == simple)
    }

    @Test func sentenceIsNotAByline() {
        #expect(!Byline("We introduce Mistral 7B, a 7-billion-parameter language model engineered for performance.").looksLikeNames)
    }

    @Test(arguments: ["Albert Q. Jiang", "Diego de las Casas", "Teven Le Scao", "Gaël Varoquaux", "Jean-Baptiste Alayrac",
                      "Relja Arandjelović", "Marc'Aurelio Ranzato", "Yann LeCun", "Gemini Team", "BigScience Workshop",
                      "Mistral-AI", "J.-P. Vert", "Łukasz Kaiser", "Ludwig van Beethoven", "Sean O'Neil", "Jan Ćwikła"])
    func looksLikeAName(name: String) {
        #expect(PersonName.plausibility(name) != nil)
    }

    @Test(arguments: ["SuiteYuval Tassa", "Generalization?Teven Le Scao", "PT: Large Generative", "TSAlexander H. Liu",
                      "Mind Control SuiteYuval Tassa", "Scao", "the model", "Shot Generalization?Thomas Wang"])
    func doesNotLookLikeAGluedFirstAuthor(text: String) {
        #expect(PersonName.plausibility(text, strict: true) == nil)
    }

    @Test func capitalsInsideGivenNamesAreNamesOnlyOutsideGluedLines() {
        #expect(PersonName.plausibility("HyoukJoong Lee") != nil)
        #expect(PersonName.plausibility("HyoukJoong Lee", strict: true) == nil)
        #expect(PersonName.plausibility("Yann LeCun", strict: true) != nil)
        #expect(PersonName.plausibility("OpenAI", strict: true) == 1, "a camel-case group author")
        #expect(PersonName.plausibility("TTSAlexander Liu") == nil, "two capitals in a row never")
    }

    @Test func spellingsOfOneNameShareAKey() {
        #expect(PersonName.foldKey("Łukasz Kaiser") == PersonName.foldKey("Lukasz Kaiser"))
        #expect(PersonName.foldKey("Søren Hauberg") == PersonName.foldKey("Soren Hauberg"))
        #expect(PersonName.foldKey("Carles Domingo-Enrich") == PersonName.foldKey("Carles Domingo Enrich"))
        #expect(PersonName.foldKey("Mensch, Arthur") == PersonName.foldKey("Arthur Mensch"))
        #expect(PersonName.foldKey("Gaël Varoquaux") == PersonName.foldKey("Gael Varoquaux"))
        #expect(PersonName.foldKey("Diego de las Casas") == PersonName.foldKey("Diego De Las Casas"))
        #expect(PersonName.foldKey("Albert Q. Jiang") != PersonName.foldKey("Albert Jiang"))
        #expect(PersonName.foldKey("Matthijs Douze") != PersonName.foldKey("Anne Douze"))
    }

    @Test func lastFirstBecomesNaturalOrder() {
        #expect(PersonName.naturalOrder("Mensch, Arthur") == "Arthur Mensch")
        #expect(PersonName.naturalOrder("de la Torre, Fernando") == "Fernando de la Torre")
        #expect(PersonName.naturalOrder("Arthur Mensch") == "Arthur Mensch")
    }

    /// A suffix after a comma is no given name: `Martin Luther King, Jr.` is already in natural order.
    @Test func suffixesStayAtTheEnd() {
        #expect(PersonName.naturalOrder("King, Martin Luther, Jr.") == "Martin Luther King Jr.")
        #expect(PersonName.naturalOrder("Martin Luther King, Jr.") == "Martin Luther King, Jr.")
        #expect(PersonName.naturalOrder("Smith, John, III") == "John Smith III")
        #expect(PersonName.naturalOrder("Smith, John, PhD") == "Smith, John, PhD")
        #expect(PersonName.naturalOrder("Mensch,") == "Mensch,")
        #expect(PersonName.foldKey("Martin Luther King, Jr.") == PersonName.foldKey("King, Martin Luther, Jr."))
    }
}
