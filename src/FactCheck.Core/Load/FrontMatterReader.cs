using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Core.Load;

/// <summary>What a YAML front matter block said, where it ended, and any problem with it.</summary>
internal sealed record FrontMatter(int End, SourceMetadata Metadata, string? Problem);

/// <summary>
/// Reads a YAML front matter block ("---" on the first line, up to the next "---" or "..." line)
/// with YamlDotNet's representation model (plain nodes only: no type is ever instantiated from
/// article text). Malformed YAML is reported, never thrown: the block is still set aside.
/// </summary>
internal static class FrontMatterReader
{
    // A front matter block longer than this is not front matter but a document that opens with a rule.
    private const int MaxLength = 64 * 1024;

    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] OutletKeys = ["outlet", "source", "publisher", "site", "site_name", "publication"];
    private static readonly string[] DateKeys = ["published", "date", "published_at", "pubdate", "datepublished", "created"];
    private static readonly string[] UrlKeys = ["url", "link", "canonical", "canonical_url", "source_url", "permalink"];

    public static FrontMatter? Read(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var firstEnd = LineEnd(raw, 0);
        if (raw.AsSpan(0, firstEnd).TrimEnd() is not "---")
        {
            return null;
        }

        var lineStart = NextLine(raw, firstEnd);
        while (lineStart < raw.Length && lineStart <= MaxLength)
        {
            var lineEnd = LineEnd(raw, lineStart);
            var line = raw.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = raw[NextLine(raw, firstEnd)..lineStart];
                var (metadata, problem) = Parse(yaml);
                return new FrontMatter(lineEnd, metadata, problem);
            }

            lineStart = NextLine(raw, lineEnd);
        }

        return null;
    }

    private static (SourceMetadata Metadata, string? Problem) Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // Line 1 of the YAML is line 2 of the file.
            return (SourceMetadata.Empty, $"line {e.Start.Line + 1}: malformed front matter ({FirstLine(e.Message)}); ignored");
        }

        if (stream.Documents.Count == 0)
        {
            return (SourceMetadata.Empty, null);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return (SourceMetadata.Empty, "front matter is not a key: value mapping; ignored");
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
            {
                values.TryAdd(k.Trim(), v.Trim());
            }
        }

        var dateText = First(values, DateKeys);
        var published = dateText is null ? null : DatelineParser.ParseStandalone(dateText);
        var problem = dateText is not null && published is null ? $"front matter date '{dateText}' is not a date I can read; ignored" : null;
        return (new SourceMetadata(First(values, TitleKeys), First(values, OutletKeys), published, First(values, UrlKeys)), problem);
    }

    private static string? First(Dictionary<string, string> values, string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    private static string FirstLine(string message)
    {
        var cut = message.AsSpan().IndexOfAny('\r', '\n');
        return cut < 0 ? message : message[..cut];
    }

    internal static int LineEnd(string text, int start)
    {
        var i = text.AsSpan(start).IndexOfAny('\r', '\n');
        return i < 0 ? text.Length : start + i;
    }

    internal static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
