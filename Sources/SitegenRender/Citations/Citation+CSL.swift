extension Citation {
    /// One CSL-JSON item (the format Zotero, Mendeley and pandoc read): `id` is the BibTeX key;
    /// `type` `article` (a preprint, with its server as `publisher` and `arXiv:<id>` as `number`),
    /// `paper-conference` or `article-journal` (the venue as `container-title`); a group is a
    /// `literal` name; text is plain; a cut author list gets a `note`.
    var cslItem: JSONValue { cslItem(abstract: abstractText) }

    /// The item as a list of many papers (`publications.json`) gives it: without the abstract,
    /// like BibTeX, which is most of an item's bytes and is in the paper's own `cite.json`.
    var cslListItem: JSONValue { cslItem(abstract: nil) }

    private func cslItem(abstract: String?) -> JSONValue {
        let type = switch venue?.kind {
        case .proceedings?: "paper-conference"
        case .journal?: "article-journal"
        case .preprint?, nil: "article"
        }
        var members: [(String, JSONValue)] = [("id", .string(key)), ("type", .string(type)), ("title", .string(titleText))]
        members.append(("author", .array(authors.map { name in
            name.given.isEmpty ? .object([("literal", .string(name.family))])
                : .object([("family", .string(name.family)), ("given", .string(name.given))]
                          + (name.suffix.isEmpty ? [] : [("suffix", .string(name.suffix))]))
        })))
        if let date {
            members.append(("issued", .object([("date-parts", .array([.array([.int(date.year), .int(date.month), .int(date.day)])]))])))
        }
        if let containerTitle { members.append(("container-title", .string(containerTitle))) }
        if let preprintServer {
            members.append(("genre", .string("Preprint")))
            members.append(("publisher", .string(preprintServer)))
            if let arxivID { members.append(("number", .string("arXiv:\(arxivID)"))) }
        }
        if let keyword { members.append(("keyword", .string(keyword))) }
        if let abstract { members.append(("abstract", .string(abstract))) }
        if let doi { members.append(("DOI", .string(doi))) }
        if let url { members.append(("URL", .string(url))) }
        if hasMoreAuthors { members.append(("note", .string(Self.incompleteAuthorsNote))) }
        return .object(members)
    }
}
