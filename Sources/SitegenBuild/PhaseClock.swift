import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One step of a build, as `sitegen build --verbose` prints them: how long it took, and the
/// process's peak resident memory when it ended (so the step that raised the peak shows).
public struct BuildPhase: Sendable, Equatable {
    public let name: String
    public let seconds: Double
    /// The most memory the process had resident at any time up to the end of this step.
    public let peakResidentBytes: Int
}

/// Times the steps of one build: each `begin` ends the step before. Used on the building thread.
final class PhaseClock {
    private var phases: [BuildPhase] = []
    private var current: (name: String, start: UInt64)?

    /// Ends the current step, if any, and starts `name`.
    func begin(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        if let current {
            phases.append(BuildPhase(name: current.name, seconds: Double(now - current.start) / 1e9,
                                     peakResidentBytes: Self.peakResidentBytes()))
        }
        current = (name, now)
    }

    /// Every step so far, the current one ended now.
    func finish() -> [BuildPhase] {
        if current != nil { begin("") }
        current = nil
        return phases
    }

    #if os(Linux)
    /// Glibc imports `RUSAGE_SELF` as an enum case where `getrusage` takes its raw value.
    private static let selfUsage = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let selfUsage = RUSAGE_SELF
    #endif

    /// The process's peak resident set (`getrusage`: kilobytes on Linux, bytes on macOS).
    private static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(Self.selfUsage, &usage) == 0 else { return 0 }
        #if os(Linux)
        return usage.ru_maxrss * 1024
        #else
        return usage.ru_maxrss
        #endif
    }
}
