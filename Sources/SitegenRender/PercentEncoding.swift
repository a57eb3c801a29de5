/// Percent-encoding of every UTF-8 byte but RFC 3986's unreserved characters (`A–Z a–z 0–9 - . _ ~`),
/// upper-case hex: what `addingPercentEncoding(withAllowedCharacters:)` gives, without
/// Foundation's cost. COinS values and search-link queries (spaces as `+`) both go through it.
enum PercentEncoding {
    /// `text` encoded; a space becomes `+` when `spaceAsPlus` (HTML form queries), else `%20`.
    static func encoded(_ text: String, spaceAsPlus: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, spaceAsPlus: spaceAsPlus, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `encoded(text, spaceAsPlus:)` appended to `bytes`, for a text made of several encoded values.
    static func append(_ text: String, spaceAsPlus: Bool = false, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            case UInt8(ascii: " ") where spaceAsPlus:
                bytes.append(UInt8(ascii: "+"))
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
