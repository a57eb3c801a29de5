import SitegenModel
import SitegenTemplates

/// Chart contexts for the templates: `{caption, labelHeader, svg, rows}`, where `rows`
/// (`{label, value}`) carry the same numbers as the SVG for the visually hidden table (`1,234`).
///
/// A chart of one bar says nothing the page does not already say ("1 paper, 2024"), so a chart
/// is drawn only from two bars up; most people on a big site are co-authors with one paper.
enum ChartContext {
    /// Papers per year (oldest first, gaps as zero), or null when the papers span fewer than two years.
    static func years(_ years: [(year: Int, count: Int)], caption: String) -> Context? {
        guard years.count >= 2 else { return nil }
        let bars = years.map { SVGChart.Bar(label: String($0.year), value: $0.count, title: "\($0.year): \(PartBuilder.papersText($0.count))") }
        return context(caption: caption, labelHeader: "Year", svg: SVGChart.columns(bars), bars: bars)
    }

    /// Papers per category, most first, labelled with the arXiv id; null with fewer than two categories.
    static func categories(_ counts: [(value: String, count: Int)], caption: String) -> Context? {
        guard counts.count >= 2 else { return nil }
        let bars = counts.map { code, count in
            let category = Category(code: code, paperIDs: [])
            return SVGChart.Bar(label: category.arxivID ?? code, value: count, title: "\(category.name): \(PartBuilder.papersText(count))")
        }
        // The table names categories in full; the bars have room for the arXiv id only.
        let labels = counts.map { Category.name(of: $0.value) }
        return context(caption: caption, labelHeader: "Category", svg: SVGChart.rows(bars), bars: bars, labels: labels)
    }

    /// `labels` replace the bars' own labels in the table, when given.
    private static func context(caption: String, labelHeader: String, svg: String, bars: [SVGChart.Bar],
                                labels: [String]? = nil) -> Context {
        let rows = bars.enumerated().map { offset, bar -> Context in
            ["label": .text(labels?[offset] ?? bar.label), "value": .text(PartBuilder.groupedThousands(bar.value))]
        }
        return ["caption": .text(caption), "labelHeader": .text(labelHeader), "svg": .text(svg), "rows": .list(rows)]
    }
}
