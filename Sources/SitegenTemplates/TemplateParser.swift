/// Turns template text into `TemplateNode`s the way swift-mustache 2.1's `MustacheTemplate.parse`
/// turns it into tokens, step for step (its `Template+Parser.swift`), so whitespace comes out the
/// same: standalone tag lines disappear, the whitespace before a standalone partial becomes its
/// indentation, and lines inside a parent's blocks lose the indentation of the block's first line.
/// Like swift-mustache it reads by `Character`, so `\r\n` is one newline and a brace followed by a
/// combining mark is not a brace.
///
/// It reports every error itself, with line and column: what is not Mustache (where swift-mustache
/// throws), and what sitegen's renderer refuses (set delimiters, pragmas, dynamic partials and
/// parents, transforms outside `TemplateTransform`).
struct TemplateParser {
    private let characters: [Character]
    private var position = 0
    /// The partials and parents named so far, each once, in order.
    private var partials: [String] = []
    /// Where the tag being read starts (its `{{`): an unfinished tag is reported there.
    private var openTag = 0

    /// Parses `text`; throws the first problem as a `TemplateSyntaxError`.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> ParsedTemplate {
        var parser = TemplateParser(characters: Array(text))
        let nodes = try parser.parse(State()).nodes
        return ParsedTemplate(nodes: nodes, partials: parser.partials)
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    /// swift-mustache's `ParserState`, with the delimiters fixed to `{{ }}`.
    private struct State {
        /// The section being read, whose closing tag ends `parse`.
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// Where the section's opening tag starts, for the error when it is never closed.
        var sectionStart = 0
        /// At the start of a line (or after a standalone tag).
        var isNewLine = true
        /// Inside `{{< parent}}…{{/parent}}`.
        var isInParent = false
        /// Directly inside the parent, where `{{$name}}` defines an override.
        var isParentTopLevel = false
        /// The leading whitespace of the first line inside a parent's block, removed from later lines.
        var parentBlockIndentation: [Character]?

        func inSection(_ name: String, at start: Int, isNewLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionStart = start
            state.sectionTransforms = transforms
            state.isParentTopLevel = false
            if !isNewLine { state.isNewLine = false }
            return state
        }

        func inParent(_ name: String, at start: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionStart = start
            state.sectionTransforms = []
            state.isNewLine = true
            state.isInParent = true
            state.isParentTopLevel = true
            return state
        }
    }

    /// The nodes of one section (or the whole template), and the overrides `{{$name}}` defines when
    /// `state` is a parent's top level.
    private struct Parsed {
        var nodes: [TemplateNode] = []
        var overrides: [String: [TemplateNode]] = [:]
    }

    private mutating func parse(_ initialState: State) throws(TemplateSyntaxError) -> Parsed {
        var parsed = Parsed()
        var state = initialState
        var whitespaceBefore: [Character] = []
        func appendText(_ text: [Character]) {
            parsed.nodes.append(.text(Array(String(text).utf8)))
        }
        /// Emits the pending whitespace as text, as swift-mustache does before most inline tags.
        func flushWhitespace() {
            if !whitespaceBefore.isEmpty {
                appendText(whitespaceBefore)
                whitespaceBefore = []
            }
        }
        while !reachedEnd {
            if state.isNewLine {
                let whitespace = read(while: { $0 == " " || $0 == "\t" })
                if state.isInParent, !state.isParentTopLevel {
                    if let indentation = state.parentBlockIndentation {
                        whitespaceBefore = Array(whitespace.dropFirst(indentation.count))
                    } else {
                        state.parentBlockIndentation = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = try readUntilTagOrNewline()
            if current.isNewline {
                appendText(whitespaceBefore + text + [current])
                state.isNewLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                appendText(whitespaceBefore + text)
                whitespaceBefore = []
                state.isNewLine = false
            }
            if reachedEnd { break }
            // The tag's `{{`, where its errors point.
            let tagStart = position - 2
            openTag = tagStart
            var isStandaloneTag = false
            switch current {
            case "#", "^":
                let isInverted = current == "^"
                position += 1
                let (name, transforms) = try parseName()
                if isStandalone(state) {
                    isStandaloneTag = true
                } else {
                    flushWhitespace()
                }
                let body = try parse(state.inSection(name, at: tagStart, isNewLine: isStandaloneTag, transforms: transforms)).nodes
                let variable = try variableName(name, transforms, at: tagStart)
                parsed.nodes.append(isInverted ? .invertedSection(variable, body: body) : .section(variable, body: body))

            case "/":
                position += 1
                let (name, transforms) = try parseName()
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    throw syntaxError(at: tagStart, "'{{/\(name)}}' closes no open section")
                }
                if !isStandalone(state) { flushWhitespace() }
                return parsed

            case "!":
                position += 1
                try skipComment()
                isStandaloneTag = isStandalone(state)

            case "{", "&":
                flushWhitespace()
                let isTriple = current == "{"
                position += 1
                let (name, transforms) = try parseName()
                if isTriple {
                    guard !reachedEnd, current == "}" else { throw unfinishedTag() }
                    position += 1
                }
                parsed.nodes.append(.variable(try variableName(name, transforms, at: tagStart), escaped: false))

            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                if current == "*" {
                    throw syntaxError(at: tagStart, "dynamic partials ('{{>*name}}') are not supported", kind: .unsupported)
                }
                let name = try parsePartialName()
                use(name)
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                isStandaloneTag = isStandalone(state)
                let indentation = isStandaloneTag ? Array(String(whitespaceBefore).utf8) : nil
                parsed.nodes.append(.partial(name: name, indentation: indentation, overrides: nil))
                whitespaceBefore = []

            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try parsePartialName()
                if name.first == "*" {
                    throw syntaxError(at: tagStart, "dynamic parents ('{{<*name}}') are not supported", kind: .unsupported)
                }
                use(name)
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                isStandaloneTag = isStandalone(state)
                let parent = try parse(state.inParent(name, at: tagStart))
                for node in parent.nodes {
                    guard case .text = node else {
                        throw syntaxError(at: tagStart, "only blocks ('{{$name}}') may be inside '{{<\(name)}}'")
                    }
                }
                parsed.nodes.append(.partial(name: name, indentation: Array(String(whitespaceBefore).utf8),
                                             overrides: parent.overrides))
                whitespaceBefore = []

            case "$":
                position += 1
                let (name, transforms) = try parseName()
                guard transforms.isEmpty else {
                    throw syntaxError(at: tagStart, "a block ('{{$\(name)}}') cannot have a transform")
                }
                if state.isParentTopLevel {
                    isStandaloneTag = isStandalone(state)
                    parsed.overrides[name] = try parse(state.inSection(name, at: tagStart, isNewLine: isStandaloneTag)).nodes
                } else {
                    if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                    isStandaloneTag = isStandalone(state)
                    let defaultBody = try parse(state.inSection(name, at: tagStart, isNewLine: isStandaloneTag)).nodes
                    parsed.nodes.append(.block(name: name, defaultBody: defaultBody,
                                               indentation: Array(String(whitespaceBefore).utf8)))
                    whitespaceBefore = []
                }

            case "=":
                throw syntaxError(at: tagStart, "set delimiters ('{{=<% %>=}}') are not supported", kind: .unsupported)

            case "%":
                throw syntaxError(at: tagStart, "pragmas ('{{%CONTENT_TYPE:…}}') are not supported", kind: .unsupported)

            default:
                flushWhitespace()
                let (name, transforms) = try parseName()
                parsed.nodes.append(.variable(try variableName(name, transforms, at: tagStart), escaped: true))
            }
            state.isNewLine = isStandaloneTag
        }
        if let sectionName = state.sectionName {
            throw syntaxError(at: state.sectionStart, "'\(sectionName)' is opened here and never closed")
        }
        return parsed
    }

    private mutating func use(_ partial: String) {
        if !partials.contains(partial) { partials.append(partial) }
    }

    private func variableName(_ name: String, _ transforms: [String], at tagStart: Int) throws(TemplateSyntaxError) -> VariableName {
        do {
            return try VariableName(name: name, transforms: transforms)
        } catch {
            throw syntaxError(at: tagStart, "the transform '\(error.name)()' is not supported", kind: .unsupported)
        }
    }

    // MARK: Reading, as swift-mustache's `Parser` reads

    private var reachedEnd: Bool { position == characters.count }

    /// The character at the read position, `"\0"` at the end.
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    /// A problem at `position` (a character offset), with its 1-based line and column.
    private func syntaxError(at position: Int, _ reason: String,
                             kind: TemplateSyntaxError.Kind = .invalid) -> TemplateSyntaxError {
        let before = characters[..<position]
        let lineStart = before.lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0
        return TemplateSyntaxError(kind: kind, line: before.count(where: \.isNewline) + 1,
                                   column: position - lineStart + 1, reason: reason)
    }

    private func unfinishedTag() -> TemplateSyntaxError {
        syntaxError(at: openTag, "unfinished tag")
    }

    private mutating func read(while matches: (Character) -> Bool) -> [Character] {
        let start = position
        while !reachedEnd, matches(characters[position]) { position += 1 }
        return Array(characters[start..<position])
    }

    /// Reads `expected` if it comes next; throws (as swift-mustache does) if fewer characters are left.
    private mutating func read(_ expected: String) throws(TemplateSyntaxError) -> Bool {
        let expected = Array(expected)
        guard characters.count - position >= expected.count else { throw unfinishedTag() }
        guard characters[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    /// Text up to a newline (left unread) or up to and including `{{`.
    private mutating func readUntilTagOrNewline() throws(TemplateSyntaxError) -> [Character] {
        var text: [Character] = []
        while !reachedEnd {
            text += read(while: { $0 != "\n" && $0 != "\r\n" && $0 != "{" })
            if current.isNewline {
                break
            } else if current == "{" {
                openTag = position
                if try read("{{") { break }
                text.append("{")
                position += 1
            }
        }
        return text
    }

    /// A tag's name up to `}}`, split into the name and its transforms (`a(b(name))` → `name`, `[a, b]`).
    private mutating func parseName() throws(TemplateSyntaxError) -> (String, [String]) {
        _ = read(while: \.isWhitespace)
        let text = read(while: Self.nameCharacters.contains)
        _ = read(while: \.isWhitespace)
        guard try read("}}") else { throw unfinishedTag() }
        var transforms: [String] = []
        var rest = text[...]
        var name = String(rest.prefix(while: Self.nameCharactersWithoutBrackets.contains))
        rest = rest.dropFirst(name.count)
        guard !rest.isEmpty else { return (name, []) }
        while rest.first == "(" {
            transforms.append(name)
            rest = rest.dropFirst()
            name = String(rest.prefix(while: Self.nameCharactersWithoutBrackets.contains))
            rest = rest.dropFirst(name.count)
        }
        let closing = rest.prefix(while: { $0 == ")" })
        guard closing.count == transforms.count, closing.count == rest.count else { throw unfinishedTag() }
        return (name, transforms)
    }

    private mutating func parsePartialName() throws(TemplateSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: Self.partialNameCharacters.contains))
        _ = read(while: \.isWhitespace)
        guard try read("}}") else { throw unfinishedTag() }
        return name
    }

    private mutating func skipComment() throws(TemplateSyntaxError) {
        while !reachedEnd {
            if characters[position...].starts(with: ["}", "}"]) {
                position += 2
                return
            }
            position += 1
        }
        throw unfinishedTag()
    }

    /// Whether the tag just read is alone on its line; if so, its line end is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.isNewLine else { return false }
        if reachedEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private static let nameCharactersWithoutBrackets =
        Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = nameCharactersWithoutBrackets.union("()")
    private static let partialNameCharacters = nameCharacters.union("/")
}
