using FactCheck.Core.Claims;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>A number stated in a source.</summary>
public sealed record QuantityClaim : Claim
{
    public required Quantity Quantity { get; init; }

    public override ClaimKind Kind => ClaimKind.Quantity;

    public override char IdPrefix => 'q';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
    {
        object value = Quantity.IsRange ? new[] { Quantity.Low, Quantity.High } : Quantity.Low;
        yield return new("value", value);
        yield return new("unit", Quantity.Unit);
        yield return new("approximate", Quantity.Approximate);
        yield return new("bound", Quantity.BoundSymbol);
        yield return new("counted", Quantity.Counted);
        if (Quantity.Each)
        {
            yield return new("each", true);
        }

        if (Quantity.Per is { } per)
        {
            yield return new("per", per);
        }

        if (Quantity.Whole is { } whole)
        {
            yield return new("of", whole);
        }

                if (Quantity.Direction != Direction.None)
        {
            yield return new("direction", Quantity.Direction == Direction.Up ? "up" : "down");
        }

        if (Quantity.Prior)
        {
            yield return new("prior", true);
        }

        if (Quantity.Projected)
        {
            yield return new("projected", true);
        }
    }

    public override string Describe() => Quantity.ToString();
}
