// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Galley",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GalleyKit", targets: ["GalleyKit"]),
        .executable(name: "galley", targets: ["galley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `make docs`: swift package generate-documentation (the DocC catalog in Sources/GalleyKit).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // jemalloc, linked into the command line (not the library, which leaves its host's
        // allocator alone): its malloc and free serve the whole process, poppler's and glib's
        // allocations included. glibc's allocator was ~8% of a conversion's profile; on jemalloc
        // PDFs convert 13–18% faster (bench/results.md).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .target(
            name: "GalleyKit",
            dependencies: ["CPoppler", "CHunspell"]
        ),
        .executableTarget(
            name: "galley",
            dependencies: [
                "GalleyKit",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "GalleyTestSupport",
            dependencies: ["GalleyKit"],
            path: "Tests/GalleyTestSupport"
        ),
        .testTarget(
            name: "GalleyKitTests",
            dependencies: ["GalleyKit", "GalleyTestSupport", "galley"],
            // Test inputs read through #filePath, not bundled resources.
            exclude: ["Fixtures"]
        ),
    ]
)
