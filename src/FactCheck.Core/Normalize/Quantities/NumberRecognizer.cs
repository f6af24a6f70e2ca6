using System.Buffers;
using System.Globalization;
using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Finds numbers in text: digits with separators and decimals ("1,000", ".08", "1.111,11"),
/// spelled numbers ("one hundred and sixty-one", "three lakh crore", "half a dozen"), mixed
/// forms ("1.5 million", "4 thousand 3 hundred and 21", "10k"), fractions ("two thirds",
/// "10 1/2", "one over three"), powers ("1e10") and signs ("minus 5"). One left-to-right pass;
/// each attempt reads a bounded number of tokens, so the cost is linear in the text.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>Numbers as the suite's number model reports them (see <see cref="NumberMatch.IsStandalone"/>).</summary>
    public static IReadOnlyList<NumberMatch> Find(string text) => [.. FindAll(text).Where(m => m.IsStandalone)];

    /// <summary>Every number, including those glued to units or letters, for the quantity stages to judge.</summary>
    public static IReadOnlyList<NumberMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new NumberParser(text).Scan();
    }

    /// <summary>A spelled or mixed number starting exactly at <paramref name="start"/>, if one does.</summary>
    internal static NumberMatch? ParseAt(string text, int start) => new NumberParser(text).ParseAt(start);

    /// <summary>An ordinal phrase ("twenty-fifth", "one hundred and fifth", "11th") at <paramref name="start"/>.</summary>
    internal static (decimal Value, int End, bool Plural)? OrdinalAt(string text, int start, bool allowFirstAndSecond) =>
        new NumberParser(text).OrdinalPhrase(start, allowFirstAndSecond);
}

/// <summary>The recursive-descent reader behind <see cref="NumberRecognizer"/>; one instance per text.</summary>
internal sealed class NumberParser(string text)
{
    private const string Vulgar = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";

    private static readonly decimal[] VulgarValues =
    [
        0.5m, 1m / 3, 2m / 3, 0.25m, 0.75m, 0.2m, 0.4m, 0.6m, 0.8m, 1m / 6, 5m / 6, 0.125m, 0.375m, 0.625m, 0.875m,
    ];

    private enum Atom
    {
        None,
        A,
        Zero,
        Unit,
        Teen,
        Tens,
        Digits,
        Hundred,
        Scale,
        Dozen,
        And,
        Point,
    }

    public List<NumberMatch> Scan()
    {
        var found = new List<NumberMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128 && QuietCharacters[c])
            {
                i++;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                // The rest of a word, or a word that is no start word and opens no web address, is skipped whole.
                var wordEnd = TextScan.WordEnd(text, i);
                if ((i > 0 && char.IsLetter(text[i - 1])) || !MayOpen(text.AsSpan(i, wordEnd - i)))
                {
                    i = wordEnd;
                    continue;
                }
            }

            if (UrlEnd(i) is { } urlEnd)
            {
                i = urlEnd;
                continue;
            }

            if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && Sequence(i, found) is { } seqEnd)
            {
                i = seqEnd;
                continue;
            }

            if (StartsNumber(i))
            {
                NumberMatch? m = null;
                try
                {
                    m = ParseAt(i);
                }
                catch (OverflowException)
                {
                    m = null;
                }

                if (m is not null && IsPronounOne(m))
                {
                    i = m.Span.End;
                    continue;
                }

                if (m is not null)
                {
                    found.Add(m);
                    i = Math.Max(m.Span.End, i + 1);
                    continue;
                }
            }

            if (char.IsLetter(c))
            {
                i = TextScan.WordEnd(text, i);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static readonly HashSet<string> PronounOneAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "previous", "next", "last", "first",
        "other", "right", "wrong", "same", "new", "old", "little", "big", "small", "whichever", "favorite", "favourite",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounOneAfterLookup = PronounOneAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"the one you mentioned", "which one": "one" as a pronoun, not a number.</summary>
    private bool IsPronounOne(NumberMatch m)
    {
        if (!text.AsSpan(m.Span.Start, m.Span.Length).Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return TextScan.PreviousWordSpan(text, m.Span.Start) is var (s, e) && TextScan.HoldsLowered(PronounOneAfterLookup, text.AsSpan(s, e - s));
    }

    /// <summary>Numbers inside a web address are no numbers: the end of the address starting at <paramref name="i"/>, if one does.</summary>
    private int? UrlEnd(int i)
    {
        if (text[i] is not ('h' or 'H' or 'w' or 'W') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return null;
        }

        var span = text.AsSpan(i);
        if (!span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var e = i;
        while (e < text.Length && !TextScan.IsSpace(text[e]))
        {
            e++;
        }

        return e;
    }

    private bool StartsNumber(int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        if (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
        {
            return true;
        }

        if (c is '-' or '−')
        {
            return true;
        }

        if (c >= '¼' && Vulgar.Contains(c, StringComparison.Ordinal)) // the fractions all stand at or above U+00BC
        {
            return true;
        }

        if (!char.IsLetter(c) || (i > 0 && char.IsLetter(text[i - 1])))
        {
            return false;
        }

        var end = TextScan.WordEnd(text, i);
        var word = text.AsSpan(i, end - i);
        if (word.Length > 12 || !StartShapes.MayHold(word) || !StartWordLookup.Contains(word))
        {
            return false;
        }

        // "a" and "an" start a number only before a scale, "dozen" or a fraction word; most do not.
        if (word.Length <= 2 && (word[0] is 'a' or 'A'))
        {
            var s = TextScan.SkipSpaces(text, end);
            var e = TextScan.WordEnd(text, s);
            return e > s && e - s <= 16 && AfterALookup.Contains(text.AsSpan(s, e - s));
        }

        return true;
    }

    private static readonly HashSet<string> AfterAWords = BuildAfterAWords();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterALookup = AfterAWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> BuildAfterAWords()
    {
        var set = new HashSet<string>(NumberWords.Scales.Keys, StringComparer.OrdinalIgnoreCase) { "dozen", "dozens", "doz", "half", "quarter" };
        set.UnionWith(NumberWords.Ordinals.Keys);
        set.UnionWith(NumberWords.Cardinals.Keys.Where(k => NumberWords.Cardinals[k] >= 20));
        return set;
    }

    /// <summary>Words a number can start with; every other word is skipped without parsing.</summary>
    private static readonly HashSet<string> StartWords = BuildStartWords();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWordLookup = StartWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a word of ASCII letters at a word's start may open a number or a web address: the cheap tests of
    /// <see cref="StartsNumber"/>, and "http" or "www" (whose first letter is all <see cref="UrlEnd"/> asks before it looks on).
    /// </summary>
    private static bool MayOpen(ReadOnlySpan<char> word) =>
        word[0] is 'h' or 'H' or 'w' or 'W' || (word.Length <= 12 && StartShapes.MayHold(word));

    // Most words that open like no start word ("the", "for", "on") are turned away by their shape, without hashing them.
    private static readonly WordShapes StartShapes = new(StartWords);

    /// <summary>
    /// The ASCII characters the scan steps over one by one: neither letter nor digit, nor '.' or '-' (which may open a
    /// number). Most characters of a text between its words are these, and are passed with one look-up.
    /// </summary>
    private static readonly bool[] QuietCharacters = BuildQuietCharacters();


    private static bool[] BuildQuietCharacters()
    {
        var quiet = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            quiet[c] = !char.IsAsciiLetterOrDigit((char)c) && c is not ('.' or '-');
        }

        return quiet;
    }

    private static HashSet<string> BuildStartWords()
    {
        var set = new HashSet<string>(NumberWords.Cardinals.Keys, StringComparer.OrdinalIgnoreCase) { "a", "an", "half", "quarter", "minus", "negative" };
        return set;
    }

    /// <summary>A chain like "192.168.1.2", "5/17/2018" or "1-222-2222": each part becomes its own integer.</summary>
    private int? Sequence(int i, List<NumberMatch> found)
    {
        var runEnd = DigitRun(i);
        if (runEnd >= text.Length || text[runEnd] is not ('.' or '/' or '-'))
        {
            return null;
        }

        var sep = text[runEnd];
        var parts = new List<(int Start, int End)> { (i, runEnd) };
        var p = runEnd;
        while (p < text.Length && text[p] == sep && p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]))
        {
            var e = DigitRun(p + 1);
            parts.Add((p + 1, e));
            p = e;
        }

        if (parts.Count < 3)
        {
            return null;
        }

        var afterLetters = i > 0 && char.IsLetter(text[i - 1]);
        foreach (var (s, e) in parts)
        {
            if (e - s > 27)
            {
                continue;
            }

            found.Add(new NumberMatch(new TextSpan(s, e), decimal.Parse(text.AsSpan(s, e - s), NumberStyles.None, CultureInfo.InvariantCulture), NumberForm.Integer)
            {
                InSequence = true,
                AfterLetters = afterLetters,
                GluedLetters = e < text.Length && char.IsLetter(text[e]),
            });
        }

        return p;
    }

    public NumberMatch? ParseAt(int start)
    {
        var sign = 1m;
        var p = start;
        var c = text[start];
        var spelledSign = false;
        if (c is '-' or '−')
        {
            if (!IsSign(start))
            {
                return null;
            }

            p = TextScan.SkipSpaces(text, start + 1);
            if (p >= text.Length || !(char.IsAsciiDigit(text[p]) || (text[p] == '.' && p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]))))
            {
                return null;
            }

            sign = -1;
        }
        else if (char.IsLetter(c))
        {
            var w = Word(start);
            if (w is { Word: "minus" or "negative" })
            {
                var after = TextScan.SkipSpaces(text, w.Value.End);
                if (after >= text.Length || !char.IsLetterOrDigit(text[after]))
                {
                    return null;
                }

                // "plus or minus 2 points" is a margin either way, not a negative number.
                if (w.Value.Word == "minus" && TextScan.PreviousWord(text, w.Value.Start) is { Word: "or" } or
                    && TextScan.PreviousWord(text, or.Start) is { Word: "plus" })
                {
                    return null;
                }

                p = after;
                sign = -1;
                spelledSign = true;
            }
        }

        var v = Value(p);
        if (v is null)
        {
            return null;
        }

        var r = v.Value;
        if (spelledSign && r.Lead != start && !r.Spelled && !char.IsLetterOrDigit(text[p]))
        {
            return null;
        }

        var afterLetters = start > 0 && char.IsLetter(text[start - 1]) && char.IsAsciiDigit(text[start]);
        var attached = sign > 0 && start > 1 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]);
        return new NumberMatch(new TextSpan(start, r.End), sign * r.Value, r.Form)
        {
            Spelled = r.Spelled || spelledSign,
            GluedLetters = r.Glued,
            OrdinalSuffix = r.OrdinalSuffix,
            AfterLetters = afterLetters,
            Attached = attached,
            Grouped = r.Grouped,
            Scaled = r.Scaled,
        };
    }

    /// <summary>A '-' is a minus sign only where it cannot join two words or numbers ("20-30", "F-16").</summary>
    private bool IsSign(int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var before = TextScan.SkipSpacesBack(text, i);
        if (before < i && before > 0 && char.IsLetter(text[before - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            return true; // "temperatures of -22C": a space before, a digit right after; a dash between words has spaces both sides
        }

        return before == 0 || !char.IsLetterOrDigit(text[before - 1]) || before == i;
    }

    private readonly record struct Read(decimal Value, int End, NumberForm Form, bool Spelled, int Lead = -1)
    {
        public bool Glued { get; init; }

        public bool OrdinalSuffix { get; init; }

        public bool Grouped { get; init; }

        public bool Scaled { get; init; }
    }

    /// <summary>A value: a cardinal, then maybe a fraction part ("two thirds", "one and a half", "2000 over 3").</summary>
    private Read? Value(int p)
    {
        var card = Cardinal(p, out var andInfo, out var lastBig);
        if (card is null)
        {
            return Fraction(p);
        }

        var r = card.Value;
        if (r.Glued || r.Form is NumberForm.Power or NumberForm.Fraction)
        {
            return r;
        }

        // "two thirds", "one million two thousand two hundred three fifths", "one-eighth"
        if (r.Spelled && r.Form == NumberForm.Integer && Denominator(r.End) is { } den && (den.Plural || r.Value == 1 || andInfo?.After == 1))
        {
            decimal value;
            if (andInfo is { } a && (a.AfterScale || den.Value is 2 or 4))
            {
                value = a.Before + (a.After / den.Value * (a.AfterScale ? a.BeforeScale : 1));
            }
            else
            {
                value = r.Value / den.Value;
            }

            return WithScale(new Read(value, den.End, NumberForm.Fraction, true));
        }

        var next = Word(r.End);
        if (next is { Word: "over" } || next is { Word: "out" } || next is { Word: "in" })
        {
            var q = next.Value.End;
            if (next.Value.Word == "out")
            {
                var of = Word(q);
                q = of is { Word: "of" } ? of.Value.End : -1;
            }

            if (q > 0 && Cardinal(TextScan.SkipSpaces(text, q), out _, out _) is { } d && d.Value != 0 && !d.Glued && d.Form == NumberForm.Integer)
            {
                var ok = next.Value.Word switch
                {
                    "over" => WhatFollows(d.End) is (false, false),
                    "out" => r.Value < d.Value,
                    // "one in five", and "three in four" or "9 in 10" before the words of a group, not a unit ("scored 2 in 3
                    // minutes" is a span; a bare "more than 2 in 5" is left to read as "more than 2")
                    _ => (r.Value == 1 && d.Value > 1 && !(d.Value is >= 1000 and < 2200 && !d.Spelled))
                        || (r.Value > 1 && r.Value < d.Value && d.Value <= 100 && r.Value == decimal.Floor(r.Value)
                            && WhatFollows(d.End) is (false, _) && TextScan.NextWord(text, d.End) is { Word: [>= 'a' and <= 'z', ..] }),
                };
                if (ok)
                {
                    return new Read(r.Value / d.Value, d.End, NumberForm.Fraction, r.Spelled || d.Spelled);
                }
            }
        }

        // "one and a half", "3 million and a quarter", "one hundred and three and two thirds"
        if (next is { Word: "and" } && r.Form is NumberForm.Integer)
        {
            var q = TextScan.SkipSpaces(text, next.Value.End);
            var f = q < text.Length ? (Fraction(q, scale: false) ?? Value(q)) : null;
            if (f is { Form: NumberForm.Fraction } frac && frac.Value < 1 + (r.Spelled ? 0 : 0))
            {
                var after = Word(frac.End);
                // "thirteen and a half thousand pounds": scaled, as "13.5 thousand" is.
                if (after is { } aw && NumberWords.IsScale(aw.Word, out var s) && s >= 1000)
                {
                    return lastBig > 1
                        ? new Read(r.Value + (frac.Value * s), aw.End, NumberForm.Fraction, true) { Scaled = true }
                        : new Read((r.Value + frac.Value) * s, aw.End, NumberForm.Fraction, true) { Scaled = true };
                }

                return new Read(r.Value + (frac.Value * lastBig), frac.End, NumberForm.Fraction, true);
            }

            if (f is { Form: NumberForm.Fraction } mixed && r.Spelled && mixed.Value >= 1)
            {
                return new Read(r.Value + mixed.Value, mixed.End, NumberForm.Fraction, true);
            }
        }

        return r;
    }

    /// <summary>
    /// What follows <paramref name="end"/> after white space: a unit of measure, and/or a word that reads
    /// as a plural noun. "£5bn over five years", "12 goals over 10 games": the number before counts
    /// something, so "over" there is a span, not a fraction bar ("2000 over 3"); "5m people" is
    /// millions of people, "a 5m wall" metres.
    /// </summary>
    private (bool Unit, bool Plural) WhatFollows(int end)
    {
        var at = TextScan.SkipSpaces(text, end);
        if (at == end || at >= text.Length)
        {
            return (false, false);
        }

        return (UnitLexicon.Units.MatchAt(text, at) is not null, TextScan.NextWordSpan(text, at) is var (s, e) && s == at && CountedNounReader.LooksPlural(text.AsSpan(s, e - s)));
    }

    private readonly record struct AndInfo(decimal Before, decimal After, bool AfterScale, decimal BeforeScale);

    /// <summary>
    /// A whole number in words and/or digits: "one hundred and sixty-one", "4 thousand 3 hundred and 21",
    /// "three lakh crore", "two point five", "1,000", "10k". <paramref name="lastBig"/> is the last scale ≥ 1000 used.
    /// </summary>
    private Read? Cardinal(int p, out AndInfo? andInfo, out decimal lastBig)
    {
        andInfo = null;
        lastBig = 1;
        decimal total = 0, group = 0, tail = 0, lastScale = 0;
        var last = Atom.None;
        var end = -1;
        var spelled = false;
        var tensOpen = false;
        Read? digitsRead = null;
        var scaled = false;

        // Snapshot taken at an "and", restored when what follows cannot belong to it ("3 hundred and 2 hundred").
        (decimal Total, decimal Group, int End, Atom Last)? snap = null;
        var andAfter = Atom.None;
        decimal andBefore = 0;

        var q = p;
        while (true)
        {
            var s = TextScan.SkipSpaces(text, q);
            if (s >= text.Length || (s > q && last == Atom.None))
            {
                break;
            }

            var c = text[s];
            if (char.IsLetter(c))
            {
                var e = TextScan.WordEnd(text, s);
                var w = Known(text.AsSpan(s, e - s));
                if (NumberWords.Cardinals.TryGetValue(w, out var v))
                {
                    if (v == 0)
                    {
                        if (last != Atom.None)
                        {
                            break;
                        }

                        last = Atom.Zero;
                    }
                    else if (v < 10)
                    {
                        if (last is Atom.Tens && tensOpen)
                        {
                            group += v;
                            tail += v;
                            tensOpen = false;
                            last = Atom.Unit;
                        }
                        else if (last is Atom.None or Atom.Hundred or Atom.Scale or Atom.And)
                        {
                            group = last == Atom.Scale ? v : group + v;
                            tail = v;
                            last = Atom.Unit;
                        }
                        else
                        {
                            break;
                        }
                    }
                    else if (last is Atom.None or Atom.Hundred or Atom.Scale or Atom.And)
                    {
                        group = last == Atom.Scale ? v : group + v;
                        tail = v;
                        tensOpen = v >= 20;
                        last = v >= 20 ? Atom.Tens : Atom.Teen;
                    }
                    else
                    {
                        break;
                    }

                    spelled = true;
                    end = e;
                    q = e;
                    continue;
                }

                if (w is "a" or "an" && last == Atom.None)
                {
                    var nx = Word(e);
                    if (nx is { } n && (NumberWords.IsScale(n.Word, out _) || NumberWords.IsDozen(n.Word)))
                    {
                        group = 1;
                        tail = 1;
                        last = Atom.A;
                        spelled = true;
                        q = e;
                        continue;
                    }

                    break;
                }

                if (w is "hundred" or "hundreds")
                {
                    if (snap is not null && andAfter == Atom.Hundred && last != Atom.And)
                    {
                        (total, group, end, last) = snap.Value;
                        snap = null;
                        break;
                    }

                    if (last is Atom.Unit or Atom.Teen or Atom.Tens or Atom.A || (last == Atom.Digits && group < 100 && group == decimal.Truncate(group)))
                    {
                        group *= 100;
                        tail = 0;
                        tensOpen = false;
                        last = Atom.Hundred;
                        spelled = true;
                        end = e;
                        q = e;
                        continue;
                    }

                    break;
                }

                if (NumberWords.IsScale(w, out var scale))
                {
                    if (last is Atom.Unit or Atom.Teen or Atom.Tens or Atom.A or Atom.Hundred or Atom.Digits or Atom.Point)
                    {
                        if (lastScale > 0 && scale > lastScale && total > 0)
                        {
                            total = (total + group) * scale;
                        }
                        else
                        {
                            total += group * scale;
                        }
                    }
                    else if (last == Atom.Scale && scale > lastScale)
                    {
                        total *= scale;
                    }
                    else
                    {
                        break;
                    }

                    group = 0;
                    tail = 0;
                    lastScale = scale;
                    lastBig = scale;
                    tensOpen = false;
                    last = Atom.Scale;
                    spelled = true;
                    scaled = true;
                    end = e;
                    q = e;
                    snap = andAfter == Atom.Hundred ? null : snap;
                    continue;
                }

                if (NumberWords.IsDozen(w) && last is Atom.Unit or Atom.Teen or Atom.Tens or Atom.A or Atom.Digits)
                {
                    group = group - tail + (tail * 12);
                    last = Atom.Dozen;
                    spelled = true;
                    end = e;
                    q = e;
                    break;
                }

                if (w == "and" && last is Atom.Hundred or Atom.Scale && AndCanFollow(e, last == Atom.Hundred ? 100 : lastScale))
                {
                    snap = (total, group, end, last);
                    andAfter = last;
                    andBefore = total + group;
                    last = Atom.And;
                    q = e;
                    continue;
                }

                if (w == "point" && spelled && last is Atom.Zero or Atom.Unit or Atom.Teen or Atom.Tens or Atom.Hundred)
                {
                    var dec = DecimalWords(e);
                    if (dec is null)
                    {
                        break;
                    }

                    group += decimal.Parse("0." + dec.Value.Digits, NumberStyles.Float, CultureInfo.InvariantCulture);
                    end = dec.Value.End;
                    q = end;
                    last = Atom.Point;
                    continue;
                }

                break;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && s + 1 < text.Length && char.IsAsciiDigit(text[s + 1])))
            {
                if (last == Atom.None)
                {
                    var d = Digits(s);
                    if (d is null)
                    {
                        break;
                    }

                    digitsRead = d;
                    group = d.Value.Value;
                    tail = group;
                    last = Atom.Digits;
                    end = d.Value.End;
                    q = end;
                    if (d.Value.Glued || d.Value.Scaled || d.Value.Form is NumberForm.Power or NumberForm.Fraction)
                    {
                        break;
                    }

                    continue;
                }

                if (last is Atom.Scale or Atom.And)
                {
                    var d = Digits(s);
                    var limit = last == Atom.And && andAfter == Atom.Hundred ? 100 : lastScale;
                    if (d is { Form: NumberForm.Integer, Glued: false, Scaled: false } dd && dd.Value < limit && !dd.Grouped)
                    {
                        group = last == Atom.Scale ? dd.Value : group + dd.Value;
                        tail = dd.Value;
                        last = Atom.Digits;
                        end = dd.End;
                        q = end;
                        continue;
                    }
                }

                break;
            }

            if (c is '-' or '–' && last == Atom.Tens && tensOpen)
            {
                var n = Word(s + 1);
                if (n is { } nw && NumberWords.Cardinals.TryGetValue(nw.Word, out var u) && u is > 0 and < 10)
                {
                    q = nw.Start;
                    continue;
                }
            }

            break;
        }

        if (last == Atom.And && snap is not null)
        {
            (total, group, end, last) = snap.Value;
            snap = null;
        }

        if (end < 0)
        {
            return null;
        }

        if (snap is not null)
        {
            andInfo = new AndInfo(andBefore, total + group - andBefore, andAfter == Atom.Scale, lastScale);
        }

        if (!spelled && digitsRead is { } only)
        {
            return only;
        }

        var value = total + group;
        var form = value == decimal.Truncate(value) ? NumberForm.Integer : NumberForm.Decimal;
        if (last == Atom.Point)
        {
            form = NumberForm.Decimal;
        }

        return new Read(value, end, form, spelled) { Scaled = scaled, Grouped = digitsRead?.Grouped ?? false };
    }

    private bool AndCanFollow(int after, decimal limit)
    {
        var s = TextScan.SkipSpaces(text, after);
        if (s >= text.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[s]))
        {
            var d = Digits(s);
            return d is { Form: NumberForm.Integer, Glued: false, Scaled: false } dd && dd.Value < limit && !dd.Grouped;
        }

        var w = Word(s);
        return w is { } nw && NumberWords.Cardinals.TryGetValue(nw.Word, out var v) && v is > 0 and < 100;
    }

    /// <summary>Digits after "point": "seventy-one" → "71", "nought four" → "04", "eleven" → "11".</summary>
    private (string Digits, int End)? DecimalWords(int p)
    {
        var digits = "";
        var end = -1;
        var q = p;
        while (true)
        {
            var w = Word(q);
            if (w is null || !NumberWords.Cardinals.TryGetValue(w.Value.Word, out var v))
            {
                break;
            }

            var part = (int)v;
            q = w.Value.End;
            if (v >= 20)
            {
                var h = TextScan.SkipSpaces(text, q);
                var n = h < text.Length && text[h] == '-' ? Word(h + 1) : Word(q);
                if (n is { } u && NumberWords.Cardinals.TryGetValue(u.Word, out var uv) && uv is > 0 and < 10)
                {
                    part += (int)uv;
                    q = u.End;
                }
            }

            digits += part.ToString(CultureInfo.InvariantCulture);
            end = q;
        }

        return end < 0 ? null : (digits, end);
    }

    /// <summary>A fraction without a cardinal before it: "a half", "a twenty-first", "half million", "half a dozen", "½".</summary>
    private Read? Fraction(int p, bool scale = true)
    {
        if (p >= text.Length)
        {
            return null;
        }

        var vi = Vulgar.IndexOf(text[p], StringComparison.Ordinal);
        if (vi >= 0)
        {
            var read = new Read(VulgarValues[vi], p + 1, NumberForm.Fraction, false);
            return scale ? WithScale(read) : read;
        }

        var w = Word(p);
        if (w is null || w.Value.Start != p)
        {
            return null;
        }

        switch (w.Value.Word)
        {
            case "a" or "an":
                if (Denominator(w.Value.End) is { Plural: false } d)
                {
                    var read = new Read(1 / d.Value, d.End, NumberForm.Fraction, true);
                    return scale ? WithScale(read) : read;
                }

                return null;
            case "half" or "quarter":
                var part = w.Value.Word == "half" ? 0.5m : 0.25m;
                var n = Word(w.Value.End);
                if (n is { Word: "a" or "an" })
                {
                    var m = Word(n.Value.End);
                    if (m is { } mw && NumberWords.IsDozen(mw.Word))
                    {
                        return new Read(part * 12, mw.End, NumberForm.Integer, true);
                    }

                    // Scaled, as "361 million" is: "half a million pounds" is money, as "361 million pounds" is.
                    if (m is { } sw && NumberWords.IsScale(sw.Word, out var sv) && sv >= 1000)
                    {
                        return new Read(part * sv, sw.End, NumberForm.Fraction, true) { Scaled = true };
                    }
                }

                if (n is { } nw && NumberWords.IsScale(nw.Word, out var s2) && s2 >= 1000)
                {
                    return new Read(part * s2, nw.End, NumberForm.Fraction, true) { Scaled = true };
                }

                // "an estimated quarter of a million pounds": the article went with the hedge.
                if (n is { Word: "of" } of && Word(of.End) is { Word: "a" or "an" } article && Word(article.End) is { } ow
                    && NumberWords.IsScale(ow.Word, out var s3) && s3 >= 1000)
                {
                    return new Read(part * s3, ow.End, NumberForm.Fraction, true) { Scaled = true };
                }

                return w.Value.Word == "half" && scale ? new Read(0.5m, w.Value.End, NumberForm.Fraction, true) : null;
            default:
                return null;
        }
    }

    /// <summary>"two thirds of a million", "a quarter million": a fraction times the scale word after it.</summary>
    private Read WithScale(Read r)
    {
        var q = r.End;
        var w = Word(q);
        if (w is { Word: "of" })
        {
            var a = Word(w.Value.End);
            if (a is { Word: "a" or "an" } && Word(a.Value.End) is { } s && NumberWords.IsScale(s.Word, out var sv) && sv >= 1000)
            {
                return r with { Value = r.Value * sv, End = s.End };
            }
        }

        if (w is { } sw && NumberWords.IsScale(sw.Word, out var v) && v >= 1000)
        {
            return r with { Value = r.Value * v, End = sw.End };
        }

        return r;
    }

    /// <summary>A fraction's denominator after its numerator: "thirds", "-eighth", "twenty fifths", "one hundred and fifth".</summary>
    private (decimal Value, int End, bool Plural)? Denominator(int p)
    {
        var s = TextScan.SkipSpaces(text, p);
        if (s < text.Length && text[s] == '-')
        {
            s = TextScan.SkipSpaces(text, s + 1);
        }

        if (s >= text.Length || !char.IsLetter(text[s]) || s == p)
        {
            return null;
        }

        return OrdinalPhrase(s, allowFirstAndSecond: false);
    }

    /// <summary>
    /// An ordinal: "eleventh", "twenty-fifth", "one hundred twenty-fifth", "three trillionth", "hundred and fifth",
    /// "11th". "first" and "second" alone only when <paramref name="allowFirstAndSecond"/> (else "one second" would be a fraction).
    /// </summary>
    public (decimal Value, int End, bool Plural)? OrdinalPhrase(int s, bool allowFirstAndSecond)
    {
        if (s >= text.Length)
        {
            return null;
        }

        if (char.IsAsciiDigit(text[s]))
        {
            var e = DigitRun(s);
            var suffixEnd = TextScan.WordEnd(text, e);
            var suffix = text.AsSpan(e, suffixEnd - e);
            if (IsOrdinalEnding(suffix) && e - s <= 9 && (s == 0 || !char.IsLetterOrDigit(text[s - 1])))
            {
                return (decimal.Parse(text.AsSpan(s, e - s), NumberStyles.None, CultureInfo.InvariantCulture), suffixEnd, false);
            }

            return null;
        }

        var first = Word(s);
        if (first is null)
        {
            return null;
        }

        if (NumberWords.IsOrdinal(first.Value.Word, out var o, out var plural))
        {
            if (!allowFirstAndSecond && o is 1 or 2 && first.Value.Word is not ("half" or "halves"))
            {
                return null;
            }

            return (o, first.Value.End, plural);
        }

        var prefix = Cardinal(s, out _, out _);
        if (prefix is not { Spelled: true } pre || pre.Form != NumberForm.Integer)
        {
            return null;
        }

        var q = pre.End;
        var lastWord = LastWordBefore(q);
        var endsInTens = NumberWords.Cardinals.TryGetValue(lastWord, out var lv) && lv >= 20 && lv % 10 == 0;
        var endsInScale = NumberWords.IsScale(lastWord, out _);
        var h = TextScan.SkipSpaces(text, q);
        if (h < text.Length && text[h] is '-' or '–')
        {
            q = h + 1;
        }
        else if (endsInScale && Word(q) is { Word: "and" } and)
        {
            q = and.End;
        }

        var ow = Word(q);
        if (ow is null || !NumberWords.IsOrdinal(ow.Value.Word, out var ov, out var pl) || ow.Value.Word is "half" or "halves" or "quarter" or "quarters")
        {
            return null;
        }

        if (ov >= 100)
        {
            return (pre.Value * ov, ow.Value.End, pl);
        }

        if ((endsInTens && ov < 10) || endsInScale)
        {
            return (pre.Value + ov, ow.Value.End, pl);
        }

        return null;
    }

    private string LastWordBefore(int end) => TextScan.PreviousWordSpan(text, end) is var (s, e) ? Known(text.AsSpan(s, e - s)) : "";

    /// <summary>
    /// The digits (and decimal point) of the number <see cref="Digits"/> reads, without its group separators: kept here,
    /// reused from number to number, so that decimal.Parse reads them from a span and not from new strings.
    /// </summary>
    private char[] keptDigits = new char[32];

    private int digitCount;

    private ReadOnlySpan<char> KeptDigits => keptDigits.AsSpan(0, digitCount);

    /// <summary>Keeps the characters of the text from <paramref name="from"/> to <paramref name="to"/>, leaving out any of <paramref name="separators"/>.</summary>
    private void KeepDigits(int from, int to, params ReadOnlySpan<char> separators)
    {
        if (digitCount + (to - from) > keptDigits.Length)
        {
            Array.Resize(ref keptDigits, Math.Max(keptDigits.Length * 2, digitCount + (to - from)));
        }

        var part = text.AsSpan(from, to - from);
        if (separators.IsEmpty)
        {
            part.CopyTo(keptDigits.AsSpan(digitCount));
            digitCount += part.Length;
            return;
        }

        foreach (var c in part)
        {
            if (!separators.Contains(c))
            {
                keptDigits[digitCount++] = c;
            }
        }
    }

    private void KeepPoint() => Keep('.');

    private void KeepZero() => Keep('0');

    private void Keep(char c)
    {
        if (digitCount == keptDigits.Length)
        {
            Array.Resize(ref keptDigits, keptDigits.Length * 2);
        }

        keptDigits[digitCount++] = c;
    }

    /// <summary>A number written with digits at <paramref name="s"/> (no sign): separators, decimals, powers, slashes, suffixes.</summary>
    private Read? Digits(int s)
    {
        var a = DigitRun(s);
        if (a - s > 27 || (a == s && At(s) != '.'))
        {
            return null;
        }

        var lead = a - s;
        digitCount = 0;
        var end = a;
        var grouped = false;
        var form = NumberForm.Integer;

        if (lead is >= 1 and <= 3 && At(a) == ',' && ThreeDigits(a + 1))
        {
            // 1,234,567(.89)
            var e = a;
            while (At(e) == ',' && ThreeDigits(e + 1))
            {
                e += 4;
            }

            KeepDigits(s, e, ',');
            end = e;
            grouped = true;
            if (At(e) == '.' && char.IsAsciiDigit(At(e + 1)))
            {
                var f = DigitRun(e + 1);
                KeepDigits(e, f);
                end = f;
            }
        }
        else if (lead is >= 1 and <= 2 && At(a) == ',' && IndianGrouping(a) is { } ie)
        {
            KeepDigits(s, ie, ',');
            end = ie;
            grouped = true;
            if (At(ie) == '.' && char.IsAsciiDigit(At(ie + 1)))
            {
                var f = DigitRun(ie + 1);
                KeepDigits(ie, f);
                end = f;
            }
        }
        else if (lead is >= 1 and <= 3 && At(a) == '.' && ThreeDigits(a + 1) && EuropeanGrouping(a) is { } ee)
        {
            KeepDigits(s, ee.IntEnd, '.');
            KeepPoint();
            KeepDigits(ee.IntEnd + 1, ee.End);
            end = ee.End;
            grouped = true;
        }
        else if (lead is >= 1 and <= 3 && SpaceGrouping(a) is { } se)
        {
            KeepDigits(s, se, ' ', '\u00a0', '\u202f', '\u2009'); // the group spaces SpaceGrouping passes
            end = se;
            grouped = true;
        }
        else if (lead is >= 1 and <= 3 && At(a) == ',' && char.IsAsciiDigit(At(a + 1)) && DecimalComma(s, a) is { } de)
        {
            KeepDigits(s, a);
            KeepPoint();
            KeepDigits(a + 1, de);
            end = de;
        }
        else
        {
            if (a == s)
            {
                KeepZero(); // ".5" reads as "0.5"; a lone "." as "0"
            }

            KeepDigits(s, a);
            if (At(a) == '.' && char.IsAsciiDigit(At(a + 1)))
            {
                var f = DigitRun(a + 1);
                KeepDigits(a, f);
                end = f;
            }

            var power = Power(end);
            if (power is not null)
            {
                return power;
            }

            if (!KeptDigits.Contains('.'))
            {
                var frac = SlashFraction(s, a);
                if (frac is not null)
                {
                    return frac;
                }
            }
        }

        var digits = KeptDigits;
        if (digits.Length > 28)
        {
            return null;
        }

        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (digits.Contains('.'))
        {
            form = value == decimal.Truncate(value) ? NumberForm.Integer : NumberForm.Decimal;
        }

        // A vulgar fraction glued on: "10½".
        var vi = end < text.Length ? Vulgar.IndexOf(text[end], StringComparison.Ordinal) : -1;
        if (vi >= 0 && form == NumberForm.Integer)
        {
            return new Read(value + VulgarValues[vi], end + 1, NumberForm.Fraction, false);
        }

        var suffix = Suffix(end);
        if (suffix is { } sx)
        {
            return new Read(value * sx.Value, sx.End, form, false) { Grouped = grouped, Scaled = true };
        }

        // "5m people": a glued "m" before a plural noun is a million of them; "a 5m wall", "5m deep" stay metres.
        if (end + 1 < text.Length && text[end] == 'm' && WhatFollows(end + 1) is (false, true))
        {
            return new Read(value * 1_000_000m, end + 1, form, false) { Grouped = grouped, Scaled = true };
        }

        var glued = end < text.Length && char.IsLetter(text[end]);
        var ordinal = false;
        if (glued)
        {
            var we = TextScan.WordEnd(text, end);
            // "st" ends an ordinal only after a one ("21st"): "9st 2lb" is nine stone.
            var ending = text.AsSpan(end, we - end);
            ordinal = IsOrdinalEnding(ending) && (!ending.Equals("st", StringComparison.OrdinalIgnoreCase) || (value % 10 == 1 && value % 100 != 11));
        }

        return new Read(value, end, form, false) { Glued = glued, OrdinalSuffix = ordinal, Grouped = grouped };
    }

    /// <summary>The scale suffixes, longest first, as an array: every number in digits asks for them.</summary>
    private static readonly (string Form, decimal Value, bool Spaced, bool Glued)[] Suffixes = [.. NumberWords.Suffixes];

    /// <summary>The first letters of the scale suffixes: after most numbers stands none of them, and no suffix is tried.</summary>
    private static readonly SearchValues<char> SuffixStarts = SearchValues.Create([.. Suffixes.Select(x => x.Form[0]).Distinct()]);

    private (int End, decimal Value)? Suffix(int end)
    {
        var s = TextScan.SkipSpaces(text, end);
        if (!SuffixStarts.Contains(At(end)) && (s == end || !SuffixStarts.Contains(At(s))))
        {
            return null;
        }

        foreach (var (form, value, spaced, glued) in Suffixes)
        {
            if (glued && Matches(end, form))
            {
                return (end + form.Length, value);
            }

            if (spaced && s > end && Matches(s, form))
            {
                return (s + form.Length, value);
            }
        }

        return null;

        bool Matches(int at, string form) =>
            at < text.Length && text[at] == form[0] // most numbers have no suffix: the first letter turns nearly all away
            && text.AsSpan(at).StartsWith(form, StringComparison.Ordinal)
            && (at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length]));
    }

    /// <summary>"1e10", "12.32e+14", "1.1^23", "-2500^-1", "1.3x10^6", the mantissa kept by <see cref="Digits"/>.</summary>
    private Read? Power(int end)
    {
        var c = At(end);
        if (c is not ('^' or 'e' or 'E' or 'x' or '×'))
        {
            return null; // nearly every number: no mantissa to read
        }

        var m = decimal.Parse(KeptDigits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (c == '^')
        {
            var (exp, e) = Exponent(end + 1, allowManySigns: true);
            if (e < 0)
            {
                return null;
            }

            var v = Math.Pow((double)m, exp);
            if (double.IsNaN(v) || double.IsInfinity(v) || Math.Abs(v) > 7.9e27)
            {
                return null;
            }

            return new Read((decimal)v, e, NumberForm.Power, false);
        }

        if (c is 'e' or 'E')
        {
            var (exp, e) = Exponent(end + 1, allowManySigns: false);
            if (e < 0 || (e < text.Length && char.IsLetter(text[e])))
            {
                return null;
            }

            return Scaled(m, exp, e);
        }

        if (c is 'x' or '×' && At(end + 1) == '1' && At(end + 2) == '0' && At(end + 3) == '^')
        {
            var (exp, e) = Exponent(end + 4, allowManySigns: false);
            return e < 0 ? null : Scaled(m, exp, e);
        }

        return null;

        static Read? Scaled(decimal m, int exp, int e)
        {
            if (exp is > 28 or < -28)
            {
                return null;
            }

            var v = m;
            for (var k = 0; k < Math.Abs(exp); k++)
            {
                v = exp > 0 ? v * 10 : v / 10;
            }

            return new Read(v, e, NumberForm.Power, false);
        }
    }

    private (int Exp, int End) Exponent(int p, bool allowManySigns)
    {
        var negative = false;
        var signs = 0;
        while (At(p) is '+' or '-')
        {
            negative ^= At(p) == '-';
            p++;
            signs++;
            if (!allowManySigns && signs > 1)
            {
                return (0, -1);
            }
        }

        var e = DigitRun(p);
        if (e == p || e - p > 3)
        {
            return (0, -1);
        }

        var exp = int.Parse(text.AsSpan(p, e - p), NumberStyles.None, CultureInfo.InvariantCulture);
        return (negative ? -exp : exp, e);
    }

    /// <summary>"4/5", "2  1/4", "10 1/2": a fraction in digits, or a whole number and one.</summary>
    private Read? SlashFraction(int s, int a)
    {
        if (At(a) == '/' && char.IsAsciiDigit(At(a + 1)))
        {
            var de = DigitRun(a + 1);
            if (At(de) == '/' || de - a > 10 || a - s > 10)
            {
                return null;
            }

            var num = decimal.Parse(text.AsSpan(s, a - s), NumberStyles.None, CultureInfo.InvariantCulture);
            var den = decimal.Parse(text.AsSpan(a + 1, de - a - 1), NumberStyles.None, CultureInfo.InvariantCulture);
            return den == 0 ? null : new Read(num / den, de, NumberForm.Fraction, false);
        }

        var q = TextScan.SkipSpaces(text, a);
        if (q > a && q - a <= 3 && char.IsAsciiDigit(At(q)) && a - s <= 10)
        {
            var ne = DigitRun(q);
            if (At(ne) == '/' && char.IsAsciiDigit(At(ne + 1)))
            {
                var de = DigitRun(ne + 1);
                if (At(de) == '/' || de - ne > 10 || ne - q > 10)
                {
                    return null;
                }

                var num = decimal.Parse(text.AsSpan(q, ne - q), NumberStyles.None, CultureInfo.InvariantCulture);
                var den = decimal.Parse(text.AsSpan(ne + 1, de - ne - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                if (den != 0 && num < den)
                {
                    var whole = decimal.Parse(text.AsSpan(s, a - s), NumberStyles.None, CultureInfo.InvariantCulture);
                    return new Read(whole + (num / den), de, NumberForm.Fraction, false);
                }
            }
        }

        return null;
    }

    private bool ThreeDigits(int p) =>
        p + 3 <= text.Length && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]) && !char.IsAsciiDigit(At(p + 3));

    /// <summary>"12,34,567": pairs of digits, then a group of three.</summary>
    private int? IndianGrouping(int a)
    {
        var e = a;
        var pairs = 0;
        while (At(e) == ',' && char.IsAsciiDigit(At(e + 1)) && char.IsAsciiDigit(At(e + 2)) && At(e + 3) == ',')
        {
            e += 3;
            pairs++;
        }

        return pairs > 0 && At(e) == ',' && ThreeDigits(e + 1) ? e + 4 : null;
    }

    /// <summary>"1.111,11": dots between thousands, a decimal comma.</summary>
    private (int IntEnd, int End)? EuropeanGrouping(int a)
    {
        var e = a;
        while (At(e) == '.' && ThreeDigits(e + 1))
        {
            e += 4;
        }

        if (At(e) == ',' && char.IsAsciiDigit(At(e + 1)))
        {
            var f = DigitRun(e + 1);
            if (At(f) == ',' && char.IsAsciiDigit(At(f + 1)))
            {
                return null;
            }

            return (e, f);
        }

        return null;
    }

    /// <summary>"1 234 567" (plain spaces: two groups at least) or "1 234" with no-break or thin spaces.</summary>
    private int? SpaceGrouping(int a)
    {
        var e = a;
        var groups = 0;
        var plain = false;
        while (e < text.Length && text[e] is ' ' or '\u00a0' or '\u202f' or '\u2009' && ThreeDigits(e + 1))
        {
            plain |= text[e] == ' ';
            e += 4;
            groups++;
        }

        if (groups < (plain ? 2 : 1))
        {
            return null;
        }

        return At(e) == '.' && char.IsAsciiDigit(At(e + 1)) ? DigitRun(e + 1) : e;
    }

    /// <summary>"5,00", "1,3": a decimal comma, when it is no list ("22,24,26") and no thousands group.</summary>
    private int? DecimalComma(int s, int a)
    {
        var f = DigitRun(a + 1);
        if (f - a - 1 > 2 || (At(f) == ',' && char.IsAsciiDigit(At(f + 1))))
        {
            return null;
        }

        if (s >= 2 && text[s - 1] == ',' && char.IsAsciiDigit(text[s - 2]))
        {
            return null;
        }

        return char.IsLetter(At(f)) ? null : f;
    }

    private int DigitRun(int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]) && text[i] < 128)
        {
            i++;
        }

        return i;
    }

    private char At(int i) => i >= 0 && i < text.Length ? text[i] : '\0';

    /// <summary>"st", "nd", "rd" or "th" in any case (none holds a "k", so ignoring case agrees with lower-casing, as for <see cref="Known"/>).</summary>
    private static bool IsOrdinalEnding(ReadOnlySpan<char> ending) =>
        ending.Length == 2 && (ending.Equals("st", StringComparison.OrdinalIgnoreCase) || ending.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || ending.Equals("rd", StringComparison.OrdinalIgnoreCase) || ending.Equals("th", StringComparison.OrdinalIgnoreCase));

    /// <summary>The next word after spaces, as <see cref="Known"/> names it; null when none.</summary>
    private (int Start, int End, string Word)? Word(int p) =>
        TextScan.NextWordSpan(text, p) is var (s, e) ? (s, e, Known(text.AsSpan(s, e - s))) : null;

    /// <summary>
    /// Every word the parser asks for by name: number words (cardinals, scales, ordinals and their plurals, dozens) and
    /// the words that join or sign them. Lower-case, looked up ignoring case.
    /// </summary>
    private static readonly HashSet<string> Vocabulary = BuildVocabulary();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VocabularyLookup = Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> BuildVocabulary()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "and", "point", "over", "out", "in", "of", "minus", "negative", "half", "halves", "quarter", "quarters",
            "hundred", "hundreds", "dozen", "dozens", "doz", "dozs",
        };
        set.UnionWith(NumberWords.Cardinals.Keys);
        set.UnionWith(NumberWords.Scales.Keys);
        set.UnionWith(NumberWords.Ordinals.Keys);
        set.UnionWith(NumberWords.Ordinals.Keys.Select(o => o + "s")); // "thirds", "fifths"
        return set;
    }

    /// <summary>
    /// A word as the parser tests it: lower-cased when it is in <see cref="Vocabulary"/>, else "", which no test of a word
    /// accepts; so the words around every number are read without copying them (see <see cref="TextScan.HoldsLowered"/>).
    /// </summary>
    private static string Known(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word))
        {
            return VocabularyLookup.TryGetValue(word, out var known) ? known : "";
        }

        var lowered = word.ToString().ToLowerInvariant();
        return Vocabulary.Contains(lowered) ? lowered : "";
    }
}
