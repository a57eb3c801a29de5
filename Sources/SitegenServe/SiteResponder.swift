import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers requests from the output folder: files with their MIME type (HTML with the reload
/// script), the site's `404.html` for misses, 400 for refused paths, and the events stream.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let files: SiteFileResolver
    let broadcaster: ReloadBroadcaster

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text("Method not allowed\n", status: .methodNotAllowed)
        }
        let target = request.head.path ?? "/"
        if target.prefix(while: { $0 != "?" }) == ReloadScript.eventsPath { return events() }
        guard case .segments(let segments, let trailingSlash) = RequestPath(target: target) else {
            return Self.text("Bad request: this path is not allowed\n", status: .badRequest)
        }
        switch files.lookup(segments, trailingSlash: trailingSlash) {
        case .file(let path):
            return Self.file(path, status: .ok)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .notFound:
            if let page = files.notFoundPage, let html = FileManager.default.contents(atPath: page) {
                return Self.page(RootBase.inject(into: Array(html)), status: .notFound)
            }
            return Self.page(Array("<!DOCTYPE html><title>Not found</title><body><p>Not found</p></body>".utf8), status: .notFound)
        }
    }

    /// A Server-Sent Events stream of `ReloadEvent`s, ended when the server shuts down.
    private func events() -> Response {
        let broadcaster = broadcaster
        let body = ResponseBody { writer in
            let stream = await broadcaster.subscribe()
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.serverSentEvent))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    private static func file(_ path: String, status: HTTPResponse.Status) -> Response {
        guard let data = FileManager.default.contents(atPath: path) else {
            return text("Not found\n", status: .notFound)
        }
        let type = MIMEType.forPath(path)
        if MIMEType.isHTML(type) { return page(Array(data), status: status) }
        return Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An HTML page with the reload script added.
    private static func page(_ html: [UInt8], status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: MIMEType.forPath("page.html"), .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: ReloadScript.inject(into: html))))
    }

    private static func text(_ message: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: MIMEType.forPath("message.txt")],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}
