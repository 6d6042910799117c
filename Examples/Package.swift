// swift-tools-version: 6.0
// An example of GalleyKit used as a library: convert a newsletter, walk its sections, print the
// headings with where each was printed. `swift run --package-path Examples print-headings FILE`.
import PackageDescription

let package = Package(
    name: "GalleyExamples",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Galley", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "print-headings",
            dependencies: [.product(name: "GalleyKit", package: "Galley")],
            path: "Sources/PrintHeadings"
        )
    ]
)
