using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Text;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Quotes;

/// <summary>
/// The hand-written shortcuts of the quote extractor agree with what they replace: the speech-verb
/// pre-check never rules out a sentence whose tokens hold a speech verb, the word counts equal
/// Split's, and the scanner's passages come in start order.
/// </summary>
public sealed class QuotePrecheckPropertyTests
{
    // Speech verbs in several cases, near misses, marks that make holes and apostrophes, and letters whose lower case is another letter's.
    private static readonly string[] Pieces =
    [
        "said", "Said", "SAID", "says", "told", "added", "sa", "id", "saidx", "unsaid", "said's", "said\u2019", "'", "\u2019", "\u201C",
        "\u201D", "\"", "-", ".", ",", "2", "x", "Jane", "Doe", "he", "\u0130", "\u212A", "SA\u0130D", " ", "\n", "U.S.", "Gen.",
    ];

    private static Arbitrary<string> Text() => PieceText.From(Pieces);

    [Fact]
    public void A_text_whose_tokens_hold_a_speech_verb_passes_the_precheck()
    {
        Prop.ForAll(Text(), text =>
        {
            var attribution = new AttributionText(text);
            var holes = QuoteScanner.Scan(attribution.Value).Where(p => p.Depth == 0).Select(p => p.Outer).ToList();
            var hasVerb = attribution.Tokens(0, text.Length, []).Concat(attribution.Tokens(0, text.Length, holes))
                .Any(t => t.IsWord && QuoteLexicon.IsSpeechVerb(t.Lower));
            return !hasVerb || QuoteLexicon.MayHoldSpeechVerb(attribution.Value);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("Jane Doe said the plan was sound.", true)]
    [InlineData("JANE DOE SAID SO", true)]
    [InlineData("The plan was sound.", false)]
    public void Precheck_finds_the_verb(string text, bool expected)
    {
        Assert.Equal(expected, QuoteLexicon.MayHoldSpeechVerb(text));
    }

    [Theory]
    [InlineData("SA\u0130D")]
    [InlineData("\u212Aelly SAID")]
    [InlineData("Said")]
    public void Precheck_agrees_with_the_tokens_on_letters_whose_lower_case_is_plain(string text)
    {
        var tokensHoldVerb = new AttributionText(text).Tokens(0, text.Length, []).Any(t => t.IsWord && QuoteLexicon.IsSpeechVerb(t.Lower));
        Assert.Equal(tokensHoldVerb, QuoteLexicon.MayHoldSpeechVerb(text));
    }

    [Fact]
    public void Word_runs_are_counted_as_Split_counts_them()
    {
        Prop.ForAll(Text(), text =>
            QuoteExtractor.CountRuns(text, " ") == text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length
            && QuoteExtractor.CountRuns(text, " \n\t\r") == text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Passages_come_ordered_by_start_then_depth_with_distinct_starts()
    {
        Prop.ForAll(Text(), text =>
        {
            var passages = QuoteScanner.Scan(text);
            var ordered = passages.OrderBy(p => p.Outer.Start).ThenBy(p => p.Depth).ToList();
            return passages.SequenceEqual(ordered) && passages.Select(p => p.Outer.Start).Distinct().Count() == passages.Count
                && passages.All(p => p.Outer.Length <= 4001 && text.Length >= p.Outer.End);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_opening_mark_left_open_beyond_the_longest_quotation_is_dropped()
    {
        var text = "\u201C" + new string('a', 4100) + "\u201D";
        Assert.Empty(QuoteScanner.Scan(text));
        var inside = "\u201C" + new string('a', 3000) + "\u201D";
        Assert.Single(QuoteScanner.Scan(inside));
        Assert.Equal(new TextSpan(0, inside.Length), QuoteScanner.Scan(inside)[0].Outer);
    }
}
