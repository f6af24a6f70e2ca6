using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Times;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Times;

/// <summary>
/// The word a time of day is told of: the one right before the time and the words that lead into it ("landed at 9:15
/// a.m.", "landed safely at about 10:15 a.m."), stemmed, with a verb of a group of synonyms read as its group's first
/// ("activated" as "triggered"). Two reports of one moment mostly keep its verb, whatever else their sentences say; null
/// when that word says nothing of a happening ("was at 3pm", "and at 4pm").
/// </summary>
internal static class TimeLead
{
    private static readonly HashSet<string> StopWords = Lexicon.Set("stopwords");

    // The words that lead into a time rather than tell what happened at it: prepositions and hedges.
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal)
    {
        "at", "about", "around", "approximately", "roughly", "circa", "near", "shortly", "just", "soon", "moments", "minutes",
        "after", "before", "by", "from", "until", "till", "since", "some", "sometime", "time", "past",
    };

    // Verbs that say only that something happened, not what: "happened at 6:40 a.m." and "took place at 7:25 a.m." may
    // be any two happenings of a story.
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal)
    {
        "happened", "happens", "happen", "occurred", "occurs", "occur", "place", "came", "comes", "come", "went", "goes", "go", "got", "get", "gets",
    };

    // Each verb of a group of time-lead-synonyms.txt → the group's first word, so that one moment's verbs lead alike.
    private static readonly Dictionary<string, string> Synonyms = Lexicon.Groups("time-lead-synonyms")
        .SelectMany(group => group.Select(word => (Word: word, Group: group[0])))
        .ToDictionary(p => p.Word, p => p.Group, StringComparer.Ordinal);

    // How many words before the time are passed over at most: "landed safely at about".
    private const int MostSkipped = 4;

    public static string? Of(TimeOfDayClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        if (at < 0)
        {
            return null;
        }

        for (var skipped = 0; skipped <= MostSkipped && TextScan.PreviousWord(text, at) is { } word; skipped++)
        {
            // An adverb of manner ("safely", "finally") stands between a verb and its time.
            if (Leads.Contains(word.Word) || (word.Word.EndsWith("ly", StringComparison.Ordinal) && word.Word.Length > 4))
            {
                at = word.Start;
                continue;
            }

            // Only a word right before the time's lead, not one across a comma or a clause: "…, at 10:15".
            return StopWords.Contains(word.Word) || Empty.Contains(word.Word) || text.AsSpan(word.End, at - word.End).ContainsAny(",;:()")
                ? null
                : WordStem.Of(Synonyms.GetValueOrDefault(word.Word, word.Word));
        }

        return null;
    }
}
