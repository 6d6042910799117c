import Foundation

/// Wall time per step of one conversion (reading, waiting for the dictionary, each stage), for
/// `galley convert --timings` and for profiling: the steps in the order they ran.
public final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: [(name: String, elapsed: Duration)] = []

    /// An empty record, ready for a conversion's steps.
    public init() {}

    /// Adds one step's time.
    public func record(_ name: String, _ elapsed: Duration) {
        lock.lock()
        defer { lock.unlock() }
        steps.append((name, elapsed))
    }

    /// Runs `body`, recording its wall time under `name`.
    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { record(name, clock.now - start) }
        return try body()
    }

    /// The recorded steps, in the order they ran.
    public var recorded: [(name: String, elapsed: Duration)] {
        lock.lock()
        defer { lock.unlock() }
        return steps
    }

    /// One line per step, "name  12.34 ms", then the total.
    public var report: String {
        let steps = recorded
        let width = steps.map(\.name.count).max() ?? 0
        func milliseconds(_ duration: Duration) -> String {
            let ms = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
            return String(format: "%8.2f ms", ms)
        }
        let lines = steps.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + milliseconds($0.elapsed) }
        let total = steps.reduce(Duration.zero) { $0 + $1.elapsed }
        return (lines + ["total".padding(toLength: width, withPad: " ", startingAt: 0) + milliseconds(total)])
            .joined(separator: "\n")
    }
}

/// Timing that costs nothing when no `Timings` was given.
extension Optional where Wrapped == Timings {
    /// Runs `body`, timing it when there is somewhere to record the time.
    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard let timings = self else { return try body() }
        return try timings.measure(name, body)
    }
}
