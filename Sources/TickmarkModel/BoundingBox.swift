/// A rectangle in PDF points with a top-left origin: `x0 < x1`, `y0 < y1`, y grows downward.
public struct BoundingBox: Codable, Sendable, Hashable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Rounded to 0.01 pt so that emitted JSON does not carry float noise.
    public var rounded: BoundingBox {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return BoundingBox(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }

    // Encoded as the contract's `[x0, y0, x1, y1]`.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        self.init(x0: try c.decode(Double.self), y0: try c.decode(Double.self),
                  x1: try c.decode(Double.self), y1: try c.decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        let b = rounded
        try c.encode(b.x0)
        try c.encode(b.y0)
        try c.encode(b.x1)
        try c.encode(b.y1)
    }
}
