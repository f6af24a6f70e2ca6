using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whose age a figure is: the name set off right before it ("Captain Leah Morton, 29,", "Gareth Pugh, aged 58") or
/// named right after "N-year-old" ("19-year-old Ellie Marsh", "the 24-year-old striker Tom Hale"). Two ages of two named
/// people are two facts however much their sentences share: "Gareth Pugh, 58," and "Ann Pugh, 55," of one farm, "Leah
/// Morton, 29" and "19-year-old Ellie Marsh" of one team.
/// </summary>
internal static class AgeHolder
{
    private const string YearOld = "-year-old";

    /// <summary>A person's name as far as a sentence gives it, lower-cased: the surname, and the given name before it when written.</summary>
    public sealed record Name(string? Given, string Family);

    /// <summary>The name of the person an age is of; null when the figure is no age or its sentence names no one right at it.</summary>
    public static Name? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Quantity.Unit != "age" || ClaimPlace.In(claim) is var at && at < 0)
        {
            return null;
        }

        var sentence = claim.Sentence.Text;
        var end = at + claim.Text.Length;
        var suffix = sentence.IndexOf(YearOld, at, StringComparison.OrdinalIgnoreCase);
        if (suffix >= 0 && suffix <= end)
        {
            return NameAfter(sentence, suffix + YearOld.Length);
        }

        // "Ann Pugh, 55," and "Gareth Pugh, aged 58": back over "aged", then the comma or bracket that sets the age off.
        var before = at;
        if (TextScan.PreviousWord(sentence, before) is { Word: "aged" or "age" } aged)
        {
            before = aged.Start;
        }

        while (before > 0 && sentence[before - 1] == ' ')
        {
            before--;
        }

        return before > 0 && sentence[before - 1] is ',' or '(' ? NameBefore(sentence, before - 1) : null;
    }

    /// <summary>
    /// <paramref name="name"/> with its given name, when it has none and its report names one person of that surname in full
    /// elsewhere: "Mr Pryce, 58," of a report that names Gareth Pryce is Gareth Pryce's age, so no rival to "Owen Pryce, 31"
    /// in another. A report naming two of that surname, or none, leaves the name as it is.
    /// </summary>
    public static Name? InFull(Name? name, string reportText)
    {
        ArgumentNullException.ThrowIfNull(reportText);
        if (name is null || name.Given is not null)
        {
            return name;
        }

        string? given = null;
        for (var at = reportText.IndexOf(name.Family, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = reportText.IndexOf(name.Family, at + name.Family.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Family.Length;
            if (!char.IsUpper(reportText[at]) || (at > 0 && char.IsLetter(reportText[at - 1])) || (end < reportText.Length && char.IsLetter(reportText[end])))
            {
                continue;
            }

            // Only one space between: "Gareth Pryce", not "Gareth. Pryce" nor a line's end.
            if (TextScan.PreviousWord(reportText, at) is not { } before || before.End != at - 1 || reportText[before.End] != ' '
                || !IsNameWord(reportText, before.Start, before.Word))
            {
                continue;
            }

            if (given is not null && given != before.Word)
            {
                return name; // two people of one surname: which one is meant the name does not say
            }

            given = before.Word;
        }

        return given is null ? name : name with { Given = given };
    }

    /// <summary>Whether two ages are of two people: both name someone, and the names cannot be one person's.</summary>
    public static bool Differ(Name? a, Name? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        // "Morton" is "Leah Morton"; so, in a familiar report, is "Leah".
        var same = (a.Family == b.Family && (a.Given is null || b.Given is null || a.Given == b.Given))
            || (a.Given is null && a.Family == b.Given) || (b.Given is null && b.Family == a.Given);
        return !same;
    }

    /// <summary>
    /// The capitalised words ending right before <paramref name="end"/>, with only spaces between (words come lower-cased):
    /// "Captain Leah Morton" gives Leah Morton.
    /// </summary>
    private static Name? NameBefore(string sentence, int end)
    {
        var words = new List<string>();
        for (var w = TextScan.PreviousWord(sentence, end); w is { } word && IsNameWord(sentence, word.Start, word.Word); w = TextScan.PreviousWord(sentence, word.Start))
        {
            words.Insert(0, word.Word);
        }

        return From(words);
    }

    /// <summary>
    /// The capitalised words that follow <paramref name="from"/>, past at most two lower-case words that describe the person
    /// ("the 24-year-old striker Tom Hale"); none past a verb or a little word ("The 29-year-old was arrested Friday").
    /// </summary>
    private static Name? NameAfter(string sentence, int from)
    {
        // Only spaces may stand between the words: a comma or a bracket ends the name, if any.
        var words = new List<string>();
        var skipped = 0;
        for (var w = TextScan.NextWord(sentence, from); w is { } word; w = TextScan.NextWord(sentence, word.End))
        {
            if (IsNameWord(sentence, word.Start, word.Word))
            {
                words.Add(word.Word);
            }
            else if (words.Count > 0 || char.IsUpper(sentence[word.Start]) || ++skipped > 2 || !MayDescribe(word.Word))
            {
                break;
            }
        }

        return From(words);
    }

    // A word between an age and a name describes the person ("striker", "retired teacher"), unless it is a verb or a little
    // word: "The 29-year-old was arrested Friday", "a 41-year-old man from Leeds".
    private static bool MayDescribe(string word) => !QuoteLexicon.Auxiliaries.Contains(word) && !QuoteLexicon.StopWords.Contains(word)
        && !QuoteLexicon.Prepositions.Contains(word) && !QuoteLexicon.IsSpeechVerb(word) && !word.EndsWith("ed", StringComparison.Ordinal);

    // A name word as a tally's player is one (FigureOwner), and no title before a name ("Captain", "Dr").
    private static bool IsNameWord(string sentence, int start, string word) =>
        char.IsUpper(sentence[start]) && !QuoteLexicon.IsTitle(word) && FigureOwner.NameOrNull(word) is not null;

    private static Name? From(List<string> words) => words.Count switch
    {
        0 => null,
        1 => new Name(null, words[0]),
        _ => new Name(words[^2], words[^1]),
    };
}
