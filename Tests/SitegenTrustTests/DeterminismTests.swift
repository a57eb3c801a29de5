import Foundation
import SitegenTestSupport
import Testing

/// The same content gives the same bytes: built from another folder, into another folder, a
/// second later, from another working directory, on one thread and on more threads than cores.
@Suite(.offThePool) struct DeterminismTests {
    @Test(.timeLimit(.minutes(2))) func sameContentGivesIdenticalTrees() async throws {
        let root = TrustFixture.scratch("determinism")
        defer { try? FileManager.default.removeItem(at: root) }
        let reference = root.appendingPathComponent("a/Site")
        let first = try await SitegenBinary.build(content: TrustFixture.content, output: reference, directory: TrustFixture.repository)
        #expect(first.status == 0, "\(first.errors)")
        let expected = TreeManifest(reference)
        #expect(expected.files.count > 500)
        // Timestamps at second resolution would show.
        try await Task.sleep(for: .seconds(1.1))
        let copy = root.appendingPathComponent("b/elsewhere/Content")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try TrustFixture.copyContent(to: copy)
        for threads in ["1", "7"] {
            let output = root.appendingPathComponent("b/out-\(threads)")
            let outcome = try await SitegenBinary.build(content: copy, output: output, environment: ["SITEGEN_THREADS": threads],
                                                  directory: copy.deletingLastPathComponent())
            #expect(outcome.status == 0, "\(outcome.errors)")
            let manifest = TreeManifest(output)
            #expect(manifest == expected, "\(threads) threads: \(manifest.difference(from: expected))")
            for file in expected.files.keys.sorted() {
                let same = FileManager.default.contentsEqual(atPath: reference.appendingPathComponent(file).path,
                                                             andPath: output.appendingPathComponent(file).path)
                #expect(same, "\(file) differs with \(threads) threads")
            }
        }
        let leaked = expected.files.keys.filter { file in
            let text = String(decoding: FileManager.default.contents(atPath: reference.appendingPathComponent(file).path) ?? Data(),
                              as: UTF8.self)
            return [root.path, TrustFixture.repository.path, FileManager.default.temporaryDirectory.path].contains(where: text.contains)
        }
        #expect(leaked.isEmpty, "absolute paths in \(leaked.sorted().prefix(5))")
    }
}
