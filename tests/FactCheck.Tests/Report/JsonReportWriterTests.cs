using System.Text.Json;
using FactCheck.Core.Compare;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Report;

/// <summary>The JSON writer beyond the hostile report: extract shape, odd text, line ends, worst conflict.</summary>
public sealed class JsonReportWriterTests
{
    private static readonly Core.Normalize.AnalyzedSource Source = ReportFixture.Source(
        "a.txt", "Line one.\nThe storm cut power to 3,000 homes on Monday.\n", "Storm", "Valley Post", new DateOnly(2025, 1, 2));

    [Fact]
    public void Extract_report_has_sources_and_claims_but_no_findings()
    {
        var claim = ReportFixture.Quantity(Source, "3,000 homes", 3000, "home", 1);
        var report = new CheckReport("rules", [new(Source, "", false, 1)], [claim], null, [], []);

        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var root = json.RootElement;

        Assert.False(root.TryGetProperty("findings", out _));
        Assert.False(root.GetProperty("summary").TryGetProperty("conflicts", out _));
        var source = Assert.Single(root.GetProperty("sources").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("cluster").ValueKind);
        Assert.Equal("2025-01-02", source.GetProperty("published").GetString());
        var c = Assert.Single(root.GetProperty("claims").EnumerateArray());
        Assert.Equal(("a.txt#q1", "quantity", "3,000 homes"), (c.GetProperty("id").GetString(), c.GetProperty("kind").GetString(), c.GetProperty("text").GetString()));
        Assert.Equal((2, 24), (c.GetProperty("line").GetInt32(), c.GetProperty("column").GetInt32()));
        Assert.Equal(3000m, c.GetProperty("value").GetDecimal());
        Assert.Equal("=", c.GetProperty("bound").GetString());
    }

    [Fact]
    public void Field_order_follows_the_contract()
    {
        var claim = ReportFixture.Quantity(Source, "3,000 homes", 3000, "home", 1);
        var report = new CheckReport("rules", [new(Source, "c1", false, 1)], [claim], [], [], []);
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var root = json.RootElement;

        Assert.Equal(["schemaVersion", "tool", "mode"], root.EnumerateObject().Take(3).Select(p => p.Name));
        Assert.Equal(["id", "title", "outlet", "published"], root.GetProperty("sources")[0].EnumerateObject().Take(4).Select(p => p.Name));
        Assert.Equal(
            ["id", "source", "kind", "text", "sentence", "start", "end", "line", "column", "value", "unit", "approximate", "bound"],
            root.GetProperty("claims")[0].EnumerateObject().Take(13).Select(p => p.Name));
    }

    [Fact]
    public void Broken_surrogates_and_controls_still_give_valid_json_with_unix_line_ends()
    {
        var odd = ReportFixture.Source("odd\ud800.txt", "Text\u0000 with \udc00 odd\r\n characters.", "Title \u202E\u0007");
        var report = new CheckReport("rules", [new(odd, "c1", false, 0)], [], [], [], ["warn \ud800"]);

        var text = JsonReportWriter.Write(report);

        using var json = JsonDocument.Parse(text);
        Assert.Equal("Title \u202E\u0007", json.RootElement.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Worst_conflict_ignores_agreements_and_is_null_without_conflicts()
    {
        var claim = ReportFixture.Quantity(Source, "3,000 homes", 3000, "home", 1);
        CheckReport With(params Finding[] findings) => new("rules", [new(Source, "c1", false, 1)], [claim], findings, [], []);

        Assert.Null(With().WorstConflict);
        Assert.Null(With(new Finding(FindingKind.Agreement, "numeric", Severity.High, "x", [claim])).WorstConflict);
        Assert.Equal(
            Severity.Medium,
            With(new Finding(FindingKind.Conflict, "numeric", Severity.Low, "x", [claim]), new Finding(FindingKind.Conflict, "date", Severity.Medium, "y", [claim])).WorstConflict);
        Assert.Null(new CheckReport("rules", [], [], null, [], []).WorstConflict);
    }
}
