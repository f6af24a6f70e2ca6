using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Report;
using FactCheck.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Tests.Report;

/// <summary>The Markdown report's layout: sections, summary counts, attribution, extract listing.</summary>
public sealed class MarkdownReportWriterTests
{
    private static readonly Core.Normalize.AnalyzedSource Herald = ReportFixture.Source(
        "herald.txt",
        "Harbor fire\n\nA fire at the Port Meridian terminal destroyed 40 containers on Tuesday.\nNo one was hurt.\n",
        "Harbor fire", "Meridian Herald", new DateOnly(2025, 3, 5));

    private static readonly Core.Normalize.AnalyzedSource Ledger = ReportFixture.Source(
        "ledger.txt",
        "The blaze at the terminal destroyed 45 containers, officials said.\n");

    [Fact]
    public void Extract_lists_each_sources_claims_with_file_line_and_marked_sentence()
    {
        var forty = ReportFixture.Quantity(Herald, "40 containers", 40, "container", 1);
        var fortyFive = ReportFixture.Quantity(Ledger, "45 containers", 45, "container", 1);
        var report = new CheckReport("rules", [new(Herald, "", false, 1), new(Ledger, "", false, 1)], [forty, fortyFive], null, [], []);

        var markdown = MarkdownReportWriter.Write(report);
        var doc = MarkdownAst.Parse(markdown);

        Assert.Equal(["FactCheck claims", "Sources", "Claims"], MarkdownAst.Headings(doc));
        var rows = MarkdownAst.TableRows(Assert.Single(doc.Descendants<Table>()));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Count));
        Assert.Equal(["herald.txt", "Meridian Herald", "Harbor fire", "2025-03-05", "1"], rows[1]);
        var items = doc.Descendants<ListItemBlock>().Select(MarkdownAst.Text).ToList();
        Assert.Contains("herald.txt:3 · quantity · 40 container: “A fire at the Port Meridian terminal destroyed 40 containers on Tuesday.”", items);
        Assert.Contains("ledger.txt:1 · quantity · 45 container: “The blaze at the terminal destroyed 45 containers, officials said.”", items);
        Assert.Contains("**40 containers**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Conflicts", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_findings_says_none_and_leaves_out_empty_sections()
    {
        var report = new CheckReport("rules", [new(Herald, "c1", false, 0), new(Ledger, "c1", false, 0)], [], [], [], []);
        var markdown = MarkdownReportWriter.Write(report);
        var doc = MarkdownAst.Parse(markdown);

        Assert.Equal(["FactCheck report", "Sources", "Conflicts", "Corroborated facts"], MarkdownAst.Headings(doc));
        Assert.Contains("- **0** conflicts\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Conflicts\n\nNone found.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("LLM:", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { Severity.Low, Severity.High, Severity.Low }, "**3** conflicts: 1 high, 2 low")]
    [InlineData(new[] { Severity.Medium }, "**1** conflict: 1 medium")]
    [InlineData(new[] { Severity.Low, Severity.Medium, Severity.High }, "**3** conflicts: 1 high, 1 medium, 1 low")]
    public void Summary_counts_conflicts_by_severity_worst_first(Severity[] severities, string expected)
    {
        var a = ReportFixture.Quantity(Herald, "40 containers", 40, "container", 1);
        var b = ReportFixture.Quantity(Ledger, "45 containers", 45, "container", 1);
        var findings = severities.Select((s, i) => new Finding(FindingKind.Conflict, "numeric", s, $"conflict {i}", [a, b]) { Id = $"F{i + 1}" }).ToList();
        var report = new CheckReport("rules", [new(Herald, "c1", false, 1), new(Ledger, "c1", false, 1)], [a, b], findings, [], []);

        var markdown = MarkdownReportWriter.Write(report);

        Assert.Contains("- " + expected + "\n", markdown, StringComparison.Ordinal);
        var severityHeadings = MarkdownAst.Headings(MarkdownAst.Parse(markdown)).Where(h => h.Contains('(', StringComparison.Ordinal)).ToList();
        var expectedOrder = severities.Distinct().OrderDescending().Select(s => s.ToString()).ToList();
        Assert.Equal(expectedOrder, severityHeadings.Select(h => h[..h.IndexOf(' ', StringComparison.Ordinal)]).ToList());
    }

    [Fact]
    public void Sides_name_the_outlet_or_else_the_file_and_line()
    {
        var a = ReportFixture.Quantity(Herald, "40 containers", 40, "container", 1);
        var b = ReportFixture.Quantity(Ledger, "45 containers", 45, "container", 1);
        var report = new CheckReport(
            "rules",
            [new(Herald, "c1", false, 1), new(Ledger, "c1", false, 1)],
            [a, b],
            [new Finding(FindingKind.Conflict, "numeric", Severity.High, "Containers destroyed: 40 vs 45", [a, b]) { Id = "F1" }],
            [],
            []);

        var markdown = MarkdownReportWriter.Write(report);

        Assert.Contains("- **Meridian Herald** (herald.txt:3) — 40 container: “A fire at the Port Meridian terminal destroyed **40 containers** on Tuesday.”\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **ledger.txt:1** — 45 container: “The blaze at the terminal destroyed **45 containers**, officials said.”\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_outside_its_sentence_is_marked_where_its_text_occurs_in_the_sentence()
    {
        var claim = ReportFixture.Quantity(Ledger, "45 containers", 45, "container", 1) with
        {
            Span = new TextSpan(500, 513), // beyond the text: a claim built elsewhere
        };

        var marked = MarkedSentence.Of(Ledger, claim);

        Assert.Equal(new MarkedSentence("The blaze at the terminal destroyed ", "45 containers", ", officials said."), marked);
    }

    [Fact]
    public void Llm_usage_is_summarised_when_present()
    {
        var report = new CheckReport("llm", [new(Herald, "c1", false, 0)], [], [], [], []) { Usage = new LlmUsage(12, 5, 123456, 7890, 2) };
        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("- Mode: llm\n- LLM: 12 calls (5 from cache), 123,456 input and 7,890 output tokens; 2 fell back to rules\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_files_and_warnings_are_listed_with_their_reasons()
    {
        var report = new CheckReport("rules", [new(Herald, "c1", false, 0)], [], [], [new SkippedFile("big.txt", "file is 20 bytes, larger than --max-file-size 10")], ["clusterer fell back"]);
        var doc = MarkdownAst.Parse(MarkdownReportWriter.Write(report));
        var items = doc.Descendants<ListItemBlock>().Select(MarkdownAst.Text).ToList();
        Assert.Contains("big.txt: file is 20 bytes, larger than --max-file-size 10", items);
        Assert.Contains("clusterer fell back", items);
        Assert.Contains("Skipped files", MarkdownAst.Headings(doc));
        Assert.Empty(doc.Descendants<LinkInline>());
    }
}

/// <summary>Clipping a long sentence around its claim.</summary>
public sealed class MarkedSentenceTests
{
    [Theory]
    [InlineData("short before ", " short after", 20, "short before ", " short after")]
    [InlineData("one two three four five six ", " seven eight nine ten eleven", 12, "… five six ", " seven eight…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz ", " abcdefghijklmnopqrstuvwxyz", 10, "… ", " abcdefghi…")]
    [InlineData("x abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz x", 10, "…qrstuvwxyz", "abcdefghij…")]
    public void Clipped_keeps_the_claim_and_cuts_at_words(string before, string after, int context, string clippedBefore, string clippedAfter)
    {
        var clipped = new MarkedSentence(before, "the claim", after).Clipped(context);
        Assert.Equal(new MarkedSentence(clippedBefore, "the claim", clippedAfter), clipped);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void Clipping_never_splits_a_surrogate_pair(int context)
    {
        var emoji = string.Concat(Enumerable.Repeat("\ud83d\ude00", 20));
        var clipped = new MarkedSentence(emoji, "x", emoji).Clipped(context);

        // A strict UTF-8 encoder throws on a lone surrogate.
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        strict.GetBytes(clipped.Before);
        strict.GetBytes(clipped.After);
        Assert.InRange(clipped.Before.Length, context, context + 2);
        Assert.InRange(clipped.After.Length, context, context + 2);
    }
}
