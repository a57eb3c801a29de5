import SitegenBuild

/// What `sitegen serve` is asked to do: build like `sitegen build`, then listen on `host:port`.
public struct ServeOptions: Sendable {
    public var build: BuildOptions
    /// `127.0.0.1` unless asked otherwise: the preview is not for the network.
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Logs how long each step of every build took and the peak memory, as `sitegen build --verbose` prints them.
    public var verbose: Bool

    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8080, verbose: Bool = false) {
        self.build = build
        self.host = host
        self.port = port
        self.verbose = verbose
    }

    /// The host and `port` as a URL writes them: `127.0.0.1:8080`, an IPv6 host in brackets (`[::1]:8080`).
    public func address(port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Throws `.portOutOfRange` unless `port` is a TCP port (0 to 65535).
    public func validate() throws(ServeError) {
        guard (0...Int(UInt16.max)).contains(port) else { throw .portOutOfRange(port) }
    }
}
