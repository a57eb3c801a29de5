import SitegenModel
import SitegenSupport
import Synchronization

/// Folds the spellings of one person into one identity and picks the name to show.
///
/// Two spellings are one person when their `PersonName.foldKey` is equal: the same letters once
/// accents, case, hyphens, spaces and `Last, First` order are set aside. Initials are never
/// expanded and surnames alone never match, so two people who share a surname stay apart.
/// The canonical spelling is the one seen most often; ties go to the spelling with more
/// non-ASCII letters (accents are more often dropped than added), then to hyphens, then to
/// more lower-case letters (particles are written `van der`, not `Van Der`), then to the
/// alphabetically first.
struct AuthorIdentity {
    /// A group of spellings of one person.
    struct Person {
        var canonical: String
        /// Spellings in natural order (`Arthur Mensch`), with counts: what the canonical name is chosen from.
        var spellings: [String: Int]
        /// Spellings as printed (`Mensch, Arthur` too), with counts: what the report shows.
        var written: [String: Int]
    }

    private(set) var people: [String: Person] = [:]
    /// A number no other folding has had, new at every change: two identities with one
    /// generation fold and spell every name alike (`GatheredAuthors` is keyed by it).
    private(set) var generation = AuthorIdentity.newGeneration()
    private static let generations = Atomic<Int>(0)
    /// The fold key of every name seen, as written: a name is seen and looked up many times,
    /// and folding (Foundation's, for accented names) costs more than a look-up.
    private var keys: [String: String] = [:]
    /// The canonical spelling of every name seen, as written, made by `settle` and `alias`: one
    /// look-up for `canonical`, asked of every byline.
    private var canonicalByName: [String: String] = [:]

    /// Counts `times` sightings of `name` (in any order or spelling).
    mutating func see(_ name: String, times: Int = 1) {
        generation = Self.newGeneration()
        let spelling = PersonName.naturalOrder(name)
        record(name, spelling: spelling, key: keys[name] ?? PersonName.foldKey(spelling), times: times)
    }

    /// `see` of every name in `tally`, as often as it counts; the names are folded on every core first.
    mutating func see(_ tally: OrderedTally) {
        generation = Self.newGeneration()
        let counts = tally.counts()
        let folded = ParallelRuns.map(counts) { sighting in
            let spelling = PersonName.naturalOrder(sighting.value)
            return (spelling: spelling, key: PersonName.foldKey(spelling))
        }
        keys.reserveCapacity(keys.count + counts.count)
        people.reserveCapacity(people.count + counts.count)
        // A name is looked up among those seen before only when some were (a tally's names are distinct).
        let seenBefore = !keys.isEmpty
        for (sighting, name) in zip(counts, folded) {
            record(sighting.value, spelling: name.spelling, key: seenBefore ? keys[sighting.value] ?? name.key : name.key, times: sighting.count)
        }
    }

    /// Counts `times` sightings of `name`, whose natural order is `spelling` and fold key `key`.
    private mutating func record(_ name: String, spelling: String, key: String, times: Int) {
        keys[name] = key
        // Before `settle` there is no canonical spelling to forget.
        if !canonicalByName.isEmpty { canonicalByName.removeValue(forKey: name) }
        guard !key.isEmpty else { return }
        // The person is looked up once and counted in place.
        func count(_ person: inout Person) {
            person.spellings[spelling, default: 0] += times
            person.written[name, default: 0] += times
        }
        count(&people[key, default: Person(canonical: spelling, spellings: [:], written: [:])])
    }

    /// Settles each person's canonical spelling; call after every name has been seen.
    mutating func settle() {
        generation = Self.newGeneration()
        for (key, person) in people {
            people[key]!.canonical = person.spellings.max { a, b in
                Self.preference(a.key, a.value) < Self.preference(b.key, b.value)
            }!.key
        }
        noteCanonicalNames()
    }

    private static func newGeneration() -> Int {
        generations.add(1, ordering: .relaxed).newValue
    }

    /// `canonicalByName` of every name seen.
    private mutating func noteCanonicalNames() {
        let table = Dictionary(uniqueKeysWithValues: keys.keys.map { ($0, canonicalOfSeen($0)) })
        canonicalByName = table
    }

    /// Spellings declared to be another person's (`aliases:` in an author's Markdown file):
    /// alias fold key → that person's fold key.
    private var redirects: [String: String] = [:]

    /// Folds `alias` into the person whose canonical name is `canonical` (after `settle`): their
    /// sightings count as one person's, and the canonical name stays `canonical`'s.
    mutating func alias(_ alias: String, to canonical: String) {
        generation = Self.newGeneration()
        let target = PersonName.foldKey(canonical)
        let key = PersonName.foldKey(PersonName.naturalOrder(alias))
        guard key != target, !key.isEmpty, people[target] != nil else { return }
        if let merged = people.removeValue(forKey: key) {
            people[target]!.spellings.merge(merged.spellings, uniquingKeysWith: +)
            people[target]!.written.merge(merged.written, uniquingKeysWith: +)
        }
        redirects[key] = target
        noteCanonicalNames()
    }

    /// `PersonName.foldKey(name)`, looked up when the name has been seen.
    func foldKey(_ name: String) -> String {
        keys[name] ?? PersonName.foldKey(name)
    }

    /// The canonical spelling for any spelling of a person seen before (the name itself otherwise).
    func canonical(_ name: String) -> String {
        canonicalByName[name] ?? canonicalOfSeen(name)
    }

    /// `canonical(name)` from the people seen.
    private func canonicalOfSeen(_ name: String) -> String {
        let key = keys[name] ?? PersonName.foldKey(PersonName.naturalOrder(name))
        return people[redirects[key] ?? key]?.canonical ?? PersonName.naturalOrder(name)
    }

    /// The spellings of `name`'s person other than the canonical one, sorted.
    func otherSpellings(of name: String) -> [String] {
        let key = foldKey(name)
        // A person seen under one spelling (most) has no other: that one is the canonical.
        guard let person = people[redirects[key] ?? key], person.spellings.count > 1 else { return [] }
        return person.spellings.keys.filter { $0 != person.canonical }.sorted()
    }

    /// The canonical name of every person, for matching hand-written files by slug.
    var canonicalNames: [String] { people.values.map(\.canonical) }

    /// Every person seen under more than one spelling, by canonical name.
    var foldings: [LoadReport.Folding] {
        people.values.filter { $0.written.count > 1 }
            .map { LoadReport.Folding(canonical: $0.canonical, spellings: $0.written) }
            .sorted { $0.canonical < $1.canonical }
    }

    /// Canonical names in order, each once.
    func canonical(_ names: [String]) -> [String] {
        // A byline's few names are compared with each other, not hashed into a set.
        guard names.count <= 16 else {
            var seen = Set<String>()
            return names.map(canonical).filter { seen.insert($0).inserted }
        }
        var result: [String] = []
        for name in names {
            let canonical = canonical(name)
            if !result.contains(canonical) { result.append(canonical) }
        }
        return result
    }

    /// Ranks a spelling: more sightings, accents, hyphens, lower-case letters; then alphabetical.
    private static func preference(_ spelling: String, _ count: Int) -> Preference {
        Preference(count: count, nonASCII: spelling.unicodeScalars.filter { !$0.isASCII }.count,
                   hyphens: spelling.filter { $0 == "-" }.count, lowercase: spelling.filter(\.isLowercase).count,
                   spelling: spelling)
    }

    private struct Preference: Comparable {
        var count: Int
        var nonASCII: Int
        var hyphens: Int
        var lowercase: Int
        var spelling: String

        static func < (a: Preference, b: Preference) -> Bool {
            if a.count != b.count { return a.count < b.count }
            if a.nonASCII != b.nonASCII { return a.nonASCII < b.nonASCII }
            if a.hyphens != b.hyphens { return a.hyphens < b.hyphens }
            if a.lowercase != b.lowercase { return a.lowercase < b.lowercase }
            return a.spelling > b.spelling
        }
    }
}
