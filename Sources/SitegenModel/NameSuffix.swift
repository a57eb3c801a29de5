/// Generational suffixes written after a person's name (`Martin Luther King Jr.`, `John Smith III`):
/// neither a given nor a family name, so names are turned around, cited and sorted without them.
public enum NameSuffix {
    /// `Jr`, `Sr`, `II`, `III`, `IV`, as written (a final `.` or `,` set aside).
    public static func isSuffix(_ word: some StringProtocol) -> Bool {
        var trimmed = Substring(word)
        while let last = trimmed.last, last == "." || last == "," { trimmed = trimmed.dropLast() }
        return suffixes.contains(trimmed)
    }

    private static let suffixes: Set<Substring> = ["Jr", "Sr", "II", "III", "IV"]
}
