import Foundation
import SitegenModel

/// A static picture of an owner's closest collaborators: the owner in the middle, the top co-authors
/// on a circle (most shared papers at 12 o'clock, then clockwise), a spoke to each as thick as the
/// papers they share, and a thin chord between two co-authors who share papers of the owner's.
///
/// Deterministic: positions depend only on the ranking, numbers are printed with one decimal.
/// Hidden from assistive technology (`aria-hidden`, its links out of the tab order): the ranked
/// co-author list beside it says the same in text; a pointer can click a co-author's node.
enum CoAuthorGraph {
    static let maxNodes = 12
    /// About the size of a full graph's SVG, reserved at once rather than grown step by step.
    private static let expectedBytes = 16 * 1024
    private static let size = (width: 480.0, height: 330.0), radius = 105.0

    /// The SVG, or nil when there is nobody to draw.
    static func svg(owner: String, coauthors: [(name: String, sharedPapers: Int, author: AuthorLink?)], papers: PaperSelection, items: PartBuilder) -> String? {
        let index = items.index
        let top = Array(coauthors.prefix(maxNodes))
        guard !top.isEmpty else { return nil }
        let center = (x: size.width / 2, y: size.height / 2)
        let points = top.indices.map { offset -> (x: Double, y: Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(offset) / Double(top.count)
            return (center.x + radius * cos(angle), center.y + radius * sin(angle))
        }
        let maxShared = Double(top[0].sharedPapers)
        var svg = SVGChart.open(width: Int(size.width), height: Int(size.height), className: "chart-svg graph")
        svg.reserveCapacity(Self.expectedBytes)
        for (pair, count) in chords(top.map(\.name), papers: papers, index: index) {
            line(points[pair.0], points[pair.1], width: 0.5 + Double(count) / maxShared, className: "graph-chord", to: &svg)
        }
        for (offset, coauthor) in top.enumerated() {
            line(center, points[offset], width: 1 + 5 * Double(coauthor.sharedPapers) / maxShared, className: "graph-spoke", to: &svg)
        }
        node(center, label: owner, shared: nil, href: nil, anchor: "middle", dy: 26, to: &svg)
        for (offset, coauthor) in top.enumerated() {
            let point = points[offset]
            let anchor = abs(point.x - center.x) < 1 ? "middle" : (point.x > center.x ? "start" : "end")
            let dx = anchor == "middle" ? 0.0 : (anchor == "start" ? 10.0 : -10.0)
            let dy = anchor == "middle" ? (point.y < center.y ? -12.0 : 20.0) : 4.0
            let href = coauthor.author.map { items.href($0.path) }
            node(point, label: coauthor.name, shared: coauthor.sharedPapers, href: href, anchor: anchor, dx: dx, dy: dy, to: &svg)
        }
        svg += "</svg>"
        return svg
    }

    /// Pairs of drawn co-authors (by position) that appear together on the owner's papers, with how often.
    private static func chords(_ names: [String], papers: PaperSelection, index: SiteIndex) -> [((Int, Int), Int)] {
        let position = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [Int: Int] = [:]
        for paper in papers.positions {
            let present = index.people(at: paper).compactMap { position[$0.name] }.sorted()
            for (i, a) in present.enumerated() {
                for b in present[(i + 1)...] { counts[a * maxNodes + b, default: 0] += 1 }
            }
        }
        return counts.keys.sorted().map { (($0 / maxNodes, $0 % maxNodes), counts[$0] ?? 0) }
    }

    // The pieces below are appended to the picture one by one: joining each element's text
    // first made and freed a string per piece.

    private static func line(_ from: (x: Double, y: Double), _ to: (x: Double, y: Double), width: Double, className: String,
                             to svg: inout String) {
        svg += "<line class=\""
        svg += className
        attribute("x1", from.x, to: &svg)
        attribute("y1", from.y, to: &svg)
        attribute("x2", to.x, to: &svg)
        attribute("y2", to.y, to: &svg)
        attribute("stroke-width", width, to: &svg)
        svg += "\"/>"
    }

    /// `" name="value` (one decimal): closes the attribute before and leaves this one open.
    private static func attribute(_ name: String, _ value: Double, to svg: inout String) {
        svg += "\" "
        svg += name
        svg += "=\""
        svg += format(value)
    }

    /// A node: `href` makes it a link to the person's page.
    private static func node(_ point: (x: Double, y: Double), label: String, shared: Int?, href: String?, anchor: String,
                             dx: Double = 0, dy: Double, to svg: inout String) {
        if let href {
            svg += "<a class=\"graph-link\" href=\""
            svg += XMLText.escaped(href)
            svg += "\" tabindex=\"-1\">"
        } else {
            svg += "<g>"
        }
        svg += "<title>"
        svg += XMLText.escaped(shared.map { "\(label): \(PartBuilder.papersText($0)) together" } ?? label)
        svg += shared == nil ? "</title><circle class=\"graph-node graph-owner" : "</title><circle class=\"graph-node"
        attribute("cx", point.x, to: &svg)
        attribute("cy", point.y, to: &svg)
        svg += shared == nil ? "\" r=\"8\"/>" : "\" r=\"6\"/>"
        let escaped = XMLText.escaped(label)
        text(escaped, at: (point.x + dx, point.y + dy), anchor: anchor, className: "chart-label graph-halo", to: &svg)
        text(escaped, at: (point.x + dx, point.y + dy), anchor: anchor, className: "chart-label", to: &svg)
        svg += href == nil ? "</g>" : "</a>"
    }

    /// A label (`escaped` already); the graph draws each twice, a halo in the background colour
    /// under the text, so lines crossing it do not make it hard to read (CSS `paint-order` would,
    /// but is not valid CSS 3).
    private static func text(_ escaped: String, at point: (x: Double, y: Double), anchor: String, className: String,
                             to svg: inout String) {
        svg += "<text class=\""
        svg += className
        attribute("x", point.x, to: &svg)
        attribute("y", point.y, to: &svg)
        svg += "\" text-anchor=\""
        svg += anchor
        svg += "\">"
        svg += escaped
        svg += "</text>"
    }

    /// One decimal, `.` as separator, on every machine, as C's `%.1f` writes it: the exact value
    /// rounded to the nearest tenth, a tie to the even one. Made by hand: `String(format:)` and
    /// C's variadic `printf` (through dynamic casts of its arguments) cost more than the picture.
    static func format(_ value: Double) -> String {
        if value < 0 || (value == 0 && value.sign == .minus) { return "-" + format(-value) }
        let product = value * 10
        var tenths = product.rounded(.toNearestOrEven)
        // A product rounded onto a half: which side of it the exact one lies on is the
        // product's own rounding error, which a fused multiply-add gives exactly.
        if product - product.rounded(.down) == 0.5 {
            let error = (-product).addingProduct(value, 10)
            if error > 0 { tenths = product.rounded(.up) } else if error < 0 { tenths = product.rounded(.down) }
        }
        let whole = Int(tenths)
        return "\(whole / 10).\(whole % 10)"
    }
}
