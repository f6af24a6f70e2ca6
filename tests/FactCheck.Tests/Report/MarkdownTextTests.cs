using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Report;
using FactCheck.Tests.Support;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace FactCheck.Tests.Report;

/// <summary>
/// MarkdownText.Escape against Cases/markdown-escape.tsv: the exact escaped form, and what Markdig
/// renders of it in a list item and in a table cell (plain text, the input as a reader should see it).
/// </summary>
public sealed partial class MarkdownTextTests
{
    private static readonly Lazy<IReadOnlyDictionary<int, EscapeCase>> AllCases = new(LoadCases);

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        foreach (var line in AllCases.Value.Keys)
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Escapes_as_listed(int line)
    {
        var c = AllCases.Value[line];
        Assert.Equal(c.Escaped, MarkdownText.Escape(c.Input));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_plain_text_in_a_list_item(int line)
    {
        var c = AllCases.Value[line];
        var doc = MarkdownAst.Parse("- " + MarkdownText.Escape(c.Input) + "\n");

        var list = Assert.IsType<ListBlock>(Assert.Single(doc));
        var item = Assert.IsType<ListItemBlock>(Assert.Single(list));
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(item));
        Assert.Empty(MarkdownAst.Syntax(paragraph.Inline));
        Assert.Equal(c.Rendered, MarkdownAst.Text(paragraph.Inline));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_one_plain_cell_in_a_table_row(int line)
    {
        var c = AllCases.Value[line];
        var markdown = $"| a | b | c |\n|---|---|---|\n| left | {MarkdownText.Escape(c.Input)} | right |\n";
        var doc = MarkdownAst.Parse(markdown);

        var table = Assert.IsType<Table>(Assert.Single(doc));
        var rows = MarkdownAst.TableRows(table);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["left", c.Rendered, "right"], rows[1]);
        Assert.All(table.Descendants<ParagraphBlock>(), p => Assert.Empty(MarkdownAst.Syntax(p.Inline)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    [InlineData("\u0001\u202E\u2066")]
    public void Nothing_visible_gives_empty(string? input) => Assert.Equal("", MarkdownText.Escape(input));

    [Fact]
    public void Output_never_holds_a_line_break_control_or_bidi_character()
    {
        var all = string.Concat(Enumerable.Range(0, 0x3000).Select(i => (char)i));
        var escaped = MarkdownText.Escape(all);
        Assert.DoesNotMatch(ForbiddenInOutput(), escaped);
    }

    private static IReadOnlyDictionary<int, EscapeCase> LoadCases()
    {
        var path = Path.Combine(SharedFolder.RepoRoot(), "tests", "FactCheck.Tests", "Report", "Cases", "markdown-escape.tsv");
        var cases = new Dictionary<int, EscapeCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            Assert.True(columns.Length == 3, $"{path}:{i + 1}: expected 3 tab-separated columns, found {columns.Length}");
            cases[i + 1] = new EscapeCase(Decode(columns[0]), Decode(columns[1]), Decode(columns[2]));
        }

        return cases;
    }

    private static string Decode(string text) =>
        CodeUnit().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\{U\+([0-9A-F]{4})\}")]
    private static partial Regex CodeUnit();

    [GeneratedRegex(@"[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]")]
    private static partial Regex ForbiddenInOutput();

    private sealed record EscapeCase(string Input, string Escaped, string Rendered);
}
