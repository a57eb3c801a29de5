/// Runs a `TemplateProgram` into one growing byte buffer, with swift-mustache 2.1's rules
/// (`Template+Render.swift`, `Context.swift`, `Sequence.swift`): names climb the context stack,
/// sections iterate lists, test flags and push other values, `.nothing` is absent, parents
/// replace blocks with their overrides (the outermost parent wins).
struct TemplateRenderer {
    private let program: TemplateProgram
    private var output: [UInt8] = []
    /// The context stack; its last element is `.`.
    private var stack: [TemplateValue] = []

    /// Renders the template `name` of `program` with `context`; nothing if there is no such template.
    static func render(_ name: String, in program: TemplateProgram, context: Context) -> [UInt8] {
        var renderer = TemplateRenderer(program: program)
        renderer.output.reserveCapacity(64 * 1024)
        renderer.stack = [.context(context)]
        renderer.render(program.entries[name] ?? 0..<0, scope: Scope())
        return renderer.output
    }

    private init(program: TemplateProgram) {
        self.program = program
    }

    /// What swift-mustache keeps per render call besides the stack.
    private struct Scope {
        /// Set directly inside a list section (and kept by a `{{#bool}}` in it), for `first()`…
        var sequencePosition: SequencePosition?
        /// Whitespace to write at the start of every line, from standalone partials and blocks.
        var indentation: [UInt8] = []
        /// Block name → the override of an enclosing parent.
        var overrides: [String: Range<Int>] = [:]
    }

    /// One swift-mustache `MustacheTemplate.render` call. Indentation goes before each instruction
    /// whose output is not empty when what this call wrote so far ends a line: per instruction, not
    /// per line, so a multi-line value is not indented inside, exactly as in swift-mustache.
    private mutating func render(_ body: Range<Int>, scope: Scope) {
        guard !scope.indentation.isEmpty else {
            for index in body { run(program.instructions[index], scope: scope) }
            return
        }
        let start = output.count
        for index in body {
            let end = output.count
            // A `Character` "\r\n" is not "\n", so a CRLF line end is not indented either.
            let endsLine = end > start && output[end - 1] == UInt8(ascii: "\n")
                && !(end - 2 >= start && output[end - 2] == UInt8(ascii: "\r"))
            if endsLine { output.append(contentsOf: scope.indentation) }
            let instructionStart = output.count
            run(program.instructions[index], scope: scope)
            if endsLine, output.count == instructionStart { output.removeLast(scope.indentation.count) }
        }
    }

    private mutating func run(_ instruction: TemplateInstruction, scope: Scope) {
        switch instruction {
        case .text(let range):
            program.text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        case .variable(let name, let escaped):
            guard let text = lookUp(name, scope: scope)?.printed else { return }
            if escaped {
                HTMLByteEscaping.append(escaping: text, to: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .section(let name, let body):
            renderSection(lookUp(name, scope: scope), body: body, scope: scope)
        case .invertedSection(let name, let body):
            renderInvertedSection(lookUp(name, scope: scope), body: body, scope: scope)
        case .partial(let index):
            let partial = program.partials[index]
            var inner = scope
            inner.sequencePosition = nil
            if let indentation = partial.indentation { inner.indentation += indentation }
            if let overrides = partial.overrides { inner.overrides.merge(overrides) { outer, _ in outer } }
            render(partial.instructions, scope: inner)
        case .block(let index):
            let block = program.blocks[index]
            var inner = scope
            inner.sequencePosition = nil
            inner.indentation += block.indentation
            render(scope.overrides[block.name] ?? block.defaultBody, scope: inner)
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, body: Range<Int>, scope: Scope) {
        switch value {
        case nil:
            return
        case .list(let items):
            var inner = scope
            let count = items.count
            for index in 0..<count {
                inner.sequencePosition = SequencePosition(isFirst: index == 0, isLast: index == count - 1, index: index)
                stack.append(items[index])
                render(body, scope: inner)
                stack.removeLast()
            }
        case .flag(let bool):
            if bool { render(body, scope: scope) }
        case let value?:
            renderPushing(value, body: body, scope: scope)
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue?, body: Range<Int>, scope: Scope) {
        switch value {
        case nil:
            render(body, scope: scope)
        case .list(let items):
            if items.isEmpty { renderPushing(.list(items), body: body, scope: scope) }
        case .flag(let bool):
            if !bool { render(body, scope: scope) }
        default:
            return
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, body: Range<Int>, scope: Scope) {
        var inner = scope
        inner.sequencePosition = nil
        stack.append(value)
        render(body, scope: inner)
        stack.removeLast()
    }

    /// swift-mustache's `getChild`: the value `names[nameIndex]` stands for, or nil when it is
    /// missing or null or a transform does not apply.
    private func lookUp(_ nameIndex: Int, scope: Scope) -> TemplateValue? {
        let name = program.names[nameIndex]
        var transforms = name.transforms
        var value: TemplateValue?
        switch name.root {
        case .sequencePosition:
            guard let position = scope.sequencePosition, let first = transforms.popFirst() else { return nil }
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
            if let child = stack[index].child(named: first.name, key: first.key) {
                return descend(components.dropFirst(), from: child)
            }
            index -= 1
        }
        return nil
    }

    private func descend(_ components: Range<Int>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for component in components {
            let key = program.keys[component]
            guard let child = value.child(named: key.name, key: key.key) else { return nil }
            value = child
        }
        return value
    }
}
