using System.Globalization;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// An ordinal in a text: a position ("11th", "twenty-fifth" → 25) or a position relative to the
/// start, the end or the current item ("last" → end+0, "next to last" → end-1, "next" → current+1).
/// </summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Position">The position for an absolute ordinal; null for a relative one.</param>
/// <param name="RelativeTo">"start" for an absolute ordinal, else "end" or "current".</param>
/// <param name="Offset">The position for an absolute ordinal, else the offset from <paramref name="RelativeTo"/>.</param>
public sealed record OrdinalMatch(TextSpan Span, decimal? Position, string RelativeTo, decimal Offset);

/// <summary>Finds ordinals. The news extractor leaves them to the event extractor ("third round"); the number stages use them in ranges ("between the tenth and the fifteenth").</summary>
public static class OrdinalRecognizer
{
    private static readonly PhraseMatcher<(string RelativeTo, int Offset)> Relative = new(ReadRelative());

    public static IReadOnlyList<OrdinalMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<OrdinalMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var wordStart = char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (wordStart && At(text, i) is { } m)
            {
                found.Add(m);
                i = m.Span.End;
                continue;
            }

            i = char.IsLetterOrDigit(c) ? SkipToken(text, i) : i + 1;
        }

        return found;
    }

    /// <summary>The ordinal starting at <paramref name="i"/>, the longer reading when both a relative phrase and a number fit.</summary>
    internal static OrdinalMatch? At(string text, int i)
    {
        var relative = Relative.MatchAt(text, i);
        (decimal Value, int End, bool Plural)? absolute = null;
        try
        {
            absolute = NumberRecognizer.OrdinalAt(text, i, allowFirstAndSecond: true);
        }
        catch (OverflowException)
        {
            absolute = null;
        }

        if (absolute is { Plural: true })
        {
            absolute = null;
        }

        if (relative is { } r && (absolute is null || r.End >= absolute.Value.End))
        {
            return new OrdinalMatch(new TextSpan(i, r.End), null, r.Value.RelativeTo, r.Value.Offset);
        }

        return absolute is { } a ? new OrdinalMatch(new TextSpan(i, a.End), a.Value, "start", a.Value) : null;
    }

    private static int SkipToken(string text, int i)
    {
        var letter = char.IsLetter(text[i]);
        while (i < text.Length && (letter ? char.IsLetter(text[i]) : char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        return Math.Max(i, i + (i < text.Length && !char.IsLetterOrDigit(text[i]) ? 0 : 1));
    }

    private static IEnumerable<(string, (string, int))> ReadRelative()
    {
        foreach (var entry in Lexicon.Entries("number-ordinal-relative"))
        {
            var parts = entry.Split('|');
            yield return (parts[0].Trim(), (parts[1].Trim(), int.Parse(parts[2].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));
        }
    }
}
