#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads inputs whole, with a size limit, mapping every failure to a clear ``KortomError``.
public enum InputReader {
    /// Reads the regular file at `path`.
    ///
    /// - Throws: `input_vanished`, `unreadable`, `not_a_regular_file` or `too_large`.
    public static func readFile(atPath path: String, origin: TranscriptOrigin, maximumBytes: Int) throws(KortomError) -> [UInt8] {
        // O_NONBLOCK keeps a FIFO from blocking the open; it is refused right after.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw KortomError(.inputVanished, "\(origin): the file was removed before it could be read") }
            throw KortomError(.unreadable, "\(origin): cannot open: \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw KortomError(.unreadable, "\(origin): cannot stat: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw KortomError(.notARegularFile, "\(origin): not a regular file")
        }
        if Int(info.st_size) > maximumBytes {
            throw KortomError(.tooLarge, "\(origin): \(info.st_size) bytes is over the limit of \(maximumBytes) bytes (input.max_file_bytes)")
        }
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        return try readAll(fileDescriptor: descriptor, origin: origin, maximumBytes: maximumBytes, expectedSize: Int(info.st_size))
    }

    /// Reads a descriptor to its end.
    ///
    /// - Throws: `unreadable` or `too_large`.
    public static func readAll(fileDescriptor descriptor: Int32, origin: TranscriptOrigin, maximumBytes: Int, expectedSize: Int = 0) throws(KortomError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: max(expectedSize + 1, 4096))
        var filled = 0
        while true {
            if filled == buffer.count {
                guard buffer.count <= maximumBytes else {
                    throw KortomError(.tooLarge, "\(origin): over the limit of \(maximumBytes) bytes (input.max_file_bytes)")
                }
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw KortomError(.unreadable, "\(origin): read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            filled += count
        }
        if filled > maximumBytes {
            throw KortomError(.tooLarge, "\(origin): over the limit of \(maximumBytes) bytes (input.max_file_bytes)")
        }
        buffer.removeLast(buffer.count - filled)
        return buffer
    }
}
