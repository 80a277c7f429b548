import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct ScaleReaderTests {
    @Test(arguments: [
        ("(in millions, except per share amounts)", 6, "in millions, except per share amounts"),
        ("(In thousands)", 3, "In thousands"),
        ("(Dollars in millions)", 6, "Dollars in millions"),
        ("($ in millions)", 6, "$ in millions"),
        ("(Millions)", 6, "Millions"),
        ("in thousands of U.S. dollars", 3, "in thousands of U.S. dollars"),
        ("(in billions)", 9, "in billions"),
    ])
    func phrases(line: String, exponent: Int, printed: String) {
        let scale = ScaleReader.scale(in: ["Consolidated Balance Sheets", line])
        #expect(scale.exponent == exponent)
        #expect(scale.printed == printed)
    }

    @Test func aShareScaleNeverScalesMoney() {
        #expect(ScaleReader.scale(in: ["Consolidated Statements of Income", "(shares in thousands)"]) == .units)
        let both = ScaleReader.scale(in: ["(shares in thousands)", "(Dollars in millions)"])
        #expect(both.exponent == 6 && both.printed == "Dollars in millions")
        #expect(ScaleReader.scale(in: ["(In millions, except per share amounts; shares in thousands)"]).exponent == 6)
    }

    @Test func noScaleMeansUnits() {
        #expect(ScaleReader.scale(in: ["Consolidated Balance Sheets", "December 31, 2018"]) == .units)
    }

    @Test func currencies() {
        #expect(ScaleReader.currency(in: ["(in millions)", "$ 32,765"]) == "USD")
        #expect(ScaleReader.currency(in: ["€ 1,200"]) == "EUR")
        #expect(ScaleReader.currency(in: ["(in thousands of euros)"]) == "EUR")
        #expect(ScaleReader.currency(in: ["£000", "1,200"]) == "GBP")
        #expect(ScaleReader.currency(in: ["1,200"]) == nil)
    }

    @Test func aNamedCurrencyWinsOverTheDollarSign() {
        #expect(ScaleReader.currency(in: ["Unaudited, millions of Canadian dollars", "$ 13,545"]) == "CAD")
        #expect(ScaleReader.currency(in: ["(Millions of yen)", "(Thousands of U.S. dollars)"]) == "JPY")
        #expect(ScaleReader.currency(in: ["2024", "RMB", "US$"]) == "CNY")
        #expect(ScaleReader.namedCurrency("2024 US$") == "USD")
        #expect(ScaleReader.namedCurrency("(Thousands of U.S. dollars)") == "USD")
        #expect(ScaleReader.namedCurrency("US operations") == nil)
    }

    @Test func aDocumentDeclaringItsCurrencyMakesABareDollarSignThatCurrency() {
        let line = "All amounts are in millions of Canadian dollars, unless otherwise stated."
        #expect(ScaleReader.declaredCurrency(line) == "CAD")
        #expect(ScaleReader.declaredCurrency("All amounts are in millions of U.S. dollars") == nil)
        #expect(ScaleReader.currency(in: ["($ millions)", "$ 13,545"], declared: "CAD") == "CAD")
        #expect(ScaleReader.currency(in: ["(Millions of yen)"], declared: "CAD") == "JPY")
    }
}
