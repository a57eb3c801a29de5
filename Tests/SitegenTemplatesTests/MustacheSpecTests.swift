import Foundation
import Testing
import SitegenTemplates

/// The official Mustache specification's tests (`../shared/mustache-spec/*.json`, beside the
/// repository), rendered by sitegen's engine: every test of a feature sitegen supports must pass.
///
/// Skipped on purpose, each refused at load with the template's file and line when a template uses it:
/// - `delimiters.json`, all of it: set delimiters (`{{=<% %>=}}`) are not supported.
/// - "Failed Lookup" (partials): a partial that does not exist is a load error, not an empty string.
/// - "Basic Decimal Interpolation", "Triple Mustache Decimal Interpolation", "Ampersand Decimal
///   Interpolation", "Implicit Iterator - Decimal": contexts hold integers, never decimals.
/// - "Implicit Iterators - …" (interpolation) and "Implicit Iterator - Root-level" (sections): a
///   template is rendered with a context (names and values) at its root, never a bare value or list.
/// - "Intrinsic indentation", "Nested block reindentation" (~inheritance): sitegen renders byte for
///   byte as swift-mustache 2.1 (the differential tests' oracle), which indents a block by the
///   whitespace before its own tag only, not by its default content's; no built-in template has a
///   block tag alone on its line.
@Suite("Mustache specification")
struct MustacheSpecTests {
    static let specFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")

    /// Files whose every test is skipped, and single tests skipped, as listed above.
    static let skippedFiles: Set = ["delimiters.json"]
    static let skippedTests: Set = [
        "Failed Lookup",
        "Basic Decimal Interpolation", "Triple Mustache Decimal Interpolation", "Ampersand Decimal Interpolation",
        "Implicit Iterator - Decimal", "Implicit Iterator - Root-level",
        "Implicit Iterators - Basic Interpolation", "Implicit Iterators - HTML Escaping",
        "Implicit Iterators - Triple Mustache", "Implicit Iterators - Ampersand",
        "Implicit Iterators - Basic Integer Interpolation",
        "Intrinsic indentation", "Nested block reindentation",
    ]

    /// One file of the suite.
    struct SpecFile: Decodable {
        let tests: [SpecTest]
    }

    /// One test: `template` (with `partials`) rendered with `data` must give `expected`.
    struct SpecTest: Decodable {
        let name: String
        let data: SpecValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    @Test func everySupportedTestPasses() throws {
        let missing = "the Mustache spec suite is missing: expected its JSON files in \(Self.specFolder.path) (../shared/mustache-spec from the package root)"
        try #require(FileManager.default.fileExists(atPath: Self.specFolder.path), "\(missing)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.specFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        try #require(!files.isEmpty, "\(missing)")
        var passed = 0
        var skipped = 0
        for file in files {
            let data = try Data(contentsOf: Self.specFolder.appendingPathComponent(file))
            for test in try JSONDecoder().decode(SpecFile.self, from: data).tests {
                if Self.skippedFiles.contains(file) || Self.skippedTests.contains(test.name) {
                    skipped += 1
                    continue
                }
                let label = "\(file): \(test.name)"
                guard let context = test.data.context else {
                    Issue.record("\(label): its data is not an object; list the test as skipped")
                    continue
                }
                var sources = ["main": TemplateSource(text: test.template, path: "\(file)/\(test.name)")]
                for (name, text) in test.partials ?? [:] {
                    sources[name] = TemplateSource(text: text, path: "\(file)/\(test.name)/\(name)")
                }
                let rendered = String(decoding: try TemplateSet(sources).render("main", context), as: UTF8.self)
                #expect(rendered == test.expected, "\(label)")
                if rendered == test.expected { passed += 1 }
            }
        }
        #expect(skipped == 14 + Self.skippedTests.count)
        #expect(passed == 136)
    }
}
