using FactCheck.Core.Normalize.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Quantities;

/// <summary>Whatever the text, the readers do not throw and every span they report lies inside it.</summary>
public sealed class QuantityPropertyTests
{
    private static readonly string[] Pieces =
    [
        "about", "more than", "1,000", "6,000", "$", "€", "£", "C$", "14.2", "million", "%", "percent", "-", "–", "to", "and", "between",
        "square kilometers", "km", "years", "aged", "81-year-old", "prisoners", "each", "rose", "by", "one", "two", "thirds", "half", "a",
        "dozen", "May", "16", "2022", "3 p.m.", "10:30", "Gate", "12", "F-16", "http://x.org/1", ".", ",", " ", "  ", "\n", "'", "’", "/",
        "1/2", "½", "^", "e", "x10^", "k", "M", "minus", "point", "nought", "over", "out of", "in", "twenty", "-five", "hundred",
    ];

    [Fact]
    public void Arbitrary_strings_never_throw_and_spans_lie_inside()
    {
        Prop.ForAll<string>(text => Holds(text ?? "")).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Strings_built_from_number_words_never_throw_and_spans_lie_inside()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts));
        Prop.ForAll(gen.ToArbitrary(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Glued_pieces_never_throw_and_spans_lie_inside()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static bool Holds(string text)
    {
        foreach (var m in QuantityReader.Read(text))
        {
            if (m.Span.Start < 0 || m.Span.End > text.Length || m.Span.Length <= 0 || m.Span.Of(text) != text.Substring(m.Span.Start, m.Span.Length))
            {
                return false;
            }
        }

        return NumberRecognizer.FindAll(text).All(n => n.Span.Start >= 0 && n.Span.End <= text.Length && n.Span.Length > 0)
            && MeasureRecognizer.Find(text).All(m => m.Span.Start >= 0 && m.Span.End <= text.Length)
            && RangeRecognizer.Find(text).All(r => r.Span.Start >= 0 && r.Span.End <= text.Length)
            && OrdinalRecognizer.Find(text).All(o => o.Span.Start >= 0 && o.Span.End <= text.Length && o.Span.Length > 0);
    }
}
