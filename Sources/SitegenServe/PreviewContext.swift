import Hummingbird
import NIOCore

/// A request's context in the preview: Hummingbird's own, and the connection it came on, whose
/// event loop `WritePacingMiddleware` waits on.
struct PreviewContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }
}
