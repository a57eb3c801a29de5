import Foundation
import SitegenModel
import SitegenOutput
import SitegenSupport

/// Copies a folder the site publishes as it is (`Content/static`, a templates folder's `assets`)
/// into the staging tree, as `InputTree` finds it: generated files win over copied ones of the
/// same path, symbolic links are not followed (they could point anywhere), and what cannot be
/// copied is left out with its reason, each a warning naming the file.
enum FolderCopy {
    /// Every regular file below `source`, at the same path under `prefix`; `display` names
    /// `source` in warnings.
    static func copy(_ source: URL, into staged: StagedOutput, at prefix: String, display: String) throws(OutputError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in InputTree.entries(below: source, excluding: OutputTrees(output: staged.output)) {
            let file = entry.path.isEmpty ? display : "\(display)/\(entry.path)"
            switch entry {
            case .link:
                diagnostics.append(Diagnostic(.warning, file: file, "symbolic link not copied"))
            case .skipped(_, let reason):
                diagnostics.append(Diagnostic(.warning, file: file, "\(reason); not copied"))
            case .output:
                diagnostics.append(Diagnostic(.warning, file: file, "the site's own output, or a file or folder of its builds; not copied"))
            case .file(let relative):
                guard !staged.holds(prefix + relative) else {
                    diagnostics.append(Diagnostic(.warning, file: file, "the site generates this path itself; static file not copied"))
                    continue
                }
                let bytes: [UInt8]
                do {
                    bytes = try FileBytes.read(source.path + "/" + relative, followingLinks: false)
                } catch {
                    diagnostics.append(Diagnostic(.warning, file: file, "cannot read this file: \(error); not copied"))
                    continue
                }
                try staged.write(bytes, to: prefix + relative)
            }
        }
        return diagnostics
    }
}
