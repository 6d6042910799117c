/// Detects headings and groups the blocks that follow each into a section.
public struct SegmentSections: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
        var sections: [Section] = []
        for block in document.pages.filter({ $0.duplicateOf == nil }).flatMap(\.blocks) {
            if block.kind == .heading {
                sections.append(Section(id: "s\(sections.count + 1)", heading: block.text, level: block.headingLevel ?? 1, blocks: []))
            } else {
                if sections.isEmpty { sections.append(Section(id: "s1", heading: nil, level: 1, blocks: [])) }
                sections[sections.count - 1].blocks.append(block)
            }
        }
        document.sections = sections
    }
}
