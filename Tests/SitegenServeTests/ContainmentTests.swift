import Foundation
import SitegenTestSupport
import Testing

/// No request target reaches a file outside the output folder, or one of its dot-files: 46
/// traversal variants (plain, encoded, double-encoded, overlong UTF-8, backslashes, NUL bytes,
/// links out of the site) sent as written to a running server. A `..` segment, raw or encoded,
/// and every other malformed target is a 400; a well-formed path to what is not served, a 404.
@Suite(.timeLimit(.minutes(1)), .offThePool) struct ContainmentTests {
    static let targets = [
        "/../secret.txt", "/../../secret.txt", "/papers/../../secret.txt", "/assets/../../secret.txt",
        "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/.%2E/.%2E/secret.txt",
        "/%2e/secret.txt", "/./../secret.txt", "//../secret.txt", "/.../secret.txt", "/..;/secret.txt", "/..", "/papers/..",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/papers/..%2f..%2fsecret.txt",
        "/papers/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/%2e%2e%5csecret.txt", "/%5c..%5csecret.txt",
        "/..\\secret.txt", "/\\..\\secret.txt", "/..%00/secret.txt", "/%00/../secret.txt", "/secret.txt%00.html",
        "/papers/%00", "/%252e%252e/secret.txt", "/..%252fsecret.txt", "/..%255csecret.txt", "/%c0%ae%c0%ae/secret.txt",
        "/%c0%af..%c0%afsecret.txt", "/..%c0%afsecret.txt", "/%u002e%u002e/secret.txt", "/%zz/secret.txt",
        "../secret.txt", "http://127.0.0.1/../secret.txt",
        "/leak", "/leakdir/secret.txt", "/leakdir/", "/.sitegen-output", "/.sitegen-manifest", "/%2esitegen-manifest",
    ]

    /// The targets that are well-formed paths (`%252e%252e` is a folder named `%2e%2e`).
    static let notServed: Set = [
        "/%252e%252e/secret.txt", "/leak", "/leakdir/secret.txt", "/leakdir/", "/.sitegen-output", "/.sitegen-manifest",
        "/%2esitegen-manifest",
    ]

    @Test func everyTraversalIsRefused() async throws {
        #expect(Self.targets.count == 46)
        try await ServeFixture.withServer { port, project, _ in
            let secret = "secret-\(UUID().uuidString)"
            try Data(secret.utf8).write(to: project.appendingPathComponent("secret.txt"))
            let site = project.appendingPathComponent("Site")
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak").path, withDestinationPath: "../secret.txt")
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leakdir").path, withDestinationPath: project.path)
            let client = HTTPTestClient(port: port)
            for target in Self.targets {
                let reply = try await client.get(target)
                #expect(reply.status == (Self.notServed.contains(target) ? 404 : 400), "\(target): \(reply.status)")
                #expect(!reply.body.contains(secret) && !reply.body.contains("sitegen-manifest"), "\(target)")
            }
        }
    }
}
