using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// Reads a byline near the top of an article ("By Jane Doe, Example Wire Service", "By Jane Doe and
/// John Roe | The Example Herald", "By Jane Doe, Staff Writer"): the writers, then parts after commas or
/// bars that are the outlet or the writers' role. A byline is metadata, so it is set aside; the outlet it
/// names is the source's when nothing declares one.
/// </summary>
internal static class BylineReader
{
    // A byline is one of this many non-blank lines at the top, and at most this long.
    private const int TopLines = 6;
    private const int MaxLength = 120;

    // Writers' names: at most this many words ("Ana Maria de la Cruz and John Roe").
    private const int MaxNameWords = 8;

    private static readonly Lazy<HashSet<string>> Roles = new(() => Lexicon.Set("load-byline-roles"));

    // Lower-case words that may stand among writers' names.
    private static readonly HashSet<string> NameConnectors = new(["and", "&", "de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "el"], StringComparer.Ordinal);

    /// <summary>The outlet a byline names, or null; a line read as a byline is set aside whether or not it names one.</summary>
    public static string? Read(ViewBuffer view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.View();
        var seen = 0;
        foreach (var line in TextLines.Of(text))
        {
            var trimmed = TextLines.Trim(text, line);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (++seen > TopLines)
            {
                break;
            }

            if (trimmed.Length <= MaxLength && Parse(trimmed.Of(text)) is { } byline)
            {
                // A byline with the date in it is the dateline's too: the date reader reads it and sets it aside.
                if (!byline.Dated)
                {
                    view.SetAside(trimmed.Start, trimmed.End);
                }

                return byline.Outlet;
            }
        }

        return null;
    }

    /// <summary>A byline's outlet (null when it names none), or null when the line is no byline.</summary>
    internal static Byline? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith("By ", StringComparison.Ordinal) && !line.StartsWith("BY ", StringComparison.Ordinal))
        {
            return null;
        }

        // Bars part a byline whose date has commas ("By Jane Doe | Example Herald | June 18, 2026"); else commas do.
        var rest = line[3..];
        var parts = rest.IndexOfAny(['|', '·', '•']) >= 0
            ? rest.Split(['|', '·', '•'], StringSplitOptions.TrimEntries)
            : rest.Split(',', StringSplitOptions.TrimEntries);
        if (!AreNames(parts[0]))
        {
            return null; // "By Tuesday, the fire had spread": a sentence, not a byline
        }

        string? outlet = null;
        var dated = false;
        foreach (var part in parts.Skip(1))
        {
            if (DatelineParser.ParseStandalone(part) is not null)
            {
                dated = true; // "By Jane Doe | Example Herald | June 18, 2026"
                continue;
            }

            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = words.Length;
            while (kept > 0 && Roles.Value.Contains(words[kept - 1]))
            {
                kept--;
            }

            if (kept == 0 && words.Length > 0)
            {
                continue; // "Staff Writer": the writers' role
            }

            var name = string.Join(' ', words.Take(kept));
            if (name.Length == 0 || !OutletNamer.LooksLikeName(name) || name.Any(char.IsDigit) || words.Take(kept).Any(CalendarNames.Contains))
            {
                return null; // a part that is no outlet, role or name: not a byline as this reads them
            }

            outlet ??= name;
        }

        return new Byline(outlet, dated);
    }

    private static bool AreNames(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        foreach (var w in words)
        {
            if (NameConnectors.Contains(w))
            {
                continue;
            }

            if (!char.IsUpper(w[0]) || CalendarNames.Contains(w) || w.Any(c => !(char.IsLetter(c) || c is '.' or '-' or '\'' or '’')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a byline says beyond its writers: the outlet, if it names one, and whether it holds the date.</summary>
    internal sealed record Byline(string? Outlet, bool Dated);
}
