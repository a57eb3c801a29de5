import Foundation
@testable import SitegenBuild
@testable import SitegenOutput
import Testing

/// What killed builds leave beside the output is restored or removed, and nothing else.
@Suite struct LeftoverTreesTests {
    /// The pid of a process that has ended.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func restoresThePreviousSiteWhenTheOutputIsMissing() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let dead = try Self.deadPID()
        for name in [".Site.previous-\(dead)", ".Site.staging-\(dead)", ".Site.staging-1", ".Site.staging-x", ".Site.staging-\(getpid())"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: false)
            try Data(name.utf8).write(to: root.appendingPathComponent(name).appendingPathComponent("index.html"))
        }
        try LeftoverTrees(output: output, fileManager: .default).clean()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == ".Site.previous-\(dead)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(left == [".Site.staging-x", "Site"], "`x` is not a pid")
    }

    @Test func removesThePreviousSiteWhenTheNewOneIsInPlace() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".Site.previous-\(try Self.deadPID())"),
                                                withIntermediateDirectories: false)
        try LeftoverTrees(output: output, fileManager: .default).clean()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    /// Pids are reused: a tree named after a pid that is now another live process (here pid 1
    /// and this test's parent) is still a leftover, since its build would hold the lock.
    @Test func aTreeWhosePidNowNamesALiveProcessIsRemoved() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
        for name in [".Site.staging-1", ".Site.staging-\(getppid())", ".Site.previous-\(getppid())"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        _ = try BuildFixture.build(into: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") || $0.contains("previous") } == [])
    }
}
