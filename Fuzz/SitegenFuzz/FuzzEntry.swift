import CFuzzDriver
import Foundation

/// Runs under libFuzzer when built by `make fuzz` (`-sanitize=fuzzer,address`, SITEGEN_FUZZING);
/// a plain build replays the inputs given as files instead, to reproduce a crash the fuzzer
/// saved: `SITEGEN_FUZZ=markdown sitegen-fuzz crash-…`. `SITEGEN_FUZZ` picks the harness.
@main enum FuzzEntry {
    static func main() {
        let status = sitegen_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv, fuzzOneInput)
        if status >= 0 { exit(status) }
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzHarness.selected.run([UInt8](data))
            print("\(path): ok")
        }
    }
}

/// One input; also exported under the name libFuzzer's objects expect.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: UInt) -> CInt {
    FuzzHarness.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: Int(size))) } ?? [])
    return 0
}

/// The harnesses, each feeding arbitrary bytes to one stage that must never crash, hang or leak.
enum FuzzHarness: String, Sendable {
    case loader
    case markdown

    static let selected = FuzzHarness(rawValue: ProcessInfo.processInfo.environment["SITEGEN_FUZZ"] ?? "loader") ?? .loader

    func run(_ bytes: [UInt8]) {
        switch self {
        case .loader: LoaderHarness.shared.run(bytes)
        case .markdown: MarkdownHarness.run(bytes)
        }
    }
}
