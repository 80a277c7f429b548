"""The statements of the fictional Northwind Instruments, Inc. (NWIN), fiscal 2024 with 2023
comparatives, shared by every sample format. Amounts in millions except per-share data.

A row is (kind, label, values, depth, options): kind "heading" (no values), "line", "total"
(bold label, rule above) or "bare" (a total printed without a label); values are the printed
texts for 2024 and 2023 ("—" is a dash); options may ask for a "$" printed apart ("dollar"),
name the XBRL concept ("concept") and its sign in XBRL terms ("negate": the printed value is
the negative of the tagged one).
"""

ENTITY = "Northwind Instruments, Inc."
TICKER = "NWIN"
CIK = "0009999999"
FISCAL_YEAR_END = "December 31, 2024"
YEARS = ("2024", "2023")


def row(kind, label, values=None, depth=0, **options):
    return {"kind": kind, "label": label, "values": values, "depth": depth, **options}


INCOME = {
    "kind": "income",
    "title": "CONSOLIDATED STATEMENTS OF INCOME",
    "scale": "(In millions, except per share amounts)",
    "header": "Year Ended December 31,",
    "rows": [
        row("heading", "Revenue:"),
        row("line", "Products", ("4,812", "4,431"), 1, dollar=True, concept="nwin:ProductRevenue"),
        row("line", "Services", ("1,686", "1,512"), 1, concept="nwin:ServiceRevenue"),
        row("total", "Total revenue", ("6,498", "5,943"), 1, concept="us-gaap:Revenues"),
        row("line", "Cost of revenue", ("3,327", "3,105"), concept="us-gaap:CostOfRevenue"),
        row("total", "Gross profit", ("3,171", "2,838"), concept="us-gaap:GrossProfit"),
        row("heading", "Operating expenses:"),
        row("line", "Research and development", ("702", "655"), 1, concept="us-gaap:ResearchAndDevelopmentExpense"),
        row("line", "Selling, general and administrative", ("1,244", "1,180"), 1,
            concept="us-gaap:SellingGeneralAndAdministrativeExpense"),
        row("line", "Restructuring charges", ("57", "—"), 1, concept="us-gaap:RestructuringCharges"),
        row("total", "Total operating expenses", ("2,003", "1,835"), 1, concept="us-gaap:OperatingExpenses"),
        row("total", "Operating income", ("1,168", "1,003"), concept="us-gaap:OperatingIncomeLoss"),
        row("line", "Interest expense", ("(84)", "(91)"), concept="us-gaap:InterestExpense", negate=True),
        row("line", "Other income (expense), net", ("12", "(7)"), concept="us-gaap:OtherNonoperatingIncomeExpense"),
        row("total", "Income before income taxes", ("1,096", "905"),
            concept="us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"),
        row("line", "Provision for income taxes", ("230", "181"), concept="us-gaap:IncomeTaxExpenseBenefit"),
        row("total", "Net income", ("866", "724"), dollar=True, concept="us-gaap:NetIncomeLoss"),
        row("heading", "Earnings per share:"),
        row("line", "Basic", ("4.95", "4.07"), 1, dollar=True, concept="us-gaap:EarningsPerShareBasic", unit="perShare"),
        row("line", "Diluted", ("4.90", "4.03"), 1, dollar=True, concept="us-gaap:EarningsPerShareDiluted", unit="perShare"),
        row("heading", "Weighted-average shares outstanding:"),
        row("line", "Basic", ("175.0", "177.9"), 1, concept="us-gaap:WeightedAverageNumberOfSharesOutstandingBasic",
            unit="shares"),
        row("line", "Diluted", ("176.7", "179.6"), 1, concept="us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding",
            unit="shares"),
        row("line", "Cash dividends declared per common share", ("1.20", "1.10"), dollar=True,
            concept="us-gaap:CommonStockDividendsPerShareDeclared", unit="perShare"),
    ],
}

BALANCE = {
    "kind": "balance",
    "title": "CONSOLIDATED BALANCE SHEETS",
    "scale": "(In millions, except par value)",
    "header": "December 31,",
    "rows": [
        row("heading", "ASSETS"),
        row("heading", "Current assets:"),
        row("line", "Cash and cash equivalents", ("1,245", "982"), 1, dollar=True,
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue"),
        row("line", "Accounts receivable, net", ("1,032", "968"), 1, concept="us-gaap:AccountsReceivableNetCurrent"),
        row("line", "Inventories", ("887", "912"), 1, concept="us-gaap:InventoryNet"),
        row("line", "Prepaid expenses and other current assets", ("214", "198"), 1,
            concept="us-gaap:PrepaidExpenseAndOtherAssetsCurrent"),
        row("total", "Total current assets", ("3,378", "3,060"), 1, concept="us-gaap:AssetsCurrent"),
        row("line", "Property, plant and equipment, net", ("2,154", "2,021"),
            concept="us-gaap:PropertyPlantAndEquipmentNet"),
        row("line", "Goodwill", ("1,310", "1,310"), concept="us-gaap:Goodwill"),
        row("line", "Other intangible assets, net", ("402", "455"), concept="us-gaap:IntangibleAssetsNetExcludingGoodwill"),
        row("line", "Other assets", ("188", "176"), concept="us-gaap:OtherAssetsNoncurrent"),
        row("total", "Total assets", ("7,432", "7,022"), dollar=True, concept="us-gaap:Assets"),
        row("heading", "LIABILITIES AND STOCKHOLDERS\u2019 EQUITY"),
        row("heading", "Current liabilities:"),
        row("line", "Accounts payable", ("612", "587"), 1, dollar=True, concept="us-gaap:AccountsPayableCurrent"),
        row("line", "Accrued liabilities", ("498", "471"), 1, concept="us-gaap:AccruedLiabilitiesCurrent"),
        row("line", "Current portion of long-term debt", ("150", "—"), 1, concept="us-gaap:LongTermDebtCurrent"),
        row("total", "Total current liabilities", ("1,260", "1,058"), 1, concept="us-gaap:LiabilitiesCurrent"),
        row("line", "Long-term debt", ("1,850", "2,000"), concept="us-gaap:LongTermDebtNoncurrent"),
        row("line", "Other long-term liabilities", ("316", "342"), concept="us-gaap:OtherLiabilitiesNoncurrent"),
        row("total", "Total liabilities", ("3,426", "3,400"), concept="us-gaap:Liabilities"),
        row("heading", "Stockholders\u2019 equity:"),
        row("line", "Common stock, $0.01 par value; 400 shares authorized", ("2", "2"), 1,
            concept="us-gaap:CommonStockValue"),
        row("line", "Additional paid-in capital", ("1,118", "1,064"), 1, concept="us-gaap:AdditionalPaidInCapital"),
        row("line", "Retained earnings", ("3,412", "2,962"), 1, concept="us-gaap:RetainedEarningsAccumulatedDeficit"),
        row("line", "Accumulated other comprehensive loss", ("(526)", "(406)"), 1,
            concept="us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax"),
        row("total", "Total stockholders\u2019 equity", ("4,006", "3,622"), 1, concept="us-gaap:StockholdersEquity"),
        row("total", "Total liabilities and stockholders\u2019 equity", ("7,432", "7,022"), dollar=True,
            concept="us-gaap:LiabilitiesAndStockholdersEquity"),
    ],
}

CASH_FLOW = {
    "kind": "cash_flow",
    "title": "CONSOLIDATED STATEMENTS OF CASH FLOWS",
    "scale": "(In millions)",
    "header": "Year Ended December 31,",
    # The PDF breaks the statement before this row and repeats the title with "(continued)".
    "break_before": "Cash flows from financing activities:",
    "rows": [
        row("heading", "Cash flows from operating activities:"),
        row("line", "Net income", ("866", "724"), 1, dollar=True, concept="us-gaap:NetIncomeLoss"),
        row("heading", "Adjustments to reconcile net income to net cash provided by operating activities:", depth=1),
        row("line", "Depreciation and amortization", ("318", "301"), 2,
            concept="us-gaap:DepreciationDepletionAndAmortization"),
        row("line", "Stock-based compensation", ("96", "88"), 2, concept="us-gaap:ShareBasedCompensation"),
        row("line", "Deferred income taxes", ("(41)", "12"), 2, concept="us-gaap:DeferredIncomeTaxExpenseBenefit"),
        row("heading", "Changes in operating assets and liabilities:", depth=1),
        row("line", "Accounts receivable", ("(64)", "(51)"), 2, concept="us-gaap:IncreaseDecreaseInAccountsReceivable",
            negate=True),
        row("line", "Inventories", ("25", "(73)"), 2, concept="us-gaap:IncreaseDecreaseInInventories", negate=True),
        row("line", "Accounts payable", ("25", "40"), 2, concept="us-gaap:IncreaseDecreaseInAccountsPayable"),
        row("line", "Accrued and other liabilities", ("14", "(18)"), 2,
            concept="us-gaap:IncreaseDecreaseInOtherAccruedLiabilities"),
        row("total", "Net cash provided by operating activities", ("1,239", "1,023"), 1,
            concept="us-gaap:NetCashProvidedByUsedInOperatingActivities"),
        row("heading", "Cash flows from investing activities:"),
        row("line", "Purchases of property, plant and equipment", ("(412)", "(388)"), 1,
            concept="us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", negate=True),
        row("line", "Acquisitions, net of cash acquired", ("—", "(145)"), 1,
            concept="us-gaap:PaymentsToAcquireBusinessesNetOfCashAcquired", negate=True),
        row("line", "Proceeds from sale of equipment", ("9", "6"), 1,
            concept="us-gaap:ProceedsFromSaleOfPropertyPlantAndEquipment"),
        row("bare", "", ("(403)", "(527)"), 1, concept="us-gaap:NetCashProvidedByUsedInInvestingActivities"),
        row("heading", "Cash flows from financing activities:"),
        row("line", "Repayments of long-term debt", ("—", "(100)"), 1, concept="us-gaap:RepaymentsOfLongTermDebt",
            negate=True),
        row("line", "Dividends paid", ("(206)", "(192)"), 1, concept="us-gaap:PaymentsOfDividendsCommonStock", negate=True),
        row("line", "Repurchases of common stock", ("(329)", "(214)"), 1, concept="us-gaap:PaymentsForRepurchaseOfCommonStock",
            negate=True),
        row("line", "Proceeds from stock option exercises", ("18", "22"), 1,
            concept="us-gaap:ProceedsFromStockOptionsExercised"),
        row("total", "Net cash used in financing activities", ("(517)", "(484)"), 1,
            concept="us-gaap:NetCashProvidedByUsedInFinancingActivities"),
        row("line", "Effect of exchange rate changes on cash and cash equivalents", ("(56)", "9"),
            concept="us-gaap:EffectOfExchangeRateOnCashAndCashEquivalents"),
        row("total", "Net increase in cash and cash equivalents", ("263", "21"),
            concept="us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease"),
        row("line", "Cash and cash equivalents at beginning of year", ("982", "961"),
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", instant="start"),
        row("total", "Cash and cash equivalents at end of year", ("1,245", "982"), dollar=True,
            concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", instant="end"),
    ],
}

STATEMENTS = (INCOME, BALANCE, CASH_FLOW)
