/// A box seen along one axis of the page: where it starts and ends, and how much text it holds.
struct Span: Equatable, Sendable {
    var low: Double
    var high: Double
    /// How many lines the box holds: the weight of its text in a coverage profile.
    var weight: Int = 1

    var length: Double { high - low }
}

/// The shadows boxes cast on one axis: the runs they group into, the gaps between the runs,
/// and where few of them pass. Each function sorts once: O(n log n).
enum Projection {
    /// The boxes (by index into `spans`) grouped into runs, in order along the axis: a new run
    /// starts wherever the boxes so far leave an uncovered gap of at least `minimumGap`.
    static func runs(_ spans: [Span], of members: [Int], minimumGap: Double) -> [[Int]] {
        let sorted = sorted(members, by: spans)
        var runs: [[Int]] = []
        var reach = -Double.infinity
        for member in sorted {
            if runs.isEmpty || spans[member].low - reach >= minimumGap {
                runs.append([member])
            } else {
                runs[runs.count - 1].append(member)
            }
            reach = max(reach, spans[member].high)
        }
        return runs
    }

    /// `members` in the order `runs` reads them: by where their spans start, then by index.
    static func sorted(_ members: [Int], by spans: [Span]) -> [Int] {
        members.sorted { spans[$0].low != spans[$1].low ? spans[$0].low < spans[$1].low : $0 < $1 }
    }

    /// The stretches strictly inside the members' extent, at least `minimumWidth` long, that
    /// boxes holding at most `share` of the busiest stretch's lines pass over.
    static func sparseStretches(_ spans: [Span], of members: [Int], share: Double, minimumWidth: Double) -> [Span] {
        var events: [(position: Double, change: Int)] = []
        events.reserveCapacity(members.count * 2)
        for member in members {
            events.append((spans[member].low, spans[member].weight))
            events.append((spans[member].high, -spans[member].weight))
        }
        events.sort { $0.position < $1.position }
        guard let start = events.first?.position, let end = events.last?.position else { return [] }
        // The coverage profile: (from, to, lines passing over).
        var profile: [(from: Double, to: Double, lines: Int)] = []
        var lines = 0
        for (index, event) in events.enumerated() {
            lines += event.change
            if index + 1 < events.count, events[index + 1].position > event.position {
                profile.append((event.position, events[index + 1].position, lines))
            }
        }
        let busiest = profile.map(\.lines).max() ?? 0
        let limit = share * Double(busiest)
        var stretches: [Span] = []
        var open: Span?
        for piece in profile {
            if Double(piece.lines) <= limit {
                open = open.map { Span(low: $0.low, high: piece.to) } ?? Span(low: piece.from, high: piece.to)
            } else if let stretch = open {
                stretches.append(stretch)
                open = nil
            }
        }
        if let stretch = open { stretches.append(stretch) }
        return stretches.filter { $0.low > start && $0.high < end && $0.length >= minimumWidth }
    }
}
