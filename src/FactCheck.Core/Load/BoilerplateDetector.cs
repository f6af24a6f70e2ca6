using System.Buffers;
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
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternBudget.Time));

    private static readonly Lazy<IReadOnlyList<string>> AppealCues = new(() => Lexicon.Entries("load-appeal-cues"));

    // All cues in one vectorised search: most lines hold none, and one look says so.
    private static readonly Lazy<SearchValues<string>> AnyAppealCue = new(() => SearchValues.Create([.. AppealCues.Value], StringComparison.OrdinalIgnoreCase));

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

            // Lines are looked at as spans: a copy of each is made only for the few that match furniture.
            var content = text.AsSpan(trimmed.Start, trimmed.Length);
            if (MatchesFurniture(text, trimmed, ref outlet))
            {
                view.SetAside(trimmed.Start, trimmed.End);
                // "… we have a small favor to ask." and "Please donate" open an appeal; "Read more" does not.
                foreach (var opener in OpensAppeal)
                {
                    inAppeal |= content.Contains(opener, StringComparison.OrdinalIgnoreCase);
                }

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

    private static bool MatchesFurniture(string text, TextSpan line, ref string? outlet)
    {
        if (line.Length > MaxPatternLine)
        {
            return false;
        }

        Match match;
        try
        {
            // Most lines do not match: test the span first, copy the line only to read the outlet group of a match.
            if (!Furniture.Value.IsMatch(text.AsSpan(line.Start, line.Length)))
            {
                return false;
            }

            match = Furniture.Value.Match(line.Of(text));
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
    private static (bool Appeal, bool SpeaksToReader) IsAppeal(ReadOnlySpan<char> line, bool inAppeal)
    {
        if (line.Length > MaxAppealLine)
        {
            return (false, false);
        }

        var cues = AppealCueCount(line);
        var (we, you) = Persons(line);
        return (cues >= 3 || (cues >= 1 && (inAppeal || (we && you))), we || you);
    }

    /// <summary>How many of the appeal cues the line holds (each counted once), ignoring case.</summary>
    internal static int AppealCueCount(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(AnyAppealCue.Value) < 0)
        {
            return 0;
        }

        var cues = 0;
        foreach (var cue in AppealCues.Value)
        {
            cues += line.Contains(cue, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return cues;
    }

    private static bool IsLabel(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLabelLength || !(char.IsUpper(line[0]) || char.IsDigit(line[0])))
        {
            return false;
        }

        // Numbers in a short line are usually facts ("Injured 40"); only an archive label ("June 2025") is furniture.
        if (HasDigit(line) && !DatelineParser.IsMonthAndYear(line.ToString()))
        {
            return false;
        }

        var last = line[^1];
        return last is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or ')')
            && WordCount(line) <= MaxLabelWords;
    }

    private static bool HasDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pieces between spaces, as <c>Split(' ', RemoveEmptyEntries)</c> counts them.</summary>
    private static int WordCount(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var range in line.Split(' '))
        {
            count += range.End.GetOffset(line.Length) > range.Start.GetOffset(line.Length) ? 1 : 0;
        }

        return count;
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

    /// <summary>Whether the line has a word (a run of letters) speaking as "we" and one speaking to "you".</summary>
    private static (bool We, bool You) Persons(ReadOnlySpan<char> line)
    {
        var firstPersonPlural = FirstPersonPlural.GetAlternateLookup<ReadOnlySpan<char>>();
        var secondPerson = SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        bool we = false, you = false;
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
                var word = line[start..i];
                we |= firstPersonPlural.Contains(word);
                you |= secondPerson.Contains(word);
                start = -1;
            }
        }

        return (we, you);
    }
}
