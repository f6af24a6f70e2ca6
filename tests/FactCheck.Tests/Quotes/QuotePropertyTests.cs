using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Quotes;

/// <summary>Extraction never throws on arbitrary text, and every claim's span lies inside the text and matches its Text.</summary>
public sealed class QuotePropertyTests
{
    private static readonly char[] Alphabet =
        [.. "abc XYZ.,:;!?-\u2014\n\n\"'\u201C\u201D\u2018\u2019()[]*_ said told he She Gen. on X according to as and"];

    [Fact]
    public void Extraction_on_arbitrary_text_never_throws_and_spans_are_inside()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(texts, Holds).QuickCheckThrowOnFailure();
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => Holds(s ?? "")).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Comparison_on_arbitrary_pairs_never_throws()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(texts, texts, (a, b) =>
        {
            _ = QuoteComparisonTests.Compare([a, b]);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static bool Holds(string text)
    {
        var (_, claims) = QuoteCaseFiles.Extract("p.txt", text);
        return claims.All(c => c.Span.Start >= 0 && c.Span.End <= text.Length && c.Span.Length > 0
            && c.Text == text.Substring(c.Span.Start, c.Span.Length) && c.Words.Length > 0);
    }
}
