using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>The number vocabulary (cardinal, scale, ordinal and suffix words), read once from the Data word lists.</summary>
internal static class NumberWords
{
    /// <summary>"one" → 1 … "ninety" → 90.</summary>
    public static IReadOnlyDictionary<string, decimal> Cardinals { get; } = Pairs("number-cardinals");

    /// <summary>"hundred" → 100, "million" → 1e6, with plural forms ("millions").</summary>
    public static IReadOnlyDictionary<string, decimal> Scales { get; } = WithPlurals(Pairs("number-scales"));

    /// <summary>"first" → 1 … "trillionth" → 1e12 (singular forms).</summary>
    public static IReadOnlyDictionary<string, decimal> Ordinals { get; } = Pairs("number-ordinals");

    /// <summary>Scale suffixes after digits: form (case-sensitive), value, whether it may stand after a space, whether it may be glued.</summary>
    public static IReadOnlyList<(string Form, decimal Value, bool Spaced, bool Glued)> Suffixes { get; } = ReadSuffixes();

    public static bool IsScale(string word, out decimal value) => Scales.TryGetValue(word, out value);

    /// <summary>An ordinal in digits with its suffix, as results and dates write one: "1st", "2nd", "11th", "23rd".</summary>
    public static string InDigits(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static bool IsDozen(string word) => word is "dozen" or "dozens" or "doz" or "dozs";

    /// <summary>
    /// A fraction's denominator word: "fifth"/"fifths" → 5, "half"/"halves" → 2, "quarter"/"quarters" → 4.
    /// <paramref name="plural"/> says whether it was plural. "first" and "second" alone are excluded by the caller.
    /// </summary>
    public static bool IsOrdinal(string word, out decimal value, out bool plural)
    {
        plural = false;
        switch (word)
        {
            case "half":
                value = 2;
                return true;
            case "halves":
                value = 2;
                plural = true;
                return true;
            case "quarter":
                value = 4;
                return true;
            case "quarters":
                value = 4;
                plural = true;
                return true;
        }

        if (Ordinals.TryGetValue(word, out value))
        {
            return true;
        }

        if (word.Length > 3 && word[^1] == 's' && Ordinals.TryGetValue(word[..^1], out value))
        {
            plural = true;
            return true;
        }

        value = 0;
        return false;
    }

    private static Dictionary<string, decimal> Pairs(string list)
    {
        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Entries(list))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[parts[0].ToLowerInvariant()] = decimal.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return map;
    }

    private static Dictionary<string, decimal> WithPlurals(Dictionary<string, decimal> map)
    {
        foreach (var (word, value) in map.ToList())
        {
            if (!word.EndsWith('s'))
            {
                map.TryAdd(word + "s", value);
            }
        }

        return map;
    }

    private static List<(string, decimal, bool, bool)> ReadSuffixes()
    {
        var list = new List<(string, decimal, bool, bool)>();
        foreach (var entry in Lexicon.Entries("number-suffixes"))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var flag = parts.Length > 2 ? parts[2] : "";
            list.Add((parts[0], decimal.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture), flag != "glued", flag != "spaced"));
        }

        return [.. list.OrderByDescending(s => s.Item1.Length)];
    }
}
