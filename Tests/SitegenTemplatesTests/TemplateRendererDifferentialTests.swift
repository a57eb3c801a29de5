import Foundation
import SitegenTestSupport
import Testing
@testable import SitegenTemplates

/// Small crafted templates, each rendered by sitegen's `TemplateRenderer` and by swift-mustache,
/// which must agree byte for byte (swift-mustache's quirks included).
@Suite("Template renderer against swift-mustache")
struct TemplateRendererDifferentialTests {
    /// Renders `main` of `templates` with each context in `contexts` through both renderers.
    func expectSame(_ templates: [String: String], _ contexts: [Context], _ label: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let oracle = try MustacheOracle(sources: templates)
        for (number, context) in contexts.enumerated() {
            oracle.expectSameOutput("main", context, "\(label), context \(number)", sourceLocation: sourceLocation)
        }
    }

    /// Values that make sections and inverted sections take every branch.
    static let truthValues: [TemplateValue] = [true, false, .nothing, [], ["a", "b"], [["n": 1]], "text", "", 0, 3,
                                               ["n": "dictionary"]]

    @Test func standaloneTagLinesAreRemoved() throws {
        let contexts = Self.truthValues.map { ["x": $0, "n": "outer"] as Context } + [["n": "no x"]]
        try expectSame(["main": "a\n{{#x}}\nb {{n}}\n{{/x}}\nc\n  {{^x}}  \n  d\n  {{/x}}\ne"], contexts, "block sections")
        try expectSame(["main": "a {{#x}}b{{/x}} c\n{{#x}} inline {{/x}}\n  {{! comment }}\n {{!c}} x\n{{!c}}{{n}}"],
                       contexts, "inline sections and comments")
        try expectSame(["main": "a\r\n{{#x}}\r\nb\r\n  {{/x}}  \r\nc\n{{#x}}\n\n{{/x}}"], contexts, "CRLF and empty lines")
        try expectSame(["main": "{{#x}}\n{{/x}}"], contexts, "standalone at the end")
        try expectSame(["main": "  {{#x}}   \n{{/x}}   "], contexts, "whitespace before the end")
        try expectSame(["main": "\t{{n}}\n\t{{#x}}\t\n{{{n}}} {{& n}}\n{{/x}}"], contexts, "tabs and unescaped")
    }

    @Test func sectionsPushIterateAndTest() throws {
        // One name only where `{{.}}` may print the whole context (see `namesClimbDescendAndStopAtNull`).
        try expectSame(["main": "{{#x}}[{{.}}]{{/x}}{{^x}}<{{.}}>{{/x}}"], Self.truthValues.map { ["x": $0] }, "dot inside sections")
        try expectSame(["main": "{{#x}}[{{n}}]{{/x}}{{^x}}<{{n}}>{{/x}}"], Self.truthValues.map { ["x": $0, "n": "outer"] },
                       "names inside sections")
        try expectSame(["main": "{{#a}}{{#b}}{{c}}/{{n}}{{/b}}{{/a}}"], [
            ["a": ["b": ["c": 1]], "n": "top"],
            ["a": [["b": [["c": "x"], ["c": "y", "n": "inner"]]], ["b": .nothing]], "n": "top"],
            ["a": true, "b": [1, 2], "c": "c", "n": .nothing],
        ], "nested sections")
    }

    /// (Only one-key dictionaries are printed whole: Swift prints a dictionary's keys in hash order,
    /// which differs between two dictionaries with the same contents.)
    @Test func namesClimbDescendAndStopAtNull() throws {
        let context: Context = [
            "a": ["b": ["c": "abc"], "n": .nothing, "s": "a.s"],
            "n": "top n", "s": "top s", "list": ["x", "y"], "people": [["name": "P", "href": .nothing], ["name": "Q"]],
            "href": "top href",
        ]
        try expectSame(["main": """
            {{a.b.c}} {{a.b}} {{a.x.c}} {{a.n}} {{#a}}{{n}}|{{s}}|{{b.c}}|{{.s}}|{{.n}}|{{#b}}{{..}}{{/b}}{{/a}}
            {{#people}}{{name}}:{{href}};{{/people}} {{#list}}{{.}}{{s}}{{/list}} {{missing}} {{missing.x}}
            {{#a.b}}{{c}}{{a.s}}{{/a.b}} {{^a.n}}no n{{/a.n}} {{#list}}{{.}}{{/list}}
            """], [context], "lookups")
    }

    /// (Items that are dictionaries are not printed whole: Swift prints a dictionary's keys in hash
    /// order, which differs between two dictionaries with the same contents.)
    @Test func sequencePositions() throws {
        let lists: [Context] = [
            ["items": ["a", "b", "c", "d"], "flag": true],
            ["items": [["name": "one", "sub": [1, 2]], ["name": "two", "sub": []]], "flag": false],
            ["items": [], "flag": true],
        ]
        try expectSame(["main": """
            {{#items}}{{^name}}{{.}}{{/name}}{{name}}{{^last()}}, {{/last()}}{{/items}}
            {{#items}}{{#first()}}first:{{/first()}}{{index()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{last()}}{{/items}}
            {{#items}}{{#flag}}{{#first()}}F{{/first()}}{{/flag}}{{#sub}}{{index()}}{{^last()}}+{{/last()}}{{/sub}}{{/items}}
            {{first()}}{{#last()}}never{{/last()}}{{^first()}}outside{{/first()}}
            {{#items}}{{#name}}{{first()}}{{/name}}{{/items}}
            """], lists, "first() last() index() even() odd()")
    }

    @Test func valueTransforms() throws {
        try expectSame(["main": """
            {{count(list)}} {{empty(list)}} {{first(list)}} {{last(list)}} {{#first(people)}}{{name}}{{/first(people)}}
            {{count(dictionary)}} {{empty(dictionary)}} {{empty(text)}} {{empty(none)}} {{uppercased(text)}}
            {{lowercased(text)}} {{capitalized(text)}} {{plusone(number)}} {{minusone(number)}} {{equalzero(number)}}
            {{even(number)}} {{odd(number)}} {{plusone(count(list))}} {{count(text)}} {{uppercased(number)}}
            {{#empty(list)}}empty{{/empty(list)}}{{^empty(list)}}not empty{{/empty(list)}} {{first(empty)}}
            {{first(nulls)}}|{{#first(nulls)}}pushed{{/first(nulls)}}
            """], [
            ["list": ["x", "y"], "people": [["name": "P"]], "dictionary": ["k": 1], "text": "élan vital", "number": 7,
             "empty": [], "none": .nothing, "nulls": [.nothing]],
            ["list": [], "people": [], "dictionary": .context([:]), "text": "", "number": -2,
             "empty": [], "none": .nothing, "nulls": []],
        ], "value transforms")
    }

    @Test func valuesPrintAsSwiftMustachePrintsThem() throws {
        try expectSame(["main": "{{i}} {{negative}} {{yes}} {{no}} {{big}} {{null}} {{{i}}}|{{{list}}}|{{{one}}}|{{{none}}}|{{{empty}}}"],
                       [["i": 42, "negative": -7, "yes": true, "no": false, "big": .number(.max), "null": .nothing,
                         "list": ["a\"b\n", 1, true, .nothing, [["n": 1]], ["n": "x"]], "one": ["n": "x"], "none": .context([:]),
                         "empty": []]],
                       "numbers, flags, lists and contexts")
    }

    @Test func escaping() throws {
        let texts = ["& < > \" '", "<script>alert('x')</script>", "Gaël’s café & crème", "l'été", "D'Éric",
                     "'\u{301}x", "x<\u{301}", "\u{600}<", "a\u{200D}&", "👩‍🔬 & 🇫🇷", "tab\there\nline", ""]
        try expectSame(["main": "{{t}}|{{{t}}}|{{&t}}"], texts.map { ["t": .text($0)] as Context }, "escaping")
    }

    /// Seeded random texts of every length around the eight-byte steps the escaping reads in: the
    /// five specials next to ASCII, combining marks, multi-byte letters, emoji and joiners.
    @Test func escapingRandomTexts() throws {
        let pieces = ["&", "<", ">", "\"", "'", "a", "Z", " ", "0", "=", "?", "\u{301}", "é", "’", "李", "👩‍🔬", "\u{200D}", "\u{600}", "\n"]
        var generator = SplitMix(state: 8)
        let texts = (0..<600).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        try expectSame(["main": "{{t}}"], texts.map { ["t": .text($0)] as Context }, "random escaping")
    }

    @Test func partialsAreIndentedLikeSwiftMustache() throws {
        let templates = [
            "main": "<ul>\n  {{> item}}\n  <li>{{> inline}}</li>\n    {{#items}}\n    {{> item}}\n    {{/items}}\n</ul>\n\t{{>lines}}",
            "item": "<li>{{name}}</li>\n<li>\n  {{name}}\n</li>",
            "inline": "{{name}} {{#items}}{{.}}{{^last()}},{{/last()}}{{/items}}",
            "lines": "one\n{{#items}}\n- {{.}}\n{{/items}}\n{{multi}}\ntwo\n{{> inline}}\nend",
        ]
        try expectSame(templates, [
            ["name": "N", "items": ["a", "b"], "multi": "m1\nm2\n"],
            ["name": "N", "items": [], "multi": ""],
        ], "indented partials")
        try expectSame(["main": "a\r\n  {{> p}}\r\nb", "p": "x\r\ny\r\n{{v}}\r\n"], [["v": "v"]], "CRLF partials")
    }

    @Test func inheritanceWithAndWithoutOverrides() throws {
        let layout = """
            <title>{{$title}}Default title{{/title}}</title>
            <main>
              {{$content}}
              default content
              {{/content}}
            </main>
            {{$footer}}{{n}} footer{{/footer}}
              {{> nav}}
            """
        let nav = "<nav>\n{{$links}}<a>home</a>\n{{/links}}</nav>\n"
        try expectSame([
            "main": """
                {{<layout}}
                {{$title}}{{n}} · site{{/title}}
                ignored text
                  {{$content}}
                    <h1>{{n}}</h1>
                      <p>indented</p>
                    {{#items}}
                    <i>{{.}}</i>
                    {{/items}}
                  {{/content}}
                {{/layout}}
                after
                """,
            "layout": layout, "nav": nav,
        ], [["n": "Page", "items": ["a", "b"]]], "overrides")
        try expectSame(["main": "{{<layout}}{{/layout}}", "layout": layout, "nav": nav], [["n": "Bare"]], "no overrides")
        try expectSame([
            "main": "{{<middle}}{{$links}}<a>main</a>{{/links}}{{/middle}}",
            "middle": "{{<layout}}{{$title}}Middle{{/title}}{{$links}}<a>middle</a>{{/links}}{{/layout}}",
            "layout": layout, "nav": nav,
        ], [["n": "Nested"]], "nested parents: the outer override wins")
        try expectSame(["main": "x {{$block}}default {{n}}{{/block}}\n  {{$other}}\n  line\n  {{/other}}"],
                       [["n": 1]], "blocks outside a parent")
    }

    @Test func theRealTemplatesParseIntoTheSameWhitespace() throws {
        let sources = try TemplateSource.files(in: templatesDirectory).mapValues(\.text)
        let context: Context = ["siteTitle": "T & <co>", "root": "../", "ogType": "website", "jsonLD": .nothing,
                                "pageFeed": .nothing, "canonicalURL": "https://x.org/", "links": ["feed": "f"]]
        let oracle = try MustacheOracle(sources: sources)
        for name in sources.keys.sorted() {
            oracle.expectSameOutput(name, context, name)
        }
    }
}
