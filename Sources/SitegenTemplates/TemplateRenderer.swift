/// Runs a `TemplateProgram` into one growing byte buffer, with swift-mustache 2.1's rules
/// (`Template+Render.swift`, `Context.swift`, `Sequence.swift`): names climb the context stack,
/// sections iterate lists, test flags and push other values, `.nothing` is absent, parents
/// replace blocks with their overrides (the outermost parent wins).
///
/// What swift-mustache passes down each render call besides the context (indentation, overrides)
/// only grows from caller to callee, so it lives here as stacks of its own that each call adds to and
/// takes back from; a call is handed only its position in a list, and entering a partial or a
/// section copies nothing reference-counted.
struct TemplateRenderer {
    private let program: TemplateProgram
    private var output: [UInt8] = []
    /// The context stack; its last element is `.`.
    private var stack: [TemplateValue] = []
    /// Whitespace to write at the start of every line: that of each standalone partial and block
    /// being rendered, outermost first.
    private var indentation: [UInt8] = []
    /// Block name → the override of an enclosing parent (the outermost parent's).
    private var overrides: [String: Range<Int>] = [:]

    /// Renders the template `name` of `program` with `context`; nothing if there is no such template.
    static func render(_ name: String, in program: TemplateProgram, context: Context) -> [UInt8] {
        var renderer = TemplateRenderer(program: program)
        renderer.output.reserveCapacity(64 * 1024)
        renderer.stack = [.context(context)]
        renderer.render(program.entries[name] ?? 0..<0, position: nil)
        return renderer.output
    }

    private init(program: TemplateProgram) {
        self.program = program
    }

    /// One swift-mustache `MustacheTemplate.render` call; `position` is set directly inside a list
    /// section (and kept by a `{{#bool}}` in it), for `first()`… Indentation goes before each
    /// instruction whose output is not empty when what this call wrote so far ends a line: per
    /// instruction, not per line, so a multi-line value is not indented inside, exactly as in swift-mustache.
    private mutating func render(_ body: Range<Int>, position: SequencePosition?) {
        guard !indentation.isEmpty else {
            for index in body { run(program.instructions[index], position: position) }
            return
        }
        let start = output.count
        for index in body {
            let end = output.count
            // A `Character` "\r\n" is not "\n", so a CRLF line end is not indented either.
            let endsLine = end > start && output[end - 1] == UInt8(ascii: "\n")
                && !(end - 2 >= start && output[end - 2] == UInt8(ascii: "\r"))
            if endsLine { indentation.withUnsafeBufferPointer { output.append(contentsOf: $0) } }
            let instructionStart = output.count
            run(program.instructions[index], position: position)
            if endsLine, output.count == instructionStart { output.removeLast(indentation.count) }
        }
    }

    private mutating func run(_ instruction: TemplateInstruction, position: SequencePosition?) {
        switch instruction {
        case .text(let range):
            program.text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        case .variable(let name, let escaped):
            guard let text = lookUp(name, position: position)?.printed else { return }
            print(text, escaped: escaped)
        case .section(let name, let body):
            renderSection(lookUp(name, position: position), body: body, position: position)
        case .invertedSection(let name, let body):
            renderInvertedSection(lookUp(name, position: position), body: body, position: position)
        case .partial(let index):
            // Fields read one by one: copying the call retained its name, shared by every thread.
            let (body, indentation) = (program.partials[index].instructions, program.partials[index].indentation)
            if let partialOverrides = program.partials[index].overrides {
                let enclosing = overrides
                overrides.merge(partialOverrides) { outer, _ in outer }
                renderIndented(body, by: indentation)
                overrides = enclosing
            } else {
                renderIndented(body, by: indentation)
            }
        case .block(let index):
            let body = overrides.isEmpty ? program.blocks[index].defaultBody
                : overrides[program.blocks[index].name] ?? program.blocks[index].defaultBody
            renderIndented(body, by: program.blocks[index].indentation)
        }
    }

    /// Writes `text`, HTML-escaped when `escaped`.
    private mutating func print(_ text: String, escaped: Bool) {
        if escaped {
            HTMLByteEscaping.append(escaping: text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// A partial's or block's `body`, its lines indented by `added` (a range of `program.text`) too.
    private mutating func renderIndented(_ body: Range<Int>, by added: Range<Int>) {
        guard !added.isEmpty else { return render(body, position: nil) }
        program.text.withUnsafeBufferPointer { indentation.append(contentsOf: UnsafeBufferPointer(rebasing: $0[added])) }
        render(body, position: nil)
        indentation.removeLast(added.count)
    }

    private mutating func renderSection(_ value: consuming TemplateValue?, body: Range<Int>, position: SequencePosition?) {
        switch consume value {
        case nil:
            return
        case .list(let items):
            let count = items.count
            for index in 0..<count {
                stack.append(items[index])
                render(body, position: SequencePosition(isFirst: index == 0, isLast: index == count - 1, index: index))
                stack.removeLast()
            }
        case .flag(let bool):
            if bool { render(body, position: position) }
        case let value?:
            renderPushing(value, body: body)
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue?, body: Range<Int>, position: SequencePosition?) {
        switch value {
        case nil:
            render(body, position: position)
        case .list(let items):
            if items.isEmpty { renderPushing(.list(items), body: body) }
        case .flag(let bool):
            if !bool { render(body, position: position) }
        default:
            return
        }
    }

    private mutating func renderPushing(_ value: consuming TemplateValue, body: Range<Int>) {
        stack.append(value)
        render(body, position: nil)
        stack.removeLast()
    }

    /// swift-mustache's `getChild`: the value `names[nameIndex]` stands for, or nil when it is
    /// missing or null or a transform does not apply.
    private func lookUp(_ nameIndex: Int, position: SequencePosition?) -> TemplateValue? {
        let name = program.names[nameIndex]
        var transforms = name.transforms
        var value: TemplateValue?
        switch name.root {
        case .sequencePosition:
            guard let position, let first = transforms.popFirst() else { return nil }
            value = program.transforms[first].apply(to: position)
        case .top:
            value = descend(name.components, from: stack[stack.count - 1])
        case .stack:
            value = climb(name.components)
        }
        if case .nothing = value { return nil }
        for transform in transforms {
            guard let current = value else { return nil }
            value = program.transforms[transform].apply(to: current)
        }
        return value
    }

    /// The first frame from the top of the stack that has the first component, then down the rest.
    private func climb(_ components: Range<Int>) -> TemplateValue? {
        let first = program.keys[components.lowerBound]
        var index = stack.count - 1
        while index >= 0 {
            if let child = stack[index].child(named: first) {
                // Most names have one component: handing the value on to `descend` would copy it.
                return components.count == 1 ? child : descend(components.dropFirst(), from: child)
            }
            index -= 1
        }
        return nil
    }

    private func descend(_ components: Range<Int>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for component in components {
            guard let child = value.child(named: program.keys[component]) else { return nil }
            value = child
        }
        return value
    }
}
