/// Why `sitegen check` could not check at all (as opposed to the findings it reports).
public enum CheckError: Error, CustomStringConvertible {
    /// The output folder does not exist or is not a folder.
    case unreadableOutput(String)

    public var description: String {
        switch self {
        case .unreadableOutput(let path): "\(path): error: not a folder with a built site; run `sitegen build` first"
        }
    }
}
