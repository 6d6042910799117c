/// Regathering text that a dump scattered between the boxes of one numbered grid.
///
/// A text dump of boxes laid out in a ring or a loose grid interleaves their lines, so after the
/// boxes are assigned a piece of one box may sit in another. Three rules, each about how text
/// points at text that must follow it, put such pieces back; they run only inside one grid:
/// - a paragraph ending in a colon with no list after it takes the nearest list of the grid that
///   nothing introduces (`answerListIntroductions`);
/// - a label ending in a dash or a colon with nothing after it takes the nearest bare address of
///   the grid that no label holds (`answerLabels`);
/// - an item (a list, or a label with its address) that opens with the same words as an item of
///   another box, alone in its own box, joins its twins (`joinParallelItems`).
/// Blocks move whole; no text changes.
extension OrderNumberedBoxes {
    /// A block assigned to a box, with where it came in the dump.
    struct BoxBody {
        var block: Block
        /// Its place among the grid's pieces in dump order: nearness is measured in it.
        var position: Int
        /// Printed under the box's heading in the same block: it cannot have strayed.
        var isOwn: Bool
    }

    /// Where a body sits: the box's number and its index in that box.
    struct BodyPlace: Equatable {
        var box: Int
        var index: Int
    }

    /// A list answers an introduction when it has at least this many items…
    static let answeringListItems = 2
    /// …or its one item has at least this many words: a bullet beside a lone word is no list.
    static let answeringItemWords = 3
    /// Parallel items open with the same this many words…
    static let parallelOpeningWords = 4
    /// …of which at least this many are not function words ("If you are in" is no parallel).
    static let parallelContentWords = 2

    /// Applies the three rules in turn, each until nothing more moves.
    static func regather(_ bodies: inout [Int: [BoxBody]]) {
        answerListIntroductions(&bodies)
        answerLabels(&bodies)
        joinParallelItems(&bodies)
    }

    // MARK: Lists after a colon

    /// A paragraph ending in a colon whose box has no list after it takes the list of the grid,
    /// nearest in the dump, that nothing introduces (see `isIntroduced`).
    static func answerListIntroductions(_ bodies: inout [Int: [BoxBody]]) {
        var moved = true
        while moved {
            moved = false
            for place in places(bodies) {
                let body = bodies[place.box]![place.index]
                guard body.block.kind == .paragraph, endsWithColon(body.block.text),
                    !isAnsweringList(next(after: place, in: bodies))
                else { continue }
                let candidates = places(bodies).filter { other in
                    other != place && isAnsweringList(bodies[other.box]![other.index].block)
                        && !isIntroduced(other, in: bodies)
                }
                guard let nearest = nearest(candidates, to: body.position, in: bodies) else { continue }
                move(nearest, toFollow: place, in: &bodies)
                moved = true
                break
            }
        }
    }

    /// A list is introduced by what precedes it in its box: the heading itself, a colon, another
    /// list, or a sentence left open. A closed sentence or a dash (a label waiting for its
    /// address) does not introduce a list.
    static func isIntroduced(_ place: BodyPlace, in bodies: [Int: [BoxBody]]) -> Bool {
        guard place.index > 0 else { return true }
        let previous = bodies[place.box]![place.index - 1].block
        if previous.kind == .list || endsWithColon(previous.text) { return true }
        return !TextShape.endsSentence(previous.text) && !TextShape.endsWithDash(previous.text)
    }

    static func isAnsweringList(_ block: Block?) -> Bool {
        guard let block, block.kind == .list else { return false }
        let items = block.items ?? block.lines.map(\.text)
        if items.count >= answeringListItems { return true }
        return items.first.map { TextShape.wordCount($0) >= answeringItemWords } ?? false
    }

    // MARK: Labels waiting for an address

    /// A label ending in a dash (or a colon with no list after it) and holding no address, with no
    /// bare address after it in its box, takes the bare address of the grid, nearest in the dump,
    /// that no label holds.
    static func answerLabels(_ bodies: inout [Int: [BoxBody]]) {
        var moved = true
        while moved {
            moved = false
            for place in places(bodies) {
                let body = bodies[place.box]![place.index]
                let text = body.block.text
                guard TextShape.endsWithDash(text) || endsWithColon(text), !holdsAddress(text) else { continue }
                let following = next(after: place, in: bodies)
                if following.map(isBareAddress) == true { continue }
                if endsWithColon(text), following?.kind == .list { continue }
                let candidates = places(bodies).filter { other in
                    other != place && isBareAddress(bodies[other.box]![other.index].block) && !isLabelled(other, in: bodies)
                }
                guard let nearest = nearest(candidates, to: body.position, in: bodies) else { continue }
                move(nearest, toFollow: place, in: &bodies)
                moved = true
                break
            }
        }
    }

    /// A bare address is held by a label ending in a dash or a colon just before it in its box.
    static func isLabelled(_ place: BodyPlace, in bodies: [Int: [BoxBody]]) -> Bool {
        guard place.index > 0 else { return false }
        let previous = bodies[place.box]![place.index - 1].block.text
        return TextShape.endsWithDash(previous) || endsWithColon(previous)
    }

    /// A block that is one web or email address and nothing else.
    static func isBareAddress(_ block: Block) -> Bool {
        let words = TextShape.words(block.text)
        return words.count == 1 && RepairURLs.isAddressLike(String(words[0]))
    }

    static func holdsAddress(_ text: String) -> Bool {
        TextShape.words(text).contains { RepairURLs.isAddressLike(String($0)) }
    }

    // MARK: Parallel items

    /// An item whose opening words (see `parallelOpening`) no other block of its box shares, and
    /// that another box shares with a block printed under its heading or with more than one
    /// block, moves after the last of those twins (and the bare address that follows it).
    static func joinParallelItems(_ bodies: inout [Int: [BoxBody]]) {
        // Blocks move whole and keep their text, so each one's opening is read once, by its
        // place in the dump, however often the loop below starts over.
        var openings: [Int: [String]] = [:]
        for body in bodies.values.joined() {
            if let opening = parallelOpening(body.block) { openings[body.position] = opening }
        }
        guard !openings.isEmpty else { return }
        var moved = true
        var settled: Set<Int> = []
        while moved {
            moved = false
            for place in places(bodies) {
                let body = bodies[place.box]![place.index]
                guard !body.isOwn, !settled.contains(body.position), let opening = openings[body.position] else {
                    continue
                }
                let twins = places(bodies).filter { other in
                    other != place && openings[bodies[other.box]![other.index].position] == opening
                }
                guard !twins.contains(where: { $0.box == place.box }) else { continue }
                let boxes = Set(twins.map(\.box))
                guard boxes.count == 1, let last = twins.max(by: { $0.index < $1.index }) else { continue }
                let anchored = twins.count > 1 || twins.contains { bodies[$0.box]![$0.index].isOwn }
                guard anchored else { continue }
                var target = last
                if let following = next(after: last, in: bodies), isBareAddress(following) {
                    target.index += 1
                }
                settled.insert(body.position)
                move(place, toFollow: target, in: &bodies)
                moved = true
                break
            }
        }
    }

    /// The first `parallelOpeningWords` words, lower-cased, of an item (a list, or a label with
    /// or waiting for its address: prose never moves), when enough of them carry content.
    static func parallelOpening(_ block: Block) -> [String]? {
        let text = block.text
        guard block.kind == .list || holdsAddress(text) || TextShape.endsWithDash(text) || endsWithColon(text) else {
            return nil
        }
        let words = TextShape.words(text).prefix(parallelOpeningWords).map(TextShape.bare)
        guard words.count == parallelOpeningWords,
            words.filter({ !$0.isEmpty && !TextShape.functionWords.contains($0) }).count >= parallelContentWords
        else { return nil }
        return words
    }

    // MARK: Moving bodies

    /// Every body's place, boxes in numeric order.
    static func places(_ bodies: [Int: [BoxBody]]) -> [BodyPlace] {
        bodies.keys.sorted().flatMap { box in bodies[box]!.indices.map { BodyPlace(box: box, index: $0) } }
    }

    static func next(after place: BodyPlace, in bodies: [Int: [BoxBody]]) -> Block? {
        let box = bodies[place.box]!
        return place.index + 1 < box.count ? box[place.index + 1].block : nil
    }

    /// The candidate nearest in dump order to `position`; the earlier one on a tie.
    static func nearest(_ candidates: [BodyPlace], to position: Int, in bodies: [Int: [BoxBody]]) -> BodyPlace? {
        candidates.min { first, second in
            let a = bodies[first.box]![first.index].position
            let b = bodies[second.box]![second.index].position
            return (abs(a - position), a) < (abs(b - position), b)
        }
    }

    /// Moves the body at `source` to just after the body at `anchor`.
    static func move(_ source: BodyPlace, toFollow anchor: BodyPlace, in bodies: inout [Int: [BoxBody]]) {
        let body = bodies[source.box]!.remove(at: source.index)
        var index = anchor.index + 1
        if source.box == anchor.box, source.index < anchor.index { index -= 1 }
        bodies[anchor.box]!.insert(body, at: index)
    }

    static func endsWithColon(_ text: String) -> Bool {
        text.last(where: { !$0.isWhitespace }) == ":"
    }
}
