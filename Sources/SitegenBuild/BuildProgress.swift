/// Where a build is, for progress displays. Reported on the building thread.
public enum BuildProgress: Sendable, Equatable {
    /// Reading and merging the profile pages.
    case loading
    /// Rendering and writing; `files` rendered so far (written, or found unchanged in the spare).
    case writing(files: Int)
    /// Copying assets and putting the new site in place.
    case finishing
}
