import Hummingbird
import NIOCore

/// Sends a response body no faster than its connection takes it. A part written from outside
/// the connection's event loop is queued on that loop, and the writer only learns that the
/// socket is full once the loop has run the queue; a busy loop lets every file being sent read
/// far ahead into memory. So after each part the writer waits for the loop to have taken it.
struct WritePacingMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: PreviewContext,
                next: (Request, PreviewContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        let body = response.body
        let eventLoop = context.channel.eventLoop
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            try await body.write(PacedWriter(connection: writer, eventLoop: eventLoop))
        }
        return response
    }
}

/// Writes each part, then waits until the event loop has run what was queued before it.
private struct PacedWriter: ResponseBodyWriter {
    var connection: any ResponseBodyWriter
    let eventLoop: any EventLoop

    mutating func write(_ buffer: ByteBuffer) async throws {
        try await connection.write(buffer)
        try await eventLoop.submit {}.get()
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        try await connection.finish(trailingHeaders)
    }
}
