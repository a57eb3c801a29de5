import Foundation
import Hummingbird

/// Lets through only what may name a file of the site: GET or HEAD (else 405) of a target
/// `RequestPath` accepts (else 400). A folder asked for without its slash is redirected to
/// `/folder/` built from the decoded segments, percent-encoded, not to what `FileMiddleware`
/// puts in `Location` (the decoded path, which may start with `//` or hold a `?`).
struct SitePathMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.message("Method not allowed\n", status: .methodNotAllowed)
        }
        guard case .segments(let segments, _) = RequestPath(target: request.head.path ?? "/") else {
            return Self.message("Bad request: this path is not allowed\n", status: .badRequest)
        }
        var response = try await next(request, context)
        if response.status == .movedPermanently {
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
            response.headers[.location] = "/" + encoded.joined(separator: "/") + "/"
        }
        return response
    }

    private static func message(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: MIMEType.plainText], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
