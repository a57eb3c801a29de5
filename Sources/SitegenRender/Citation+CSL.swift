extension Citation {
    /// One CSL-JSON item (the format Zotero, Mendeley and pandoc-citeproc read): `id` is the BibTeX
    /// key; one-word names are `literal`; a cut author list gets a `note`.
    var cslItem: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(key)), ("type", .string("article")), ("title", .string(title))]
        members.append(("author", .array(authors.map { name in
            name.given.isEmpty ? .object([("literal", .string(name.family))])
                : .object([("family", .string(name.family)), ("given", .string(name.given))])
        })))
        if let date {
            members.append(("issued", .object([("date-parts", .array([.array([.int(date.year), .int(date.month), .int(date.day)])]))])))
        }
        if let venue { members.append(("container-title", .string(venue))) }
        if let keyword { members.append(("keyword", .string(keyword))) }
        if let abstract { members.append(("abstract", .string(abstract))) }
        if let doi { members.append(("DOI", .string(doi))) }
        if let url { members.append(("URL", .string(url))) }
        if hasMoreAuthors { members.append(("note", .string(Self.incompleteAuthorsNote))) }
        return .object(members)
    }
}
