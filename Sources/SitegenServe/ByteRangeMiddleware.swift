import Hummingbird

/// Answers `Range` itself where `FileMiddleware` would not: it reads `bytes=-N` as the first N+1
/// bytes and sends a start past the end as an empty 206. So a range of a file (GET only) is
/// handed on as `bytes=first-last` within the file, a range of no byte of it is a 416 with
/// `Content-Range: bytes */size` (unless `If-Range` names another version), and any other
/// `Range` (HEAD, another unit, several ranges, malformed) is dropped: the whole file is sent.
struct ByteRangeMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: SiteFileProvider

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.range] else { return try await next(request, context) }
        var head = request.head
        head.headerFields[.range] = nil
        guard request.method == .get, let range = ByteRange(header: header),
              case .segments(let segments, trailingSlash: false) = RequestPath(target: request.head.path ?? "/"),
              let size = files.size(ofFileAt: "/" + segments.joined(separator: "/")) else {
            return try await next(Request(head: head, body: request.body), context)
        }
        if let bytes = range.bytes(in: size) {
            head.headerFields[.range] = "bytes=\(bytes.lowerBound)-\(bytes.upperBound)"
            return try await next(Request(head: head, body: request.body), context)
        }
        let whole = try await next(Request(head: head, body: request.body), context)
        // A 304, a miss, or an `If-Range` naming another version: the range does not apply.
        let sameVersion = request.headers[.ifRange].map { [whole.headers[.eTag], whole.headers[.lastModified]].contains($0) } ?? true
        guard whole.status == .ok, sameVersion else { return whole }
        return Response(status: .rangeNotSatisfiable, headers: [.contentRange: "bytes */\(size)", .contentType: MIMEType.plainText],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: "Range not satisfiable\n")))
    }
}
