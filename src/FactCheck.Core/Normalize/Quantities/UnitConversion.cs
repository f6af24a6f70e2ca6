using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Converts a figure between two units of one kind, from the sizes quantity-units.txt gives each
/// canonical unit: "120 mph" is 193.1 km/h, "18 inches" 45.72 cm. Currencies never convert (their
/// rate changes by the day), nor does a unit the list gives no size. A word that names different
/// sizes in different places ("ton") has a nominal size and the span of sizes it may mean.
/// </summary>
public static class UnitConversion
{
    private static readonly Dictionary<string, UnitSize> Units = Read();

    /// <summary>Whether figures in <paramref name="a"/> and <paramref name="b"/> can be compared after conversion (two different units of one kind).</summary>
    public static bool Convertible(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal)
        && Units.TryGetValue(a, out var ua) && Units.TryGetValue(b, out var ub) && ua.Kind == ub.Kind;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are one size of one kind: two names of one scale.</summary>
    public static bool OfOneSize(string? a, string? b) =>
        a is not null && b is not null && Units.TryGetValue(a, out var ua) && Units.TryGetValue(b, out var ub) && ua == ub;

    /// <summary>The kind of measure <paramref name="unit"/> is of ("l": volume); null for a unit of no kind here (a counted noun).</summary>
    public static MeasureKind? KindOf(string? unit) => unit is not null && Units.TryGetValue(unit, out var u) ? u.Kind : null;

    /// <summary>Whether <paramref name="unit"/> counts from an arbitrary zero (°C, °F), so that shares of it mean nothing.</summary>
    public static bool HasOffset(string? unit) => unit is not null && Units.TryGetValue(unit, out var u) && OffsetKinds.Contains(u.Kind);

    // Kinds measured from an arbitrary zero: any of their units has an offset (°C is the base, °F is offset from it).
    private static readonly HashSet<MeasureKind> OffsetKinds = [.. Units.Values.Where(u => u.Offset != 0).Select(u => u.Kind)];

    /// <summary>
    /// <paramref name="value"/> in <paramref name="from"/> expressed in <paramref name="to"/>; null when the two
    /// do not convert. A <paramref name="change"/> ("rose 9 °F") converts without the temperature offset.
    /// </summary>
    public static decimal? Convert(decimal value, string from, string to, bool change = false)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return value;
        }

        if (!Convertible(from, to))
        {
            return null;
        }

        var (fromUnit, toUnit) = (Units[from], Units[to]);
        return Converted(value, fromUnit.Size, fromUnit.Offset, toUnit.Size, toUnit.Offset, change);
    }

    /// <summary>
    /// Every value <paramref name="value"/> in <paramref name="from"/> may be in <paramref name="to"/>, lowest
    /// and highest, for units that name a span of sizes: "5,000 tons" is 4,536–5,080 tonnes. A unit of one size
    /// gives one value twice; null when the two do not convert.
    /// </summary>
    public static (decimal Low, decimal High)? ConvertSpan(decimal value, string from, string to, bool change = false)
    {
        if (Convert(value, from, to, change) is not { } nominal)
        {
            return null;
        }

        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return (nominal, nominal);
        }

        var (fromUnit, toUnit) = (Units[from], Units[to]);
        decimal?[] ends =
        [
            Converted(value, fromUnit.Low, fromUnit.Offset, toUnit.High, toUnit.Offset, change),
            Converted(value, fromUnit.High, fromUnit.Offset, toUnit.Low, toUnit.Offset, change),
        ];
        return ends.All(e => e is not null)
            ? (Math.Min(nominal, Math.Min(ends[0]!.Value, ends[1]!.Value)), Math.Max(nominal, Math.Max(ends[0]!.Value, ends[1]!.Value)))
            : (nominal, nominal);
    }

    private static decimal? Converted(decimal value, decimal fromSize, decimal fromOffset, decimal toSize, decimal toOffset, bool change)
    {
        try
        {
            var inBase = (value * fromSize) + (change ? 0 : fromOffset);
            return (inBase - (change ? 0 : toOffset)) / toSize;
        }
        catch (OverflowException)
        {
            return null; // light years in picometres: no figure in the news needs it
        }
    }

    /// <summary>A unit's kind, its nominal size in the kind's base unit, the lowest and highest sizes it may mean, and its offset.</summary>
    private sealed record UnitSize(MeasureKind Kind, decimal Size, decimal Low, decimal High, decimal Offset);

    private static Dictionary<string, UnitSize> Read()
    {
        var units = new Dictionary<string, UnitSize>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Entries("quantity-units"))
        {
            var parts = entry.Split('|');
            if (parts.Length < 4)
            {
                continue;
            }

            // "1000~907.18474~1016.0469088": a nominal size, then the lowest and highest the word may mean.
            var sizes = parts[3].Split('~').Select(p => decimal.Parse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            var (size, low, high) = sizes.Length == 3 ? (sizes[0], sizes[1], sizes[2]) : (sizes[0], sizes[0], sizes[0]);
            var offset = parts.Length > 4 ? decimal.Parse(parts[4].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
            units.TryAdd(parts[1].Trim(), new UnitSize(Enum.Parse<MeasureKind>(parts[2].Trim()), size, low, high, offset));
        }

        // A race's time in its own notation ("clocked 5:43.8") is a span in seconds: "5 minutes 48.3 seconds" is one of it.
        if (units.TryGetValue("second", out var second))
        {
            units.TryAdd(TimeTakenReader.Unit, second);
        }

        return units;
    }
}
