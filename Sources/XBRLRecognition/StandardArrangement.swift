import TickmarkModel

/// Statements for an instance without a presentation linkbase: the usual us-gaap face concepts
/// in their usual order, kept where the instance has face facts for them.
enum StandardArrangement {
    static func outlines(index: FactIndex) -> [StatementOutline] {
        layouts.compactMap { kind, title, concepts in
            let lines = concepts.filter { index.hasFacts("us-gaap:" + $0.name) }.map { concept in
                OutlineLine(concept: "us-gaap:" + concept.name, label: concept.label, section: [], depth: 0,
                            isTotal: totals.contains(concept.name), isPeriodStart: false)
            }
            return lines.isEmpty ? nil : StatementOutline(kind: kind, title: title, lines: lines)
        }
    }

    /// The us-gaap standard label of a concept this arrangement knows (`us-gaap:Assets` → `Assets`).
    static func standardLabel(_ concept: String) -> String? {
        guard concept.hasPrefix("us-gaap:") else { return nil }
        let name = concept.dropFirst("us-gaap:".count)
        return layouts.lazy.flatMap(\.2).first { $0.name == name }?.label
    }

    private static let totals: Set<String> = [
        "Assets", "AssetsCurrent", "Liabilities", "LiabilitiesCurrent", "LiabilitiesAndStockholdersEquity",
        "StockholdersEquity", "NetIncomeLoss", "OperatingIncomeLoss", "CostsAndExpenses", "BenefitsLossesAndExpenses",
        "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "ProfitLoss",
    ]

    /// A us-gaap concept's local name and its standard label in the taxonomy.
    private typealias Concept = (name: String, label: String)

    private static let layouts: [(StatementKind, String, [Concept])] = [
        (.income, "Statement of Income", [
            ("Revenues", "Revenues"),
            ("RevenueFromContractWithCustomerExcludingAssessedTax", "Revenue from Contract with Customer, Excluding Assessed Tax"),
            ("SalesRevenueNet", "Sales Revenue, Net"),
            ("SalesRevenueGoodsNet", "Sales Revenue, Goods, Net"),
            ("CostOfRevenue", "Cost of Revenue"),
            ("CostOfGoodsAndServicesSold", "Cost of Goods and Services Sold"),
            ("GrossProfit", "Gross Profit"),
            ("ResearchAndDevelopmentExpense", "Research and Development Expense"),
            ("SellingGeneralAndAdministrativeExpense", "Selling, General and Administrative Expense"),
            ("OperatingExpenses", "Operating Expenses"),
            ("CostsAndExpenses", "Costs and Expenses"),
            ("PolicyholderBenefitsAndClaimsIncurredNet", "Policyholder Benefits and Claims Incurred, Net"),
            ("BenefitsLossesAndExpenses", "Benefits, Losses and Expenses"),
            ("OperatingIncomeLoss", "Operating Income (Loss)"),
            ("InterestExpense", "Interest Expense"),
            ("NonoperatingIncomeExpense", "Nonoperating Income (Expense)"),
            ("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
             "Income (Loss) from Continuing Operations before Income Taxes, Extraordinary Items, Noncontrolling Interest"),
            ("IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments",
             "Income (Loss) from Continuing Operations before Income Taxes, Noncontrolling Interest"),
            ("IncomeTaxExpenseBenefit", "Income Tax Expense (Benefit)"),
            ("ProfitLoss", "Net Income (Loss), Including Portion Attributable to Noncontrolling Interest"),
            ("NetIncomeLoss", "Net Income (Loss) Attributable to Parent"),
            ("EarningsPerShareBasic", "Earnings Per Share, Basic"),
            ("EarningsPerShareDiluted", "Earnings Per Share, Diluted"),
            ("WeightedAverageNumberOfSharesOutstandingBasic", "Weighted Average Number of Shares Outstanding, Basic"),
            ("WeightedAverageNumberOfDilutedSharesOutstanding", "Weighted Average Number of Shares Outstanding, Diluted"),
        ]),
        (.balance, "Balance Sheet", [
            ("CashAndCashEquivalentsAtCarryingValue", "Cash and Cash Equivalents, at Carrying Value"),
            ("ShortTermInvestments", "Short-term Investments"),
            ("AccountsReceivableNetCurrent", "Accounts Receivable, Net, Current"),
            ("InventoryNet", "Inventory, Net"),
            ("AssetsCurrent", "Assets, Current"),
            ("PropertyPlantAndEquipmentNet", "Property, Plant and Equipment, Net"),
            ("Goodwill", "Goodwill"),
            ("IntangibleAssetsNetExcludingGoodwill", "Intangible Assets, Net (Excluding Goodwill)"),
            ("Assets", "Assets"),
            ("AccountsPayableCurrent", "Accounts Payable, Current"),
            ("LiabilitiesCurrent", "Liabilities, Current"),
            ("LongTermDebtNoncurrent", "Long-term Debt, Excluding Current Maturities"),
            ("Liabilities", "Liabilities"),
            ("CommonStockValue", "Common Stock, Value, Issued"),
            ("CommonStockSharesOutstanding", "Common Stock, Shares, Outstanding"),
            ("RetainedEarningsAccumulatedDeficit", "Retained Earnings (Accumulated Deficit)"),
            ("StockholdersEquity", "Stockholders' Equity Attributable to Parent"),
            ("StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
             "Stockholders' Equity, Including Portion Attributable to Noncontrolling Interest"),
            ("LiabilitiesAndStockholdersEquity", "Liabilities and Equity"),
        ]),
        (.cashFlow, "Statement of Cash Flows", [
            ("NetIncomeLoss", "Net Income (Loss) Attributable to Parent"),
            ("DepreciationDepletionAndAmortization", "Depreciation, Depletion and Amortization"),
            ("ShareBasedCompensation", "Share-based Compensation"),
            ("NetCashProvidedByUsedInOperatingActivities", "Net Cash Provided by (Used in) Operating Activities"),
            ("NetCashProvidedByUsedInOperatingActivitiesContinuingOperations",
             "Net Cash Provided by (Used in) Operating Activities, Continuing Operations"),
            ("PaymentsToAcquirePropertyPlantAndEquipment", "Payments to Acquire Property, Plant, and Equipment"),
            ("PaymentsToAcquireProductiveAssets", "Payments to Acquire Productive Assets"),
            ("PaymentsForProceedsFromProductiveAssets", "Payments for (Proceeds from) Productive Assets"),
            ("NetCashProvidedByUsedInInvestingActivities", "Net Cash Provided by (Used in) Investing Activities"),
            ("NetCashProvidedByUsedInInvestingActivitiesContinuingOperations",
             "Net Cash Provided by (Used in) Investing Activities, Continuing Operations"),
            ("PaymentsOfDividends", "Payments of Dividends"),
            ("PaymentsOfDividendsCommonStock", "Payments of Ordinary Dividends, Common Stock"),
            ("PaymentsForRepurchaseOfCommonStock", "Payments for Repurchase of Common Stock"),
            ("NetCashProvidedByUsedInFinancingActivities", "Net Cash Provided by (Used in) Financing Activities"),
            ("NetCashProvidedByUsedInFinancingActivitiesContinuingOperations",
             "Net Cash Provided by (Used in) Financing Activities, Continuing Operations"),
            ("EffectOfExchangeRateOnCashAndCashEquivalents", "Effect of Exchange Rate on Cash and Cash Equivalents"),
            ("EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents",
             "Effect of Exchange Rate on Cash, Cash Equivalents, Restricted Cash and Restricted Cash Equivalents"),
            ("CashAndCashEquivalentsPeriodIncreaseDecrease", "Cash and Cash Equivalents, Period Increase (Decrease)"),
            ("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
             "Cash, Cash Equivalents, Restricted Cash and Restricted Cash Equivalents, Period Increase (Decrease), Including Exchange Rate Effect"),
        ]),
    ]
}
