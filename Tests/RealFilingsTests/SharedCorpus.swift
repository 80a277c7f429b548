import Foundation
import Testing
import TestSupport

/// The shared corpus, as the other test targets see it (`TestSupport`).
typealias SharedCorpus = TestSupport.SharedCorpus

/// Fails loudly when CI requires the corpus and it is missing: never a silent skip there.
@Suite struct SharedCorpusPresence {
    @Test func corpusIsPresentWhenRequired() {
        let required = ProcessInfo.processInfo.environment["TICKMARK_REQUIRE_SHARED"] == "1"
        if required {
            #expect(SharedCorpus.isAvailable, "TICKMARK_REQUIRE_SHARED=1 but \(SharedCorpus.filings.path) has no MANIFEST.tsv")
        }
    }
}
