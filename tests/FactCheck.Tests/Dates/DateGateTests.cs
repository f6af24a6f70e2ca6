using FactCheck.Core.Normalize.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Dates;

/// <summary>
/// The recognizer skips a pattern when the text lacks a word the pattern cannot match without. These
/// tests run the recognizer with and without those cue gates and require the same mentions.
/// </summary>
public sealed class DateGateTests
{
    // Date words, number words, digits and joiners; glued together ("Marchfirst", "1990s") as well as spaced.
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", "May", "may", "June", "Sept.", "dec", "Monday", "Tue.", "friday", "Christmas", "Easter", "Labor Day",
        "1", "07", "16", "21st", "2nd", "31", "1990", "2025", "2016", "1987", "'99", "’90", "0s", "90s", "1970's", "12/", "/2019", "-", "–", "/", ".", ",", "'s", "’s",
        "one", "two", "First", "twenty", "twenty-first", "Thirty", "nineteen", "eighty", "six", "hundred", "two thousand", "oh", "ten",
        "day", "days", "week", "Weeks", "weekend", "fortnight", "month", "months", "quarter", "year", "Years", "decade", "century",
        "ago", "Ago", "hence", "from", "now", "today", "Tonight", "tomorrow", "tmrw", "yesterday", "after", "before", "next", "last",
        "this", "past", "previous", "coming", "upcoming", "following", "current", "in", "the future", "within", "less than", "for",
        "of", "on", "between", "and", "to", "through", "earlier", "later", "rest", "early", "mid", "late", "since", "until",
        "q1", "Q3", "h2", "H1", "few", "a", "several", "couple", "sixties", "Nineties", "twenties", "café", "K", "\u212A", "ſ",
        "3 days", "two weeks", "a few months", "from now", "from tomorrow", "after today", "before yesterday", "in the future",
        "the 15th", "15th of", "next month", "this year", "year's", "the day after tomorrow", "the week after next", "3rd quarter",
        "week 31", "20th century", "the first week of", "the rest of the", "Q1 2019", "2019 H2", "over the weekend", "1990s", "in a fortnight",
        // Digit runs of every length with the characters that may follow them (digit-led patterns check both first).
        "20161016", "4-22", "4.22", "2015.5.13", "3/2015", "2015 / 3", "100", "1000", "12345", "5:30", "2.5", "4,200", "0", "00", "32", "1٣", "3%", "١٢", "٢٠١٩", "%", "/", "\u00A0",
        // Words opening like a month, weekday or number word (only full names and number words may run on into more letters).
        "an", "An", "A", "decades", "Fortnights", "hour", "money", "Mon", "mon.", "month", "mayor", "Maybe", "Marchfirst", "marching", "Junior", "sunny", "Thus", "friend", "this", "Sevenjan", "secondly", "tenth-",
    ];

    private static readonly string[] Joiners = [" ", " ", " ", "", "-", ", ", "  "];

    public static TheoryData<string> CaseSentences()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Dates", "date-cases.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#') && seen.Add(line.Split('\t')[1]))
            {
                data.Add(line.Split('\t')[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseSentences))]
    public void Case_sentences_give_the_same_mentions_with_and_without_gates(string sentence)
    {
        foreach (var text in new[] { sentence, sentence.ToUpperInvariant(), sentence.ToLowerInvariant() })
        {
            Assert.Equal(Describe(DateRecognizer.Recognize(text, gated: false)), Describe(DateRecognizer.Recognize(text, gated: true)));
        }
    }

    // One or more sentences for each shortcut the gates take: digit runs by length and follower, days of the month,
    // "the" and "a"/"an" before the word a pattern goes on with, words that only open like a month or number word,
    // the word a pattern must go on to within a few words.
    [Theory]
    [InlineData("The talks began a day ago, a week before that an hour passed, and a few days from now a couple of months hence.")]
    [InlineData("An upcoming week of votes comes a year after an earlier one; a decade ago and a fortnight from today.")]
    [InlineData("She left 2 weeks and 3 days ago, an election is 4 weeks in the future, and the 5 upcoming years look calm.")]
    [InlineData("In the first week of June, the 3rd quarter of 2020, the twentieth of next month and the 2nd Monday of May.")]
    [InlineData("On the 15th they met; the year 2014 ended; the rest of the year; the week after next; the nineties.")]
    [InlineData("From 4 to 22 this month, between the ninth and the seventeenth of April, the 21st century, the 1990s.")]
    [InlineData("It rose 4,200 on 20.1 and at 5:30 by 3% but fell on 7 May 2019, on 07 June and on 32 July.")]
    [InlineData("Dates: 2015-3, 3/2015, 2025-07-01, 20161016, 4/22, on 4-22, 05-Aug-2016, 2019 Q1, 2019-H2, 2014-2018.")]
    [InlineData("The mayor, in a money market this month, said thus the Marchfirst deal and sevenjan were Mon. news.")]
    [InlineData("It ends a fortnighta few months from now, or two weeks, three days from now, or a week and a day ago.")]
    // A pattern that must go on to a month, a day or a unit is tried only where one follows; glued words run on.
    [InlineData("On Monday the 21st, 2 June, the twenty-first of June and 3 to 5 July.")]
    [InlineData("In May, Sevenjan.")]
    [InlineData("By the 4th day of this month, the coming calendar week, three past years, two next days, the 9 - 12 of the month.")]
    [InlineData("In June 2020, in May of 99, on Dec. 31 , 1994, between the ninth and the seventeenth of april, Friday, the 22nd.")]
    public void Sentences_for_each_gate_shortcut_give_the_same_mentions_with_and_without_gates(string sentence)
    {
        foreach (var text in new[] { sentence, sentence.ToUpperInvariant(), sentence.ToLowerInvariant() })
        {
            var ungated = Describe(DateRecognizer.Recognize(text, gated: false));
            Assert.NotEqual("", ungated);
            Assert.Equal(ungated, Describe(DateRecognizer.Recognize(text, gated: true)));
        }
    }

    [Fact]
    public void Strings_built_from_date_words_give_the_same_mentions_with_and_without_gates()
    {
        var piece = Gen.Elements(Pieces).SelectMany(p => Gen.Elements(Joiners).Select(j => p + j));
        var gen = Gen.ArrayOf(piece).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text =>
            Describe(DateRecognizer.Recognize(text, gated: false)) == Describe(DateRecognizer.Recognize(text, gated: true)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static string Describe(IReadOnlyList<DateMention> mentions) => string.Join(" | ", mentions.Select(m => m.ToString()));
}
