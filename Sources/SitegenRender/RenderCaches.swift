/// What a long-lived process (`sitegen serve`) keeps of one render's work for the next, where the
/// work is done again only for what changed: the papers' listing texts, the search index's runs and
/// the API's paper records.
public final class RenderCaches: Sendable {
    let paperTexts = PaperTextCache()
    let searchRuns = SearchRunCache()
    let apiRecords = APIRecordCache()

    public init() {}
}
