using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Pipeline;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

/// <summary>
/// A numeric conflict inside the two sides of one quote-wording conflict is not reported twice: the wording finding
/// shows the changed figure. A figure a report states in its own words is still a numeric conflict.
/// </summary>
public sealed class FiguresInQuotesTests
{
    private const string QuoteA = "\u201COur members have gone three years without a pay rise that keeps pace with prices,\u201D said union organiser Fenna Strand.";
    private const string QuoteB = "\u201COur members have gone five years without a pay rise that keeps pace with prices,\u201D said union organiser Fenna Strand.";

    [Fact]
    public void A_figure_changed_inside_one_quotation_is_one_wording_conflict()
    {
        var findings = FindingsOf(QuoteA, QuoteB);

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict && f.Type == "quote-wording");
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict && f.Type == "numeric");
    }

    [Fact]
    public void A_figure_told_outside_the_quotation_still_conflicts()
    {
        var findings = FindingsOf(
            QuoteA + " Ferry crews have gone three years without a pay rise that keeps pace with prices, the union said.",
            QuoteB + " Ferry crews have gone five years without a pay rise that keeps pace with prices, the union said.");

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict && f.Type == "numeric"
            && f.Claims.Any(c => c.Sentence.Text.StartsWith("Ferry", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_date_changed_inside_one_quotation_is_one_wording_conflict()
    {
        var findings = FindingsOf(
            "\u201CTen years ago a frost this late in Harrowmere would have been unthinkable,\u201D said forecaster Lena Ostberg.",
            "\u201CTwenty years ago a frost this late in Harrowmere would have been unthinkable,\u201D said forecaster Lena Ostberg.",
            new DateOnly(2026, 3, 10));

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict && f.Type == "quote-wording");
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict && f.Type == "date");
    }
}
