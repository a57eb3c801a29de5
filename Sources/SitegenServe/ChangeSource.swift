import Foundation

/// Tells whether anything under the watched folders changed since it was last asked.
protocol ChangeSource: AnyObject {
    func hasChanges() -> Bool
}

enum ChangeSources {
    /// inotify where the system has it, else polling modification times.
    static func watching(_ folders: [URL]) -> any ChangeSource {
        #if canImport(Glibc)
        if let inotify = InotifyChangeSource(watching: folders) { return inotify }
        #endif
        return PollingChangeSource(watching: folders)
    }

    /// Editor droppings that are not content: dot-files (`.x.swp`) and backups (`x~`).
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }
}
