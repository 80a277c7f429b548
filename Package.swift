// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the command-line tools link the Swift runtime and Foundation statically:
/// resolving their shared libraries' symbols at every start was half of `cite`'s start (15 → 7 ms
/// CPU) and 30 ms of every `ingest` process. Static Foundation needs its C parts named for the
/// linker. Debug builds (the tests) stay dynamic.
let staticSwiftRuntimeInRelease: [LinkerSetting] = [.unsafeFlags([
    "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-lswiftSynchronization", "-l_FoundationCShims",
    "-l_FoundationCollections",
], .when(configuration: .release))]

/// Tickmark: filings in, cited financial statements out.
/// Stages: intake → extract → recognize → normalize → check → identify → emit (see README).
let package = Package(
    name: "Tickmark",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ingest", targets: ["ingest"]),
        .executable(name: "tickmark-eval", targets: ["tickmark-eval"]),
        .executable(name: "cite", targets: ["cite"]),
        .executable(name: "cite-serve", targets: ["cite-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // C libraries, seen only by the backends.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // The document model every stage shares; no C, no I/O.
        .target(name: "TickmarkModel", exclude: ["Schema"]),

        // Extract: one backend per format.
        .target(name: "PDFExtraction", dependencies: ["CPoppler", "TickmarkModel"], exclude: ["PopplerNotes.md"]),
        .target(name: "MarkupExtraction", dependencies: [
            "CLibXML2", "TickmarkModel", .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // Recognize, normalize, identify: pure Swift over the model.
        .target(name: "TableRecognition", dependencies: ["TickmarkModel"]),
        .target(name: "StatementRecognition", dependencies: ["TickmarkModel"]),
        .target(name: "XBRLRecognition", dependencies: ["TickmarkModel"]),
        .target(name: "Normalization", dependencies: ["TickmarkModel"]),
        // Check: self-checks between normalize and identify.
        .target(name: "Checking", dependencies: ["TickmarkModel", "Normalization"]),
        .target(name: "Identification", dependencies: ["TickmarkModel"]),

        // Store: the corpus (SQLite through GRDB) behind one narrow interface.
        .target(name: "CorpusStore", dependencies: ["TickmarkModel", .product(name: "GRDB", package: "GRDB.swift")]),

        // Intake, stage wiring and emit.
        .target(name: "IngestPipeline", dependencies: [
            "TickmarkModel", "PDFExtraction", "MarkupExtraction",
            "TableRecognition", "StatementRecognition", "XBRLRecognition", "Normalization", "Checking", "Identification",
            "CorpusStore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ], linkerSettings: staticSwiftRuntimeInRelease),

        // Citing: what task writers ask of the corpus (search, show, conflicts, task files checked and graded).
        .target(name: "Citing", dependencies: ["CorpusStore", "TickmarkModel", .product(name: "Yams", package: "Yams")]),

        // Matching logic of the measuring commands (tickmark-eval), kept testable.
        .target(name: "Evaluation", dependencies: ["TickmarkModel", "Identification"]),

        // Serve: `cite serve`, the corpus as web pages and JSON, each value shown in its source (read-only).
        .target(name: "Serving", dependencies: [
            "Citing", "CorpusStore", "TickmarkModel", "PDFExtraction", "MarkupExtraction",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // Thin command-line roots.
        // The options of `cite serve`, declared once for `cite` (which hands them on) and `cite-serve`.
        .target(name: "ServeOptions", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "ingest", dependencies: [
            "IngestPipeline", "Checking", "CorpusStore", "Citing",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "tickmark-eval", dependencies: [
            "IngestPipeline", "Evaluation", "Checking", "PDFExtraction", "TableRecognition",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .executableTarget(name: "cite", dependencies: [
            "Citing", "CorpusStore", "ServeOptions", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: staticSwiftRuntimeInRelease),
        // `cite serve`, its own executable so that the server's libraries stay out of `cite`'s start.
        .executableTarget(name: "cite-serve", dependencies: [
            "CorpusStore", "Serving", "ServeOptions", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        .testTarget(name: "CitingTests", dependencies: [
            "Citing", "CorpusStore", "IngestPipeline", "SampleCorpusSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The sample filings ingested into a corpus once per test run, for the tests of what reads a corpus.
        .target(name: "SampleCorpusSupport", dependencies: ["CorpusStore", "IngestPipeline"], path: "Tests/SampleCorpusSupport"),
        .testTarget(name: "ServingTests", dependencies: [
            "Serving", "CorpusStore", "TickmarkModel", "SampleCorpusSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "IdentificationTests", dependencies: ["Identification", "TickmarkModel"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "TickmarkModel"]),
        .testTarget(name: "CheckingTests", dependencies: ["Checking", "TickmarkModel"]),
        // Helpers shared by test targets (small PDFs built in memory, the shared corpus of real filings).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "IngestPipelineTests", dependencies: [
            "IngestPipeline", "CorpusStore", "TickmarkModel", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "EvalTests", dependencies: ["Evaluation", "TickmarkModel"]),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "TickmarkModel", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "StatementRecognitionTests", dependencies: ["StatementRecognition", "TickmarkModel"]),
        .testTarget(name: "TableRecognitionTests", dependencies: ["TableRecognition", "TickmarkModel"]),
        .testTarget(name: "MarkupExtractionTests", dependencies: ["MarkupExtraction", "TickmarkModel", "TestSupport"]),
        .testTarget(name: "XBRLRecognitionTests", dependencies: ["XBRLRecognition", "TickmarkModel"]),
        // Headless-Chromium tests of `cite serve` (real filings; Chromium from Scripts/bootstrap --browser).
        .testTarget(name: "BrowserTests", dependencies: ["CorpusStore", "IngestPipeline", "TickmarkModel", "TestSupport"]),
        .testTarget(name: "RealFilingsTests", dependencies: [
            "TestSupport", "IngestPipeline", "CorpusStore", "Citing", "TickmarkModel", "PDFExtraction", "TableRecognition", "StatementRecognition",
        ]),
    ]
)
