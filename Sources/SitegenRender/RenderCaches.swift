/// What a long-lived process (`sitegen serve`) keeps of one render's work for the next, where the
/// work is done again only for what changed: the search index's runs and the API's paper records.
public final class RenderCaches: Sendable {
    let searchRuns = SearchRunCache()
    let apiRecords = APIRecordCache()

    public init() {}
}
