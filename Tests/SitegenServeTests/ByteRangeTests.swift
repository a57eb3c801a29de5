@testable import SitegenServe
import Testing

/// `Range` headers read as RFC 9110 reads them, and the bytes they ask of a 1,000-byte file.
@Suite struct ByteRangeTests {
    @Test(arguments: [
        ("bytes=0-99", 0...99), ("bytes=990-2000", 990...999), ("bytes=999-999", 999...999),
        ("bytes=500-", 500...999), ("bytes=-10", 990...999), ("bytes=-1", 999...999), ("bytes=-5000", 0...999),
        ("Bytes = 0-9", 0...9), ("bytes=0-99999999999999999999999", 0...999),
    ] as [(String, ClosedRange<Int>)])
    func asksForBytes(header: String, bytes: ClosedRange<Int>) throws {
        #expect(try #require(ByteRange(header: header)).bytes(in: 1000) == bytes)
    }

    @Test(arguments: ["bytes=1000-", "bytes=5000-6000", "bytes=-0", "bytes=99999999999999999999999-"])
    func asksForNoByte(header: String) throws {
        #expect(try #require(ByteRange(header: header)).bytes(in: 1000) == nil)
    }

    @Test func anEmptyFileHasNoByteToGive() {
        #expect(ByteRange.suffix(10).bytes(in: 0) == nil)
        #expect(ByteRange.from(0, through: nil).bytes(in: 0) == nil)
    }

    @Test(arguments: ["items=0-9", "bytes=9-5", "bytes=abc", "bytes=0-1,5-6", "bytes=-", "bytes=--5", "bytes=+5-", "bytes 0-9", "bytes=0x10-"])
    func isIgnored(header: String) {
        #expect(ByteRange(header: header) == nil)
    }
}
