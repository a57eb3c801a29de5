import Foundation

/// Small bar charts as inline SVG, drawn at build time: no JavaScript, styled by the page's CSS
/// (`.chart-bar`, `.chart-label`) so they follow light and dark mode.
///
/// The SVG is decoration for sighted readers (`aria-hidden`); templates put the same numbers in a
/// visually hidden table next to it (`rows`). Text in it goes through `XMLText`, so the result is
/// safe for `{{{svg}}}`.
enum SVGChart {
    /// One bar: its axis label, its value, and the tooltip (`<title>`) naming both in full.
    struct Bar {
        let label: String
        let value: Int
        let title: String
    }

    /// Vertical bars side by side (papers per year), labels under every bar, or every few bars when
    /// there are many.
    static func columns(_ bars: [Bar]) -> String {
        let width = 28, gap = 6, plotHeight = 120, top = 16, labelHeight = 18
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        let every = max(1, Int((Double(bars.count) / 12).rounded(.up)))
        let totalWidth = max(1, bars.count * (width + gap) - gap)
        var svg = open(width: totalWidth, height: top + plotHeight + labelHeight)
        svg.reserveCapacity(bars.count * bytesPerBar)
        for (offset, bar) in bars.enumerated() {
            let x = offset * (width + gap)
            let height = bar.value == 0 ? 0 : max(2, bar.value * plotHeight / maxValue)
            let y = top + plotHeight - height
            openGroup(bar, to: &svg)
            rect(x: x, y: y, width: width, height: height, to: &svg)
            if bar.value > 0 {
                text(PartBuilder.groupedThousands(bar.value), x: x + width / 2, y: y - 4, anchor: "middle", className: "chart-value", to: &svg)
            }
            if offset % every == 0 || offset == bars.count - 1 {
                text(bar.label, x: x + width / 2, y: top + plotHeight + 14, anchor: "middle", className: "chart-label", to: &svg)
            }
            svg += "</g>"
        }
        svg += "</svg>"
        return svg
    }

    /// Horizontal bars, one per row (the category mix): short label on the left, value on the right.
    static func rows(_ bars: [Bar]) -> String {
        let rowHeight = 22, labelWidth = 80, plotWidth = 260, valueWidth = 40
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        var svg = open(width: labelWidth + plotWidth + valueWidth, height: max(1, bars.count * rowHeight))
        svg.reserveCapacity(bars.count * bytesPerBar)
        for (offset, bar) in bars.enumerated() {
            let y = offset * rowHeight
            let length = max(2, bar.value * plotWidth / maxValue)
            openGroup(bar, to: &svg)
            text(bar.label, x: labelWidth - 8, y: y + 15, anchor: "end", className: "chart-label", to: &svg)
            rect(x: labelWidth, y: y + 3, width: length, height: rowHeight - 6, to: &svg)
            text(PartBuilder.groupedThousands(bar.value), x: labelWidth + length + 6, y: y + 15, anchor: "start", className: "chart-value", to: &svg)
            svg += "</g>"
        }
        svg += "</svg>"
        return svg
    }

    // The pieces below are appended to the chart one by one: joining each element's text first
    // made and freed a string per piece.

    /// About what one bar adds to a chart.
    private static let bytesPerBar = 300

    /// A bar's group and its tooltip.
    private static func openGroup(_ bar: Bar, to svg: inout String) {
        svg += "<g><title>"
        svg += XMLText.escaped(bar.title)
        svg += "</title>"
    }

    private static func rect(x: Int, y: Int, width: Int, height: Int, to svg: inout String) {
        svg += "<rect class=\"chart-bar\" x=\""
        svg += String(x)
        svg += "\" y=\""
        svg += String(y)
        svg += "\" width=\""
        svg += String(width)
        svg += "\" height=\""
        svg += String(height)
        svg += "\" rx=\"2\"/>"
    }

    /// The `<svg>` start tag: scales with its container, hidden from assistive technology.
    static func open(width: Int, height: Int, className: String = "chart-svg") -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" aria-hidden=\"true\">"
    }

    private static func text(_ text: String, x: Int, y: Int, anchor: String, className: String, to svg: inout String) {
        svg += "<text class=\""
        svg += className
        svg += "\" x=\""
        svg += String(x)
        svg += "\" y=\""
        svg += String(y)
        svg += "\" text-anchor=\""
        svg += anchor
        svg += "\">"
        svg += XMLText.escaped(text)
        svg += "</text>"
    }
}
