
namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// How a statement reached the public: "reporters", "briefing", "interview", "social", "statement",
/// "speech" or "broadcast" (<see cref="Kind"/>), with a detail where the text gives one: the network
/// of a social post ("X"), who held an interview.
/// </summary>
public sealed record StatementChannel(string Kind, string? Detail)
{
    /// <summary>
    /// Whether two channels can be the same occasion. Remarks to reporters, a press briefing, an
    /// interview and words on air are all the press; a post on one network is not one on another.
    /// </summary>
    public bool CompatibleWith(StatementChannel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Family == other.Family)
        {
            return Kind != "social" || Detail is null || other.Detail is null || string.Equals(Detail, other.Detail, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    // Remarks to reporters, a briefing, an interview and words on air are all spoken to the press: one statement may
    // reach the public through several at once ("said in a television interview" and "told reporters"). A written
    // statement, a post or a speech is another way.
    private string Family => Kind is "reporters" or "briefing" or "interview" or "broadcast" ? "press" : Kind;

    public override string ToString() => Detail is null ? Kind : $"{Kind} ({Detail})";
}

/// <summary>Reads the channel of a statement from the words around its quotation ("told reporters", "wrote on X").</summary>
public static class ChannelDetector
{
    private static readonly HashSet<string> PostingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "posted", "posts", "posting", "wrote", "write", "writes", "writing", "tweet", "tweeted", "tweets",
        "said", "says", "stated", "message", "account", "video", "shared",
    };

    public static StatementChannel? Detect(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<WordToken>(tokens.Count);
        var posting = false;
        var tweet = false;
        var told = -1;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }

            posting = posting || PostingWords.Contains(t.Text);
            tweet = tweet || t.Lower.StartsWith("tweet", StringComparison.Ordinal);
            if (told < 0 && t.Lower is "told" or "tells")
            {
                told = words.Count;
            }

            words.Add(t);
        }

        // A network named after "on" with a posting word nearby ("wrote Monday on X", "in a post on X").
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].Text.Equals("on", StringComparison.OrdinalIgnoreCase) && !words[i].Text.Equals("via", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (network, length) = NetworkAt(words, i + 1);
            if (network is not null && (posting || length > 1 || network != "X"))
            {
                return new StatementChannel("social", network);
            }
        }

        if (tweet)
        {
            return new StatementChannel("social", "X");
        }

        if (FirstCue(words) is (var index, var at))
        {
            var (channel, cue) = QuoteLexicon.ChannelCues[index];
            return channel == "interview" ? new StatementChannel(channel, Interviewer(words, at + cue.Length)) : new StatementChannel(channel, null);
        }

        // "told CNN", "told The Daily Courier": an outlet named as the one told is an interview.
        if (told >= 0)
        {
            var outlet = words.Skip(told + 1).SkipWhile(w => w.Lower == "the").TakeWhile(w => w.IsCapitalized && !w.IsRole).Take(4).ToList();
            if (outlet.Count > 0 && !QuoteLexicon.Pronouns.Contains(outlet[0].Lower) && !outlet[^1].IsPossessive)
            {
                return new StatementChannel("interview", string.Join(' ', outlet.Select(w => w.Text)));
            }
        }

        return null;
    }

    private static (string? Network, int Length) NetworkAt(List<WordToken> words, int i)
    {
        // Two-word names first ("Truth Social").
        if (i + 1 < words.Count && QuoteLexicon.Networks.TryGetValue(words[i].Text + " " + words[i + 1].Text, out var two))
        {
            return (two, 2);
        }

        if (i < words.Count && QuoteLexicon.Networks.TryGetValue(words[i].Text, out var one))
        {
            // A lone "x" is the network only when written as the capital letter.
            return words[i].Text == "x" ? (null, 0) : (one, 1);
        }

        return (null, 0);
    }

    // The cues by their first word, each word's in list order: a word opening no cue is passed over with one lookup, where
    // every cue was sought through all the words in turn.
    private static readonly Dictionary<string, int[]> CuesByFirstWord = QuoteLexicon.ChannelCues
        .Select((c, index) => (First: c.Cue[0], Index: index))
        .GroupBy(c => c.First, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(c => c.Index).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The first cue of <see cref="QuoteLexicon.ChannelCues"/> (in list order) that the words hold, and where it first
    /// stands; null when they hold none.
    /// </summary>
    private static (int Index, int At)? FirstCue(List<WordToken> words)
    {
        (int Index, int At)? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!CuesByFirstWord.TryGetValue(words[i].Lower, out var cues))
            {
                continue;
            }

            foreach (var index in cues)
            {
                // A cue later in the list than one found already cannot be the first; a cue found here stands first here.
                if (found is { } f && index >= f.Index)
                {
                    break;
                }

                if (StandsAt(words, i, QuoteLexicon.ChannelCues[index].Cue))
                {
                    found = (index, i);
                    break;
                }
            }
        }

        return found;
    }

    private static bool StandsAt(List<WordToken> words, int i, string[] cue)
    {
        if (i + cue.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (words[i + k].Lower != cue[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string? Interviewer(List<WordToken> words, int after)
    {
        // "an interview with Ostrian state media", "told the BBC in an interview"
        for (var i = after; i < Math.Min(words.Count, after + 3); i++)
        {
            if (words[i].Lower is "with" or "to")
            {
                var run = words.Skip(i + 1).TakeWhile(w => w.IsCapitalized || w.Lower is "state" or "media" or "news" or "television" or "radio" or "the").Take(5).ToList();
                return run.Count > 0 ? string.Join(' ', run.Select(w => w.Text)) : null;
            }
        }

        return null;
    }
}
