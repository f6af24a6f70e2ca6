using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>What a measured quantity measures.</summary>
public enum MeasureKind
{
    Percent,
    Currency,
    Length,
    Area,
    Volume,
    Weight,
    Speed,
    Information,
    Angle,
    Temperature,
    Power,
    Energy,
    Duration,
    Age,

    /// <summary>A reading on a graded scale: an earthquake's magnitude, a hurricane's category.</summary>
    Rating,

    /// <summary>A point in a sequence: the minute of a game.</summary>
    Position,
}

/// <summary>A unit as the lexicon knows it: its canonical name, its kind, and for currencies whether the form names one currency for sure.</summary>
/// <param name="Unit">Canonical unit ("km2", "USD", "%").</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Certain">For currencies: the form names exactly one currency (not a bare "$").</param>
/// <param name="Multiplier">A scale folded into the form ("MUSD" is a million dollars).</param>
public sealed record UnitInfo(string Unit, MeasureKind Kind, bool Certain = true, decimal Multiplier = 1);

/// <summary>The units, currencies and percent words, read once from quantity-units.txt and quantity-currencies.txt.</summary>
internal static class UnitLexicon
{
    /// <summary>Units of measure written after a number ("26,700 square kilometers", "5 kg").</summary>
    public static PhraseMatcher<UnitInfo> Units { get; } = new(ReadUnits());

    /// <summary>Currency forms written before an amount ("$", "C$", "€", "USD").</summary>
    public static PhraseMatcher<UnitInfo> CurrencyBefore { get; } = new(ReadCurrencies(before: true));

    /// <summary>Currency forms written after an amount ("dollars", "yen", "rubles", "USD").</summary>
    public static PhraseMatcher<UnitInfo> CurrencyAfter { get; } = new(ReadCurrencies(before: false));

    private static readonly (string Form, UnitInfo Unit)[] RatingBeforeForms =
    [
        ("magnitude", new UnitInfo("magnitude", MeasureKind.Rating)),
        ("category", new UnitInfo("category", MeasureKind.Rating)),
    ];

    /// <summary>Scales named before their reading: "magnitude 7.1", "Category 3" (whole numbers only).</summary>
    public static PhraseMatcher<UnitInfo> RatingBefore { get; } = new(RatingBeforeForms);

    /// <summary>A minute of a game's play, counted from kick-off ("the 63rd minute"): a point in the game, no duration.</summary>
    public static UnitInfo MatchMinute { get; } = new("match minute", MeasureKind.Position);

    /// <summary>Whether <paramref name="unit"/> is written before its value: a graded scale ("magnitude 7.1") or a game's minute ("match minute 63").</summary>
    public static bool IsNamedBefore(string? unit) => IsRating(unit) || unit == MatchMinute.Unit;

    /// <summary>Whether <paramref name="unit"/> is a graded scale ("magnitude", "category"): a story has one reading on it.</summary>
    public static bool IsRating(string? unit) => unit is not null && Ratings.Contains(unit);

    private static readonly HashSet<string> Ratings = new(
        ReadUnits().Concat(RatingBeforeForms).Where(u => u.Item2.Kind == MeasureKind.Rating).Select(u => u.Item2.Unit),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="unit"/> measures a span of time ("hour", "year").</summary>
    public static bool IsDuration(string? unit) => unit is not null && Durations.Contains(unit);

    private static readonly HashSet<string> Durations = new(
        ReadUnits().Where(u => u.Item2.Kind == MeasureKind.Duration).Select(u => u.Item2.Unit),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="unit"/> is a currency ("GBP", "pence").</summary>
    public static bool IsCurrency(string? unit) => unit is not null && Currencies.Contains(unit);

    private static readonly HashSet<string> Currencies = new(
        ReadCurrencies(before: true).Concat(ReadCurrencies(before: false)).Select(u => u.Item2.Unit),
        StringComparer.Ordinal);

    /// <summary>Percent words after a number; "percentage points" is a unit of its own.</summary>
    public static PhraseMatcher<UnitInfo> Percent { get; } = new(
    [
        ("%", new UnitInfo("%", MeasureKind.Percent)),
        ("％", new UnitInfo("%", MeasureKind.Percent)),
        ("percent", new UnitInfo("%", MeasureKind.Percent)),
        ("per cent", new UnitInfo("%", MeasureKind.Percent)),
        ("pct", new UnitInfo("%", MeasureKind.Percent)),
        ("pc", new UnitInfo("%", MeasureKind.Percent)), // British papers: "shares fell 12pc"
        ("percentage", new UnitInfo("%", MeasureKind.Percent)),
        ("percentage point", new UnitInfo("percentage point", MeasureKind.Percent)),
        ("percentage points", new UnitInfo("percentage point", MeasureKind.Percent)),
        ("percent point", new UnitInfo("percentage point", MeasureKind.Percent)),
        ("percent points", new UnitInfo("percentage point", MeasureKind.Percent)),

        // A basis point is a hundredth of a percentage point: "25 basis points" and "a quarter of a
        // percentage point" are one rise, so both are read in percentage points.
        ("basis point", new UnitInfo("percentage point", MeasureKind.Percent, Multiplier: 0.01m)),
        ("basis points", new UnitInfo("percentage point", MeasureKind.Percent, Multiplier: 0.01m)),
        ("bp", new UnitInfo("percentage point", MeasureKind.Percent, Multiplier: 0.01m)),
        ("bps", new UnitInfo("percentage point", MeasureKind.Percent, Multiplier: 0.01m)),
    ],
    caseSensitive: new HashSet<string>(StringComparer.Ordinal) { "bp", "bps" });

    private static IEnumerable<(string, UnitInfo)> ReadUnits()
    {
        foreach (var entry in Lexicon.Entries("quantity-units"))
        {
            var parts = entry.Split('|');
            var kind = Enum.Parse<MeasureKind>(parts[2].Trim());
            var info = new UnitInfo(parts[1].Trim(), kind);
            foreach (var form in parts[0].Split(','))
            {
                yield return (form.Trim(), info);
            }
        }
    }

    private static IEnumerable<(string, UnitInfo)> ReadCurrencies(bool before)
    {
        foreach (var entry in Lexicon.Entries("quantity-currencies"))
        {
            var parts = entry.Split('|');
            var where = parts[2].Trim();
            if (where != "both" && where != (before ? "prefix" : "suffix"))
            {
                continue;
            }

            var code = parts[1].Trim().Split(' ');
            var multiplier = code.Length > 1 && NumberWords.IsScale(code[1], out var m) ? m : 1;
            var info = new UnitInfo(code[0], MeasureKind.Currency, parts[3].Trim() == "iso", multiplier);
            foreach (var form in parts[0].Split(','))
            {
                yield return (form.Trim(), info);
            }
        }
    }

    /// <summary>The multiplier of a short scale written after a currency amount ("£5m", "$3bn", "€2 mln").</summary>
    public static decimal? MoneyScale(string word) => word.ToLowerInvariant() switch
    {
        "k" => 1000m,
        "m" or "mn" or "mln" or "mio" => 1_000_000m,
        "b" or "bn" or "bln" => 1_000_000_000m,
        "tn" or "trn" => 1_000_000_000_000m,
        _ => null,
    };

    public static string Format(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
