using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Report;

/// <summary>
/// The Markdown writer renders rows and findings in parallel pieces; the report must still list
/// them in the order given, however many there are and whatever their lengths.
/// </summary>
public sealed class MarkdownOrderTests
{
    [Fact]
    public void Thousands_of_rows_and_findings_come_out_in_the_order_given()
    {
        const int count = 3000;
        var sources = Enumerable.Range(0, count)
            .Select(i => ReportFixture.Source(
                $"s{i:D5}.txt",
                $"Headline {i}\n{new string('\n', i % 7)}The council counted {i + 1} boats at the quay.",
                outlet: i % 3 == 0 ? null : $"Outlet {i}"))
            .ToList();
        var claims = sources.Select((s, i) => (Claim)ReportFixture.Quantity(s, $"{i + 1} boats", i + 1, "boat", 1)).ToList();
        var conflicts = Enumerable.Range(0, count - 1)
            .Select(i => new Finding(FindingKind.Conflict, "numeric", Severity.High, $"conflict {i}", [claims[i], claims[i + 1]]) { Id = $"F{i + 1}" });
        var agreements = Enumerable.Range(0, count - 1)
            .Select(i => new Finding(FindingKind.Agreement, "numeric", Severity.Low, $"agreement {i}", [claims[i + 1], claims[i]]) { Id = $"F{count + i}" });
        var report = new CheckReport(
            "rules", [.. sources.Select(s => new ReportedSource(s, "c1", false, 1))], claims, [.. conflicts, .. agreements], [], []);

        var markdown = MarkdownReportWriter.Write(report);

        AssertInOrder(markdown, sources.Select(s => $"| {s.Id} |"));
        AssertInOrder(markdown, Enumerable.Range(0, count - 1).Select(i => $"— conflict {i}\n"));
        AssertInOrder(markdown, Enumerable.Range(0, count - 1).Select(i => $"— agreement {i} —"));

        // Each side cites its own file and line, which depends on the source's own line breaks.
        Assert.Contains($"s00006.txt:{1 + 6 + 1}", markdown, StringComparison.Ordinal);
        Assert.Contains("Outlet 5** (s00005.txt:7)", markdown, StringComparison.Ordinal);
    }

    private static void AssertInOrder(string text, IEnumerable<string> pieces)
    {
        var at = 0;
        foreach (var piece in pieces)
        {
            var next = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{piece.TrimEnd()}' is missing or out of order");
            at = next + piece.Length;
        }
    }
}
