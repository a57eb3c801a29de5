import Hummingbird

/// Marks every answer `Cache-Control: no-cache` unless it says otherwise: a rebuild may change
/// any file, so the browser asks again each time, and an unchanged file costs a 304.
struct RevalidationMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-cache" }
        return response
    }
}
