using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>
/// What the analysis view keeps of marked-up text. Each case: the format, the raw text, and the
/// view's words (white space collapsed). The view invariant is checked on every case.
/// </summary>
public sealed class ViewBuilderTests
{
    [Theory]
    // Markdown headings, emphasis, links, images, autolinks
    [InlineData("md", "# Dam Opens Early ##\n\nThe dam opened on **Monday**.", "Dam Opens Early The dam opened on Monday.")]
    [InlineData("md", "Officials _said_ the *new* road cost __$4 million__.", "Officials said the new road cost $4 million.")]
    [InlineData("md", "The mayor [announced](https://example.org/a_(b)) a plan.", "The mayor announced a plan.")]
    [InlineData("md", "See [the report][r1] today.\n\n[r1]: https://example.org/report", "See the report today.")]
    [InlineData("md", "![Flooded street in 2024](img/flood-2024.jpg \"Photo\") Water rose.", "Water rose.")]
    [InlineData("md", "Details at <https://www.example-news.com/2025/07/01/story> today.", "Details at today.")]
    [InlineData("md", "A snake_case name and 2*3 and 5 * 4 stay.", "A snake_case name and 2*3 and 5 * 4 stay.")]
    [InlineData("md", "> Quoted line\n- item one\n1. item two\n\n---\n", "Quoted line item one item two")]
    [InlineData("md", "Use `code` here \\*not emphasis\\*.", "Use code here *not emphasis *.")] // the blanked backslash leaves a gap
    [InlineData("md", "Prices [rose] by 3% [and fell].", "Prices [rose] by 3% [and fell].")]
    [InlineData("md", "Tom &amp; Jerry &mdash; a <b>bold</b> move.", "Tom & Jerry — a bold move.")]
    [InlineData("md", "Before.\n<script>\nvar n = 42; // [x](y)\n</script>\nAfter 7 days.", "Before. After 7 days.")]
    [InlineData("md", "Text <style>p { margin: 3px }</style> more.", "Text more.")]
    [InlineData("txt", "Read it at https://www.example.com/2025/07/01/a-story now.", "Read it at now.")]
    // HTML
    [InlineData("html", "<html><head><title>T</title><style>p{color:red}</style></head><body><p>Rain fell.</p><script>var x = '<p>no</p>';</script></body></html>", "Rain fell.")]
    [InlineData("html", "<p>Fish &amp; chips cost &pound;5&nbsp;today.</p><!-- hidden 99 -->", "Fish & chips cost £5 today.")]
    [InlineData("html", "<div><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><p>The bridge reopened.</p><footer>© Example</footer></div>", "The bridge reopened.")]
    [InlineData("html", "<p title=\"a > b\">Kept text</p><img src='x.png' alt=\"a 'quoted' > alt\">", "Kept text")]
    [InlineData("html", "<p>Unclosed <b tag and 3 < 4 here", "Unclosed <b tag and 3 < 4 here")]
    [InlineData("html", "<P>Upper</P><SCRIPT>alert(1)</SCRIPT><Br/>case", "Upper case")]
    public void The_view_keeps_the_words_and_blanks_the_markup(string format, string raw, string expected)
    {
        var doc = Build(format, raw);

        ViewInvariant.Check(doc, allowDecodedEntities: raw.Contains('&', StringComparison.Ordinal));
        Assert.Equal(expected, Collapse(doc.Text));
    }

    [Fact]
    public void Block_tags_break_lines_so_paragraphs_do_not_run_together()
    {
        var doc = Build("html", "<body><p>The first paragraph ends here, without a stop</p><p>The second one starts here.</p><h2>A heading of some length</h2><div>Last words.</div></body>");

        var lines = doc.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.Equal(["The first paragraph ends here, without a stop", "The second one starts here.", "A heading of some length", "Last words."], lines);
    }

    [Fact]
    public void Front_matter_is_blanked_and_its_metadata_read()
    {
        var raw = "---\ntitle: \"Harbour Tunnel Delayed\"\noutlet: The Example Ledger\ndate: 2024-03-09\nurl: https://ledger.example.com/tunnel\n---\nThe tunnel will open in 2026.\n";

        var doc = Build("md", raw);

        ViewInvariant.Check(doc);
        Assert.Equal("The tunnel will open in 2026.", Collapse(doc.Text));
        Assert.Equal(new SourceMetadata("Harbour Tunnel Delayed", "The Example Ledger", new DateOnly(2024, 3, 9), "https://ledger.example.com/tunnel"), doc.Metadata);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Front_matter_with_other_line_ends_is_read(string newline)
    {
        var raw = "---\ntitle: Pier Closed\ndate: 7 June 2021\n---\nThe pier shut after 2 storms.\n".Replace("\n", newline, StringComparison.Ordinal);

        var doc = Build("md", raw);

        ViewInvariant.Check(doc);
        Assert.Equal("Pier Closed", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2021, 6, 7), doc.Metadata.Published);
        Assert.Equal("The pier shut after 2 storms.", Collapse(doc.Text));
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody text here.\n")]
    [InlineData("---\n: : :\n  - x\n y: [\n---\nBody text here.\n")]
    [InlineData("---\n- just\n- a list\n---\nBody text here.\n")]
    public void Malformed_front_matter_is_set_aside_with_a_warning(string raw)
    {
        var built = SourceDocumentBuilder.Build("bad.md", "bad.md", raw, SourceFormat.Markdown);

        ViewInvariant.Check(built.Document);
        Assert.Equal("Body text here.", Collapse(built.Document.Text));
        var warning = Assert.Single(built.Warnings);
        Assert.StartsWith("bad.md:", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_front_matter_fence_is_text()
    {
        var doc = Build("md", "---\ntitle: never closed\nThe body.\n");

        Assert.Equal("title: never closed The body.", Collapse(doc.Text));
    }

    [Fact]
    public void Html_metadata_comes_from_title_and_meta_tags()
    {
        var raw = """
            <!DOCTYPE html><html><head>
            <title>Storm Closes Ferry Line | The Harbour Courier</title>
            <meta property="og:site_name" content="Harbour Courier Online">
            <meta property="article:published_time" content="2023-11-04T08:15:00+00:00">
            <link rel="canonical" href="https://harbourcourier.example/2023/storm">
            </head><body><h1>Storm closes the ferry line</h1><p>Ferries stopped for 3 days.</p></body></html>
            """;

        var doc = Build("html", raw);

        Assert.Equal(new SourceMetadata("Storm Closes Ferry Line", "Harbour Courier Online", new DateOnly(2023, 11, 4), "https://harbourcourier.example/2023/storm"), doc.Metadata);
        Assert.Equal("Storm closes the ferry line Ferries stopped for 3 days.", Collapse(doc.Text));
    }

    [Fact]
    public void Html_og_title_wins_and_the_page_title_suffix_names_the_outlet()
    {
        var raw = "<html><head><title>Council Votes on Budget - Riverside Daily</title><meta name=\"date\" content=\"5 May 2022\"></head><body><p>Text.</p></body></html>";

        var doc = Build("html", raw);

        Assert.Equal("Council Votes on Budget", doc.Metadata.Title);
        Assert.Equal("Riverside Daily", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2022, 5, 5), doc.Metadata.Published);
    }

    [Fact]
    public void Html_without_date_meta_takes_the_first_time_element()
    {
        var doc = Build("html", "<html><body><h1>Market Hall Reopens</h1><p class=by>By A. Writer, <time datetime=\"2019-04-02T10:00\">2 April</time></p><p>The hall reopened.</p></body></html>");

        Assert.Equal(new DateOnly(2019, 4, 2), doc.Metadata.Published);
        Assert.Equal("Market Hall Reopens", doc.Metadata.Title);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    public void A_five_megabyte_line_is_handled_in_linear_time(string format)
    {
        var piece = format == "html"
            ? "<span class=\"a\">Word</span> [x](y) *z* &amp; https://e.example/p "
            : "Word [x](y) *z* _q_ <b>t</b> &amp; ![i](j) https://e.example/p ";
        var raw = string.Concat(Enumerable.Repeat(piece, 5_000_000 / piece.Length));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var doc = Build(format, raw);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(raw.Length, doc.Text.Length);
    }

    [Theory]
    [InlineData("[[[[[[[[[[")]
    [InlineData("](](](](")]
    [InlineData("<a \"'<a '\"")]
    [InlineData("&&&&#&#x;")]
    [InlineData("**__**__")]
    public void Pathological_repetition_stays_fast(string unit)
    {
        var raw = string.Concat(Enumerable.Repeat(unit, 300_000 / unit.Length));
        foreach (var format in new[] { "md", "html" })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var doc = Build(format, raw);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{format} took {watch.Elapsed}");
            Assert.Equal(raw.Length, doc.Text.Length);
        }
    }

    [Fact]
    public void Deeply_nested_html_does_not_overflow()
    {
        var raw = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "Core text." + string.Concat(Enumerable.Repeat("</span></div>", 100_000)) + "</body></html>";

        var doc = Build("html", raw);

        Assert.Equal("Core text.", Collapse(doc.Text));
        Assert.Equal("Deep", doc.Metadata.Title);
    }

    internal static SourceDocument Build(string format, string raw)
    {
        var sourceFormat = format switch
        {
            "html" => SourceFormat.Html,
            "md" => SourceFormat.Markdown,
            _ => SourceFormat.PlainText,
        };
        return SourceDocumentBuilder.Build("case." + format, "case." + format, raw, sourceFormat).Document;
    }

    /// <summary>The view's words: white space collapsed, and none before closing punctuation (blanked markup leaves some there).</summary>
    internal static string Collapse(string text) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), @" (?=[.,;:!?])", "");
}
