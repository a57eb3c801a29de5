import Foundation
import Testing

/// Files as a browser or a download tool gets them: validators and 304s, byte ranges, pages
/// revalidated rather than never stored, and big files streamed without being held in memory.
@Suite(.serialized, .timeLimit(.minutes(2))) struct FileServingTests {
    @Test func pagesCarryValidatorsAndAreRevalidated() async throws {
        try await ServeFixture.withServer { port, _, _ in
            let client = HTTPTestClient(port: port)
            let home = try await client.get("/")
            #expect(home.status == 200)
            #expect(home.header("Cache-Control") == "no-cache")
            let etag = try #require(home.header("ETag"))
            let lastModified = try #require(home.header("Last-Modified"))
            #expect(home.header("Content-Length") == String(home.bytes.count), "the length counts the reload script")

            let unchanged = try await client.get("/", headers: ["If-None-Match": etag])
            #expect(unchanged.status == 304 && unchanged.bytes.isEmpty)
            #expect(try await client.get("/", headers: ["If-Modified-Since": lastModified]).status == 304)
            #expect(try await client.get("/", headers: ["If-None-Match": "W/\"other\""]).status == 200)

            let css = try await client.get("/assets/style.css")
            #expect(css.header("Cache-Control") == "no-cache" && css.header("ETag") != nil)
            let head = try await client.send("HEAD", "/")
            #expect(head.status == 200 && head.bytes.isEmpty)
            #expect(head.header("Content-Length") == home.header("Content-Length"))
        }
    }

    @Test func rangesOfFilesArePartialAndPagesAreSentWhole() async throws {
        try await ServeFixture.withServer { port, project, _ in
            let client = HTTPTestClient(port: port)
            let file = project.appendingPathComponent("Site/api/papers.json")
            let bytes = try Array(Data(contentsOf: file))
            let part = try await client.get("/api/papers.json", headers: ["Range": "bytes=0-99"])
            #expect(part.status == 206)
            #expect(part.header("Content-Range") == "bytes 0-99/\(bytes.count)")
            #expect(part.bytes.count == 100 && part.bytes.elementsEqual(bytes.prefix(100)))

            let page = try await client.get("/", headers: ["Range": "bytes=0-99"])
            #expect(page.status == 200, "a page is sent whole, with the reload script")
            #expect(page.body.contains("data-sitegen-serve") && page.body.contains("</html>"))
        }
    }

    /// A 1 GiB file (sparse, so it takes no disk): its first bytes come at once and the process
    /// does not grow by anything like its size.
    @Test func aBigFileIsStreamed() async throws {
        try await ServeFixture.withServer { port, project, _ in
            let path = project.appendingPathComponent("Site/big.bin").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
            let client = HTTPTestClient(port: port)
            let before = Self.residentBytes()
            let start = ContinuousClock.now
            let first = try await client.exchange("GET", "/big.bin", until: { $0.count > 1 << 20 })
            #expect(first.count > 1 << 20)
            #expect(ContinuousClock.now - start < .seconds(5))
            let growth = Self.residentBytes() - before
            #expect(growth < 256 << 20, "resident memory grew by \(growth >> 20) MiB while sending a 1 GiB file")
            let part = try await client.get("/big.bin", headers: ["Range": "bytes=1073741800-"])
            #expect(part.status == 206 && part.bytes == [UInt8](repeating: 0, count: 24))
            #expect(part.header("Content-Range") == "bytes 1073741800-1073741823/1073741824")
        }
    }

    /// VmRSS of this process, in bytes.
    static func residentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }
}
