/// Reads what `sitegen check` needs of one page (`PageFacts`) from its start tags (`HTMLTokenizer`):
/// links, anchors, the title, `<meta>` tags and the canonical link.
enum HTMLScanner {
    static func scan(_ bytes: [UInt8]) -> PageFacts {
        var facts = PageFacts()
        HTMLTokenizer.startTags(in: bytes) { tag in
            // The first of an attribute given twice counts, as in a browser.
            var attributes: [String: String] = [:]
            for (name, value) in tag.attributes where attributes[name] == nil { attributes[name] = value }
            record(tag.name, attributes, into: &facts)
            if tag.name == "title", let text = tag.text { facts.title = HTMLEntities.decode(text) }
        }
        return facts
    }

    private static func record(_ element: String, _ attributes: [String: String], into facts: inout PageFacts) {
        for key in ["href", "src"] {
            if let link = attributes[key] { facts.links.append(HTMLEntities.decode(link)) }
        }
        if let id = attributes["id"] { facts.anchors.insert(HTMLEntities.decode(id)) }
        switch element {
        case "a":
            if let name = attributes["name"] { facts.anchors.insert(HTMLEntities.decode(name)) }
        case "meta":
            if let name = attributes["name"] {
                facts.metas.append((name.lowercased(), HTMLEntities.decode(attributes["content"] ?? "")))
            }
        case "link":
            let relations = (attributes["rel"] ?? "").lowercased().split(separator: " ")
            if relations.contains("canonical"), let href = attributes["href"] { facts.canonicalURL = HTMLEntities.decode(href) }
        default:
            break
        }
    }
}
