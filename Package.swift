// swift-tools-version: 6.0
import PackageDescription

/// sitegen: one target per pipeline stage, each depending only on the stages before it.
///
///   SitegenModel  ←  SitegenLoad  ←────────────────────────┐
///   CCMarkGFM ← SitegenMarkdown  ←  SitegenRender  ←  SitegenBuild  ←  sitegen (CLI)
///   SitegenTheme (Templates/, embedded)  ←┤          SitegenOutput ←┘
///   SitegenTemplates (the Mustache engine) ←┘
///                                                     SitegenBuild  ←  SitegenServe (+ Hummingbird)  ←  sitegen
///                                                                      SitegenCheck (+ SitegenSupport)  ←  sitegen
///   SitegenSupport (threads, digests, file reads) is below every stage; CXXHash (Debian's xxHash) below it.
///
/// Only SitegenServe imports the HTTP stack, so the pipeline targets build and test without it.
/// SitegenTemplates depends on nothing: it parses, checks and renders Mustache with typed contexts;
/// swift-mustache is only its tests' oracle, never part of the product.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // Already in the graph through Hummingbird; SitegenServe waits on a connection's event loop
        // and reads files on NIO's thread pool.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        // Work on every core in order, content digests, whole-file reads and the system's reasons.
        .target(name: "SitegenSupport", dependencies: ["CXXHash"], swiftSettings: strict),
        .target(name: "SitegenModel", swiftSettings: strict),
        .target(
            name: "SitegenLoad",
            dependencies: ["SitegenModel", "SitegenSupport", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "SitegenMarkdown", dependencies: ["CCMarkGFM"], swiftSettings: strict),
        // The default theme: Templates/ embedded when sitegen is compiled (plugin EmbedTheme).
        .target(name: "SitegenTheme", swiftSettings: strict, plugins: ["EmbedTheme"]),
        .executableTarget(name: "EmbedThemeTool", path: "Plugins/EmbedThemeTool", swiftSettings: strict),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"]),
        .target(name: "SitegenTemplates", swiftSettings: strict),
        .target(
            name: "SitegenRender",
            dependencies: ["SitegenModel", "SitegenSupport", "SitegenMarkdown", "SitegenTheme", "SitegenTemplates"],
            swiftSettings: strict
        ),
        // The output store: staging, manifest, page records, swap, lock, guard, leftovers. Knows files, not pages' making.
        .target(name: "SitegenOutput", dependencies: ["SitegenModel", "SitegenSupport"], swiftSettings: strict),
        // The build: load, render into the output store, inspect, scaffold new sites.
        .target(
            name: "SitegenBuild",
            dependencies: ["SitegenModel", "SitegenSupport", "SitegenLoad", "SitegenRender", "SitegenTemplates", "SitegenTheme", "SitegenOutput"],
            swiftSettings: strict
        ),
        .target(name: "SitegenCheck", dependencies: ["SitegenSupport"], swiftSettings: strict),
        .target(
            name: "SitegenServe",
            dependencies: ["SitegenBuild", "SitegenOutput", "SitegenRender", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            swiftSettings: strict
        ),
        // jemalloc's settings (`malloc_conf`), linked into the executable.
        .target(name: "CMallocSettings"),
        .executableTarget(
            name: "sitegen",
            dependencies: ["SitegenBuild", "SitegenCheck", "SitegenServe", "CMallocSettings",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict,
            // jemalloc instead of glibc's malloc: a build allocates millions of small strings and
            // arrays on every core, and takes about 10 % less time with it (Benchmarks/README.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // libFuzzer harnesses for the loader and the Markdown/TeX renderer (`make fuzz`); a plain
        // build replays saved inputs instead.
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["CFuzzDriver", "SitegenLoad", "SitegenMarkdown"],
            path: "Fuzz/SitegenFuzz",
            swiftSettings: strict
        ),
        .testTarget(name: "SitegenSupportTests", dependencies: ["SitegenSupport", "SitegenTestSupport"], swiftSettings: strict),
        .testTarget(name: "SitegenLoadTests", dependencies: ["SitegenLoad", "SitegenTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown", "SitegenTestSupport"], swiftSettings: strict),
        // The engine against swift-mustache (crafted templates and every page of real sites, byte for
        // byte) and against the official Mustache spec suite in ../shared/mustache-spec.
        .testTarget(
            name: "SitegenTemplatesTests",
            dependencies: ["SitegenTemplates", "SitegenRender", "SitegenLoad", "SitegenTestSupport", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        .testTarget(name: "SitegenRenderTests", dependencies: ["SitegenRender", "SitegenTemplates", "SitegenLoad", "SitegenTheme", "SitegenTestSupport"], swiftSettings: strict),
        .testTarget(name: "SitegenBuildTests", dependencies: ["SitegenBuild", "SitegenOutput", "SitegenTheme", "SitegenCheck"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "SitegenCheckTests", dependencies: ["SitegenCheck", "SitegenBuild"], swiftSettings: strict),
        // `.offThePool`, for the test suites that await servers and child processes.
        .target(name: "SitegenTestSupport", path: "Tests/SitegenTestSupport", swiftSettings: strict),
        .testTarget(name: "SitegenServeTests", dependencies: ["SitegenServe", "SitegenBuild", "SitegenOutput", "SitegenTestSupport"], swiftSettings: strict),
        // Runs the built `sitegen` binary: kills builds mid-way, races two at once, compares trees across thread counts.
        .testTarget(name: "SitegenTrustTests", dependencies: ["sitegen", "SitegenBuild", "SitegenTestSupport"], swiftSettings: strict),
    ]
)
