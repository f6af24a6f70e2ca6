using FactCheck.Core.Normalize.Events;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Events;

/// <summary>
/// The literal pre-checks that let the event readers skip their regexes must never skip a sentence a
/// regex would match: for generated text, every pattern that matches has its gate open. Also the phrase
/// sets answer exactly as asking each phrase in turn.
/// </summary>
public sealed class EventPrecheckPropertyTests
{
    // Pieces of what the patterns look for, near misses, other cases, Unicode digits and punctuation.
    private static readonly string[] Pieces =
    [
        "in", "its", "third", "year", "Year", "YEAR", "years", "began", "begun", "started", "broke", "out", "broke out", "erupted",
        "was launched", "were launched", "launched", "commenced", "on", "aged", "Aged", "81", "7", "120", "1950", "2022",
        "-year-old", "81-year-old", "year-old", "born", "Born", "Maria", "Lopez", "Lopez,", ",", ", ", ".", ";", "\u0663\u0661",
        "\uFF18\uFF11", "Jan", "January", "Feb", "Sept", "Sep.", "June", "Jun", "jun", "May", "Dec", "of", "since", "2nd", "3rd",
        "Monday", "Sunday", "monday", "day", "today", "\n", "\u00A0", "\u2019", "K", "\u212A", "\u0130",
    ];

    private static Arbitrary<string> Text() => PieceText.From(Pieces);

    [Fact]
    public void A_time_fact_pattern_that_matches_has_its_cue()
    {
        Prop.ForAll(Text(), text =>
        {
            var cues = TimeFactReader.Cues(text);
            return (!TimeFactReader.OrdinalYear().IsMatch(text) || (cues & TimeFactReader.Cue.OrdinalYear) != 0)
                && (!TimeFactReader.StartVerb().IsMatch(text) || (cues & TimeFactReader.Cue.StartVerb) != 0)
                && (!TimeFactReader.Age().IsMatch(text) || (cues & TimeFactReader.Cue.Age) != 0)
                && (!TimeFactReader.AppositiveAge().IsMatch(text) || (cues & TimeFactReader.Cue.AppositiveAge) != 0)
                && (!TimeFactReader.Born().IsMatch(text) || (cues & TimeFactReader.Cue.Born) != 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_date_pattern_that_matches_has_its_gate_open()
    {
        Prop.ForAll(Text(), text =>
        {
            var (digits, months, weekdays) = EventDateReader.Gates(text);
            return (!EventDateReader.MonthDay().IsMatch(text) || months)
                && (!EventDateReader.DayMonth().IsMatch(text) || months)
                && (!EventDateReader.MonthYear().IsMatch(text) || months)
                && (!EventDateReader.Year().IsMatch(text) || digits)
                && (!EventDateReader.Weekday().IsMatch(text) || weekdays);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("the war, now in its third year", true)]
    [InlineData("Maria Lopez, 81, said", true)]
    [InlineData("the talks broke out of deadlock", true)]
    [InlineData("nothing here at all", false)]
    public void Cues_see_the_literals(string text, bool any)
    {
        Assert.Equal(any, TimeFactReader.Cues(text) != TimeFactReader.Cue.None);
    }

    private static readonly string[] TokenWords = ["no", "not", "did", "will", "plans", "to", "be", "held", "Never", "NO", "took", "place", "a", "the"];

    private static readonly string[] PatternWords = ["no", "not", "did", "will", "plans", "to", "be", "held", "never", "took", "place", "..", "pl*", "t*"];

    [Fact]
    public void A_phrase_set_answers_as_each_phrase_asked_in_turn()
    {
        var phrases = Gen.Elements(PatternWords).NonEmptyListOf().Select(p => (IReadOnlyList<string>)[.. p]).ListOf();
        var words = Gen.Elements(TokenWords).ListOf();
        var cases = phrases.SelectMany(p => words.SelectMany(w => Gen.Choose(-1, w.Count + 1).SelectMany(a => Gen.Choose(-1, w.Count).Select(b => (p, w, a, b)))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (phraseList, wordList, from, to) = c;
            var tokens = WordTokens.Split(string.Join(" ", wordList), 0, string.Join(" ", wordList).Length);
            to = Math.Min(to, tokens.Count);
            var expected = phraseList.Any(p => WordTokens.ContainsPhrase(tokens, from, to, p));
            return new PhraseSet(phraseList).Occurs(tokens, from, to) == expected;
        }).QuickCheckThrowOnFailure();
    }
}
