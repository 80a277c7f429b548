import Normalization
import TickmarkModel

/// What a line is to the checks: the few totals they tie together, read from the line's XBRL
/// concept where it is tagged, else from its canonical concept or its printed label.
enum LineRole: Equatable {
    case totalAssets, totalLiabilities, totalEquity, totalLiabilitiesAndEquity, temporaryEquity
    case cashBeginning, cashEnd, netChangeInCash, exchangeRateEffect
    case operatingCashFlow, investingCashFlow, financingCashFlow, discontinuedCashFlow
    case netIncome, netIncomeToParent, epsBasic, sharesBasic

    static func of(_ line: Line) -> LineRole? {
        let label = LabelText.foldDroppingAsides(LigatureRepair.repaired(line.label))
        if line.xbrlDimensions.isEmpty, let concept = line.xbrlConcept {
            let name = String(concept.split(separator: ":").last ?? "")
            if let role = tagged[name] { return role }
            if name.hasPrefix("EffectOfExchangeRate") { return .exchangeRateEffect }
        }
        // "Net change in cash overdraft" is a financing line, not the net change in cash.
        if label.contains("overdraft") { return nil }
        if let role = byLabel(label) { return role }
        if let concept = line.concept, let role = canonical[concept] { return role }
        return nil
    }

    private static let tagged: [String: LineRole] = [
        "Assets": .totalAssets, "Liabilities": .totalLiabilities,
        "StockholdersEquity": .totalEquity, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest": .totalEquity,
        "Equity": .totalEquity, "EquityAttributableToOwnersOfParent": .totalEquity,
        "LiabilitiesAndStockholdersEquity": .totalLiabilitiesAndEquity, "EquityAndLiabilities": .totalLiabilitiesAndEquity,
        "TemporaryEquityCarryingAmountAttributableToParent": .temporaryEquity,
        "TemporaryEquityCarryingAmountIncludingPortionAttributableToNoncontrollingInterests": .temporaryEquity,
        "RedeemableNoncontrollingInterestEquityCarryingAmount": .temporaryEquity,
        "CashAndCashEquivalentsPeriodIncreaseDecrease": .netChangeInCash,
        "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect": .netChangeInCash,
        "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseExcludingExchangeRateEffect": .netChangeInCash,
        "IncreaseDecreaseInCashAndCashEquivalents": .netChangeInCash,
        "EffectOfExchangeRateOnCashAndCashEquivalents": .exchangeRateEffect,
        "EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents": .exchangeRateEffect,
        "EffectOfExchangeRateChangesOnCashAndCashEquivalents": .exchangeRateEffect,
        "NetCashProvidedByUsedInOperatingActivities": .operatingCashFlow, "CashFlowsFromUsedInOperatingActivities": .operatingCashFlow,
        "NetCashProvidedByUsedInInvestingActivities": .investingCashFlow, "CashFlowsFromUsedInInvestingActivities": .investingCashFlow,
        "NetCashProvidedByUsedInFinancingActivities": .financingCashFlow, "CashFlowsFromUsedInFinancingActivities": .financingCashFlow,
        "ProfitLoss": .netIncome, "NetIncomeLoss": .netIncomeToParent, "ProfitLossAttributableToOwnersOfParent": .netIncomeToParent,
        "EarningsPerShareBasic": .epsBasic, "BasicEarningsLossPerShare": .epsBasic,
        "WeightedAverageNumberOfSharesOutstandingBasic": .sharesBasic,
        "WeightedAverageShares": .sharesBasic,
    ]

    private static let canonical: [String: LineRole] = [
        "total_assets": .totalAssets, "total_liabilities": .totalLiabilities, "total_equity": .totalEquity,
        "total_liabilities_and_equity": .totalLiabilitiesAndEquity,
        "cash_beginning_of_period": .cashBeginning, "cash_end_of_period": .cashEnd, "net_change_in_cash": .netChangeInCash,
        "net_cash_from_operating": .operatingCashFlow, "net_cash_from_investing": .investingCashFlow,
        "net_cash_from_financing": .financingCashFlow,
        "net_income": .netIncome, "net_income_attributable_to_parent": .netIncomeToParent,
        "eps_basic": .epsBasic, "weighted_average_shares_basic": .sharesBasic,
    ]

    /// Labels the canonical mapping leaves alone (read first, as they are narrower): exchange-rate
    /// effects, discontinued operations' cash flows, cash at the start or end under other
    /// wordings, IFRS "profit for the period", temporary equity.
    private static func byLabel(_ label: String) -> LineRole? {
        // "Changes in operating assets and liabilities, excluding effect of … currency" is no such effect.
        if (label.contains("exchange rate") || label.contains("currency")) && (label.contains("effect") || label.hasPrefix("impact")),
           !label.contains("excluding") {
            return .exchangeRateEffect
        }
        if label.contains("discontinued") && (label.hasPrefix("net cash") || label.hasPrefix("cash provided") || label.hasPrefix("cash used")) {
            return .discontinuedCashFlow
        }
        let cash = label.hasPrefix("cash") || label.hasPrefix("balance")
        if cash && (label.contains("beginning") || label.contains("start of")) { return .cashBeginning }
        if cash && (label.contains("end of") || label.contains("ending")) { return .cashEnd }
        let change = ["net increase", "net decrease", "net change", "increase", "decrease", "change"]
        if change.contains(where: label.hasPrefix) && label.contains(" in cash") { return .netChangeInCash }
        if label.hasPrefix("profit for the") || label.hasPrefix("net profit for the") || label == "profit" { return .netIncome }
        if label.hasPrefix("redeemable") || label.hasPrefix("temporary equity") || label.hasPrefix("mezzanine") {
            return .temporaryEquity
        }
        return nil
    }
}
