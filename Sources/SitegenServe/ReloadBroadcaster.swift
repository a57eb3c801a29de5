/// Hands every `ReloadEvent` to every open events stream, and remembers a failed rebuild so a
/// page opened afterwards shows the error too.
actor ReloadBroadcaster {
    private var subscribers: [Int: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var nextID = 0
    /// The current rebuild error, until a rebuild succeeds.
    private var failure: String?

    /// A stream of the events from now on (starting with the current error, if any).
    func subscribe() -> AsyncStream<ReloadEvent> {
        let (stream, continuation) = AsyncStream<ReloadEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        if let failure { continuation.yield(.buildFailed(failure)) }
        return stream
    }

    func publish(_ event: ReloadEvent) {
        if case .buildFailed(let message) = event { failure = message } else { failure = nil }
        for continuation in subscribers.values { continuation.yield(event) }
    }

    var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }
}
