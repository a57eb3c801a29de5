/// What a long-lived process (`sitegen serve`) keeps of one render's work for the next, where the
/// work is done again only for what changed: the site index's per-paper and per-author work, the
/// search index's runs and the API's paper records.
public final class RenderCaches: Sendable {
    let index = SiteIndexCache()
    let searchRuns = SearchRunCache()
    let apiRecords = APIRecordCache()

    public init() {}
}
