"""A 10-K split by an acquisition: Northwind Instruments bought Northwind Sensors, Inc. on
March 1, 2024, so the Sensors 2024 statements show a 10-month successor period (March 1 through
December 31, 2024) beside a 2-month predecessor period (January 1 through February 29, 2024),
and balance sheets at December 31, 2024 (successor) and 2023 (predecessor). As PDF and as
inline XBRL with contexts of those dates."""

from html import escape

import markup
import tenk_pdf
import xbrl
from northwind import row
from pdfwriter import Page, write_pdf

ENTITY = "Northwind Sensors, Inc."
CIK = "0009999998"
# Stacked column headers as the PDF prints them; the inline XBRL adds the printed length.
SUCCESSOR = ["Successor", "Period from", "March 1, 2024", "through", "December 31, 2024"]
PREDECESSOR = ["Predecessor", "Period from", "January 1, 2024", "through", "February 29, 2024"]
LENGTHS = ("(10 months)", "(2 months)")
CONTEXTS = {
    "S2024": ("2024-03-01", "2024-12-31"),
    "P2024": ("2024-01-01", "2024-02-29"),
    "I2024": ("2024-12-31",),
    "I2024Feb": ("2024-02-29",),
    "I2023": ("2023-12-31",),
}

INCOME = {
    "kind": "income",
    "title": "CONSOLIDATED STATEMENTS OF OPERATIONS",
    "scale": "(In millions)",
    "columns": [SUCCESSOR, PREDECESSOR],
    "rows": [
        row("line", "Revenue", ("1,050", "198"), dollar=True, concept="us-gaap:Revenues"),
        row("line", "Cost of revenue", ("640", "121"), concept="us-gaap:CostOfRevenue"),
        row("total", "Gross profit", ("410", "77"), concept="us-gaap:GrossProfit"),
        row("heading", "Operating expenses:"),
        row("line", "Selling, general and administrative", ("238", "46"), 1,
            concept="us-gaap:SellingGeneralAndAdministrativeExpense"),
        row("line", "Amortization of acquired intangible assets", ("42", "3"), 1,
            concept="us-gaap:AmortizationOfIntangibleAssets"),
        row("total", "Total operating expenses", ("280", "49"), 1, concept="us-gaap:OperatingExpenses"),
        row("total", "Operating income", ("130", "28"), concept="us-gaap:OperatingIncomeLoss"),
        row("line", "Interest expense", ("(38)", "(2)"), concept="us-gaap:InterestExpense", negate=True),
        row("total", "Income before income taxes", ("92", "26"),
            concept="us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"),
        row("line", "Provision for income taxes", ("20", "6"), concept="us-gaap:IncomeTaxExpenseBenefit"),
        row("total", "Net income", ("72", "20"), dollar=True, concept="us-gaap:NetIncomeLoss"),
    ],
}

BALANCE = {
    "kind": "balance",
    "title": "CONSOLIDATED BALANCE SHEETS",
    "scale": "(In millions)",
    "columns": [["Successor", "December 31, 2024"], ["Predecessor", "December 31, 2023"]],
    "rows": [
        row("heading", "ASSETS"),
        row("heading", "Current assets:"),
        row("line", "Cash and cash equivalents", ("146", "95"), 1, dollar=True,
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue"),
        row("line", "Accounts receivable, net", ("210", "188"), 1, concept="us-gaap:AccountsReceivableNetCurrent"),
        row("line", "Inventories", ("175", "160"), 1, concept="us-gaap:InventoryNet"),
        row("total", "Total current assets", ("531", "443"), 1, concept="us-gaap:AssetsCurrent"),
        row("line", "Property, plant and equipment, net", ("390", "305"), concept="us-gaap:PropertyPlantAndEquipmentNet"),
        row("line", "Goodwill", ("612", "120"), concept="us-gaap:Goodwill"),
        row("line", "Intangible assets, net", ("468", "35"), concept="us-gaap:IntangibleAssetsNetExcludingGoodwill"),
        row("total", "Total assets", ("2,001", "903"), dollar=True, concept="us-gaap:Assets"),
        row("heading", "LIABILITIES AND STOCKHOLDER\u2019S EQUITY"),
        row("heading", "Current liabilities:"),
        row("line", "Accounts payable", ("120", "101"), 1, dollar=True, concept="us-gaap:AccountsPayableCurrent"),
        row("line", "Accrued liabilities", ("95", "82"), 1, concept="us-gaap:AccruedLiabilitiesCurrent"),
        row("total", "Total current liabilities", ("215", "183"), 1, concept="us-gaap:LiabilitiesCurrent"),
        row("line", "Long-term debt", ("640", "60"), concept="us-gaap:LongTermDebtNoncurrent"),
        row("line", "Deferred income taxes", ("118", "20"), concept="us-gaap:DeferredIncomeTaxLiabilitiesNet"),
        row("total", "Total liabilities", ("973", "263"), concept="us-gaap:Liabilities"),
        row("heading", "Stockholder\u2019s equity:"),
        row("line", "Additional paid-in capital", ("956", "310"), 1, concept="us-gaap:AdditionalPaidInCapital"),
        row("line", "Retained earnings", ("72", "330"), 1, concept="us-gaap:RetainedEarningsAccumulatedDeficit"),
        row("total", "Total stockholder\u2019s equity", ("1,028", "640"), 1, concept="us-gaap:StockholdersEquity"),
        row("total", "Total liabilities and stockholder\u2019s equity", ("2,001", "903"), dollar=True,
            concept="us-gaap:LiabilitiesAndStockholdersEquity"),
    ],
}

CASH_FLOW = {
    "kind": "cash_flow",
    "title": "CONSOLIDATED STATEMENTS OF CASH FLOWS",
    "scale": "(In millions)",
    "columns": [SUCCESSOR, PREDECESSOR],
    "rows": [
        row("heading", "Cash flows from operating activities:"),
        row("line", "Net income", ("72", "20"), 1, dollar=True, concept="us-gaap:NetIncomeLoss"),
        row("line", "Depreciation and amortization", ("96", "9"), 1, concept="us-gaap:DepreciationDepletionAndAmortization"),
        row("line", "Deferred income taxes", ("(8)", "1"), 1, concept="us-gaap:DeferredIncomeTaxExpenseBenefit"),
        row("line", "Accounts receivable", ("(22)", "4"), 1, concept="us-gaap:IncreaseDecreaseInAccountsReceivable",
            negate=True),
        row("line", "Inventories", ("(15)", "(6)"), 1, concept="us-gaap:IncreaseDecreaseInInventories", negate=True),
        row("line", "Accounts payable and accrued liabilities", ("19", "(9)"), 1,
            concept="us-gaap:IncreaseDecreaseInAccountsPayableAndAccruedLiabilities"),
        row("total", "Net cash provided by operating activities", ("142", "19"), 1,
            concept="us-gaap:NetCashProvidedByUsedInOperatingActivities"),
        row("heading", "Cash flows from investing activities:"),
        row("line", "Purchases of property, plant and equipment", ("(70)", "(12)"), 1,
            concept="us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", negate=True),
        row("total", "Net cash used in investing activities", ("(70)", "(12)"), 1,
            concept="us-gaap:NetCashProvidedByUsedInInvestingActivities"),
        row("heading", "Cash flows from financing activities:"),
        row("line", "Repayments of long-term debt", ("(23)", "(5)"), 1, concept="us-gaap:RepaymentsOfLongTermDebt",
            negate=True),
        row("total", "Net cash used in financing activities", ("(23)", "(5)"), 1,
            concept="us-gaap:NetCashProvidedByUsedInFinancingActivities"),
        row("total", "Net increase in cash and cash equivalents", ("49", "2"),
            concept="us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease"),
        row("line", "Cash and cash equivalents at beginning of period", ("97", "95"),
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", instant="start"),
        row("total", "Cash and cash equivalents at end of period", ("146", "97"), dollar=True,
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", instant="end"),
    ],
}

STATEMENTS = (INCOME, BALANCE, CASH_FLOW)


def context_of(statement, row, column):
    """Successor column first: its contexts, then the predecessor's."""
    if statement["kind"] == "balance":
        return ("I2024", "I2023")[column]
    if row.get("instant") == "end":
        return ("I2024", "I2024Feb")[column]
    if row.get("instant") == "start":
        return ("I2024Feb", "I2023")[column]
    return ("S2024", "P2024")[column]


def cover_lines():
    return ["FORM 10-K", "For the fiscal year ended December 31, 2024", ENTITY,
            "(Exact name of registrant as specified in its charter)"]


def pdf():
    cover = Page()
    for n, line in enumerate(cover_lines()):
        cover.text_center(Page.WIDTH / 2, 130 + 24 * n, line, 14 if n == 0 else 10, "bold" if n != 3 else "regular")
    pages = [cover]
    for statement in STATEMENTS:
        pages += tenk_pdf.statement_pages(statement, entity=ENTITY)
    for number, page in enumerate(pages[1:], start=50):
        tenk_pdf.page_number(page, number)
    return write_pdf(pages, ENTITY + " Form 10-K 2024")


def with_lengths(statement):
    """The statement with each duration column's printed length under its header."""
    if statement["kind"] == "balance":
        return statement
    return dict(statement, columns=[lines + [length] for lines, length in zip(statement["columns"], LENGTHS)])


def ixbrl():
    counter = [0]

    def tag(statement, row, column, digits):
        counter[0] += 1
        fact = xbrl.fact_for(statement, row, column)
        return ('<ix:nonFraction name="%s" contextRef="%s" unitRef="usd" id="f%d" decimals="-6" scale="6" '
                'format="ixt:num-dot-decimal"%s>%s</ix:nonFraction>'
                % (row["concept"], context_of(statement, row, column), counter[0],
                   ' sign="-"' if fact["negative"] else "", digits))

    form, period, name = cover_lines()[:3]
    cover = ['<p style="text-align:center">FORM <ix:nonNumeric name="dei:DocumentType" contextRef="S2024" id="c1">'
             "10-K</ix:nonNumeric></p>",
             '<p style="text-align:center">For the fiscal year ended <ix:nonNumeric name="dei:DocumentPeriodEndDate" '
             'contextRef="S2024" id="c2" format="ixt:date-monthname-day-year-en">December 31, 2024</ix:nonNumeric></p>',
             '<p style="text-align:center"><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="S2024" id="c3">'
             "%s</ix:nonNumeric></p>" % escape(name)]
    body = cover + ['<hr style="page-break-after:always"/>\n' + markup.statement_table(with_lengths(s), tag, entity=ENTITY)
                    for s in STATEMENTS]
    header = ('<div style="display:none"><ix:header><ix:hidden>'
              '<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="S2024" id="h1">%s</ix:nonNumeric>'
              '<ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="S2024" id="h2">2024</ix:nonNumeric>'
              "</ix:hidden><ix:resources>%s</ix:resources></ix:header></div>"
              % (CIK, xbrl.contexts_and_units(CONTEXTS, CIK)))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" '
            'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" '
            'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" '
            'xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024">\n'
            "<head><title>%s 10-K 2024</title></head>\n<body>\n%s\n%s\n</body>\n</html>\n"
            % (escape(ENTITY), header, "\n".join(body))).encode("utf-8")


def build():
    """File name → bytes."""
    return {"northwind-sensors-10k-2024-stub-periods.pdf": pdf(),
            "northwind-sensors-10k-2024-stub-periods-ixbrl.htm": ixbrl()}
