#if canImport(Glibc)
import Foundation
import Glibc

/// inotify events as bursts: a thread of its own sleeps in poll(2) on the descriptor and a
/// wake-up socket (with a timeout only while a burst is pending); terminating the stream closes
/// the socket's other end, and the thread ends, closing both descriptors.
enum InotifyBursts {
    /// Nil when inotify cannot be used.
    static func stream(watching folders: [URL], quietPeriod: Duration) -> AsyncStream<Void>? {
        guard let watches = InotifyWatches(watching: folders) else { return nil }
        // Close-on-exec from the start, so no child process keeps `wakeUp` open.
        var ends: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            watches.close()
            return nil
        }
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let (wakeUp, stop) = (ends[1], ends[0])
        continuation.onTermination = { _ in close(wakeUp) }
        let thread = Thread {
            var watches = watches
            yieldBursts(of: &watches, until: stop, quietPeriod: quietPeriod, to: continuation)
            watches.close()
            close(stop)
            continuation.finish()
        }
        thread.name = "sitegen-watch"
        thread.start()
        return stream
    }

    /// Yields once per burst until `stop` is hung up (or the inotify descriptor fails).
    private static func yieldBursts(of watches: inout InotifyWatches, until stop: Int32, quietPeriod: Duration,
                                    to continuation: AsyncStream<Void>.Continuation) {
        var debouncer = Debouncer<ContinuousClock.Instant>(quietPeriod: quietPeriod)
        var descriptors = [pollfd(fd: watches.descriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&descriptors, 2, debouncer.deadline.map(milliseconds(until:)) ?? -1) < 0 {
                guard errno == EINTR else { return }
                continue
            }
            if descriptors[1].revents != 0 { return }
            if descriptors[0].revents != 0 {
                guard let changed = watches.readChanges() else { return }
                if changed { debouncer.noteChange(at: .now) }
            }
            if debouncer.shouldFire(at: .now) { continuation.yield() }
        }
    }

    /// poll(2)'s timeout for `deadline`: whole milliseconds, rounded up so as not to wake early.
    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        Int32(clamping: max(0, Int(((deadline - .now) / .milliseconds(1)).rounded(.up))))
    }
}
#endif
