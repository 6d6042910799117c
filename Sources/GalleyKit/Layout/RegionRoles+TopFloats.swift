extension RegionRoles {
    /// A caption stands at most 1.5 L under its picture…
    static let topFloatCaptionGapInPitches = 1.5
    /// …and is a line or three.
    static let topFloatCaptionMaximumLines = 3

    /// The blocks in reading order with the caption of each picture floated to the top of the
    /// columns moved after the first paragraph of the article that opens under it. Such a float
    /// (Typst's `place(top, float: true)`, a CSS float to the page's head) has left the place in
    /// the article where it was anchored: its picture and caption stand above every paragraph of
    /// body text on the page, so the caption, a short block right under the picture and within its
    /// width, is read before the first heading. It reads as a paragraph of the article below it,
    /// after that article's first paragraph (the anchor a float to the top most often has).
    static func topFloatCaptionsAfterFirstParagraph(_ blocks: [Block], pictures: [Rect], style: BodyStyle) -> (
        blocks: [Block], moved: [Block]
    ) {
        guard !pictures.isEmpty else { return (blocks, []) }
        var result = blocks
        var moved: [Block] = []
        for picture in pictures where picture.width >= style.pitch && picture.height >= style.pitch {
            guard
                let index = result.firstIndex(where: { block in
                    guard block.kind == .paragraph, let box = block.box, block.lines.count <= topFloatCaptionMaximumLines,
                        !block.lines.contains(where: { $0.isRotated || $0.isInPicture })
                    else { return false }
                    return box.minY >= picture.maxY && box.minY - picture.maxY <= topFloatCaptionGapInPitches * style.pitch
                        && box.minX >= picture.minX - style.pitch && box.maxX <= picture.maxX + style.pitch
                }), let caption = result[index].box
            else { continue }
            // Above the columns: no paragraph of body text on the page (2 lines or more: a dateline
            // under the masthead is none) starts above the caption's foot, and the caption is read
            // before a heading that opens the text under it.
            let body = result.indices.filter {
                $0 != index && style.isBody(result[$0]) && result[$0].lines.count >= floatMinimumTextLines
            }
            guard !body.isEmpty, body.allSatisfy({ result[$0].box.map { $0.minY >= caption.maxY } ?? false }),
                index + 1 < result.count, isHeadingLike(result[index + 1], style: style),
                let first = body.first(where: { $0 > index })
            else { continue }
            let block = result.remove(at: index)
            result.insert(block, at: first)
            moved.append(block)
        }
        return (result, moved)
    }
}
