/// Every template of a set, linked into one flat list of instructions that `TemplateRenderer` runs.
///
/// Flat on purpose: an instruction holds only indices and ranges, and partials are resolved to
/// instruction ranges once, so rendering copies nothing that is reference-counted. (With a tree of
/// arrays, the threads rendering pages spent most of their time retaining and releasing the same
/// shared nodes.)
struct TemplateProgram: Sendable {
    /// Every body, each a contiguous range; nested bodies come after the body that holds them.
    private(set) var instructions: [TemplateInstruction] = []
    /// All literal text and indentation; `.text` instructions, `PartialCall.indentation` and
    /// `BlockCall.indentation` are ranges of it.
    private(set) var text: [UInt8] = []
    private(set) var names: [LinkedName] = []
    /// The components of every name, each with its hash; `LinkedName.components` are ranges of it.
    private(set) var keys: [ContextName] = []
    /// The transforms of every name; `LinkedName.transforms` are ranges of it.
    private(set) var transforms: [TemplateTransform] = []
    private(set) var partials: [PartialCall] = []
    private(set) var blocks: [BlockCall] = []
    /// Template name → its instructions.
    private(set) var entries: [String: Range<Int>] = [:]

    /// Links `templates` (name → parsed nodes). A partial naming no template renders nothing, as in
    /// swift-mustache (`TemplateSet` refuses such templates before this).
    init(_ templates: [String: [TemplateNode]]) {
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            entries[name] = add(nodes)
        }
        for index in partials.indices {
            partials[index].instructions = entries[partials[index].name] ?? 0..<0
        }
    }

    /// Appends `nodes` as one contiguous body, the bodies nested in them after it.
    private mutating func add(_ nodes: [TemplateNode]) -> Range<Int> {
        let start = instructions.count
        instructions += repeatElement(.text(0..<0), count: nodes.count)
        for (offset, node) in nodes.enumerated() {
            let linked = instruction(for: node)
            instructions[start + offset] = linked
        }
        return start..<start + nodes.count
    }

    private mutating func instruction(for node: TemplateNode) -> TemplateInstruction {
        switch node {
        case .text(let bytes):
            return .text(add(bytes))
        case .variable(let name, let escaped):
            return .variable(name: add(name), escaped: escaped)
        case .section(let name, let body):
            return .section(name: add(name), body: add(body))
        case .invertedSection(let name, let body):
            return .invertedSection(name: add(name), body: add(body))
        case .partial(let name, let indentation, let overrides):
            let call = PartialCall(name: name, indentation: add(indentation ?? []), overrides: overrides?.mapValues { add($0) })
            partials.append(call)
            return .partial(partials.count - 1)
        case .block(let name, let defaultBody, let indentation):
            blocks.append(BlockCall(name: name, indentation: add(indentation), defaultBody: add(defaultBody)))
            return .block(blocks.count - 1)
        }
    }

    /// Appends `bytes` to `text`, giving their range.
    private mutating func add(_ bytes: [UInt8]) -> Range<Int> {
        text += bytes
        return text.count - bytes.count..<text.count
    }

    private mutating func add(_ name: VariableName) -> Int {
        keys += name.components.map { ContextName($0) }
        transforms += name.transforms
        names.append(LinkedName(root: name.root, components: keys.count - name.components.count..<keys.count,
                                transforms: transforms.count - name.transforms.count..<transforms.count))
        return names.count - 1
    }
}

/// One step of a `TemplateProgram`: `TemplateNode` with its parts replaced by indices and ranges.
enum TemplateInstruction: Sendable {
    /// A range of `TemplateProgram.text`.
    case text(Range<Int>)
    /// `name` indexes `TemplateProgram.names`.
    case variable(name: Int, escaped: Bool)
    case section(name: Int, body: Range<Int>)
    case invertedSection(name: Int, body: Range<Int>)
    /// Indexes `TemplateProgram.partials`.
    case partial(Int)
    /// Indexes `TemplateProgram.blocks`.
    case block(Int)
}

/// A `VariableName` with its components and transforms as ranges of `TemplateProgram.keys` and
/// `.transforms`, so looking a name up copies no array.
struct LinkedName: Sendable {
    let root: VariableName.Root
    let components: Range<Int>
    let transforms: Range<Int>
}

/// `{{> name}}` or `{{< name}}`, linked.
struct PartialCall: Sendable {
    let name: String
    /// The whitespace before a standalone partial (any parent), written at the start of every
    /// line it renders: a range of `TemplateProgram.text`, empty for none.
    let indentation: Range<Int>
    /// A parent's overrides: block name → instructions.
    let overrides: [String: Range<Int>]?
    /// The named template's instructions; empty when there is no such template.
    var instructions: Range<Int> = 0..<0
}

/// `{{$name}}default{{/name}}` outside a parent's top level.
struct BlockCall: Sendable {
    let name: String
    /// A range of `TemplateProgram.text`, as `PartialCall.indentation`.
    let indentation: Range<Int>
    let defaultBody: Range<Int>
}
