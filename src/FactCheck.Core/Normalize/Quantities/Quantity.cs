using System.Globalization;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>How a stated number bounds the true one: "more than 300" is <see cref="Above"/>.</summary>
public enum Bound
{
    Exact,
    Above,
    AtLeast,
    Below,
    AtMost,
}

/// <summary>The change a number describes, when it describes one ("rose 5%", "fell by 3 points").</summary>
public enum Direction
{
    None,
    Up,
    Down,
}

/// <summary>
/// A number as a news reader understands it: a value or an interval [Low, High], with its
/// unit, what it counts, its hedge and its bound. Not a string.
/// </summary>
/// <param name="Low">The value, or the low end of a range.</param>
/// <param name="High">The value again, or the high end of a range.</param>
/// <param name="Unit">Canonical unit: "%", "km2", "USD", "year", or the singular counted noun ("prisoner"); null when none.</param>
/// <param name="Counted">The counted noun phrase as written ("fallen soldiers' remains"); null when none.</param>
/// <param name="Approximate">Hedged: "about", "nearly", "some", "roughly".</param>
/// <param name="Bound">"more than", "at least", "up to", "fewer than".</param>
/// <param name="Each">Stated per party: "1,000 prisoners each", "apiece".</param>
/// <param name="Direction">A change rather than a level: "rose 5%".</param>
/// <param name="Prior">The level a change started from: the 5% of "rose from 5% to 7%".</param>
/// <param name="Per">What the figure is given per, for a rate: "week" of "£180,000 a week", "share" of "€38.50 per share".</param>
/// <param name="Whole">The whole a part is counted against: the 200 of "92 of the 200 seats".</param>
/// <param name="Projected">A level still to be reached: the 44 of "deliveries next year will take its fleet to 44", or one only wished for ("I'd rather see 51 saved"), aimed at ("aims to open 20 centres") or holding on a condition ("cut to £32.50 if paid within 14 days").</param>
public sealed record Quantity(
    decimal Low,
    decimal High,
    string? Unit,
    string? Counted = null,
    bool Approximate = false,
    Bound Bound = Bound.Exact,
    bool Each = false,
    Direction Direction = Direction.None,
    bool Prior = false,
    string? Per = null,
    decimal? Whole = null,
    bool Projected = false)
{
    public bool IsRange => Low != High;

    public static Quantity Of(decimal value, string? unit = null) => new(value, value, unit);

    /// <summary>The contract's symbol for <see cref="Bound"/>.</summary>
    public string BoundSymbol => Bound switch
    {
        Bound.Above => ">",
        Bound.AtLeast => ">=",
        Bound.Below => "<",
        Bound.AtMost => "<=",
        _ => "=",
    };

    /// <summary>
    /// The interval of true values the statement allows. A hedge widens a point by
    /// <paramref name="hedgeTolerance"/> (relative); a bound opens one side.
    /// </summary>
    public (decimal Low, decimal High) Admits(decimal hedgeTolerance)
    {
        var low = Low;
        var high = High;
        if (Approximate)
        {
            low -= Math.Abs(low) * hedgeTolerance;
            high += Math.Abs(high) * hedgeTolerance;
        }

        return Bound switch
        {
            Bound.Above or Bound.AtLeast => (low, decimal.MaxValue),
            Bound.Below or Bound.AtMost => (decimal.MinValue, high),
            _ => (low, high),
        };
    }

    public override string ToString()
    {
        var prefix = (Bound, Approximate) switch
        {
            (Bound.Above, _) => "> ",
            (Bound.AtLeast, _) => "≥ ",
            (Bound.Below, _) => "< ",
            (Bound.AtMost, _) => "≤ ",
            (_, true) => "≈ ",
            _ => "",
        };
        prefix = (Prior ? "from " : Projected ? "future " : "") + prefix;
        var value = IsRange ? $"{Format(Low)}–{Format(High)}" : Format(Low);
        if (Unit == TimeTakenReader.Unit)
        {
            var taken = IsRange ? $"{TimeTakenReader.Format(Low)}–{TimeTakenReader.Format(High)}" : TimeTakenReader.Format(Low);
            return $"{prefix}{Unit} {taken}"; // "time taken 8:14.83"
        }

        if (Unit == PlacingReader.Unit && !IsRange)
        {
            return $"{prefix}{PlacingReader.Format(Low)} {Unit}"; // "2nd place"
        }

        if (UnitLexicon.IsNamedBefore(Unit))
        {
            return $"{prefix}{Unit} {value}"; // "magnitude 7.1", "category 3", "match minute 63"
        }

        var unit = Unit is null ? "" : Unit == "%" ? "%" : " " + Unit;
        return prefix + value + unit + (Per is null ? "" : " per " + Per) + (Each ? " each" : "");
    }

    private static string Format(decimal d) => d.ToString("#,0.############", CultureInfo.InvariantCulture);
}
