import Testing
@testable import Identification

@Suite struct SlugTests {
    @Test func printedLabelsBecomeSlugs() {
        #expect(Slug.make("Purchases of property, plant and equipment (PP&E)") == "purchases-of-property-plant-and-equipment-pp-and-e")
        #expect(Slug.make("Total shareholders’ equity (deficit)") == "total-shareholders-equity-deficit")
        #expect(Slug.make("NET INCOME ATTRIBUTABLE TO COSTCO") == "net-income-attributable-to-costco")
        #expect(Slug.make("Property, plant and equipment — net") == "property-plant-and-equipment-net")
        #expect(Slug.make("") == "")
    }
}
