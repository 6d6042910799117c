import Foundation
import GalleyKit

/// Made once: the dictionary is the same for every input. Through the public API only, as a
/// downstream tool would call it (the stages themselves are package-internal).
nonisolated(unsafe) let converter = try! Converter(options: ConvertOptions(language: "en_GB", parallelPages: false))

/// libFuzzer's entry point: one input as a text dump, read, run through every stage and
/// written as JSON. A reader may refuse it (binary, empty); anything else must not crash.
/// Bytes that open like a PDF go to the PDF reader, as `galley convert` would send them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRawDump(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = InputFile(path: "fuzz.txt", bytes: Data(bytes: start, count: count))
    guard let document = try? converter.convert(input) else { return 0 }
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
