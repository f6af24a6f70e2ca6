using FactCheck.Core.Normalize.Times;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.TimesOfDay;

/// <summary>
/// The pre-check that lets the time recognizer skip most sentences must never skip one its pattern
/// matches: for generated text, a match of the clock-time pattern always has the pre-check open.
/// </summary>
public sealed class TimeOfDayPrecheckPropertyTests
{
    // Pieces of times, their marks in every case, zones, near misses and lookalike Unicode letters.
    private static readonly string[] Pieces =
    [
        "7", "07", "19", "23", "0542", "1230", "7:42", "7.42", ":", ".", "42", "am", "AM", "a.m.", "A.M.", "pm", "p.m", "p. m.", "m",
        "M", "noon", "Noon", "NOON", "midday", "MidDay", "midnight", "Midnight", "GMT", "gmt", "UTC", "utc", "Utc", "BST", "local time",
        "at", "by", "about", "(", ")", ",", "\u00A0", "\u212A", "\u0130", "\u0131", "\uFF17", "\u0667", "the", "service", "\n",
    ];

    [Fact]
    public void A_clock_time_the_pattern_matches_has_the_precheck_open()
    {
        Prop.ForAll(PieceText.From(Pieces), text =>
            !TimeOfDayRecognizer.ClockTime().IsMatch(text) || TimeOfDayRecognizer.MayHoldTime(text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(5000)); // cheap: one pattern and one pre-check per case
    }

    [Theory]
    [InlineData("the blast came at 0542 utc", true)]
    [InlineData("shortly after Noon", true)]
    [InlineData("at 9pm", true)]
    [InlineData("at 7 p. m.", true)]
    [InlineData("the forty members met in May", false)]
    public void The_precheck_sees_the_marks_in_any_case(string text, bool open)
    {
        Assert.Equal(open, TimeOfDayRecognizer.MayHoldTime(text));
    }
}
