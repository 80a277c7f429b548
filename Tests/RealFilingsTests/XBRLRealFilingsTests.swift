import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// XBRL instances and inline XBRL from the shared corpus, end to end.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct XBRLRealFilingsTests {
    @Test func nvidiaInstanceBalanceSheetHasTotalAssets() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/NVDA_10K_FY2024/nvda-20240128_htm.xml"))
        #expect(record.entity.ticker == "NVDA" && record.form == "10-K")
        let balance = try #require(record.statements.first { $0.kind == .balance })
        let assets = try #require(balance.lines.first { $0.xbrlConcept == "us-gaap:Assets" })
        #expect(assets.label == "Total assets")
        let fact = try #require(assets.facts.first { $0.period == "2024-01-28" })
        #expect(fact.locator.contextRef == "c-9" && fact.locator.concept == "us-gaap:Assets")
        #expect(record.statements.map(\.kind) == [.income, .comprehensiveIncome, .balance, .cashFlow, .equity])
    }

    @Test func instanceWithoutLinkbasesUsesTheStandardArrangement() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/SAM_10K_2013/sam-20131228.xml"))
        #expect(record.entity.name == "BOSTON BEER CO INC")
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.periods.map(\.key) == ["FY2013", "FY2012", "FY2011"])
    }

    @Test func instanceWithoutLinkbasesRollsEquityForwardByComponent() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/GOOG_10K_2013/goog-20131231.xml"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(equity.periods.map(\.key) == ["2010-12-31", "FY2011", "2011-12-31", "FY2012", "2012-12-31", "FY2013", "2013-12-31"])
        let total = try #require(equity.lines.first { $0.xbrlConcept == "us-gaap:StockholdersEquity" && $0.xbrlDimensions.isEmpty })
        #expect(total.facts.first { $0.period == "2010-12-31" }?.value == 46_241_000_000)
        let retained = try #require(equity.lines.first {
            $0.xbrlConcept == "us-gaap:NetIncomeLoss" && $0.xbrlDimensions == ["us-gaap:StatementEquityComponentsAxis=us-gaap:RetainedEarningsMember"]
        })
        #expect(retained.facts.first { $0.period == "FY2013" }?.value == 12_920_000_000)
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.lines.first { $0.xbrlConcept == "us-gaap:CommonStockSharesOutstanding" }?.facts.first?.value == 335_832_000)
    }

    /// The movements the usual list does not name are read from the equity components axis:
    /// a defined-benefit adjustment in accumulated OCI, a class B to class A conversion; share
    /// counts are no movements of dollars. Every component then rolls forward.
    @Test func instanceWithoutLinkbasesReadsEveryTaggedEquityMovement() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/SAM_10K_2013/sam-20131228.xml"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let pension = try #require(equity.lines.first {
            $0.xbrlConcept == "us-gaap:OtherComprehensiveIncomeDefinedBenefitPlansAdjustmentNetOfTaxPortionAttributableToParent"
                && $0.xbrlDimensions == ["us-gaap:StatementEquityComponentsAxis=us-gaap:AccumulatedOtherComprehensiveIncomeMember"]
        })
        #expect(pension.facts.first { $0.period == "FY2013" }?.value == -466_000)
        #expect(!equity.lines.flatMap(\.facts).contains { $0.unit == "shares" })
        let rollForwards = equity.checks.filter { $0.rule == .equityRollForward }
        #expect(!rollForwards.isEmpty && rollForwards.allSatisfy { $0.status == .pass })
    }

    /// An annual report tags its quarterly data note (net income, dividends by quarter) with
    /// the equity statement's concepts: those quarters are no columns of the statement.
    @Test func annualEquityStatementLeavesTheQuarterlyNoteOut() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/MSFT_10K_FY2015/msft-20150630.xml"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(equity.periods.filter { $0.type == .duration }.map(\.key) == ["FY2015", "FY2014", "FY2013"])
        let netIncome = try #require(equity.lines.first { $0.xbrlConcept == "us-gaap:NetIncomeLoss" })
        #expect(netIncome.facts.first { $0.period == "FY2015" }?.value == 12_193_000_000)
    }
}

/// Instances without linkbases that report continuing-operations cash flows.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct XBRLStandardArrangementRealTests {
    @Test func carboCeramicsCashFlowsUseContinuingOperationsConcepts() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("xbrl/CRR_10K_2017/crr-20171231.xml"))
        let cashFlow = try #require(record.statements.first { $0.kind == .cashFlow })
        let operating = try #require(cashFlow.lines.first {
            $0.xbrlConcept == "us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"
        })
        #expect(operating.facts.first { $0.period == "FY2017" }?.value == -38_818_000)
        #expect(operating.facts.first { $0.period == "FY2015" }?.value == 70_577_000)
    }
}
