import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an XML file with Foundation's `XMLParser`: tells whether it is well-formed and
/// collects the text of the elements asked for (`<loc>` of a sitemap).
final class XMLReader: NSObject, XMLParserDelegate {
    /// The outcome of reading one file.
    struct Result {
        /// Text of each collected element, trimmed, in document order.
        var texts: [String]
        /// Why the file is not well-formed XML, or nil when it is.
        var error: String?
        /// The name of the document element (`urlset`, `sitemapindex`, `feed`).
        var rootElement: String?
    }

    private let collected: Set<String>
    private var texts: [String] = []
    private var current: String?
    private var rootElement: String?

    private init(collecting elements: Set<String>) {
        collected = elements
    }

    static func read(_ data: Data, collecting elements: Set<String> = []) -> Result {
        let reader = XMLReader(collecting: elements)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        // On Linux `parse()` can return true for a malformed document while setting `parserError`.
        guard parser.parse(), parser.parserError == nil else {
            return Result(texts: reader.texts, error: "not well-formed XML (line \(parser.lineNumber))", rootElement: reader.rootElement)
        }
        return Result(texts: reader.texts, error: nil, rootElement: reader.rootElement)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if rootElement == nil { rootElement = elementName }
        if collected.contains(elementName) { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if collected.contains(elementName), let text = current {
            texts.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
            current = nil
        }
    }
}
