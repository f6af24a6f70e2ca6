using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Report;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Tests.Report;

/// <summary>The hostile report, written as Markdown and JSON: article text must not change the document's structure.</summary>
public sealed partial class MarkdownReportSafetyTests
{
    private static readonly string Markdown = MarkdownReportWriter.Write(HostileReport.Build());
    private static readonly MarkdownDocument Doc = MarkdownAst.Parse(Markdown);

    [Fact]
    public void Sources_table_has_one_row_per_source_and_six_cells_per_row()
    {
        var table = Assert.Single(Doc.Descendants<Table>());
        var rows = MarkdownAst.TableRows(table);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(6, r.Count));
    }

    [Fact]
    public void Table_cells_show_the_article_text_as_written_on_one_line()
    {
        var rows = MarkdownAst.TableRows(Assert.Single(Doc.Descendants<Table>()));
        Assert.Equal(
            [HostileReport.FirstId, HostileReport.FirstOutlet, "Flood | <b>kills</b> `many` [x](javascript:alert(1)) # Injected heading", "2025-03-04", "c1", "1"],
            rows[1]);
        Assert.Equal(["b.md", HostileReport.SecondOutlet, "## Title with | pipes | and newlines", "—", "c1", "2"], rows[2]);
        Assert.Equal(["c.txt", "—", "Sports isolate news ```", "—", "c2 (stands apart)", "1"], rows[3]);
    }

    [Fact]
    public void Headings_are_only_the_reports_own()
    {
        Assert.Equal(
            ["FactCheck report", "Sources", "Conflicts", "High (1)", "Medium (1)", "Corroborated facts", "Single-source claims", "Sources that stood apart", "Skipped files", "Warnings"],
            MarkdownAst.Headings(Doc));
    }

    [Fact]
    public void No_html_code_quote_or_link_comes_from_article_text()
    {
        Assert.Empty(Doc.Descendants<HtmlBlock>());
        Assert.Empty(Doc.Descendants<HtmlInline>());
        Assert.Empty(Doc.Descendants<CodeBlock>());
        Assert.Empty(Doc.Descendants<CodeInline>());
        Assert.Empty(Doc.Descendants<QuoteBlock>());
        Assert.Empty(Doc.Descendants<LinkInline>());
        Assert.Empty(Doc.Descendants<AutolinkInline>());
    }

    [Fact]
    public void Rendered_html_has_no_markup_or_script_from_article_text()
    {
        var html = MarkdownAst.ToHtml(Markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<u>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventAttribute(), html);
    }

    [Fact]
    public void Markdown_holds_no_control_or_bidi_characters()
    {
        Assert.DoesNotMatch(ControlOrBidi(), Markdown);
    }

    [Fact]
    public void Conflict_sides_mark_the_claim_in_bold_and_give_file_and_line()
    {
        var items = Doc.Descendants<ListItemBlock>().Select(MarkdownAst.Text).ToList();
        var line = ReportFixture.LineOf(HostileReport.Build().Sources[0].Source, "12 people");
        Assert.Equal(8, line);
        Assert.Contains(items, i => i.Contains($"{HostileReport.FirstOutlet} ({HostileReport.FirstId}:8)", StringComparison.Ordinal)
            && i.Contains("“The flood killed 12 people in `Riverton` [x](javascript:alert(1)) on Tuesday, officials said.”", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains($"{HostileReport.SecondOutlet} (b.md:1)", StringComparison.Ordinal));

        var bold = Doc.Descendants<EmphasisInline>().Where(e => e.DelimiterChar == '*' && e.DelimiterCount == 2).Select(MarkdownAst.Text).ToList();
        Assert.Contains("12 people", bold);
        Assert.Contains("15 people", bold);
        Assert.Contains("We will rebuild | <b>soon</b>,", bold);
    }

    [Fact]
    public void Wording_diff_strikes_removed_words_and_bolds_added_ones()
    {
        var paragraph = Doc.Descendants<ParagraphBlock>().Single(p => MarkdownAst.Text(p.Inline).StartsWith("Wording:", StringComparison.Ordinal));
        Assert.Equal("Wording: We will <b> shall [z](javascript:x) rebuild|", MarkdownAst.Text(paragraph.Inline));
        var emphasis = paragraph.Inline!.Descendants<EmphasisInline>().ToList();
        Assert.Equal(2, emphasis.Count);
        Assert.Equal(('~', "will <b>"), (emphasis[0].DelimiterChar, MarkdownAst.Text(emphasis[0])));
        Assert.Equal(('*', "shall [z](javascript:x)"), (emphasis[1].DelimiterChar, MarkdownAst.Text(emphasis[1])));
    }

    [Fact]
    public void Conflicts_come_worst_first_whatever_the_input_order()
    {
        var high = Markdown.IndexOf("### High", StringComparison.Ordinal);
        var medium = Markdown.IndexOf("### Medium", StringComparison.Ordinal);
        Assert.True(high >= 0 && medium > high, "the high conflict should come before the medium one");
        Assert.True(Markdown.IndexOf("F1 · numeric", StringComparison.Ordinal) < Markdown.IndexOf("F2 · quote-wording", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_of_the_same_report_is_valid_and_keeps_the_text_exactly()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(HostileReport.Build()));
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(3, root.GetProperty("sources").GetArrayLength());
        Assert.Equal(4, root.GetProperty("claims").GetArrayLength());
        Assert.Equal(4, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("conflicts").GetInt32());
        Assert.Equal(HostileReport.FirstId, root.GetProperty("sources")[0].GetProperty("id").GetString());
        Assert.Equal(HostileReport.FirstTitle, root.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.Equal(HostileReport.ThirdTitle, root.GetProperty("sources")[2].GetProperty("title").GetString());
        Assert.Equal(8, root.GetProperty("claims")[0].GetProperty("line").GetInt32());
        Assert.Equal(HostileReport.Summary, root.GetProperty("findings")[1].GetProperty("summary").GetString());

        var quote = root.GetProperty("claims")[2];
        Assert.Equal("quote", quote.GetProperty("kind").GetString());
        Assert.Equal("the mayor <script>", quote.GetProperty("speaker").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("score").ValueKind);
        Assert.Equal("2025-03-05", quote.GetProperty("when").GetString());
    }

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        Assert.Equal(Markdown, MarkdownReportWriter.Write(HostileReport.Build()));
        Assert.Equal(JsonReportWriter.Write(HostileReport.Build()), JsonReportWriter.Write(HostileReport.Build()));
        Assert.DoesNotContain('\r', Markdown);
    }

    [GeneratedRegex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex ControlOrBidi();
}
