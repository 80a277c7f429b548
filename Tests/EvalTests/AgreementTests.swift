import Evaluation
import Foundation
import Testing
import TickmarkModel

@Suite struct ManifestTests {
    static let manifest = """
        file\tcompany\tticker\tform\tfiscal_period_end\tformat\tsource_repo
        pdf/AAPL_10K_FY2022.pdf\tApple\tAAPL\t10-K\t2022-09-24\tpdf\tx
        xbrl/AAPL_10K_FY2022/aapl-20220924_htm.xml\tApple\tAAPL\t10-K\t2022-09-24\txbrl-instance\tx
        xbrl/AAPL_10K_FY2022/aapl-20220924_lab.xml\tApple\tAAPL\t10-K\t2022-09-24\txbrl-linkbase-lab\tx
        ixbrl/UK-A.html\tA Ltd\t-\tAA\t2017-10-31\tixbrl\tx
        ixbrl/UK-B.html\tB Ltd\t-\tAA\t2017-10-31\tixbrl\tx
        ixbrl/MSFT.htm\tMicrosoft\tMSFT\t10-K\t2015-06-30\tixbrl\tx
        """

    @Test func groupsDocumentsOfTheSameTickerAndPeriodEnd() {
        let entries = Manifest.parse(Self.manifest)
        #expect(entries.count == 6)
        let groups = Manifest.samePeriodGroups(entries)
        #expect(groups.map { $0.map(\.file) } == [["pdf/AAPL_10K_FY2022.pdf", "xbrl/AAPL_10K_FY2022/aapl-20220924_htm.xml"]])
        #expect(Manifest.pairs(groups[0]).count == 1)
    }
}

@Suite struct AgreementComparerTests {
    @Test func printedCapexAgreesWithThePositiveInstanceValue() {
        let pdf = sampleRecord(format: .pdf)
        let instance = sampleRecord(format: .xbrl)
        let result = AgreementComparer().compare(pdf, instance)
        #expect(result.compared == 3)
        #expect(result.agreed == 3)
        #expect(result.agreedBySignConvention == 1)
    }

    @Test func reportsADifferentValue() {
        let pdf = sampleRecord(format: .pdf)
        var html = sampleRecord(format: .html)
        html.statements[1].lines[0].facts[0].value = 32_766_000_000
        let result = AgreementComparer().compare(pdf, html)
        #expect(result.compared == 3)
        #expect(result.disagreements.map(\.label) == ["Net sales"])
        #expect(result.disagreements.first?.otherValue == 32_766_000_000)
    }

    @Test func repeatedLabelsPairInOrderAndRegistrantsByPosition() {
        func line(_ label: String, _ concept: String?, _ value: Decimal) -> Line {
            Line(id: "", label: label, section: [], depth: 0, isTotal: false, concept: concept, xbrlConcept: nil,
                 facts: [Fact(id: "", period: "FY2018", value: value, printed: nil, xbrlValue: nil, unit: nil, locator: Locator())])
        }
        let statement = Statement(id: "", kind: .income, title: "", pages: [], currency: nil, scale: 1, periods: [], lines: [
            line("Net income", nil, 100), line("Net income", nil, 2),
        ])
        var other = statement
        other.lines = [line("Net income", "NetIncomeLoss", 100), line("Net income", nil, 2)]
        let pairs = AgreementComparer().pairedLines(statement, other)
        #expect(pairs.map { $0.0.facts[0].value } == [100, 2])
        #expect(pairs.map { $0.1.facts[0].value } == [100, 2])
    }
}
