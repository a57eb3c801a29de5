/// What the server tells open pages after a rebuild.
enum ReloadEvent: Equatable, Sendable {
    /// The site was rebuilt: reload.
    case reload
    /// The rebuild failed with this message; the previous site is still served.
    case buildFailed(String)

    /// The event in Server-Sent Events framing: `event:` and one `data:` line per line of text.
    var serverSentEvent: String {
        switch self {
        case .reload:
            return "event: reload\ndata: \n\n"
        case .buildFailed(let message):
            let lines = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            return "event: build-error\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
        }
    }
}
