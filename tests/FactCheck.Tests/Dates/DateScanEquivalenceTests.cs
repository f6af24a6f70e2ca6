using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Dates;

/// <summary>
/// The recognizer's shortcuts must answer exactly as the patterns they stand in for: word alternations written as
/// prefix trees, the last-word check before end-anchored context patterns, and the hand scans that replaced small
/// patterns. Each property runs the shortcut and the plain pattern on generated strings and requires the same answer.
/// </summary>
public sealed class DateScanEquivalenceTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Strings glued from these: the words of the patterns, their near misses, case and Unicode look-alikes, spaces, digits.
    private static readonly string[] Pieces =
    [
        "the", "The", "early", "EARLY", "mid", "late", "of", "end", "beginning", "start", "middle", "at", "since", "ſince", "after", "before",
        "until", "till", "by", "starting", "from", "on", "in", "as", "to", "through", "than", "more", "no", "later", "not", "earlier", "prior",
        "up", "greater", "between", "now", "and", "week", "weeK", "commencing", "w/c", "his", "her", "their", "its", "my", "your", "our",
        "3", "two", "a few", "days", "weeks", "month", "s", "x", "ed", "'", "’", "-", "–", ",", "(", ".", " ", " ", "  ", "\t", "\u00A0", "\u2003",
        "or", "OR", "afterwards", "beyond", "today", "current date", "present", "thru", "—", "~", "café", "\u212A", "٣", "1", "twenty", "twelve", "two", "first", "fifth", "Sept", "sep", "september", "mar", "march", "may", "tue", "tues",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    private static string Describe(Match m) =>
        m.Success ? $"{m.Index}:{m.Length}:" + string.Join(",", m.Groups.Cast<Group>().Select(g => g.Success ? g.Value : "-")) : "none";

    [Fact]
    public void A_word_tree_matches_what_the_flat_alternation_matches()
    {
        string[][] lists =
        [
            ["twenty", "thirty", "twelve", "two", "three", "first", "fifth", "fifteen", "fifteenth", "tenth", "ten", "one", "seven", "seventeen"],
            ["september", "sept", "sep", "march", "mar", "may", "tuesday", "tues", "tue", "thu", "thur", "thurs"],
            ["ab", "", "abc", "a", "b", "ba", "abd"], // an empty word in the middle: nothing may move across it
            ["k", "K", "kk", "s", "st"],
        ];
        foreach (var words in lists)
        {
            var flat = new Regex(@"\G(?:" + string.Join("|", words.Select(Regex.Escape)) + ")", Options);
            var tree = new Regex(@"\G(?:" + WordTrie.Alternation(words) + ")", Options);
            var flatFollowed = new Regex("(?:" + string.Join("|", words.Select(Regex.Escape)) + @")(?:\s+t|e)", Options);
            var treeFollowed = new Regex("(?:" + WordTrie.Alternation(words) + @")(?:\s+t|e)", Options);
            var gen = Gen.ArrayOf(Gen.Elements(words.Concat(["e", " ", "t", "x", "ſ", "\u212A", "Ab", "TW"]).ToArray())).Select(p => string.Concat(p));
            Prop.ForAll(gen.ToArbitrary(), text =>
                Enumerable.Range(0, text.Length + 1).All(at => Describe(flat.Match(text, at)) == Describe(tree.Match(text, at)))
                && string.Join("|", flatFollowed.Matches(text).Select(Describe)) == string.Join("|", treeFollowed.Matches(text).Select(Describe)))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
        }
    }

    [Fact]
    public void The_last_word_check_never_turns_away_a_stretch_the_pattern_matches()
    {
        // Every stretch that ends somewhere in the text and reaches back at most 40 characters, as the recognizer asks.
        foreach (var pattern in DateRecognizer.TrailingPatterns)
        {
            Prop.ForAll(Texts(), text =>
                Enumerable.Range(0, text.Length + 1).All(end =>
                    Describe(pattern.Match(text, Math.Max(0, end - 40), end)) == Describe(pattern.Pattern.Match(text[Math.Max(0, end - 40)..end]))))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(400));
        }
    }

    [Fact]
    public void The_first_word_check_never_turns_away_a_stretch_the_pattern_matches()
    {
        // Every stretch that starts somewhere in the text and runs on at most 30 characters, as the recognizer asks.
        foreach (var pattern in DateRecognizer.LeadingPatterns)
        {
            Prop.ForAll(Texts(), text =>
                Enumerable.Range(0, text.Length + 1).All(start =>
                    Describe(pattern.Match(text, start, Math.Min(text.Length, start + 30))) == Describe(pattern.Pattern.Match(text[start..Math.Min(text.Length, start + 30)]))))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(400));
        }
    }

    [Theory]
    [InlineData(0, "in the mid-")]
    [InlineData(0, "at the end of the ")]
    [InlineData(1, "no later than ")]
    [InlineData(1, "Starting on  ")]
    [InlineData(2, "the week beginning ")]
    [InlineData(2, "w/c ")]
    [InlineData(3, "three weeks after ")]
    [InlineData(4, "between now and ")]
    [InlineData(5, "from ")]
    [InlineData(6, "in their early ")]
    public void The_last_word_check_lets_through_what_the_pattern_matches(int pattern, string stretch)
    {
        var trailing = DateRecognizer.TrailingPatterns[pattern];
        var match = trailing.Match(stretch, 0, stretch.Length);
        Assert.True(match.Success);
        Assert.Equal(Describe(trailing.Pattern.Match(stretch)), Describe(match));
    }

    [Theory]
    [InlineData(0, " and later")]
    [InlineData(0, "  or earlier than")]
    [InlineData(1, " – ")]
    [InlineData(1, " through ")]
    [InlineData(2, " to the present")]
    [InlineData(2, " AND NOW,")]
    public void The_first_word_check_lets_through_what_the_pattern_matches(int pattern, string stretch)
    {
        var leading = DateRecognizer.LeadingPatterns[pattern];
        var match = leading.Match(stretch, 0, stretch.Length);
        Assert.True(match.Success);
        Assert.Equal(Describe(leading.Pattern.Match(stretch)), Describe(match));
    }

    [Theory]
    [InlineData("in the early ", true)]
    [InlineData("the end of the ", true)]
    [InlineData("since ", true)]
    [InlineData("SINCE  ", true)]
    [InlineData("ſince ", true)] // non-ASCII: left to the pattern
    [InlineData("sincere ", false)]
    [InlineData("mid-", true)]
    [InlineData("people ", false)]
    [InlineData("", false)]
    public void The_last_word_check_reads_the_last_word(string stretch, bool mayMatch)
    {
        var check = new TrailingWordPattern(new Regex("x$"), "early", "of", "the", "since", "mid");
        Assert.Equal(mayMatch, check.MayMatch(stretch));
    }

    [Fact]
    public void Space_then_digit_is_the_pattern_it_replaced()
    {
        var pattern = new Regex(@"^\s*\d", RegexOptions.None);
        Prop.ForAll(Texts(), Gen.Choose(0, 6).ToArbitrary(), (text, window) =>
            Enumerable.Range(0, text.Length + 1).All(at =>
                DateRecognizer.SpaceThenDigit(text, at, window) == pattern.IsMatch(text[at..Math.Min(text.Length, at + window)])))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void A_day_number_after_a_weekday_is_the_pattern_it_replaced()
    {
        var pattern = new Regex(@"^\s*,?\s*(?:the\s+)?\d", RegexOptions.CultureInvariant);
        Prop.ForAll(Texts(), Gen.Choose(0, 14).ToArbitrary(), (text, window) =>
            Enumerable.Range(0, text.Length + 1).All(at =>
                DateRecognizer.DateNumberAfter(text, at, window) == pattern.IsMatch(text[at..Math.Min(text.Length, at + window)])))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void The_tense_word_scan_finds_the_words_of_the_pattern_it_replaced()
    {
        var pattern = new Regex(@"[\p{L}][\p{L}'’]*", RegexOptions.CultureInvariant);
        Prop.ForAll(Texts(), text =>
            string.Join("|", TenseDetector.Words(text).Select(w => $"{w.Start}:{w.Length}"))
                == string.Join("|", pattern.Matches(text).Select(m => $"{m.Index}:{m.Length}")))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }
}
