"""Northwind's 10-Q for the quarter ended March 31, 2025 as a PDF whose text layer lost its
ligatures: every "fi", "fl", "ff", "ffi" and "ffl" of the titles and labels is left out with its
width kept blank, so "Gross profit" extracts as "Gross pro t" and "Cash flows" as "Cash ows".
Condensed statements in sentence case (so "flows" is printed in lower case, with its ligature)."""

import northwind as nw
import tenk_pdf
from northwind import row
from pdfwriter import Page, write_pdf

QUARTER = ("2025", "2024")

INCOME = {
    "kind": "income",
    "title": "Condensed consolidated statements of income (unaudited)",
    "scale": "(In millions, except per share amounts)",
    "header": "Three Months Ended March 31,",
    "columns": [[year] for year in QUARTER],
    "rows": [
        row("heading", "Revenue:"),
        row("line", "Products", ("1,210", "1,105"), 1, dollar=True),
        row("line", "Services", ("437", "392"), 1),
        row("total", "Total revenue", ("1,647", "1,497"), 1),
        row("line", "Cost of revenue", ("842", "781")),
        row("total", "Gross profit", ("805", "716")),
        row("heading", "Operating expenses:"),
        row("line", "Research and development", ("181", "168"), 1),
        row("line", "Selling, general and administrative", ("318", "301"), 1),
        row("total", "Total operating expenses", ("499", "469"), 1),
        row("total", "Operating income", ("306", "247")),
        row("line", "Interest expense", ("(21)", "(23)")),
        row("line", "Other income (expense), net", ("4", "(2)")),
        row("total", "Income before income taxes", ("289", "222")),
        row("line", "Provision for income taxes", ("61", "44")),
        row("total", "Net income", ("228", "178"), dollar=True),
        row("heading", "Earnings per share:"),
        row("line", "Basic", ("1.31", "1.01"), 1, dollar=True),
        row("line", "Diluted", ("1.30", "1.00"), 1, dollar=True),
        row("heading", "Weighted-average shares outstanding:"),
        row("line", "Basic", ("173.9", "177.0"), 1),
        row("line", "Diluted", ("175.4", "178.6"), 1),
    ],
}

BALANCE = {
    "kind": "balance",
    "title": "Condensed consolidated balance sheets (unaudited)",
    "scale": "(In millions, except par value)",
    "header": None,
    "columns": [["March 31,", "2025"], ["December 31,", "2024"]],
    "rows": [
        row("heading", "ASSETS"),
        row("heading", "Current assets:"),
        row("line", "Cash and cash equivalents", ("1,268", "1,245"), 1, dollar=True),
        row("line", "Accounts receivable, net", ("1,074", "1,032"), 1),
        row("line", "Inventories", ("905", "887"), 1),
        row("line", "Prepaid expenses and other current assets", ("220", "214"), 1),
        row("total", "Total current assets", ("3,467", "3,378"), 1),
        row("line", "Property, plant and equipment, net", ("2,170", "2,154")),
        row("line", "Goodwill", ("1,310", "1,310")),
        row("line", "Identifiable intangible assets, net", ("389", "402")),
        row("line", "Other assets", ("190", "188")),
        row("total", "Total assets", ("7,526", "7,432"), dollar=True),
        row("heading", "LIABILITIES AND STOCKHOLDERS\u2019 EQUITY"),
        row("heading", "Current liabilities:"),
        row("line", "Accounts payable", ("624", "612"), 1, dollar=True),
        row("line", "Accrued compensation and benefits", ("463", "498"), 1),
        row("line", "Current portion of long-term debt", ("150", "150"), 1),
        row("total", "Total current liabilities", ("1,237", "1,260"), 1),
        row("line", "Long-term debt", ("1,850", "1,850")),
        row("line", "Other long-term liabilities", ("320", "316")),
        row("total", "Total liabilities", ("3,407", "3,426")),
        row("heading", "Stockholders\u2019 equity:"),
        row("line", "Common stock, $0.01 par value; 400 shares authorized", ("2", "2"), 1),
        row("line", "Additional paid-in capital", ("1,148", "1,118"), 1),
        row("line", "Retained earnings", ("3,479", "3,412"), 1),
        row("line", "Accumulated other comprehensive loss", ("(510)", "(526)"), 1),
        row("total", "Total stockholders\u2019 equity", ("4,119", "4,006"), 1),
        row("total", "Total liabilities and stockholders\u2019 equity", ("7,526", "7,432"), dollar=True),
    ],
}

CASH_FLOW = {
    "kind": "cash_flow",
    "title": "Condensed consolidated statements of cash flows (unaudited)",
    "scale": "(In millions)",
    "header": "Three Months Ended March 31,",
    "columns": [[year] for year in QUARTER],
    "rows": [
        row("heading", "Cash flows from operating activities:"),
        row("line", "Net income", ("228", "178"), 1, dollar=True),
        row("heading", "Adjustments to reconcile net income to net cash provided by operating activities:", depth=1),
        row("line", "Depreciation and amortization", ("81", "76"), 2),
        row("line", "Stock-based compensation", ("25", "23"), 2),
        row("line", "Deferred income taxes", ("(6)", "3"), 2),
        row("heading", "Changes in operating assets and liabilities:", depth=1),
        row("line", "Accounts receivable", ("(42)", "(37)"), 2),
        row("line", "Inventories", ("(18)", "(22)"), 2),
        row("line", "Accounts payable", ("12", "9"), 2),
        row("line", "Accrued compensation and benefits", ("(35)", "(41)"), 2),
        row("total", "Net cash provided by operating activities", ("245", "189"), 1),
        row("heading", "Cash flows from investing activities:"),
        row("line", "Purchases of property, plant and equipment", ("(97)", "(88)"), 1),
        row("line", "Proceeds from sale of equipment", ("2", "1"), 1),
        row("total", "Net cash used in investing activities", ("(95)", "(87)"), 1),
        row("heading", "Cash flows from financing activities:"),
        row("line", "Dividends paid", ("(52)", "(48)"), 1),
        row("line", "Repurchases of common stock", ("(80)", "(55)"), 1),
        row("line", "Proceeds from stock option exercises", ("5", "6"), 1),
        row("total", "Net cash used in financing activities", ("(127)", "(97)"), 1),
        row("total", "Net increase in cash and cash equivalents", ("23", "5")),
        row("line", "Cash and cash equivalents at beginning of period", ("1,245", "982")),
        row("total", "Cash and cash equivalents at end of period", ("1,268", "987"), dollar=True),
    ],
}


def cover_page():
    page = Page()
    center = Page.WIDTH / 2
    for y, text, size, weight in [
        (70, "UNITED STATES", 11, "bold"),
        (84, "SECURITIES AND EXCHANGE COMMISSION", 11, "bold"),
        (130, "FORM 10-Q", 16, "bold"),
        (160, "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 8, "regular"),
        (178, "For the quarterly period ended March 31, 2025", 10, "regular"),
        (236, nw.ENTITY, 18, "bold"),
        (254, "(Exact name of registrant as specified in its charter)", 8, "regular"),
        (290, "Trading Symbol: " + nw.TICKER, 9, "regular"),
    ]:
        page.text_center(center, y, text, size, weight)
    return page


def build():
    """The PDF's bytes."""
    pages = [cover_page()]
    for statement in (INCOME, BALANCE, CASH_FLOW):
        pages += tenk_pdf.statement_pages(statement, draw=Page.text_without_ligatures)
    for number, page in enumerate(pages[1:], start=3):
        tenk_pdf.page_number(page, number)
    return write_pdf(pages, nw.ENTITY + " Form 10-Q Q1 2025")
