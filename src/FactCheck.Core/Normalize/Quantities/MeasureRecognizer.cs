using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>A number with its unit: "$14.2 million", "26,700 square kilometers", "19%", "81-year-old".</summary>
/// <param name="Span">The number and its unit (and currency sign), nothing else.</param>
/// <param name="Value">The amount in the stated unit ("$14.2 million" → 14200000; "50 cents" → 50).</param>
/// <param name="Unit">What the lexicon says about the unit.</param>
/// <param name="Number">The number inside.</param>
public sealed record Measure(TextSpan Span, decimal Value, UnitInfo Unit, NumberMatch Number);

/// <summary>
/// Attaches units, currencies and percent signs to the numbers of a text, one unit per number
/// at most, left to right. A unit glued to digits counts ("180ml"); a number glued to other
/// letters, or a unit running into more digits ("m212"), does not.
/// </summary>
public static class MeasureRecognizer
{
    public static IReadOnlyList<Measure> Find(string text) => Find(text, NumberRecognizer.FindAll(text));

    public static IReadOnlyList<Measure> Find(string text, IReadOnlyList<NumberMatch> numbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numbers);
        var found = new List<Measure>();
        var consumed = 0;
        foreach (var n in numbers)
        {
            if (n.Span.Start < consumed || n.OrdinalSuffix || n.InSequence || InCode(text, n))
            {
                continue;
            }

            var m = Money(text, n, consumed) ?? After(text, n) ?? RatingBefore(text, n, consumed);
            if (m is not null)
            {
                found.Add(m);
                consumed = m.Span.End;
            }
        }

        found.AddRange(PercentOf(text, numbers, found));
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>"scp2-173m", "F-16": a number hyphened to a word with letters is part of a code.</summary>
    private static bool InCode(string text, NumberMatch n)
    {
        if (!n.Attached)
        {
            return false;
        }

        for (var i = n.Span.Start - 2; i >= 0 && char.IsLetterOrDigit(text[i]); i--)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"24 degrees" after a word about temperature is a temperature, not an angle.</summary>
    private static UnitInfo Degrees(string text, int start, UnitInfo info)
    {
        if (info.Unit != "degree")
        {
            return info;
        }

        var from = Math.Max(0, start - 60);
        var window = text.AsSpan(from, start - from);
        return window.Contains("temperat", StringComparison.OrdinalIgnoreCase) || window.Contains("weather", StringComparison.OrdinalIgnoreCase)
            || window.Contains("heat", StringComparison.OrdinalIgnoreCase) || window.Contains("cold", StringComparison.OrdinalIgnoreCase)
            ? new UnitInfo("degree", MeasureKind.Temperature)
            : info;
    }

    /// <summary>An amount after a currency sign or code: "$ 75 million", "C$100", "USD115", "£5m".</summary>
    private static Measure? Money(string text, NumberMatch n, int consumed)
    {
        var before = n.AfterLetters ? n.Span.Start : TextScan.SkipSpacesBack(text, n.Span.Start);
        if (n.Span.Start - before > 2 || (n.Value < 0 && !char.IsAsciiDigit(text[n.Span.Start])))
        {
            return null;
        }

        var hit = UnitLexicon.CurrencyBefore.MatchBefore(text, before);
        if (hit is null || hit.Value.Start < consumed)
        {
            return null;
        }

        var (start, unit) = hit.Value;
        if (n.AfterLetters && start > 0 && char.IsLetter(text[start - 1]))
        {
            return null;
        }

        var value = n.Value * unit.Multiplier;
        var end = n.Span.End;
        var w = Word(text, end, glued: n.GluedLetters);
        if (w is { } s && UnitLexicon.MoneyScale(text[s.Start..s.End]) is { } scale && !n.Scaled)
        {
            value *= scale;
            end = s.End;
        }
        else if (n.GluedLetters)
        {
            return null;
        }

        return new Measure(new TextSpan(start, end), value, unit, n);
    }

    /// <summary>
    /// Where the unit of a spelled fraction starts: past "of a" or "a" ("half a mile", "a quarter of a
    /// percentage point", "three-quarters of a point"); <paramref name="at"/> for any other number.
    /// </summary>
    private static int FractionOf(string text, NumberMatch n, int at)
    {
        if (n.Form != NumberForm.Fraction || !n.Spelled || n.Value >= 1)
        {
            return at;
        }

        var first = Word(text, at, glued: false);
        if (first is { } of && text.AsSpan(of.Start, of.End - of.Start).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            first = Word(text, TextScan.SkipSpaces(text, of.End), glued: false);
        }

        return first is { } article && text.AsSpan(article.Start, article.End - article.Start) is var a
            && (a.Equals("a", StringComparison.OrdinalIgnoreCase) || a.Equals("an", StringComparison.OrdinalIgnoreCase))
            ? TextScan.SkipSpaces(text, article.End)
            : at;
    }

    /// <summary>
    /// A reading whose scale is named just before it: "a magnitude 7.1 earthquake", "a Category 3
    /// storm". A category is a small whole number; "Category 12" or "category 2.5" is a label.
    /// </summary>
    private static Measure? RatingBefore(string text, NumberMatch n, int consumed)
    {
        if (n.AfterLetters || n.Attached || n.Spelled || n.GluedLetters)
        {
            return null;
        }

        var before = TextScan.SkipSpacesBack(text, n.Span.Start);
        if (before == n.Span.Start || n.Span.Start - before > 1 || UnitLexicon.RatingBefore.MatchBefore(text, before) is not { } hit
            || hit.Start < consumed || (hit.Start > 0 && char.IsLetter(text[hit.Start - 1])))
        {
            return null;
        }

        if (hit.Value.Unit == "category" && (n.Value != decimal.Truncate(n.Value) || n.Value is < 1 or > 5))
        {
            return null;
        }

        return new Measure(new TextSpan(hit.Start, n.Span.End), n.Value, hit.Value, n);
    }

    /// <summary>A unit after the number: "5 kg", "180ml", "six-mile", "19%", "450,000 yen", "75 USD million", "5 feet 2 inches".</summary>
    private static Measure? After(string text, NumberMatch n)
    {
        if (n.AfterLetters)
        {
            return null;
        }

        var at = n.Span.End;
        if (!n.GluedLetters)
        {
            var q = TextScan.SkipSpaces(text, at);
            if (q < text.Length && text[q] is '-' && q == at && q + 1 < text.Length && char.IsLetter(text[q + 1]))
            {
                q++;
            }
            else if (q < text.Length && text[q] is '[' or '<' or '(' && q + 1 < text.Length && char.IsLetter(text[q + 1]))
            {
                q++;
            }

            if (q - at > 3)
            {
                return null;
            }

            at = FractionOf(text, n, q);
        }

        var percent = UnitLexicon.Percent.MatchAt(text, at);
        var money = UnitLexicon.CurrencyAfter.MatchAt(text, at) ?? GluedPence(text, n, at);
        var unit = UnitLexicon.Units.MatchAt(text, at) ?? GluedTemperature(text, n, at) ?? StoneBeforePounds(text, at);
        if (money is { } mm && text[at] == '$' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
        {
            money = null; // "1 $10": the sign belongs to the next amount
        }

        var best = Pick(percent, money, unit, n);
        if (best is null)
        {
            return null;
        }

        var (end, info) = best.Value;
        if (!UnitEndsCleanly(text, end))
        {
            return null;
        }

        info = Degrees(text, n.Span.Start, info);

        var value = n.Value;
        var spanEnd = end;

        // A scale folded into the unit: "MUSD" is a million dollars, a basis point a hundredth of a point.
        value *= info.Multiplier;
        if (info.Kind == MeasureKind.Currency)
        {
            var scaleWord = TextScan.NextWord(text, end);
            if (scaleWord is { } sw && !n.Scaled && NumberWords.IsScale(sw.Word, out var scale) && scale >= 1000)
            {
                value *= scale;
                spanEnd = sw.End;
            }
            else if (info.Unit != "cent" && Cents(text, end) is { } cents)
            {
                value += cents.Value / 100;
                spanEnd = cents.End;
            }
        }
        else if (SmallerPart(text, end, info.Unit) is { } part)
        {
            value += part.Value;
            spanEnd = part.End;
        }
        else if (info.Unit == "year" && Old(text, end) is { } oldEnd)
        {
            info = new UnitInfo("age", MeasureKind.Age);
            spanEnd = oldEnd;
        }

        if (at > n.Span.End && text[at - 1] is '[' or '<' or '(' && spanEnd < text.Length && text[spanEnd] is ']' or '>' or ')'
            && (text[at - 1], text[spanEnd]) is ('[', ']') or ('<', '>'))
        {
            spanEnd++;
        }

        return new Measure(new TextSpan(n.Span.Start, spanEnd), value, info, n);
    }

    private static (int End, UnitInfo Info)? Pick((int End, UnitInfo Value)? percent, (int End, UnitInfo Value)? money, (int End, UnitInfo Value)? unit, NumberMatch n)
    {
        (int End, UnitInfo Info)? best = null;
        foreach (var c in new[] { percent, money, unit })
        {
            if (c is { } x && (best is null || x.End > best.Value.End))
            {
                best = (x.End, x.Value);
            }
        }

        // "361 million pounds" is money, "25 pounds" a weight.
        if (money is { } m2 && unit is { } u2 && m2.End == u2.End)
        {
            best = n.Scaled ? (m2.End, m2.Value) : (u2.End, u2.Value);
        }

        return best;
    }

    /// <summary>
    /// "44.2C", "111F": a capital C or F glued to the digits is a temperature, as headlines write one. Only
    /// glued: "Grade 5 C" or "Group 3 F" with a space are labels.
    /// </summary>
    private static (int End, UnitInfo Value)? GluedTemperature(string text, NumberMatch n, int at)
    {
        if (!n.GluedLetters || at != n.Span.End || at >= text.Length || text[at] is not ('C' or 'F')
            || (at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])))
        {
            return null;
        }

        return (at + 1, new UnitInfo(text[at] == 'C' ? "°C" : "°F", MeasureKind.Temperature));
    }

    /// <summary>
    /// "412p a share", "298.5p": pence glued to an amount, as British market reports write prices. Not "5p.m."
    /// or "p-value", and not a screen's lines ("1080p", "720p"): only below a thousand and not those.
    /// </summary>
    private static (int End, UnitInfo Value)? GluedPence(string text, NumberMatch n, int at)
    {
        if (!n.GluedLetters || at != n.Span.End || at >= text.Length || text[at] != 'p' || n.Value is <= 0 or >= 1000 or 480 or 720
            || (at + 1 < text.Length && (char.IsLetterOrDigit(text[at + 1]) || (text[at + 1] == '.' && at + 2 < text.Length && char.IsLetter(text[at + 2])))))
        {
            return null;
        }

        return (at + 1, Pence);
    }

    private static readonly UnitInfo Pence = UnitLexicon.CurrencyAfter.MatchAt("pence", 0)!.Value.Value;

    /// <summary>A unit must not run into more digits or a code ("m212", "L-202").</summary>
    private static bool UnitEndsCleanly(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (char.IsAsciiDigit(text[end]))
        {
            return char.IsLetterOrDigit(text[end - 1]) is false;
        }

        return !(text[end] == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    /// <summary>"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50".</summary>
    private static (decimal Value, int End)? Cents(string text, int end)
    {
        var q = TextScan.SkipSpaces(text, end);
        if (q == end)
        {
            return null;
        }

        var and = TextScan.NextWord(text, q);
        if (and is { Word: "and" })
        {
            q = TextScan.SkipSpaces(text, and.Value.End);
        }

        if (q >= text.Length || !char.IsLetterOrDigit(text[q]))
        {
            return null;
        }

        var c = NumberRecognizer.ParseAt(text, q);
        if (c is null || c.Value <= 0 || c.Value >= 100 || c.Form != NumberForm.Integer || c.GluedLetters)
        {
            return null;
        }

        var after = TextScan.NextWord(text, c.Span.End);
        if (after is { Word: "cent" or "cents" })
        {
            return (c.Value, after.Value.End);
        }

        // "15 dollars 50": a bare number under 100 after the unit, unless it has a unit of its own.
        var next = TextScan.SkipSpaces(text, c.Span.End);
        if (UnitLexicon.CurrencyAfter.MatchAt(text, next) is not null || UnitLexicon.Units.MatchAt(text, next) is not null
            || UnitLexicon.Percent.MatchAt(text, next) is not null || (next < text.Length && char.IsAsciiDigit(text[next])))
        {
            return null;
        }

        return (c.Value, c.Span.End);
    }

    // Units written with a count of a smaller one after them, and how many of it make one: "5 feet 2 inches",
    // "9st 2lb", "12lb 4oz".
    private static readonly Dictionary<string, (string[] Words, int PerUnit)> SmallerUnits = new(StringComparer.Ordinal)
    {
        ["ft"] = (["in", "inch", "inches"], 12),
        ["stone"] = (["lb", "lbs", "pound", "pounds"], 14),
        ["lb"] = (["oz", "ounce", "ounces"], 16),
    };

    /// <summary>
    /// The count of the next smaller unit after a figure in <paramref name="unit"/>, as a share of one
    /// <paramref name="unit"/>: "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches", "9st 2lb", "12lb 4oz".
    /// </summary>
    private static (decimal Value, int End)? SmallerPart(string text, int end, string unit)
    {
        if (!SmallerUnits.TryGetValue(unit, out var smaller))
        {
            return null;
        }

        var q = TextScan.SkipSpaces(text, end);
        var and = TextScan.NextWord(text, q);
        if (and is { Word: "and" })
        {
            q = TextScan.SkipSpaces(text, and.Value.End);
        }

        if (q >= text.Length || !char.IsLetterOrDigit(text[q]))
        {
            return null;
        }

        var c = NumberRecognizer.ParseAt(text, q);
        if (c is null || c.Value <= 0 || c.Value >= smaller.PerUnit)
        {
            return null;
        }

        var word = TextScan.NextWord(text, c.Span.End);
        return word is { } w && smaller.Words.Contains(w.Word, StringComparer.OrdinalIgnoreCase) ? (c.Value / smaller.PerUnit, w.End) : null;
    }

    /// <summary>
    /// "st" for stone, as British weights write it, only where pounds follow ("9st 2lb", "9 st 2 lb"): elsewhere
    /// "st" after a figure is an ordinal's ending or a street.
    /// </summary>
    private static (int End, UnitInfo Value)? StoneBeforePounds(string text, int at)
    {
        if (at + 2 > text.Length || !text.AsSpan(at, 2).Equals("st", StringComparison.OrdinalIgnoreCase)
            || (at + 2 < text.Length && char.IsLetterOrDigit(text[at + 2])) || SmallerPart(text, at + 2, "stone") is null)
        {
            return null;
        }

        return (at + 2, new UnitInfo("stone", MeasureKind.Weight));
    }

    /// <summary>"81-year-old", "81 years old": the end of "old".</summary>
    private static int? Old(string text, int end)
    {
        var q = end;
        if (q < text.Length && text[q] == '-')
        {
            q++;
        }

        var w = TextScan.NextWord(text, q);
        return w is { Word: "old" } o && (o.Start == q || q == end) ? o.End : null;
    }

    private static (int Start, int End)? Word(string text, int end, bool glued)
    {
        var s = glued ? end : TextScan.SkipSpaces(text, end);
        if (s >= text.Length || !char.IsLetter(text[s]) || (!glued && s - end > 1))
        {
            return null;
        }

        return (s, TextScan.WordEnd(text, s));
    }

    /// <summary>"percent of 10", "per cent of twenty-two": the suite's reversed percent, only where no number stands before.</summary>
    private static IEnumerable<Measure> PercentOf(string text, IReadOnlyList<NumberMatch> numbers, List<Measure> measures)
    {
        HashSet<NumberMatch>? measured = null;
        HashSet<int>? ends = null;
        foreach (var n in numbers)
        {
            var of = TextScan.PreviousWord(text, n.Span.Start);
            if (of is not { Word: "of" })
            {
                continue;
            }

            measured ??= new HashSet<NumberMatch>(measures.Select(m => m.Number), ReferenceEqualityComparer.Instance);
            if (measured.Contains(n))
            {
                continue;
            }

            var pct = TextScan.PreviousWord(text, of.Value.Start);
            if (pct is not { Word: "percent" or "cent" })
            {
                continue;
            }

            var start = pct.Value.Start;
            if (pct.Value.Word == "cent")
            {
                var per = TextScan.PreviousWord(text, pct.Value.Start);
                if (per is not { Word: "per" })
                {
                    continue;
                }

                start = per.Value.Start;
            }

            var prev = TextScan.SkipSpacesBack(text, start);
            ends ??= [.. numbers.Select(x => x.Span.End)];
            if (prev > 0 && (char.IsAsciiDigit(text[prev - 1]) || ends.Contains(prev)))
            {
                continue;
            }

            yield return new Measure(new TextSpan(start, n.Span.End), n.Value, new UnitInfo("%", MeasureKind.Percent), n);
        }
    }
}
