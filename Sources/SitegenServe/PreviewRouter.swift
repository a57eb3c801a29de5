import Foundation
import Hummingbird
import ServiceLifecycle

/// The preview's HTTP side: the reload events stream, and the output folder's files (the open
/// pages a rebuild built first in place of theirs, `OpenPages`) through
/// Hummingbird's `FileMiddleware` (streaming, ranges, `ETag`, `Last-Modified`, 304), inside the
/// middlewares that pace bodies to their connection, mark answers for revalidation, keep
/// requests to the site's own files, add the reload script to pages, settle byte ranges and
/// answer misses with the site's 404 page (outermost first).
enum PreviewRouter {
    static func make(output: URL, broadcaster: ReloadBroadcaster, openPages: OpenPages) -> Router<PreviewContext> {
        let router = Router(context: PreviewContext.self)
        // Added before the middlewares, so they do not apply to it.
        router.get(RouterPath(ReloadScript.eventsPath)) { request, _ in
            events(from: broadcaster, showing: request.uri.queryParameters[Substring(ReloadScript.pageParameter)].flatMap {
                OpenPages.outputPath(showingAt: String($0))
            })
        }
        let files = SiteFileProvider(root: output, openPages: openPages)
        router.add(middleware: WritePacingMiddleware())
        router.add(middleware: RevalidationMiddleware())
        router.add(middleware: SitePathMiddleware())
        router.add(middleware: ReloadScriptMiddleware())
        router.add(middleware: ByteRangeMiddleware(files: files))
        router.add(middleware: NotFoundPageMiddleware(files: files))
        router.add(middleware: FileMiddleware(fileProvider: files, searchForIndexHtml: true)
            .withAdditionalMediaTypes(forFileExtensions: MIMEType.mediaTypes))
        return router
    }

    /// A Server-Sent Events stream of `ReloadEvent`s for a browser showing the page at output path
    /// `page`, ended when the server shuts down.
    private static func events(from broadcaster: ReloadBroadcaster, showing page: String?) -> Response {
        let body = ResponseBody { writer in
            let stream = await broadcaster.subscribe(showing: page)
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.serverSentEvent))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
