import Foundation
import GalleyKit

/// Opened once: the dictionary is the same for every input.
nonisolated(unsafe) let lexicon = try! LexiconCache.shared.lexicon(for: "en_GB")

/// libFuzzer's entry point: one input as a text dump, read, run through every stage and
/// written as JSON. A reader may refuse it (binary, empty); anything else must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRawDump(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = InputFile(path: "fuzz.txt", bytes: Data(bytes: start, count: count))
    guard var document = try? RawTextReader().read(input) else { return 0 }
    Pipeline.run(&document, context: StageContext(lexicon: lexicon))
    _ = try? OutputFormat.json.writer.write(document)
    return 0
}

/// libFuzzer's driver, given the entry point above.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry: SwiftPM links an executable target's `main` to `<target>_main`, so
/// this hands the command line to libFuzzer's driver rather than relying on its own `main`.
@_cdecl("FuzzRawDump_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv) { fuzzRawDump($0, $1) }
}
