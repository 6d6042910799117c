import Foundation
import GalleyKit

/// Made once, through the public API (the reader itself is package-internal).
nonisolated(unsafe) let converter = try! Converter(options: ConvertOptions(language: "en_GB", parallelPages: false))

/// libFuzzer's entry point: one input as a PDF, read by poppler (pages on one thread, so that a
/// finding reproduces) and run through the stages. A damaged file may be refused; it must not
/// crash, hang or take unbounded memory. Bytes that do not open like a PDF are left to the
/// raw-dump target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = InputFile(path: "fuzz.pdf", bytes: Data(bytes: start, count: count))
    guard input.looksLikePDF else { return 0 }
    _ = try? converter.convert(input)
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
@_cdecl("FuzzPDFReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv) { fuzzPDFReader($0, $1) }
}
