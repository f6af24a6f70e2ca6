using FactCheck.Core.Load;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Load;

/// <summary>Arbitrary text through every view builder: never throws, always the same length, line ends kept.</summary>
public sealed class ViewPropertyTests
{
    // Pieces of markup, metadata and boilerplate, so that random text often looks like an article.
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div class=\"a\">", "</div>", "<br/>", "<script>", "</script>", "<style>", "<!--", "-->", "<nav>", "</nav>",
        "<h1>", "</h1>", "<title>", "<meta property=\"og:title\" content=\"x\">", "<head>", "</head>", "<a href='", "'>", "<", ">",
        "&amp;", "&#8217;", "&#x1F600;", "&bogus;", "&", ";", "**", "__", "*", "_", "`", "\\", "[", "]", "](", "(", ")", "![", "<https://a.example/b>",
        "# ", "## ", "> ", "- ", "1. ", "---", "===", "```", "---\ntitle: x\n---\n", "---\n: [\n---\n",
        "\n", "\r\n", "\r", "\n\n", " ", "\t", "\u00A0", "\uFFFD", "\uD83D", "\uDE00",
        "July 01, 2025", "1 July 2025", "date 2025-07-01", "2025-13-45", "Original url:", "https://www.example-news.com/2025/07/01/x",
        "Advertisement", "Read more", "Support The Example Times!", "… we have a small favor to ask.", "please support us",
        "Word", "The Example Times", "said", ".", ",", "\"", "\u201C", "\u201D", "June 2025", "Section",
    ];

    [Fact]
    public void Arbitrary_strings_keep_length_and_line_ends_in_every_format()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), CheckAllFormats).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Markup_like_strings_keep_length_and_line_ends_in_every_format()
    {
        var markup = Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(markup, CheckAllFormats).QuickCheckThrowOnFailure();
    }

    private static bool CheckAllFormats(string? raw)
    {
        raw ??= "";
        foreach (var format in new[] { SourceFormat.PlainText, SourceFormat.Markdown, SourceFormat.Html })
        {
            var doc = SourceDocumentBuilder.Build("p.txt", "p.txt", raw, format).Document;
            if (doc.Text.Length != raw.Length)
            {
                return false;
            }

            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] is '\n' or '\r' && doc.Text[i] != raw[i])
                {
                    return false;
                }
            }

            if (doc.Boilerplate.Any(b => b.Start < 0 || b.End > raw.Length || b.Start >= b.End || !string.IsNullOrWhiteSpace(b.Of(doc.Text))))
            {
                return false;
            }
        }

        return true;
    }
}
