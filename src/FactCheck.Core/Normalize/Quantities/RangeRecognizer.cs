using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Reads comparators and ranges around the numbers of a text: "more than 30" → (30,),
/// "at least 20" → [20,), "200 or more" → [200,), "between 20 and 30" / "from 20 to 30" /
/// "20-30" → [20,30), and two one-sided bounds joined by "and", "but" or a comma →
/// one interval ("larger than 10 and smaller than 20" → (10,20)).
/// </summary>
public static class RangeRecognizer
{
    private static readonly PhraseMatcher<string> Before = new(ReadPairs("quantity-bounds"));
    private static readonly PhraseMatcher<string> After = new(ReadPairs("quantity-bounds-after"));

    private readonly record struct Value(TextSpan Span, decimal Amount);

    public static IReadOnlyList<NumberRange> Find(string text) => Find(text, NumberRecognizer.FindAll(text));

    public static IReadOnlyList<NumberRange> Find(string text, IReadOnlyList<NumberMatch> numbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numbers);
        var values = Values(text, numbers);
        var found = new List<NumberRange>();
        var i = 0;
        while (i < values.Count)
        {
            var t = values[i];
            if (i + 1 < values.Count && TwoSided(text, t.Span, t.Amount, values[i + 1].Span, values[i + 1].Amount) is { } two)
            {
                found.Add(two);
                i += 2;
                continue;
            }

            var one = OneSided(text, t);
            if (one is null)
            {
                i++;
                continue;
            }

            if (i + 1 < values.Count && OneSided(text, values[i + 1]) is { } next && Merge(text, one, next) is { } merged)
            {
                found.Add(merged);
                i += 2;
                continue;
            }

            found.Add(one);
            i++;
        }

        return found;
    }

    /// <summary>A comparator phrase ending right before <paramref name="end"/>: its start and symbol.</summary>
    internal static (int Start, string Symbol)? BoundBefore(string text, int end)
    {
        var e = TextScan.SkipSpacesBack(text, end);
        var hit = Before.MatchBefore(text, e);
        if (hit is not { } h)
        {
            return null;
        }

        // "<>30", "=<30": a sign glued to another sign is no comparator.
        if (!char.IsLetter(text[h.Start]) && h.Start > 0 && text[h.Start - 1] is '<' or '>' or '=')
        {
            return null;
        }

        // "£5bn over five years", "3% over two years": "over" right after an amount is the span it
        // accrues over, not "more than"; after a preposition it compares ("2,800 dogs from over 200 breeds").
        if (e - h.Start == 4 && string.Compare(text, h.Start, "over", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 && EndsAmount(text, h.Start)
            && TextScan.PreviousWord(text, h.Start) is not { Word: "from" or "of" or "in" or "across" or "among" or "with" or "by" or "for" })
        {
            return null;
        }

        // "A single ticket going up to 3.20": "up to" after a verb of going is the level something rises to, not "at most".
        if (e - h.Start == 5 && string.Compare(text, h.Start, "up to", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
            && TextScan.PreviousWord(text, h.Start) is { Word: "go" or "goes" or "going" or "went" or "gone" })
        {
            return null;
        }

        return (h.Start, h.Value);
    }

    /// <summary>
    /// Whether an amount stands among the four words before <paramref name="end"/>, in the same clause:
    /// a token with a digit (a bare year aside), "%" or a scale word ("million", "bn").
    /// "a 9.5% pay rise over two years" accrues; "in 2019 prices rose over 5%" and "waited over two years" compare.
    /// </summary>
    private static bool EndsAmount(string text, int end)
    {
        var e = end;
        for (var words = 0; words < 4; words++)
        {
            var gapEnd = e;
            e = TextScan.SkipSpacesBack(text, e);
            if (e == 0 || e == gapEnd && words > 0 || text.AsSpan(e, gapEnd - e).ContainsAny('\n', '\r') || (!char.IsLetterOrDigit(text[e - 1]) && text[e - 1] != '%'))
            {
                return false; // a line or clause ends here, or the text begins
            }

            var s = e;
            while (s > 0 && !TextScan.IsSpace(text[s - 1]))
            {
                s--;
            }

            var token = text.AsSpan(s, e - s);
            if (IsAmount(token))
            {
                return true;
            }

            e = s;
        }

        return false;

        static bool IsAmount(ReadOnlySpan<char> token) =>
            (token.ContainsAny("0123456789%") && !(token.Length == 4 && int.TryParse(token, out var year) && year is >= 1800 and < 2200))
            || UnitLexicon.MoneyScale(token.ToString()) is not null
            || NumberWords.IsScale(token.ToString().ToLowerInvariant(), out _);
    }

    /// <summary>A comparator phrase right after a number ("or more"): its end and symbol; none when a number follows it.</summary>
    internal static (int End, string Symbol)? BoundAfter(string text, int end)
    {
        var s = TextScan.SkipSpaces(text, end);
        if (s == end || After.MatchAt(text, s) is not { } hit)
        {
            return null;
        }

        var next = TextScan.SkipSpaces(text, hit.End);
        var word = TextScan.NextWord(text, hit.End);
        if (word is { Word: "than" or "to" } || (next < text.Length && (char.IsAsciiDigit(text[next]) || NumberRecognizer.ParseAt(text, next) is not null)))
        {
            return null;
        }

        return (hit.End, hit.Value);
    }

    private static List<Value> Values(string text, IReadOnlyList<NumberMatch> numbers)
    {
        var values = numbers.Where(n => n.IsStandalone && !n.InSequence).Select(n => new Value(n.Span, n.Value)).ToList();
        var covered = new HashSet<int>(values.Select(v => v.Span.Start));

        // "the tenth" in "between the tenth and the fifteenth"
        var at = 0;
        while ((at = text.IndexOf("the ", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                var s = TextScan.SkipSpaces(text, at + 3);
                if (OrdinalRecognizer.At(text, s) is { Position: { } p } o && !covered.Contains(o.Span.Start))
                {
                    values.Add(new Value(new TextSpan(at, o.Span.End), p));
                }
            }

            at += 4;
        }

        values.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return values;
    }

    /// <summary>"between A and B", "from A to B", "A-B", "A to B", "A~B", with A below B; A and B may be numbers or measures.</summary>
    internal static NumberRange? TwoSided(string text, TextSpan a, decimal aAmount, TextSpan b, decimal bAmount)
    {
        if (aAmount >= bAmount || b.Start < a.End)
        {
            return null;
        }

        if (b.Start - a.End > 12)
        {
            return null; // no connector is longer than " and "/" to " with a little white space
        }

        var gap = text[a.End..b.Start].Trim();
        var start = a.Start;
        var before = TextScan.PreviousWord(text, a.Start);
        switch (gap.ToLowerInvariant())
        {
            case "-" or "–" or "—" or "~" or "to":
                if (gap.Length == 1 && gap != "~" && text[a.End..b.Start].Length > 3)
                {
                    return null;
                }

                if (gap.Equals("to", StringComparison.OrdinalIgnoreCase) && before is { Word: "from" } from)
                {
                    start = from.Start;
                }

                break;
            case "and":
                if (before is not { Word: "between" } between)
                {
                    return null;
                }

                start = between.Start;
                break;
            default:
                return null;
        }

        return new NumberRange(new TextSpan(start, b.End), aAmount, true, bAmount, false, [a, b]) { TwoSided = true };
    }

    private static NumberRange? OneSided(string text, Value v)
    {
        var before = BoundBefore(text, v.Span.Start);
        var after = BoundAfter(text, v.Span.End);
        var symbol = (before?.Symbol, after?.Symbol) switch
        {
            (null, null) => null,
            (null, "=") => null,
            (null, var s) => s,
            (var s, null) => s,
            (">", "=") => ">=",
            ("<", "=") => "<=",
            ("=", var s) => s,
            (var s, _) => s,
        };
        if (symbol is null)
        {
            return null;
        }

        var start = before?.Start ?? v.Span.Start;
        var end = after is { } af && (before is null || after.Value.Symbol == "=" || before.Value.Symbol == "=") ? af.End : v.Span.End;
        if (before is null && after is { } only)
        {
            end = only.End;
        }

        var span = new TextSpan(start, end);
        return symbol switch
        {
            ">" => new NumberRange(span, v.Amount, false, null, false, [v.Span]),
            ">=" => new NumberRange(span, v.Amount, true, null, false, [v.Span]),
            "<" => new NumberRange(span, null, false, v.Amount, false, [v.Span]),
            "<=" => new NumberRange(span, null, false, v.Amount, true, [v.Span]),
            _ => new NumberRange(span, v.Amount, true, v.Amount, true, [v.Span]),
        };
    }

    /// <summary>"larger than 10 and smaller than 20", "at most 100 and at least 20": a lower and an upper bound make one interval.</summary>
    private static NumberRange? Merge(string text, NumberRange a, NumberRange b)
    {
        if (b.Span.Start < a.Span.End)
        {
            return null;
        }

        if (b.Span.Start - a.Span.End > 12)
        {
            return null;
        }

        var gap = text[a.Span.End..b.Span.Start].Trim().ToLowerInvariant();
        if (gap is not ("and" or "but" or "," or ", and" or ", but"))
        {
            return null;
        }

        var (lower, upper) = (a.High is null && a.Low is not null, b.Low is null && b.High is not null) switch
        {
            (true, true) => (a, b),
            _ when b.High is null && b.Low is not null && a.Low is null && a.High is not null => (b, a),
            _ => (null, null),
        };
        if (lower is null || upper is null || lower.Low >= upper.High)
        {
            return null;
        }

        return new NumberRange(new TextSpan(a.Span.Start, b.Span.End), lower.Low, lower.LowClosed, upper.High, upper.HighClosed, [.. a.Values, .. b.Values]);
    }

    private static IEnumerable<(string, string)> ReadPairs(string list)
    {
        foreach (var entry in Lexicon.Entries(list))
        {
            var bar = entry.LastIndexOf('|');
            yield return (entry[..bar].Trim(), entry[(bar + 1)..].Trim());
        }
    }
}
