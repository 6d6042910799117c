import Foundation

/// Writes a file so that readers see either the old content or the whole new content, never
/// a part: the bytes go to a temporary file in the same folder, which is then renamed.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as GalleyError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GalleyError.cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
    }
}
