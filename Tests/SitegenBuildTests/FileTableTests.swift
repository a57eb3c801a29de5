import Foundation
@testable import SitegenOutput
import SitegenSupport
import Testing

/// `FileTable`, the packed paths and digests of a tree's manifest and page records: it answers as
/// a dictionary of the same paths would, through growth, overwrites and removals, and sorts as
/// `String` sorts.
@Suite struct FileTableTests {
    static func digest(_ text: String) -> ContentDigest {
        ContentDigest(of: Array(text.utf8))
    }

    @Test func answersAsADictionaryThroughGrowthOverwritesAndRemovals() {
        var table = FileTable()
        var dictionary: [String: ContentDigest] = [:]
        let paths = (0..<3_000).map { "papers/paper-\($0 * 7919 % 3_001)/cite.\(["bib", "ris", "json"][$0 % 3])" }
        for (number, path) in paths.enumerated() {
            let position = table.set(Self.digest("\(number)"), at: path)
            #expect(table.path(at: position) == path)
            dictionary[path] = Self.digest("\(number)")
        }
        for (number, path) in paths.enumerated() where number % 5 == 0 {
            #expect(table.set(Self.digest("again \(number)"), at: path) == table.position(of: path))
            dictionary[path] = Self.digest("again \(number)")
        }
        for (number, path) in paths.enumerated() where number % 7 == 0 {
            #expect(table.remove(path) == dictionary.removeValue(forKey: path))
            #expect(table.remove(path) == nil, "removed once")
        }
        table.set(Self.digest("back"), at: paths[0])
        dictionary[paths[0]] = Self.digest("back")
        #expect(table.count == dictionary.count)
        for path in paths + ["papers/absent/index.html", "", "papers"] {
            #expect(table[path] == dictionary[path], "\(path)")
        }
        let held = table.positions.filter { !table.isRemoved(at: $0) }.map { table.path(at: $0) }
        #expect(Set(held) == Set(dictionary.keys) && held.count == dictionary.count)
    }

    @Test(arguments: [
        ["b/index.html", "a/index.html", "a-b/x.js", "a/b", "A/c", "a", "ab", "a/"],
        ["é/x.html", "e/x.html", "z.html", "e\u{301}/y.html", "ü.txt", "u.txt", "%25.txt"],
    ])
    func sortsAsStringsSort(_ paths: [String]) {
        var table = FileTable()
        for path in paths { table.set(Self.digest(path), at: path) }
        #expect(table.sortedPositions().map { table.path(at: $0) } == paths.sorted())
    }

    @Test func tablesWithTheSamePathsAndDigestsAreEqualInAnyOrder() {
        var forward = FileTable(), backward = FileTable()
        let paths = ["a.html", "b/c.html", "d.js"]
        for path in paths { forward.set(Self.digest(path), at: path) }
        for path in paths.reversed() { backward.set(Self.digest(path), at: path) }
        #expect(forward == backward)
        backward.set(Self.digest("other"), at: "d.js")
        #expect(forward != backward)
        _ = forward.remove("d.js")
        var shorter = FileTable()
        for path in paths.dropLast() { shorter.set(Self.digest(path), at: path) }
        #expect(forward == shorter)
    }
}

extension FileTableTests {
    /// Another table's paths are found and copied by their bytes, with the same answers as by string.
    @Test func pathsOfAnotherTableAreFoundAndCopiedByTheirBytes() {
        var spare = FileTable(), built = FileTable(), copy = FileTable()
        for number in 0..<200 { spare.set(Self.digest("spare \(number)"), at: "p/\(number).html") }
        for number in stride(from: 100, to: 300, by: 3) { built.set(Self.digest("built \(number)"), at: "p/\(number).html") }
        for position in built.positions {
            #expect(spare.digest(ofPathAt: position, in: built) == spare[built.path(at: position)])
            let copied = copy.set(built.digest(at: position), atPathAt: position, of: built)
            #expect(copy.path(at: copied) == built.path(at: position))
        }
        #expect(copy == built)
        #expect(built.positions.contains { spare.digest(ofPathAt: $0, in: built) != nil })
        #expect(built.positions.contains { spare.digest(ofPathAt: $0, in: built) == nil })
    }
}
