import Foundation
import SitegenTemplates
import SitegenTheme

/// The templates pages are made with: the built-in theme's, each replaced by the file of the same
/// name in a templates folder (the assets are overlaid the same way, by `SiteBuilder.copyAssets`).
enum ThemeTemplates {
    /// The built-in theme's templates with `directory`'s over them, loaded and checked.
    static func load(overlaying directory: URL?) throws(TemplateError) -> TemplateSet {
        var sources = Dictionary(uniqueKeysWithValues: BuiltInTheme.templates.map { name, text in
            (name, TemplateSource(file: text, path: "(built-in theme)/\(name).mustache"))
        })
        if let directory {
            sources.merge(try TemplateSource.files(in: directory)) { _, fromFolder in fromFolder }
        }
        return try TemplateSet(sources)
    }
}
