/// Hands every `ReloadEvent` to every open events stream, and remembers a failed rebuild so a
/// page opened afterwards shows the error too. Each stream may name the page it was opened from
/// (its output path), which a rebuild builds first (`OpenPages`).
actor ReloadBroadcaster {
    private var subscribers: [Int: (events: AsyncStream<ReloadEvent>.Continuation, page: String?)] = [:]
    private var nextID = 0
    /// The current rebuild error, until a rebuild succeeds.
    private var failure: String?

    /// A stream of the events from now on (starting with the current error, if any), for a
    /// browser showing the page at output path `page`.
    func subscribe(showing page: String? = nil) -> AsyncStream<ReloadEvent> {
        let (stream, continuation) = AsyncStream<ReloadEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = nextID
        nextID += 1
        subscribers[id] = (continuation, page)
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        if let failure { continuation.yield(.buildFailed(failure)) }
        return stream
    }

    func publish(_ event: ReloadEvent) {
        if case .buildFailed(let message) = event { failure = message } else { failure = nil }
        for subscriber in subscribers.values { subscriber.events.yield(event) }
    }

    var subscriberCount: Int { subscribers.count }

    /// Whether open pages show a failed rebuild's error.
    var showsFailure: Bool { failure != nil }

    /// The output paths of the pages the open streams were opened from.
    var openPages: Set<String> {
        Set(subscribers.values.compactMap(\.page))
    }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }
}
