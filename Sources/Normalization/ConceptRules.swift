import TickmarkModel

/// The label patterns of `ConceptMapper`, by statement kind; the first matching rule wins.
enum ConceptRules {
    /// One pattern row: a concept, the statements it occurs in and the folded labels it matches.
    struct Rule: Sendable {
        var concept: String
        var kinds: Set<StatementKind>
        /// Whole labels that match exactly.
        var labels: [String]
        /// Label beginnings that match.
        var prefixes: [String] = []

        func matches(_ text: String) -> Bool {
            labels.contains(text) || prefixes.contains { text.hasPrefix($0) }
        }
    }

    static let income: Set<StatementKind> = [.income]
    static let balance: Set<StatementKind> = [.balance]
    static let cashFlow: Set<StatementKind> = [.cashFlow]

    static let all: [Rule] = [
        Rule(concept: "revenue", kinds: income,
             labels: ["revenue", "revenues", "total revenue", "total revenues", "net revenue", "net revenues",
                      "total net revenue", "total net revenues", "net sales", "total net sales", "sales",
                      "net sales and revenues", "total net sales and revenue", "revenues net", "net operating revenues"]),
        Rule(concept: "cost_of_revenue", kinds: income,
             labels: ["cost of revenue", "cost of revenues", "total cost of revenue", "total cost of revenues",
                      "cost of sales", "total cost of sales", "cost of goods sold", "cost of products sold",
                      "cost of net revenues"]),
        Rule(concept: "gross_profit", kinds: income, labels: ["gross profit", "gross margin", "total gross margin"]),
        Rule(concept: "operating_expenses", kinds: income,
             labels: ["total operating expenses", "operating expenses total", "total costs and expenses"]),
        Rule(concept: "operating_income", kinds: income,
             labels: ["operating income", "income from operations", "operating profit", "total operating income",
                      "earnings from operations", "loss from operations", "operating loss"]),
        Rule(concept: "research_and_development", kinds: income,
             labels: ["research and development", "research and development expense", "research development and engineering"]),
        Rule(concept: "selling_general_and_administrative", kinds: income,
             labels: ["selling general and administrative", "selling general and administrative expenses",
                      "selling general and administrative expense"]),
        Rule(concept: "interest_expense", kinds: income, labels: ["interest expense", "interest expense net"]),
        Rule(concept: "income_before_taxes", kinds: income,
             labels: [], prefixes: ["income before income taxes", "income before provision for income taxes",
                                    "earnings before income taxes", "income before taxes"]),
        Rule(concept: "income_tax_expense", kinds: income,
             labels: ["provision for income taxes", "income tax expense", "income taxes", "income tax provision",
                      "provision for taxes", "income tax expense benefit", "benefit from income taxes"]),
        Rule(concept: "net_income", kinds: [.income, .cashFlow, .comprehensiveIncome],
             labels: ["net income", "net earnings", "net loss", "net income including noncontrolling interest",
                      "net income including noncontrolling interests", "consolidated net income"]),
        Rule(concept: "cash_and_equivalents", kinds: balance,
             labels: ["cash and cash equivalents", "cash and equivalents", "cash & cash equivalents", "cash"]),
        Rule(concept: "accounts_receivable", kinds: balance, labels: [],
             prefixes: ["accounts receivable", "trade receivables", "receivables net", "trade accounts receivable"]),
        Rule(concept: "inventories", kinds: balance, labels: ["inventories", "inventory", "inventories net", "inventory net",
                                                               "merchandise inventories", "total inventories"]),
        Rule(concept: "total_current_assets", kinds: balance, labels: ["total current assets"]),
        Rule(concept: "property_plant_and_equipment_net", kinds: balance, labels: [],
             prefixes: ["property plant and equipment net", "property and equipment net", "net property plant and equipment"]),
        Rule(concept: "goodwill", kinds: balance, labels: ["goodwill"]),
        Rule(concept: "total_assets", kinds: balance, labels: ["total assets"]),
        Rule(concept: "accounts_payable", kinds: balance, labels: ["accounts payable", "trade accounts payable", "accounts payable trade"]),
        Rule(concept: "total_current_liabilities", kinds: balance, labels: ["total current liabilities"]),
        Rule(concept: "long_term_debt", kinds: balance, labels: [],
             prefixes: ["long term debt", "long term borrowings"]),
        Rule(concept: "total_liabilities", kinds: balance, labels: ["total liabilities"]),
        Rule(concept: "total_liabilities_and_equity", kinds: balance, labels: [],
             prefixes: ["total liabilities and", "total liabilities redeemable"]),
        Rule(concept: "retained_earnings", kinds: balance, labels: ["retained earnings", "accumulated deficit",
                                                                    "retained earnings accumulated deficit"]),
        Rule(concept: "total_equity_attributable_to_parent", kinds: balance, labels: [],
             prefixes: ["total stockholders equity attributable", "total shareholders equity attributable",
                        "total shareowners equity attributable"]),
        Rule(concept: "total_equity", kinds: balance,
             labels: ["total equity", "total stockholders equity", "total shareholders equity", "total shareowners equity",
                      "total stockholders equity deficit", "total shareholders equity deficit", "total deficit",
                      "total shareholders deficit", "total stockholders deficit"]),
        Rule(concept: "depreciation_and_amortization", kinds: cashFlow, labels: [],
             prefixes: ["depreciation and amortization", "depreciation amortization", "depreciation depletion and amortization"]),
        Rule(concept: "stock_based_compensation", kinds: cashFlow,
             labels: ["stock based compensation", "share based compensation", "stock based compensation expense",
                      "share based compensation expense"]),
        Rule(concept: "capital_expenditures", kinds: cashFlow, labels: ["capital expenditures", "additions to property and equipment"],
             prefixes: ["purchases of property", "purchase of property", "payments for property", "payments for acquisition of property",
                        "payments to acquire property", "purchases related to property", "purchases of premises and equipment",
                        "additions to property plant", "capital expenditures"]),
        Rule(concept: "dividends_paid", kinds: cashFlow,
             labels: ["dividends paid", "cash dividends paid", "dividends", "common stock dividends", "cash dividends"],
             prefixes: ["payments for dividends", "dividends paid", "cash dividends paid", "payments of dividends", "payment of dividends",
                        "dividends paid to", "cash dividends"]),
        Rule(concept: "share_repurchases", kinds: cashFlow, labels: [],
             prefixes: ["repurchases of common stock", "repurchase of common stock", "purchases of treasury stock",
                        "purchases of common stock", "payments for repurchase of common stock"]),
        Rule(concept: "net_change_in_cash", kinds: cashFlow, labels: [],
             prefixes: ["net increase in cash", "net decrease in cash", "net change in cash",
                        "net increase decrease in cash", "increase in cash and cash equivalents"]),
        Rule(concept: "cash_beginning_of_period", kinds: cashFlow, labels: [],
             prefixes: ["cash and cash equivalents at beginning", "cash and cash equivalents beginning",
                        "cash cash equivalents and restricted cash at beginning", "cash at beginning"]),
        Rule(concept: "cash_end_of_period", kinds: cashFlow, labels: [],
             prefixes: ["cash and cash equivalents at end", "cash and cash equivalents end",
                        "cash cash equivalents and restricted cash at end", "cash at end"]),
    ]
}
