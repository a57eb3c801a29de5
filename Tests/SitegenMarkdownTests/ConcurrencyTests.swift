import SitegenMarkdown
import Testing

/// `render` from many tasks at once must match rendering one at a time.
@Suite struct ConcurrencyTests {
    @Test func concurrentRendersMatchSerialRenders() async {
        let renderer = MarkdownRenderer()
        let inputs = (0..<16).map { index in
            "Item \(index): ~~old~~ *new* www.example.org/\(index) $x_\(index)^2$ \\emph{e}\n\n| a | b |\n|---|---|\n| \(index) | $\\alpha$ |"
        }
        let expected = inputs.map(renderer.render)
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<400 {
                let index = round % inputs.count
                group.addTask { (index, renderer.render(inputs[index])) }
            }
            return await group.reduce(into: [(Int, String)]()) { $0.append($1) }
        }
        #expect(results.count == 400)
        for (index, html) in results {
            #expect(html == expected[index])
        }
    }
}
