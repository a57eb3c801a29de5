/// Why `sitegen serve` could not start listening; said before any build.
public enum ServeError: Error, CustomStringConvertible {
    /// `--port` names no TCP port.
    case portOutOfRange(Int)
    /// Another program listens at `address`; `free` is a port near it that was free when tried.
    case portInUse(address: String, free: Int?)
    /// The address cannot be listened on (an unknown host, an address of another machine…).
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case .portOutOfRange(let port):
            "--port \(port) is not a port: give one from 0 to 65535 (0 picks a free one)"
        case .portInUse(let address, let free):
            "\(address) is in use; try --port \(free.map(String.init) ?? "0") \(free == nil ? "(any free port)" : "(free now)")"
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason)"
        }
    }
}
