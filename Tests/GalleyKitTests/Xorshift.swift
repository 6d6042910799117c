/// A xorshift generator from a fixed seed, for the tests that hold a fast path to the code it
/// stands in front of on generated strings: every run draws the same strings, so a failure can
/// be replayed.
struct Xorshift {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next number, 0 up to `Int.max`.
    mutating func next() -> Int {
        Int(step() % UInt64(Int.max))
    }

    /// The next number below `bound`, taken straight from the state.
    mutating func next(below bound: Int) -> Int {
        Int(step() % UInt64(bound))
    }

    private mutating func step() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
