import Foundation

/// The placeholder text `sitegen new` writes into starter files (`ContentScaffold`), and how the
/// loader finds it left unchanged: written once here, so the two cannot drift apart.
public enum StarterText {
    /// The bio of `sitegen new author "Ann Lee"`: `A few sentences about Ann Lee, in Markdown.`
    public static func authorBio(for name: String) -> String { bioOpening + name + bioClosing }

    /// The first line of the body of `sitegen new page`.
    public static let pageBody = "Write the page in Markdown. Add it to the menu in site.yml:"

    private static let bioOpening = "A few sentences about "
    private static let bioClosing = ", in Markdown."

    /// Whether `line` is an author bio's placeholder, for any name.
    static func isAuthorBio(_ line: Substring) -> Bool {
        line.hasPrefix(bioOpening) && line.hasSuffix(bioClosing)
    }

    /// Whether `line` opens a page's placeholder body.
    static func isPageBody(_ line: Substring) -> Bool {
        line == pageBody
    }

    /// The 1-based file line of the first line of `body` (which starts on file line `firstLine`)
    /// that `isPlaceholder` accepts, leading and trailing white space set aside; nil when there is none.
    static func line(in body: String, firstLine: Int, where isPlaceholder: (Substring) -> Bool) -> Int? {
        body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().first { _, line in
            isPlaceholder(Substring(line.trimmingCharacters(in: .whitespacesAndNewlines)))
        }.map { firstLine + $0.offset }
    }
}
