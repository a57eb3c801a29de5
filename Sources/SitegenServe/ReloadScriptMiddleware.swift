import Hummingbird

/// Adds the reload script to every HTML page sent, as it streams (`ReloadScriptInjector`), with
/// a `Content-Length` that counts it. A page is always sent whole: a `Range` asked of one would
/// count the bytes of the built file, not of the page sent, so it is dropped before the file is read.
struct ReloadScriptMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        if Self.namesPage(request.head.path ?? "/") {
            var head = request.head
            head.headerFields[.range] = nil
            head.headerFields[.ifRange] = nil
            request = Request(head: head, body: request.body)
        }
        var response = try await next(request, context)
        guard MIMEType.isHTML(response.headers[.contentType]), response.status != .partialContent else { return response }
        if request.method == .get && response.status != .notModified {
            let page = response.body
            response.body = ResponseBody(contentLength: page.contentLength.map { $0 + ReloadScriptInjector.tag.count }) { writer in
                try await page.write(InjectingWriter(page: writer))
            }
        } else if let length = response.headers[.contentLength].flatMap(Int.init) {
            response.headers[.contentLength] = String(length + ReloadScriptInjector.tag.count)
        }
        return response
    }

    /// Whether `target` asks for a page: a folder (its `index.html`) or an HTML file.
    private static func namesPage(_ target: String) -> Bool {
        guard case .segments(let segments, let trailingSlash) = RequestPath(target: target) else { return false }
        return trailingSlash || MIMEType.isHTML(segments.last.flatMap(MIMEType.forPath))
    }
}

/// Passes a page on to the connection through a `ReloadScriptInjector`.
private struct InjectingWriter: ResponseBodyWriter {
    var page: any ResponseBodyWriter
    var injector = ReloadScriptInjector()

    mutating func write(_ buffer: ByteBuffer) async throws {
        let ready = injector.pass(buffer.readableBytesView)
        if !ready.isEmpty { try await page.write(ByteBuffer(bytes: ready)) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        try await page.write(ByteBuffer(bytes: injector.finish()))
        try await page.finish(trailingHeaders)
    }
}
