// swift-tools-version: 6.0
// libFuzzer targets for GalleyKit, kept out of the main package so that `swift build` and
// `swift test` never need the sanitizer runtime. Built and run by `make fuzz`:
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "GalleyFuzz",
    dependencies: [
        .package(name: "Galley", path: ".."),
    ],
    targets: [
        // The raw-dump pipeline: any bytes, read as a text dump, every stage, JSON out.
        .executableTarget(name: "FuzzRawDump", dependencies: [.product(name: "GalleyKit", package: "Galley")]),
        // The PDF reader: any bytes, through poppler, to the document model.
        .executableTarget(name: "FuzzPDFReader", dependencies: [.product(name: "GalleyKit", package: "Galley")]),
    ]
)
