import SitegenModel

/// The content cannot be loaded at all (as opposed to a line that is skipped with a warning).
public struct LoadError: Error, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    public var description: String { diagnostic.description }
}
