using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>Short readable renderings of quotations and sources for finding summaries.</summary>
internal static partial class QuoteText
{
    private const int MaxShown = 90;

    /// <summary>The quotation sentence a segment stands for, as written, shortened if long.</summary>
    public static string Shown(QuoteSegment segment)
    {
        var sentences = SentenceBreak().Split(segment.Claim.Words).Where(s => s.Any(char.IsLetterOrDigit)).ToList();
        if (segment.Claim.Form == QuoteForm.Scare)
        {
            return segment.Claim.Text.TrimEnd(',', '.', ' ');
        }

        var text = sentences.Count > segment.Index ? sentences[segment.Index] : segment.Claim.Words;
        text = text.Trim().TrimEnd(',', '.');
        return "\u201C" + (text.Length > MaxShown ? text[..MaxShown].TrimEnd() + "\u2026" : text) + "\u201D";
    }

    /// <summary>Source ids shortened to their stems, joined: "000, 001".</summary>
    public static string Sources(IEnumerable<string> ids) =>
        string.Join(", ", ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Stem));

    public static string Stem(string id)
    {
        var name = id.Replace('\\', '/').Split('/')[^1];
        var dot = name.LastIndexOf('.');
        name = dot > 0 ? name[..dot] : name;
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 ? name[..underscore] : name;
    }

    public static string Channel(StatementChannel channel) => channel.Kind switch
    {
        "social" => channel.Detail is null ? "a social media post" : $"a post on {channel.Detail}",
        "reporters" => "remarks to reporters",
        "briefing" => "a briefing",
        "interview" => channel.Detail is null ? "an interview" : $"an interview with {channel.Detail}",
        "statement" => "a written statement",
        "speech" => "a speech",
        "broadcast" => "a broadcast",
        _ => channel.Kind,
    };

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}
