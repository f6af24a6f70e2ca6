using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Pipeline;

/// <summary>
/// The project's own sample folder (the README's first command) as a regression fixture: an
/// invented flood told by three outlets with deliberate disagreements, and one off-topic article.
/// </summary>
public sealed class SamplesTests
{
    private static async Task<CheckReport> CheckSamples()
    {
        var folder = Path.Combine(SharedFolder.RepoRoot(), "samples");
        return await FactCheckerFactory.CreateRules().CheckAsync(new FolderLoader(new LoadOptions()).Load(folder));
    }

    [Theory]
    [InlineData("numeric", "northshore-daily.html", "valley-courier.md")]
    [InlineData("date", "northshore-daily.html", "valley-courier.md")]
    [InlineData("weekday", "riverside-post.txt", null)]
    [InlineData("quote-wording", "northshore-daily.html", "valley-courier.md")]
    [InlineData("attribution", "northshore-daily.html", "valley-courier.md")]
    [InlineData("channel", "northshore-daily.html", "valley-courier.md")]
    [InlineData("outcome", "northshore-daily.html", "valley-courier.md")]
    [InlineData("derived", "northshore-daily.html", "valley-courier.md")]
    public async Task Each_planted_disagreement_is_found_between_the_right_sources(string type, string one, string? other)
    {
        var report = await CheckSamples();

        var conflict = Assert.Single(report.Findings!, f => f.Kind == FindingKind.Conflict && f.Type == type);
        Assert.Contains(one, conflict.SourceIds);
        if (other is not null)
        {
            Assert.Contains(other, conflict.SourceIds);
        }
    }

    [Fact]
    public async Task Hedged_and_bounded_numbers_that_agree_raise_no_conflict()
    {
        var report = await CheckSamples();

        var evacuated = Assert.Single(report.Findings!, f => f.Kind == FindingKind.Agreement && f.Summary.Contains("resident", StringComparison.Ordinal));
        Assert.Equal(3, evacuated.SourceIds.Count);
        Assert.Equal(8, report.Findings!.Count(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public async Task The_off_topic_article_stands_apart_and_is_compared_with_no_one()
    {
        var report = await CheckSamples();

        Assert.True(report.Sources.Single(s => s.Source.Id == "tech-ledger.txt").StandsApart);
        Assert.DoesNotContain(report.Findings!, f => f.SourceIds.Contains("tech-ledger.txt") && f.Kind != FindingKind.SingleSource);
    }

    [Fact]
    public async Task The_report_is_byte_identical_whatever_the_thread_count()
    {
        var loaded = new FolderLoader(new LoadOptions()).Load(Path.Combine(SharedFolder.RepoRoot(), "samples"));

        var one = JsonReportWriter.Write(await FactCheckerFactory.CreateRules().WithThreads(1).CheckAsync(loaded));
        var four = JsonReportWriter.Write(await FactCheckerFactory.CreateRules().WithThreads(4).CheckAsync(loaded));
        var markdownOne = MarkdownReportWriter.Write(await FactCheckerFactory.CreateRules().WithThreads(1).CheckAsync(loaded));
        var markdownFour = MarkdownReportWriter.Write(await FactCheckerFactory.CreateRules().WithThreads(4).CheckAsync(loaded));

        Assert.Equal(one, four);
        Assert.Equal(markdownOne, markdownFour);
    }

    [Fact]
    public async Task Writing_the_report_to_a_stream_gives_the_same_text_as_the_string()
    {
        var report = await CheckSamples();
        using var markdown = new StringWriter();
        MarkdownReportWriter.Write(report, markdown);
        using var json = new MemoryStream();
        JsonReportWriter.Write(report, json);

        Assert.Equal(MarkdownReportWriter.Write(report), markdown.ToString());
        Assert.True(markdown.ToString().Length > 1000);
        Assert.Equal(JsonReportWriter.Write(report), System.Text.Encoding.UTF8.GetString(json.ToArray()));
    }
}
