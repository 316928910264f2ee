// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kortom",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kortom", targets: ["KortomCLI"]),
        .executable(name: "kortom-llm-bench", targets: ["KortomLLMBench"]),
        .library(name: "KortomKit", targets: ["KortomKit"]),
        .library(name: "KortomTesting", targets: ["KortomTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "KortomKit",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "KortomCLI",
            dependencies: [
                "KortomKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "KortomTesting",
            dependencies: ["KortomKit"]
        ),
        .executableTarget(
            name: "KortomLLMBench",
            dependencies: ["KortomKit", "KortomTesting"],
            path: "Benchmarks/LLM"
        ),
        .testTarget(
            name: "KortomKitTests",
            dependencies: ["KortomKit", "KortomTesting"]
        ),
        .testTarget(
            name: "KortomEndToEndTests",
            dependencies: ["KortomKit", "KortomTesting", "KortomCLI"]
        ),
    ]
)
