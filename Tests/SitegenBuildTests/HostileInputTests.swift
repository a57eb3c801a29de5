import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SitegenBuild
import Testing

/// Hostile content (`HostileCorpus`) builds, and every file of the site is scanned: pages carry
/// only the site's own scripts, tags, attributes and link schemes; JSON-LD, JSON, XML and the
/// search index parse; every file lies inside the output; Mustache in content stays text.
@Suite struct HostileInputTests {
    /// One hostile build shared by the suite.
    static let built: (root: URL, output: URL, summary: BuildSummary) = {
        let root = BuildFixture.scratch()
        let content = root.appendingPathComponent("Content")
        try! HostileCorpus.write(to: content)
        let output = root.appendingPathComponent("Site")
        return (root, output, try! BuildFixture.build(content: content, into: output))
    }()

    /// What the site's own pages contain, from the build of `Content/`: anything else came from content.
    static let own: (tags: Set<String>, attributes: Set<String>, scripts: Set<String>) = {
        let output = EndToEndBuildTests.built.output
        var own: (tags: Set<String>, attributes: Set<String>, scripts: Set<String>) = ([], [], [])
        for file in BuildFixture.files(in: output) where file.hasSuffix(".html") {
            for tag in SourcedTag.all(in: try! BuildFixture.text(output, file)) {
                own.tags.insert(tag.name)
                own.attributes.formUnion(tag.attributes.map(\.name))
                if tag.name == "script" { own.scripts.insert(tag.source) }
            }
        }
        return own
    }()

    /// Markup Markdown and TeX in content may legitimately produce.
    static let markdownTags: Set<String> = ["em", "strong", "code", "a", "del", "sub", "sup", "br", "span", "p", "ul", "ol",
        "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "img",
        "math", "mi", "mo", "mn", "ms", "mtext", "mrow", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover",
        "munder", "munderover", "mspace", "mstyle", "mtable", "mtr", "mtd", "semantics", "annotation", "mpadded", "mphantom",
        "merror", "menclose"]
    static let markdownAttributes: Set<String> = ["href", "src", "alt", "title", "class", "id", "align", "mathvariant",
        "display", "xmlns", "stretchy", "fence", "separator", "lspace", "rspace", "accent", "columnalign", "width", "height", "dir"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background"]

    var output: URL { Self.built.output }
    var files: [String] { BuildFixture.files(in: output) }

    @Test func theCorpusBuildsWithWarnings() {
        #expect(HostileCorpus.strings.count >= 50)
        let summary = Self.built.summary
        // Every `Names paper N` entry is a paper of its own; the hostile titles may merge or be refused.
        #expect(summary.papers > HostileCorpus.strings.count + HostileCorpus.generated.count)
        let warnings = summary.diagnostics.map(\.description).joined(separator: "\n")
        #expect(warnings.contains("broken-utf8.txt: warning: not UTF-8: read as Windows-1252"))
        #expect(warnings.contains("anchors and aliases"))
        #expect(warnings.contains("front matter longer than"))
        #expect(warnings.contains("`homepage` must be an http(s) link"))
    }

    @Test func everyFileStaysInsideTheOutput() throws {
        // Beside the output: the site and the input digests of its build (`InputDigestCache`), nothing else.
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.built.root.path).filter { $0 != ".Site.inputs" }.sorted()
            == ["Content", "Site"])
        for file in files {
            let components = file.split(separator: "/")
            #expect(components.allSatisfy { $0 != ".." && $0 != "." && $0.utf8.count <= 255 && $0.allSatisfy { $0.isASCII && !$0.isWhitespace } },
                    "unsafe path \(file.prefix(300))")
        }
    }

    @Test func pagesCarryOnlyTheSitesOwnMarkup() throws {
        let own = Self.own
        var problems: [String] = []
        for file in files where file.hasSuffix(".html") {
            for tag in SourcedTag.all(in: try BuildFixture.text(output, file)) {
                if !own.tags.contains(tag.name) && !Self.markdownTags.contains(tag.name) {
                    problems.append("\(file): tag from content: \(tag.source.prefix(120))")
                }
                for (name, value) in tag.attributes {
                    if name.hasPrefix("on") || (!own.attributes.contains(name) && !Self.markdownAttributes.contains(name)) {
                        problems.append("\(file): attribute from content: \(name) in \(tag.source.prefix(120))")
                    }
                    if Self.urlAttributes.contains(name), Self.isScriptURL(value) {
                        problems.append("\(file): script URL: \(tag.source.prefix(120))")
                    }
                }
                if tag.name == "script" { problems += Self.scriptProblems(tag, file: file, own: own.scripts) }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func dataFilesParseAndHoldNoControlCharacters() throws {
        for file in files {
            let data = try Data(contentsOf: output.appendingPathComponent(file))
            let controls = data.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0) || $0 == 0x7F }
            #expect(controls.isEmpty, "\(file): control bytes \(Set(controls).sorted())")
            if file.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is not JSON")
            } else if file.hasSuffix(".xml") {
                #expect(XMLParser(data: data).parse(), "\(file) is not well-formed XML")
            } else if file.hasPrefix("search/") && file.hasSuffix(".js") {
                #expect(Self.searchPayload(data).flatMap { try? JSONSerialization.jsonObject(with: $0, options: .fragmentsAllowed) } != nil,
                        "\(file) is not sitegenSearch(name, JSON);")
            }
        }
    }

    @Test func bidiOverridesDoNotReachThePages() throws {
        let overrides = Set<Unicode.Scalar>((0x202A...0x202E).compactMap(Unicode.Scalar.init) + (0x2066...0x2069).compactMap(Unicode.Scalar.init))
        let carrying = try files.filter { $0.hasSuffix(".html") }.filter { file in
            try BuildFixture.text(output, file).unicodeScalars.contains(where: overrides.contains)
        }
        #expect(carrying.isEmpty, "\(carrying.count) pages, such as \(carrying.prefix(3))")
    }

    @Test func mustacheInContentIsNeverEvaluated() throws {
        let pages = try files.filter { $0.hasSuffix(".html") }.map { try BuildFixture.text(output, $0) }
        #expect(pages.contains { $0.contains("{{#papers}}{{title}}{{/papers}} must stay literal") })
        #expect(pages.contains { $0.contains("{{title}}") })
    }

    /// `javascript:`, `vbscript:` or `data:` once entities, whitespace and case are set aside.
    static func isScriptURL(_ value: String) -> Bool {
        var decoded = value
        for (entity, character) in [("&colon;", ":"), ("&#58;", ":"), ("&#x3a;", ":"), ("&tab;", ""), ("&#9;", ""),
                                    ("&#x09;", ""), ("&newline;", ""), ("&#10;", ""), ("&amp;", "&")] {
            decoded = decoded.replacingOccurrences(of: entity, with: character, options: .caseInsensitive)
        }
        let squeezed = String(decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        return ["javascript:", "vbscript:", "data:"].contains(where: squeezed.hasPrefix)
    }

    /// A script element must be one the site writes, and its JSON-LD must parse (content that
    /// closed the element early would cut it).
    static func scriptProblems(_ tag: SourcedTag, file: String, own: Set<String>) -> [String] {
        guard own.contains(tag.source) else { return ["\(file): script from content: \(tag.source.prefix(120))"] }
        let text = tag.text ?? ""
        var problems: [String] = []
        if text.lowercased().contains("<!--") || text.lowercased().contains("<script") {
            problems.append("\(file): script text opens a comment or script")
        }
        if tag.source.contains("ld+json"), (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
            problems.append("\(file): JSON-LD does not parse: …\(text.suffix(80))")
        }
        return problems
    }

    /// The JSON inside a search file, `sitegenSearch("name",JSON);`.
    static func searchPayload(_ data: Data) -> Data? {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("sitegenSearch(\""), text.hasSuffix(");"),
              let comma = text.range(of: "\",") else { return nil }
        return Data(text[comma.upperBound..<text.index(text.endIndex, offsetBy: -2)].utf8)
    }
}
