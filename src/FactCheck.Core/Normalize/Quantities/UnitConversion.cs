using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Converts a figure between two units of one kind, from the sizes quantity-units.txt gives each
/// canonical unit: "120 mph" is 193.1 km/h, "18 inches" 45.72 cm. Currencies never convert (their
/// rate changes by the day), nor does a unit the list gives no size.
/// </summary>
public static class UnitConversion
{
    private static readonly Dictionary<string, (MeasureKind Kind, decimal Size, decimal Offset)> Units = Read();

    /// <summary>Whether figures in <paramref name="a"/> and <paramref name="b"/> can be compared after conversion (two different units of one kind).</summary>
    public static bool Convertible(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal)
        && Units.TryGetValue(a, out var ua) && Units.TryGetValue(b, out var ub) && ua.Kind == ub.Kind;

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

        var (_, fromSize, fromOffset) = Units[from];
        var (_, toSize, toOffset) = Units[to];
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

    private static Dictionary<string, (MeasureKind, decimal, decimal)> Read()
    {
        var units = new Dictionary<string, (MeasureKind, decimal, decimal)>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Entries("quantity-units"))
        {
            var parts = entry.Split('|');
            if (parts.Length < 4)
            {
                continue;
            }

            var size = decimal.Parse(parts[3].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            var offset = parts.Length > 4 ? decimal.Parse(parts[4].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
            units.TryAdd(parts[1].Trim(), (Enum.Parse<MeasureKind>(parts[2].Trim()), size, offset));
        }

        return units;
    }
}
