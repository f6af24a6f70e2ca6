using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// Sets aside the parts of a page that are not the article, line by line (a scraped paragraph is a
/// line): furniture lines matched by Data/load-boilerplate-lines.txt, reader appeals recognised by
/// Data/load-appeal-cues.txt, and runs of three or more short label-like lines (section links,
/// "June 2025" archive links). A line that merely names the outlet in a normal sentence is kept.
/// </summary>
internal static class BoilerplateDetector
{
    // Furniture lines are short; longer lines are article text and are not matched against patterns.
    private const int MaxPatternLine = 300;

    // A reader appeal is a paragraph; a longer line is not one.
    private const int MaxAppealLine = 3000;

    // A section link or archive label: at most this many characters and words.
    private const int MaxLabelLength = 50;
    private const int MaxLabelWords = 6;
    private const int MinLabelRun = 3;

    // One alternation of every pattern, compiled: a file of 400,000 short lines is matched once per line, not once per pattern.
    private static readonly Lazy<Regex> Furniture = new(() => new Regex(
        "^(?:" + string.Join('|', Lexicon.Entries("load-boilerplate-lines").Select(p => $"(?:{p})")) + ")$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200)));

    private static readonly Lazy<IReadOnlyList<string>> AppealCues = new(() => Lexicon.Entries("load-appeal-cues"));

    private static readonly string[] OpensAppeal = ["favor to ask", "favour to ask", "request to ask", "donat", "support us", "become a"];

    private static readonly HashSet<string> FirstPersonPlural = new(["we", "our", "us", "ours"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SecondPerson = new(["you", "your", "yours"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets aside boilerplate in the view; returns an outlet name a furniture line gave, if any.</summary>
    public static string? Apply(ViewBuffer view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.View();
        string? outlet = null;
        var inAppeal = false;
        var labelRun = new List<TextSpan>();
        foreach (var line in TextLines.Of(text))
        {
            var trimmed = TextLines.Trim(text, line);
            if (trimmed.Length == 0)
            {
                continue;
            }

            var content = trimmed.Of(text);
            if (MatchesFurniture(content, ref outlet))
            {
                view.SetAside(trimmed.Start, trimmed.End);
                // "… we have a small favor to ask." and "Please donate" open an appeal; "Read more" does not.
                inAppeal |= OpensAppeal.Any(o => content.Contains(o, StringComparison.OrdinalIgnoreCase));
                continue;
            }

            var (appeal, speaksToReader) = IsAppeal(content, inAppeal);
            if (appeal)
            {
                view.SetAside(trimmed.Start, trimmed.End);
                inAppeal = true;
                continue;
            }

            // A kept paragraph inside an appeal that still speaks as "we" or to "you" does not end it.
            inAppeal &= speaksToReader;
            if (IsLabel(content))
            {
                labelRun.Add(trimmed);
                continue;
            }

            FlushLabels(view, labelRun);
        }

        FlushLabels(view, labelRun);
        return outlet;
    }

    private static bool MatchesFurniture(string line, ref string? outlet)
    {
        if (line.Length > MaxPatternLine)
        {
            return false;
        }

        Match match;
        try
        {
            match = Furniture.Value.Match(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["outlet"] is { Success: true } group && OutletNamer.LooksLikeName(group.Value.Trim()))
        {
            outlet ??= group.Value.Trim();
        }

        return true;
    }

    /// <summary>
    /// An appeal asks the reader for something: it speaks for the outlet ("we", "our") to the
    /// reader ("you") with a cue, or piles up cues. Right after an appeal one cue is enough. A
    /// paragraph that only tells something about the outlet, asking nothing, is kept: it may
    /// state facts like any other.
    /// </summary>
    private static (bool Appeal, bool SpeaksToReader) IsAppeal(string line, bool inAppeal)
    {
        if (line.Length > MaxAppealLine)
        {
            return (false, false);
        }

        var cues = AppealCues.Value.Count(c => line.Contains(c, StringComparison.OrdinalIgnoreCase));
        var words = Words(line);
        var we = words.Any(FirstPersonPlural.Contains);
        var you = words.Any(SecondPerson.Contains);
        return (cues >= 3 || (cues >= 1 && (inAppeal || (we && you))), we || you);
    }

    private static bool IsLabel(string line)
    {
        if (line.Length > MaxLabelLength || !(char.IsUpper(line[0]) || char.IsDigit(line[0])))
        {
            return false;
        }

        // Numbers in a short line are usually facts ("Injured 40"); only an archive label ("June 2025") is furniture.
        if (line.Any(char.IsDigit) && !DatelineParser.IsMonthAndYear(line))
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or ')')
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords;
    }

    private static void FlushLabels(ViewBuffer view, List<TextSpan> run)
    {
        if (run.Count >= MinLabelRun)
        {
            foreach (var span in run)
            {
                view.SetAside(span.Start, span.End);
            }
        }

        run.Clear();
    }

    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var letter = i < line.Length && char.IsLetter(line[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(line[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
