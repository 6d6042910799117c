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
        .target(
            name: "GalleyKit",
            dependencies: ["CPoppler", "CHunspell"]
        ),
        .executableTarget(
            name: "galley",
            dependencies: [
                "GalleyKit",
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
