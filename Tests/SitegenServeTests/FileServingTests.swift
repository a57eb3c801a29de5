import Foundation
import SitegenTestSupport
import Testing

/// Files as a browser or a download tool gets them: validators and 304s, byte ranges, pages
/// revalidated rather than never stored, and big files streamed without being held in memory.
@Suite(.serialized, .timeLimit(.minutes(1)), .offThePool) struct FileServingTests {
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

    /// Suffix and open ranges give the bytes they name; a range of no byte of the file is a 416
    /// saying the size; a `Range` that is malformed, asks for several ranges or comes with HEAD
    /// is ignored.
    @Test func everyKindOfRangeIsAnswered() async throws {
        try await ServeFixture.withServer { port, project, _ in
            let client = HTTPTestClient(port: port)
            let bytes = try Array(Data(contentsOf: project.appendingPathComponent("Site/api/papers.json")))
            let size = bytes.count
            let tail = try await client.get("/api/papers.json", headers: ["Range": "bytes=-100"])
            #expect(tail.status == 206 && tail.bytes.elementsEqual(bytes.suffix(100)))
            #expect(tail.header("Content-Range") == "bytes \(size - 100)-\(size - 1)/\(size)")
            #expect(tail.header("Content-Length") == "100")
            let rest = try await client.get("/api/papers.json", headers: ["Range": "bytes=\(size - 10)-"])
            #expect(rest.status == 206 && rest.bytes.elementsEqual(bytes.suffix(10)))
            #expect(rest.header("Content-Range") == "bytes \(size - 10)-\(size - 1)/\(size)")
            let whole = try await client.get("/api/papers.json", headers: ["Range": "bytes=-\(size + 5)"])
            #expect(whole.status == 206 && whole.bytes == bytes)

            for beyond in ["bytes=\(size)-", "bytes=\(size + 100)-\(size + 200)", "bytes=-0"] {
                let refused = try await client.get("/api/papers.json", headers: ["Range": beyond])
                #expect(refused.status == 416, "\(beyond)")
                #expect(refused.header("Content-Range") == "bytes */\(size)", "\(beyond)")
            }
            let etag = try #require(tail.header("ETag"))
            let otherVersion = try await client.get("/api/papers.json", headers: ["Range": "bytes=\(size)-", "If-Range": "W/\"other\""])
            #expect(otherVersion.status == 200 && otherVersion.bytes == bytes)
            #expect(try await client.get("/api/papers.json", headers: ["Range": "bytes=\(size)-", "If-Range": etag]).status == 416)

            for ignored in ["bytes=9-5", "items=0-9", "bytes=0-1,5-6"] {
                let reply = try await client.get("/api/papers.json", headers: ["Range": ignored])
                #expect(reply.status == 200 && reply.bytes == bytes, "\(ignored)")
            }
            let head = try await client.send("HEAD", "/api/papers.json", headers: ["Range": "bytes=0-9"])
            #expect(head.status == 200 && head.header("Content-Length") == String(size) && head.header("Content-Range") == nil)
            #expect(try await client.get("/missing.json", headers: ["Range": "bytes=-10"]).status == 404)
        }
    }

    /// A 1 GiB file (sparse, so it takes no disk): its first megabyte comes before the whole file
    /// could have been read, and the process does not grow by anything like its size.
    @Test func aBigFileIsStreamed() async throws {
        try await ServeFixture.withServer { port, project, _ in
            try Self.makeSparseFile(at: project.appendingPathComponent("Site/big.bin"), size: 1 << 30)
            let client = HTTPTestClient(port: port)
            let before = Self.residentBytes()
            let first = try await client.exchange("GET", "/big.bin", until: { $0.count > 1 << 20 })
            #expect(first.count > 1 << 20)
            let growth = Self.residentBytes() - before
            #expect(growth < 256 << 20, "resident memory grew by \(growth >> 20) MiB while sending a 1 GiB file")
            let part = try await client.get("/big.bin", headers: ["Range": "bytes=1073741800-"])
            #expect(part.status == 206 && part.bytes == [UInt8](repeating: 0, count: 24))
            #expect(part.header("Content-Range") == "bytes 1073741800-1073741823/1073741824")
        }
    }

    /// 24 connections each taking the first 64 MiB of a 1 GiB file at once: every file being
    /// sent keeps to a few parts in memory, however busy the server's threads are.
    @Test func manyConnectionsToABigFileKeepMemorySmall() async throws {
        try await ServeFixture.withServer { port, project, _ in
            try Self.makeSparseFile(at: project.appendingPathComponent("Site/big.bin"), size: 1 << 30)
            let client = HTTPTestClient(port: port)
            let before = Self.residentBytes()
            let peak = Task {
                var peak = 0
                while !Task.isCancelled {
                    peak = max(peak, Self.residentBytes())
                    try? await Task.sleep(for: .milliseconds(20))
                }
                return peak
            }
            let received = try await withThrowingTaskGroup(of: Int.self) { group in
                // What is measured is memory, not speed: a busy machine may take a while for 1.5 GiB.
                for _ in 0..<24 { group.addTask { try await client.drain("/big.bin", count: 64 << 20, timeout: .seconds(180)) } }
                return try await group.reduce(0, +)
            }
            peak.cancel()
            let growth = await peak.value - before
            #expect(received >= 24 * (64 << 20))
            #expect(growth < 256 << 20, "resident memory grew by \(growth >> 20) MiB")
        }
    }

    /// A file of `size` zero bytes that takes no disk.
    static func makeSparseFile(at url: URL, size: UInt64) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    /// VmRSS of this process, in bytes.
    static func residentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }
}
