import Foundation
import PackagePlugin

/// Builds the default theme into sitegen: every file under the package's `Templates/` becomes
/// bytes in a generated Swift file of the target it is applied to (`SitegenTheme`), so the binary
/// alone can build a site.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemeFiles.swift")
        let files = Self.files(below: theme)
        return [.buildCommand(
            displayName: "Embedding the built-in theme from Templates/",
            executable: try context.tool(named: "EmbedThemeTool").url,
            arguments: [theme.path, output.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }

    /// Every regular file below `folder`, dot-files left out, sorted: what the tool embeds, and
    /// what re-runs it when edited.
    private static func files(below folder: URL) -> [URL] {
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return paths.compactMap { $0 as? String }
            .filter { path in !path.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { folder.appending(path: $0) }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
