using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Tests.Report;

/// <summary>Parses report Markdown the way the most permissive renderer would, and reads back what a reader sees.</summary>
internal static class MarkdownAst
{
    // Every Markdig extension on: if article text triggers no syntax here, plainer renderers are safe too.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The text a reader sees of an inline tree: literals, entities, code, link texts.</summary>
    public static string Text(Inline? inline)
    {
        var sb = new StringBuilder();
        Append(sb, inline);
        return sb.ToString();
    }

    /// <summary>The text of a leaf block (a paragraph, a heading), or of every leaf under a container, space-joined.</summary>
    public static string Text(Block block) => block switch
    {
        LeafBlock leaf => Text(leaf.Inline),
        ContainerBlock container => string.Join(" ", container.Select(Text)),
        _ => "",
    };

    public static IReadOnlyList<string> Headings(MarkdownDocument doc) =>
        doc.Descendants<HeadingBlock>().Select(h => Text(h.Inline)).ToList();

    public static IReadOnlyList<IReadOnlyList<string>> TableRows(Table table) =>
        table.OfType<TableRow>().Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(Text).ToList()).ToList();

    /// <summary>Every inline node that is not plain text (bare web addresses included): what article text must never produce.</summary>
    public static IEnumerable<Inline> Syntax(ContainerInline? root) =>
        root is null ? [] : root.Descendants<Inline>().Where(i => i is not LiteralInline);

    private static void Append(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(sb, child);
                }

                break;
        }
    }
}
