import Foundation
@testable import SitegenServe
import SitegenTestSupport
import Testing

/// File events as bursts, from inotify and from polling: one element per burst, one more for
/// any bursts while the consumer is busy, none for editor files, folders made later watched,
/// and the inotify thread gone with the stream.
@Suite(.timeLimit(.minutes(1)), .offThePool) struct ChangeBurstTests {
    enum Source: CaseIterable {
        #if canImport(Glibc)
        case inotify
        #endif
        case polling
    }

    static let quietPeriod = Duration.milliseconds(250)

    /// A scratch folder watched by `source`, given to `body` with its stream, then removed.
    func watching(_ source: Source, _ body: (URL, AsyncStream<Void>) async throws -> Void) async throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        switch source {
        #if canImport(Glibc)
        case .inotify:
            let stream = try #require(InotifyBursts.stream(watching: [folder], quietPeriod: Self.quietPeriod))
            try await body(folder, stream)
        #endif
        case .polling:
            try await body(folder, PollingBursts.stream(watching: [folder], interval: .milliseconds(40), quietPeriod: Self.quietPeriod))
        }
    }

    /// An empty folder but for `profiles/`, in the temporary folder.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bursts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        return folder
    }

    func write(_ name: String, in folder: URL, _ text: String = UUID().uuidString) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// Writes `name` and waits for the next element: it must be that write's burst, so come no
    /// sooner than the quiet period after it (an element left over would come at once).
    func expectOwnBurst(writing name: String, in folder: URL, from iterator: inout AsyncStream<Void>.Iterator,
                        sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let start = ContinuousClock.now
        try write(name, in: folder)
        #expect(await iterator.next() != nil, sourceLocation: sourceLocation)
        #expect(ContinuousClock.now - start >= Self.quietPeriod, "an element was left over", sourceLocation: sourceLocation)
    }

    @Test(arguments: Source.allCases) func aBurstGivesOneElement(_ source: Source) async throws {
        try await watching(source) { folder, stream in
            var iterator = stream.makeAsyncIterator()
            for index in 0..<20 { try write("profiles/\(index).txt", in: folder) }
            #expect(await iterator.next() != nil)
            try await expectOwnBurst(writing: "profiles/after.txt", in: folder, from: &iterator)
        }
    }

    @Test(arguments: Source.allCases) func burstsDuringASlowConsumerGiveOneMore(_ source: Source) async throws {
        try await watching(source) { folder, stream in
            var iterator = stream.makeAsyncIterator()
            try write("profiles/a.txt", in: folder)
            #expect(await iterator.next() != nil)
            for name in ["b", "c", "d"] {
                try write("profiles/\(name).txt", in: folder)
                try await Task.sleep(for: Self.quietPeriod * 2)
            }
            #expect(await iterator.next() != nil)
            try await expectOwnBurst(writing: "profiles/e.txt", in: folder, from: &iterator)
        }
    }

    @Test(arguments: Source.allCases) func editorFilesGiveNone(_ source: Source) async throws {
        try await watching(source) { folder, stream in
            var iterator = stream.makeAsyncIterator()
            try write("profiles/.a.txt.swp", in: folder)
            try write("profiles/a.txt~", in: folder)
            try write(".hidden", in: folder)
            try await Task.sleep(for: Self.quietPeriod * 2)
            try await expectOwnBurst(writing: "profiles/a.txt", in: folder, from: &iterator)
        }
    }

    @Test(arguments: Source.allCases) func aFolderMadeLaterIsWatched(_ source: Source) async throws {
        try await watching(source) { folder, stream in
            var iterator = stream.makeAsyncIterator()
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("papers/2026"), withIntermediateDirectories: true)
            #expect(await iterator.next() != nil)
            try await expectOwnBurst(writing: "papers/2026/new.md", in: folder, from: &iterator)
        }
    }

    #if canImport(Glibc)
    @Test func endingTheConsumerStopsTheInotifyThread() async throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stream = try #require(InotifyBursts.stream(watching: [folder], quietPeriod: Self.quietPeriod))
        let consumer = Task(executorPreference: OffThePool.executor) {
            for await _ in stream {}
        }
        #expect(try await InotifyProbe.waitUntil(folder, isWatched: true))
        consumer.cancel()
        await consumer.value
        #expect(try await InotifyProbe.waitUntil(folder, isWatched: false), "the descriptor is still open")
    }

    @Test func droppingTheStreamStopsTheInotifyThread() async throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try #require(InotifyBursts.stream(watching: [folder], quietPeriod: Self.quietPeriod))
        #expect(try await InotifyProbe.waitUntil(folder, isWatched: false), "the descriptor is still open")
    }
    #endif
}
