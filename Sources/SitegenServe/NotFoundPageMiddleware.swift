import Hummingbird

/// Answers every miss with the site's own `404.html`, given `<base href="/">` (`RootBase`) so its
/// links work at any depth, or with a bare page when the site has none.
struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: SiteFileProvider

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            let page = files.wholeFile(at: "/404.html").map(RootBase.inject)
                ?? Array("<!DOCTYPE html><title>Not found</title><body><p>Not found</p></body>".utf8)
            return Response(status: .notFound, headers: [.contentType: MIMEType.html], body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
        }
    }
}
