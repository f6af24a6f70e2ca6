using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// Infers title, outlet, publication date and address from an article's text, the way scraped
/// pages show them: a dateline near the top ("July 01, 2025", "1 July 2025", "date 2025-07-01"),
/// possibly glued to the outlet's name ("July 01, 2025Example Outlet"); an "Original url:" line;
/// a headline. Datelines and address lines are metadata, not claims, so they are set aside.
/// </summary>
internal static partial class MetadataInferrer
{
    // Datelines and headlines are looked for among this many non-blank lines at the top.
    private const int TopLines = 8;

    // A headline is one of this many non-blank lines at the top (after any boilerplate).
    private const int HeadlineLines = 3;

    // A line this short may hold its date anywhere ("By A. Writer | July 1, 2025"); a longer one only at its start.
    private const int ShortLine = 100;

    // A headline has at most this many words and characters.
    private const int MaxTitleWords = 25;
    private const int MaxTitleLength = 200;

    // Longest first, so that "original url" wins over "original".
    private static readonly Lazy<string[]> UrlLabels = new(() => [.. Lexicon.Entries("load-url-labels").OrderByDescending(l => l.Length)]);

    [GeneratedRegex(@"^\W{0,3}(?:(?:date|dated|published|posted|updated|last updated|first published)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"https?://[^\s<>()""'\]\[]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|-|$)", RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex UrlDate();

    /// <summary>The publication date from a dateline near the top; sets the dateline aside and returns any outlet glued to it.</summary>
    public static (DateOnly? Date, string? Outlet) Dateline(ViewBuffer view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.View();
        foreach (var line in TopNonBlank(text, TopLines))
        {
            var content = line.Of(text);
            var scan = content.Length > ShortLine ? content[..Math.Min(content.Length, 80)] : content;
            if (DatelineParser.FindIn(scan) is not { } found)
            {
                continue;
            }

            var label = content[..found.Start];
            var atStart = DateLabel().IsMatch(label);
            if (!atStart && !LooksLikeDatelineAround(content))
            {
                continue;
            }

            var rest = content[found.End..].Trim();
            var glued = found.End < content.Length && !char.IsWhiteSpace(content[found.End]) && char.IsUpper(content[found.End]);
            string? outlet = atStart && (glued || rest.Length > 0) && rest.Length <= 60 && OutletNamer.LooksLikeName(rest) ? rest : null;
            if (content.Length <= ShortLine || outlet is not null)
            {
                view.SetAside(line.Start, line.End);
            }
            else
            {
                view.SetAside(line.Start, line.Start + found.End);
            }

            return (found.Date, outlet);
        }

        return (null, null);
    }

    /// <summary>A short line that is not a sentence ("By A. Writer | July 1, 2025 | 3 min read").</summary>
    private static bool LooksLikeDatelineAround(string line) =>
        line.Length <= ShortLine && !line.TrimEnd().EndsWith('.') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;

    /// <summary>The original page's address from a labelled line ("Original url: …"); sets the label and address aside.</summary>
    public static string? SourceUrl(ViewBuffer view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var raw = view.Raw;
        var lines = TextLines.Of(raw).Select(l => TextLines.Trim(raw, l)).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 300)
            {
                continue;
            }

            if (AfterUrlLabel(lines[i].Of(raw)) is not { } rest)
            {
                continue;
            }

            for (var j = i; j < Math.Min(lines.Count, i + 4); j++)
            {
                var candidate = j == i ? rest : lines[j].Of(raw);
                if (j > i && candidate.Length > 300)
                {
                    break;
                }

                if (Url().Match(candidate) is { Success: true } url)
                {
                    // The label and address together are the line(s) [i, j].
                    view.SetAside(lines[i].Start, lines[j].End);
                    return url.Value.TrimEnd('.', ',', ';');
                }

                // A label followed by words (not an address) was a sentence; an address may only follow an empty label line.
                if (candidate.Length > 0)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>What follows a label such as "Original url:" at the start of a line, or null if the line has no label.</summary>
    private static string? AfterUrlLabel(string line)
    {
        var start = 0;
        while (start < Math.Min(line.Length, 3) && !char.IsLetter(line[start]))
        {
            start++;
        }

        foreach (var label in UrlLabels.Value)
        {
            if (string.Compare(line, start, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var end = start + label.Length;
            if (end < line.Length && char.IsLetterOrDigit(line[end]))
            {
                continue; // "Sources say…" is not the label "source"
            }

            var rest = line[end..].TrimStart();
            return rest.StartsWith(':') ? rest[1..].Trim() : rest.Trim();
        }

        return null;
    }

    /// <summary>A date written in the address's path ("/2025/07/01/"), or null.</summary>
    public static DateOnly? DateInUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var m = UrlDate().Match(url);
        if (!m.Success)
        {
            return null;
        }

        return DatelineParser.ParseStandalone($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}");
    }

    /// <summary>
    /// The headline: the first level-1 heading, else the first heading near the top, else the
    /// first short line near the top that reads like a headline (not a sentence, not a date, not boilerplate).
    /// </summary>
    public static string? Title(string view, IReadOnlyList<MarkdownHeading> headings)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(headings);
        var top = TopNonBlank(view, TopLines).ToList();
        var heading = headings.FirstOrDefault(h => h.Level == 1 && IsTitleText(h.Text.Of(view)));
        if (heading == default && top.Count > 0)
        {
            heading = headings.FirstOrDefault(h => h.Text.Start <= top[^1].End && IsTitleText(h.Text.Of(view)));
        }

        if (heading != default)
        {
            return TextLines.Collapse(heading.Text.Of(view));
        }

        // A headline opens the article: only the first few lines are candidates.
        for (var i = 0; i < Math.Min(top.Count - 1, HeadlineLines); i++)
        {
            var line = top[i].Of(view);
            if (LooksLikeHeadline(line))
            {
                return TextLines.Collapse(line);
            }
        }

        return null;
    }

    private static bool IsTitleText(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxTitleLength * 2 && trimmed.Any(char.IsLetter);
    }

    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length > MaxTitleLength || !(char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '"' or '\u201C' or '\''))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = line.TrimEnd('"', '\'', '\u201D', '\u2019', ')', ' ');
        if (words.Length is < 3 or > MaxTitleWords || last.Length == 0 || last[^1] is '.' or ',' or ':' or ';' || !line.Any(char.IsLower))
        {
            return false;
        }

        // Two sentences are a paragraph, not a headline; a dateline is not a headline either.
        return !HasSentenceBreak(line) && DatelineParser.FindIn(line) is null;
    }

    /// <summary>". " after a lower-case word of three letters or more ("U.S. Orders" and "Mr. Lee" are not breaks).</summary>
    private static bool HasSentenceBreak(string line)
    {
        for (var i = line.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = line.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            var word = i;
            while (word > 0 && char.IsLetter(line[word - 1]))
            {
                word--;
            }

            if (i - word >= 3 && char.IsLower(line[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TextSpan> TopNonBlank(string text, int count)
    {
        var seen = 0;
        foreach (var line in TextLines.Of(text))
        {
            var trimmed = TextLines.Trim(text, line);
            if (trimmed.Length == 0)
            {
                continue;
            }

            yield return trimmed;
            if (++seen >= count)
            {
                yield break;
            }
        }
    }
}
