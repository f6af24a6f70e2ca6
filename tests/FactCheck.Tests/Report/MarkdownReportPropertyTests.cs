using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Report;
using FactCheck.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Tests.Report;

/// <summary>
/// Whatever strings articles hold as titles, outlets and sentences, the report keeps its shape:
/// the same table rows and cells, the same headings, and no HTML or script link.
/// </summary>
public sealed class MarkdownReportPropertyTests
{
    // Pieces that mean something to Markdown, HTML or a terminal, mixed with ordinary text.
    private static readonly string[] Tokens =
    [
        "|", "\\|", "`", "```", "~~~", "*", "**", "_", "~", "[", "]", "(", ")", "<", ">", "#", "# ", "## ", "!", "&", "&lt;", "&#60;",
        "\\", "{", "}", "{onclick=alert(1)}", "$", "^", "+", "++", "=", "==", "\"", "\"\"", ":", "::", "-", "- ", "1. ", "> ", "---",
        " ", "  ", "\n", "\r\n", "\r", "\n\n", "\t", "    ", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u00a0",
        "\u202a", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\ud800", "\udc00", "\ud83d\ude00", "é", "a", "Z", "9", "word",
        "<script>", "</script>", "<b>", "<!--", "-->", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))",
        "<javascript:alert(1)>", "[x]: javascript:alert(1)", "![i](javascript:x)", "http://a.example/", "www.", "*[HTML]: x", "[^1]",
    ];

    private static readonly Arbitrary<string> Hostile =
        Gen.Elements(Tokens).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static readonly Arbitrary<string> AnyString =
        ArbMap.Default.ArbFor<string>().Convert(s => s ?? "", s => s);

    [Fact]
    public void Hostile_titles_outlets_and_sentences_keep_the_report_shape()
    {
        Prop.ForAll(Hostile, Hostile, Hostile, HoldsShape).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Arbitrary_strings_keep_the_report_shape()
    {
        Prop.ForAll(AnyString, AnyString, AnyString, HoldsShape).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool HoldsShape(string title, string outlet, string sentence)
    {
        var report = ReportWith(title, outlet, sentence);
        var markdown = MarkdownReportWriter.Write(report);
        var doc = MarkdownAst.Parse(markdown);

        var table = Assert.Single(doc.Descendants<Table>());
        var rows = MarkdownAst.TableRows(table);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(6, r.Count));
        Assert.Equal(Cell(outlet), rows[1][1]);
        Assert.Equal(Cell(title), rows[1][2]);
        Assert.Equal(Cell(sentence), rows[2][2]);
        Assert.Equal(["FactCheck report", "Sources", "Conflicts", "High (1)", "Corroborated facts", "Skipped files"], MarkdownAst.Headings(doc));
        Assert.Empty(doc.Descendants<HtmlBlock>());
        Assert.Empty(doc.Descendants<HtmlInline>());
        Assert.Empty(doc.Descendants<CodeBlock>());
        Assert.Empty(doc.Descendants<CodeInline>());
        Assert.Empty(doc.Descendants<LinkReferenceDefinition>());
        Assert.Empty(doc.Descendants<LinkInline>());
        Assert.Empty(doc.Descendants<AutolinkInline>());

        // The summary's 7 lines, the conflict's 2 sides, 1 agreement, 1 skipped file: article text opens no list of its own.
        Assert.Equal(4, doc.Descendants<ListBlock>().Count());
        Assert.Equal(7 + 2 + 1 + 1, doc.Descendants<ListItemBlock>().Count());
        return true;
    }

    /// <summary>
    /// What a table cell should show of <paramref name="text"/>, written here from the escaping
    /// contract (not from the code): one line, controls and bidi marks gone, broken surrogates as U+FFFD.
    /// </summary>
    private static string Cell(string text)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c) && c is not (>= '\u202A' and <= '\u202E') and not (>= '\u2066' and <= '\u2069'))
            {
                sb.Append(c);
            }
        }

        var folded = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), " {2,}", " ").Trim();
        return folded.Length == 0 ? "—" : folded;
    }

    private static CheckReport ReportWith(string title, string outlet, string sentence)
    {
        var firstText = sentence + " 12 people " + sentence;
        var first = AnalyzedSource.Analyze(SourceDocument.FromPlainText("1/" + title + ".txt", firstText, new SourceMetadata(title, outlet, null, null)));
        var second = AnalyzedSource.Analyze(SourceDocument.FromPlainText("2.txt", "15 people died.", new SourceMetadata(sentence, title, null, null)));
        var a = Claim(first, new Sentence(0, new TextSpan(0, firstText.Length), firstText), sentence.Length + 1, "12 people", 12);
        var b = Claim(second, second.Sentences[0], 0, "15 people", 15);
        var findings = new List<Finding>
        {
            new(FindingKind.Conflict, "numeric", Severity.High, title, [a, b]) { Id = "F1", Explanation = sentence, Diff = [new(DiffOp.Removed, title), new(DiffOp.Added, sentence)] },
            new(FindingKind.Agreement, "numeric", Severity.Low, outlet, [a, b]) { Id = "F2" },
        };
        return new CheckReport("rules", [new(first, "c1", false, 1), new(second, outlet, false, 1)], [a, b], findings, [new SkippedFile(title, sentence)], []);
    }

    private static QuantityClaim Claim(AnalyzedSource source, Sentence sentence, int start, string text, decimal value) => new()
    {
        Id = $"{source.Id}#q1",
        SourceId = source.Id,
        Span = new TextSpan(start, start + text.Length),
        Text = text,
        Sentence = sentence,
        Quantity = Quantity.Of(value, "person"),
    };
}
