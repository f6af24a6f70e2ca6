using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Times;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.TimesOfDay;

/// <summary>
/// The time-of-day cases in time-cases.tsv: each line is a publication date, a sentence and the exact
/// time claims the extractor must report for it (text, value, flags), or none.
/// </summary>
public sealed class TimeOfDayCaseTests
{
    public static TheoryData<int, string, string, string> Cases() => CaseFile.ThreeFields("TimesOfDay", "time-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_gives_the_expected_time_claims(int line, string published, string sentence, string expected)
    {
        DateOnly? date = published == "-" ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("case.txt", sentence, new SourceMetadata(null, null, date, null)));
        var dates = new DateExtractor().Extract(source, []).ToList();

        var got = new TimeOfDayExtractor().Extract(source, dates).Cast<TimeOfDayClaim>().Select(Describe).Order(StringComparer.Ordinal).ToList();
        var want = expected == "-" ? [] : expected.Split(';').Select(e => e.Trim()).Order(StringComparer.Ordinal).ToList();

        Assert.True(want.SequenceEqual(got), $"line {line}: '{sentence}'\n  expected: {string.Join("; ", want)}\n  got:      {string.Join("; ", got)}");
    }

    private static string Describe(TimeOfDayClaim c)
    {
        var value = c.Low == c.High ? TimeOfDayClaim.Clock(c.Low) : $"{TimeOfDayClaim.Clock(c.Low)}-{TimeOfDayClaim.Clock(c.High)}";
        var flags = new List<string>();
        if (c.Approximate)
        {
            flags.Add("~");
        }

        if (c.OpenLow)
        {
            flags.Add("<");
        }

        if (c.OpenHigh)
        {
            flags.Add(">");
        }

        if (c.TwelveHour)
        {
            flags.Add("12");
        }

        if (c.Role != TimeRole.Point)
        {
            flags.Add(c.Role.ToString().ToLowerInvariant());
        }

        if (c.Day is { } day)
        {
            flags.Add("@" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (c.Zone is not null)
        {
            flags.Add("Z=" + c.Zone);
        }

        return $"{c.Text}|{value}|{string.Join(' ', flags)}";
    }
}
