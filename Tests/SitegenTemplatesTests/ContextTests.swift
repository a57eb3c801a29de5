import Testing
@testable import SitegenTemplates

/// A context's names: each with its hash inside the one array a literal makes (`ContextName`),
/// found by hash and name, the last value given winning.
@Suite("Context names")
struct ContextTests {
    @Test func theLastValueOfANameGivenTwiceWins() {
        let context: Context = ["a": "first", "b": 2, "a": "last"]
        #expect(context["a"] == .text("last"))
        #expect(context["b"] == .number(2))
        #expect(context["c"] == nil)
        #expect(context.values.map(\.name) == ["a", "b"])
        #expect(context.values.map(\.value) == [.text("last"), .number(2)])
    }

    @Test func settingReplacesAddsAndRemoves() {
        var context: Context = ["a": 1, "b": 2, "a": 3]
        context["b"] = "two"
        context["c"] = true
        #expect(context.values.map(\.name) == ["a", "b", "c"])
        #expect(context["b"] == .text("two"))
        context["a"] = nil
        #expect(context["a"] == nil)
        #expect(context.values.map(\.name) == ["b", "c"])
    }

    @Test func mergingLetsTheOtherWin() {
        let merged = (["a": 1, "b": 2] as Context).merging(["b": 3, "c": 4])
        #expect(merged["b"] == .number(3))
        #expect(merged.values.map(\.value) == [.number(1), .number(3), .number(4)])
    }

    /// Names of every length around the 8-byte words the hash reads, and names that differ only
    /// in a last byte, a trailing zero byte or case, are told apart, each found under its own name.
    @Test func namesAreToldApartByHashAndBytes() {
        let names = (0...20).map { String(repeating: "x", count: $0) }
            + ["ab", "ab\0", "abcdefgh", "abcdefgi", "abcdefgh\0", "Name", "name", "é", "e\u{301}"]
        let context = Context(names.enumerated().map { (ContextName($1), TemplateValue.number($0)) })
        for (number, name) in names.enumerated() {
            #expect(context[ContextName(name)] == .number(number), "\(name.debugDescription)")
        }
        #expect(Set(names.map { ContextName($0).key }).count == names.count)
    }

    /// A name is found once set or merged in and missed once removed, among enough names that
    /// many share its bit of the context's summary of names (`ContextName.bit`).
    @Test func namesSetMergedAndRemovedAreFoundOrMissed() {
        let names = (0..<300).map { ContextName("name\($0)") }
        var context: Context = [:]
        for (number, name) in names.enumerated() { context[name] = .number(number) }
        for (number, name) in names.enumerated() where number.isMultiple(of: 2) { context[name] = nil }
        let merged = (["other": 1] as Context).merging(context)
        for (number, name) in names.enumerated() {
            let expected: TemplateValue? = number.isMultiple(of: 2) ? nil : .number(number)
            #expect(context[name] == expected && merged[name] == expected, "\(name.name)")
        }
        #expect(context["other"] == nil && merged["other"] == .number(1))
    }
}
