import Foundation
import SitegenSupport
import Testing

/// Whole-file reads with the system's reason when there is none to read, and `ParallelRuns`
/// keeping input order.
@Suite struct FileBytesTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-support-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func readsAFileAndGivesTheSystemsReasonOtherwise() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data("Gaël".utf8).write(to: file)
        #expect(try FileBytes.read(file.path) == Array("Gaël".utf8))
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(try FileBytes.read(link.path) == Array("Gaël".utf8))
        #expect(throws: SystemReason(code: ELOOP)) { try FileBytes.read(link.path, followingLinks: false) }
        #expect(throws: SystemReason(code: ENOENT)) { try FileBytes.read(folder.appendingPathComponent("none").path) }
        #expect(throws: SystemReason(code: EISDIR)) { try FileBytes.read(folder.path) }
        #expect(SystemReason(code: ENOENT).description == "No such file or directory")
    }

    @Test func aNamedPipeIsRefusedNotWaitedOn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        #expect(throws: SystemReason.self) { try FileBytes.read(pipe.path) }
    }

    @Test func foundationsErrorsAreToldInTheSystemsWords() {
        #expect(SystemReason.describing(CocoaError(.fileReadNoPermission)) == "Permission denied")
        #expect(SystemReason.describing(POSIXError(.ENOSPC)) == "No space left on device")
    }

    @Test func parallelRunsKeepInputOrder() {
        #expect(ParallelRuns.map(count: 10_001) { $0 * 2 } == (0..<10_001).map { $0 * 2 })
        #expect(ParallelRuns.ranges(count: 0).isEmpty)
        #expect(ParallelRuns.ranges(count: 3).flatMap { $0 } == [0, 1, 2])
        // Results on the heap, put in place by the runs: none lost, none counted twice.
        for count in [0, 1, 7, 1_000] {
            let made = ParallelRuns.map(count: count) { "result \($0), long enough to live on the heap" }
            #expect(made == (0..<count).map { "result \($0), long enough to live on the heap" })
        }
    }
}
