import Foundation

/// The one byte range a `Range` header asks for (RFC 9110 §14.1.2): `first-last`, `first-`, or
/// the last `length` bytes (`-length`). Another unit, a list of ranges or a malformed one is no
/// `ByteRange`: such a header is ignored and the whole file sent.
enum ByteRange: Equatable {
    /// From `first` through `last` (the end of the file when nil).
    case from(Int, through: Int?)
    /// The last `length` bytes.
    case suffix(Int)

    init?(header: String) {
        let parts = header.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].lowercased() == "bytes" else { return nil }
        let spec = parts[1]
        guard let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash], last = spec[spec.index(after: dash)...]
        if first.isEmpty {
            guard let length = Self.number(last) else { return nil }
            self = .suffix(length)
        } else {
            guard let start = Self.number(first) else { return nil }
            if last.isEmpty {
                self = .from(start, through: nil)
            } else {
                guard let end = Self.number(last), end >= start else { return nil }
                self = .from(start, through: end)
            }
        }
    }

    /// The bytes of a file of `size` bytes that it asks for, clamped to the file; nil when none
    /// of them exist (a start past the end, an empty suffix or file), which is answered 416.
    func bytes(in size: Int) -> ClosedRange<Int>? {
        switch self {
        case .from(let first, let last):
            guard first < size else { return nil }
            return first...min(last ?? size - 1, size - 1)
        case .suffix(let length):
            guard length > 0, size > 0 else { return nil }
            return max(size - length, 0)...(size - 1)
        }
    }

    /// Decimal digits as a number, `Int.max` when too long for one; nil for anything else.
    private static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits) ?? Int.max
    }
}
