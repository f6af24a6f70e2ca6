using System.Globalization;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Dates;

/// <summary>
/// The news date cases in date-cases.tsv: each line is a publication date, a sentence and the exact
/// date claims the extractor must report for it (text, ISO value, precision), or none.
/// </summary>
public sealed class DateCaseTests
{
    public static TheoryData<int, string, string, string> Cases() => CaseFile.ThreeFields("Dates", "date-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_gives_the_expected_date_claims(int line, string published, string sentence, string expected)
    {
        DateOnly? date = published == "-" ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("case.txt", sentence, new SourceMetadata(null, null, date, null)));

        var got = new DateExtractor().Extract(source, []).Cast<DateClaim>()
            .Select(c => $"{c.Text}|{c.Resolved?.ToIso() ?? "?"}|{c.Resolved?.Precision.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var want = expected == "-"
            ? []
            : expected.Split(';').Select(e => e.Trim()).Order(StringComparer.Ordinal).ToList();

        Assert.True(want.SequenceEqual(got), $"line {line}: '{sentence}'\n  expected: {string.Join("; ", want)}\n  got:      {string.Join("; ", got)}");
    }
}
