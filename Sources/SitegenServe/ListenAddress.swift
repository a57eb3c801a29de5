import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The address the preview listens on, taken before the first build, so a port another program
/// holds is reported at once with its address (and a free port near it), and no other server
/// can take it while the site builds. The server releases it just before binding it itself.
final class ListenAddress {
    /// A socket bound and listening at the address, the way the server binds (`SO_REUSEADDR`).
    private var descriptor: Int32

    /// Takes the address of `options`, or throws `.portInUse` or `.cannotListen`.
    init(_ options: ServeOptions) throws(ServeError) {
        switch Self.listen(host: options.host, port: options.port) {
        case .success(let descriptor):
            self.descriptor = descriptor
        case .failure(let failure) where failure.code == EADDRINUSE:
            throw .portInUse(address: options.address(port: options.port), free: Self.freePort(after: options.port, host: options.host))
        case .failure(let failure):
            throw .cannotListen(address: options.address(port: options.port), reason: failure.reason)
        }
    }

    deinit {
        release()
    }

    /// Lets the address go, for the server to bind.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Why an address could not be taken: the `errno` of `bind`/`listen`, or a resolver error.
    private struct Failure: Error {
        let code: Int32
        let reason: String
    }

    /// A port among the next 20 after `port` that can be listened on now; nil for port 0 or none.
    private static func freePort(after port: Int, host: String) -> Int? {
        guard port > 0, port < Int(UInt16.max) else { return nil }
        return (port + 1...min(port + 20, Int(UInt16.max))).first { candidate in
            guard case .success(let descriptor) = listen(host: host, port: candidate) else { return false }
            close(descriptor)
            return true
        }
    }

    /// A socket listening at the first address `getaddrinfo` gives for `host` (as the server's
    /// own resolution does), with `SO_REUSEADDR`.
    private static func listen(host: String, port: Int) -> Result<Int32, Failure> {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &found)
        guard resolved == 0, let address = found else {
            return .failure(Failure(code: 0, reason: String(cString: gai_strerror(resolved))))
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(address.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return .failure(Failure(code: errno, reason: String(cString: strerror(errno)))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0, Glibc.listen(descriptor, 16) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(Failure(code: code, reason: String(cString: strerror(code))))
        }
        return .success(descriptor)
    }
}
