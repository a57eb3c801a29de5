import Hummingbird
import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes, or a range of them, as a response body: read a part at a time on NIO's thread
/// pool, each part written to the connection before the next is read. So a file being sent holds
/// one part in memory, whatever its size and however many connections take it at once.
enum FileBody {
    /// How much is read, then written, at a time: large enough that a part costs few system
    /// calls and thread hops for the bytes it carries (Benchmarks/README.md, Serve).
    static let partLength = 1 << 20

    /// Bytes `range` of the file at `path`; the connection is dropped if the file ends first.
    static func make(path: String, range: ClosedRange<Int>) -> ResponseBody {
        ResponseBody(contentLength: range.count) { writer in
            let file = open(path, O_RDONLY | O_CLOEXEC)
            guard file >= 0 else { throw FileEnded() }
            defer { close(file) }
            var offset = range.lowerBound
            while offset <= range.upperBound {
                let length = min(partLength, range.upperBound - offset + 1)
                let part = try await NIOThreadPool.singleton.runIfActive { [offset] in try read(file, at: offset, length: length) }
                offset += length
                try await writer.write(part)
            }
            try await writer.finish(nil)
        }
    }

    /// `length` bytes of `file` from `offset`, read whole.
    private static func read(_ file: Int32, at offset: Int, length: Int) throws -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: length)
        while buffer.readableBytes < length {
            let wanted = length - buffer.readableBytes, at = off_t(offset + buffer.readableBytes)
            var count = 0
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { bytes in
                count = pread(file, bytes.baseAddress, wanted, at)
                return max(count, 0)
            }
            guard count > 0 || (count < 0 && errno == EINTR) else { throw FileEnded() }
        }
        return buffer
    }

    /// The file could not be opened, or was cut shorter than the length already announced.
    struct FileEnded: Error {}
}
