import SitegenSupport

/// The digest of values written one after another, each with its length or a tag, so two
/// different lists of values never give the same bytes: what a page's inputs (`PageInputs`) and a
/// run of search documents (`SearchRunCache`) are known by.
struct FieldDigest {
    private var bytes: [UInt8] = []

    mutating func add(_ text: String) {
        add(text.utf8.count)
        bytes += text.utf8
    }

    mutating func add(_ text: String?) {
        if let text { bytes.append(1); add(text) } else { bytes.append(0) }
    }

    mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    mutating func add(_ texts: [String?]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    mutating func add(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes += $0 }
    }

    mutating func add(_ number: Int?) {
        if let number { bytes.append(1); add(number) } else { bytes.append(0) }
    }

    mutating func add(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func add(_ digest: ContentDigest?) {
        add(digest.map { Int(bitPattern: UInt($0.high)) })
        add(digest.map { Int(bitPattern: UInt($0.low)) })
    }

    func digest() -> ContentDigest {
        ContentDigest(of: bytes)
    }
}
