/// A short ASCII text (a date, a number) written byte by byte into a buffer on the stack: dates are
/// formatted for every paper of every list, and string interpolation cost more than the rest of
/// their context. Holds at most `capacity` bytes (a date needs 40 at the very most).
public struct ShortASCIIText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private static let capacity = 64

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The text `body` writes.
    public static func make(_ body: (inout ShortASCIIText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var text = ShortASCIIText(buffer: buffer)
            body(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
        }
    }

    public mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "ShortASCIIText holds \(Self.capacity) bytes")
        buffer[count] = byte
        count += 1
    }

    /// `number` in decimal, with zeros in front up to `width` digits (`-` first when negative).
    public mutating func append(_ number: Int, width: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for _ in digits..<max(digits, width) { append(UInt8(ascii: "0")) }
        precondition(count + digits <= buffer.count, "ShortASCIIText holds \(Self.capacity) bytes")
        count += digits
        var position = count
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// The bytes of `text` (ASCII, in practice: month names).
    public mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }
}
