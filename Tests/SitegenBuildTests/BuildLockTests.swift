import Foundation
@testable import SitegenBuild
@testable import SitegenOutput
import Testing

/// One build at a time per output: a held lock makes a build refuse, naming the holder.
@Suite struct BuildLockTests {
    @Test func aHeldLockMakesTheBuildRefuse() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let lock = try BuildLock(output: output)
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
        do {
            _ = try BuildFixture.build(into: output)
            Issue.record("built while the output was locked")
        } catch {
            #expect("\(error)".contains("another sitegen build (pid \(getpid())) is writing this output"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        lock.release()
        _ = try BuildFixture.build(into: output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != ".Site.inputs" } == ["Site"],
                "the lock file is removed")
    }
}
