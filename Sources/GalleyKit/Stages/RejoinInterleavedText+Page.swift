extension RejoinInterleavedText {
    /// A page's blocks while the stage reads it, split after the fragment being read: the blocks
    /// up to it in order, the blocks after it last first. Taking the next block, putting the rest of
    /// a title's block after the fragment and moving on to the next block each cost one block moved,
    /// where removing from one array moved every block after it (quadratic on a page of hundreds).
    struct PageBlocks: RandomAccessCollection {
        /// Blocks `0..<head.count`, in order.
        private var head: [Block]
        /// The blocks after those, last first.
        private var tail: [Block]

        /// Takes the page's blocks, leaving the page empty until `blocks` is written back, so that
        /// a fragment's lines are held once and grow in place.
        init(taking source: inout [Block]) {
            var blocks: [Block] = []
            swap(&blocks, &source)
            head = []
            tail = blocks.reversed()
        }

        var startIndex: Int { 0 }
        var endIndex: Int { head.count + tail.count }

        subscript(index: Int) -> Block {
            index < head.count ? head[index] : tail[tail.count - 1 - (index - head.count)]
        }

        /// The blocks in reading order.
        var blocks: [Block] { head + tail.reversed() }

        /// Moves the split so that `count` blocks come before it.
        mutating func split(at count: Int) {
            while head.count < count, let block = tail.popLast() { head.append(block) }
            while head.count > count, let block = head.popLast() { tail.append(block) }
        }

        /// Changes block `index` in place.
        mutating func modify(at index: Int, _ change: (inout Block) -> Void) {
            if index < head.count {
                change(&head[index])
            } else {
                change(&tail[tail.count - 1 - (index - head.count)])
            }
        }

        mutating func remove(at index: Int) {
            if index < head.count {
                head.remove(at: index)
            } else {
                tail.remove(at: tail.count - 1 - (index - head.count))
            }
        }

        mutating func insert(_ block: Block, at index: Int) {
            if index < head.count {
                head.insert(block, at: index)
            } else {
                tail.insert(block, at: tail.count - (index - head.count))
            }
        }
    }
}
