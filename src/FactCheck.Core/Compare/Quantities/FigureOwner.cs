using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whose a figure is, by a name in the possessive right before it ("Tuilagi's four wickets", "Helmark's 5.1 million
/// passengers") or a rival named before it ("Rival Helmark Air carried 5.1 million passengers"). Such a figure is one
/// fact only with a figure whose sentence names the same owner: "Brannigan … took five wickets" counts another bowler's,
/// a rival's passengers are not the company's own.
/// </summary>
internal static partial class FigureOwner
{
    /// <summary>
    /// The owner's name, lower-cased: a capitalised possessive right before the figure, else a rival named before it in its
    /// sentence; null when neither.
    /// </summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        var end = at;
        while (end > 0 && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        if (end < 3 || sentence[end - 1] is not ('s' or 'S') || sentence[end - 2] is not ('\'' or '’'))
        {
            return at > 0 ? RivalBefore(sentence, at) : null;
        }

        var start = end - 2;
        while (start > 0 && (char.IsLetter(sentence[start - 1]) || sentence[start - 1] == '-'))
        {
            start--;
        }

        // A name: "Tuilagi's", not "Its". The first word of the sentence is capitalised whatever it is, so there it must be
        // no little word, month or day ("Pryce's 14 maximums were three more", not "Its 14 stores" nor "Yesterday's 3,000").
        if (start >= end - 2 || !char.IsUpper(sentence[start]))
        {
            return null;
        }

        var name = sentence[start..(end - 2)].ToLowerInvariant();
        return start > 0 || (NameOrNull(name) is not null && !NotOwners.Contains(name)) ? name : null;
    }

    // Words that open a sentence in the possessive and own nothing named: a day told relatively, or anyone at all.
    private static readonly HashSet<string> NotOwners = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "tomorrow", "tonight", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "no-one",
    };

    /// <summary>
    /// A rival named before the figure in its sentence ("Rival Helmark Air, which flies from the second terminal, carried
    /// 5.1 million passengers"): the figure is the rival's, lower-cased; null when no capitalised name follows "rival" or
    /// "competitor" ("a rival treatment from Moravec" names the thing, not whose it is).
    /// </summary>
    private static string? RivalBefore(string sentence, int at)
    {
        for (var w = TextScan.NextWord(sentence, TextScan.SkipSpaces(sentence, 0)); w is { } word && word.End <= at; w = NextWordAfter(sentence, word.End))
        {
            if (word.Word is "rival" or "rivals" or "competitor" && NextWordAfter(sentence, word.End) is { } name
                && name.Start == TextScan.SkipSpaces(sentence, word.End) && char.IsUpper(sentence[name.Start]) && name.End <= at)
            {
                return name.Word;
            }
        }

        return null;
    }

    /// <summary>The next word after <paramref name="from"/>, past any characters that are no letters.</summary>
    private static (int Start, int End, string Word)? NextWordAfter(string sentence, int from)
    {
        var i = from;
        while (i < sentence.Length && !char.IsLetter(sentence[i]))
        {
            i++;
        }

        return TextScan.NextWord(sentence, i);
    }

    // Verbs by which a player's tally is told: "Brandvold made 38 saves", "Haataja finished with 26 saves".
    private static readonly HashSet<string> TallyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "made", "makes", "recorded", "records", "stopped", "scored", "scores", "took", "takes", "collected", "grabbed", "posted", "finished", "ended",
        // A player's shots and wins: "Dunmore hit 23 winners", "served 12 aces", "landed 40 punches", "won 14 medals".
        "hit", "hits", "struck", "strikes", "served", "serves", "landed", "lands", "threw", "throws", "kicked", "kicks", "won", "wins", "saved", "saves",
        // What a person got: "Okafor needed eight stitches", "left Mercer needing two stitches".
        "needed", "needing", "needs", "required", "requiring", "received", "receiving",
    };

    /// <summary>
    /// The name a count is the tally of: one capitalised word right before a verb of tallying that leads straight to the
    /// figure ("Brandvold made 38 saves", "Haataja finished with 26 saves"), or at the head of a short phrase ending in "with"
    /// or "on" ("Ameobi chipped in with 19 points"), lower-cased; null when none, or when the word is no name (a role, a word
    /// of the stop list, a month). Weaker than a possessive: two such figures are two players'
    /// only when each names another one (see <see cref="Players"/>).
    /// </summary>
    public static string? PlayerOf(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Quantity.Counted is null || ClaimPlace.In(claim) is var at && at <= 0)
        {
            return null;
        }

        var sentence = claim.Sentence.Text;
        if (claim.Quantity.Unit == PlacingReader.Unit)
        {
            return NameBefore(sentence, at); // a place's span opens at its verb: "Cormac Daly, who set the pace, finished third"
        }

        var verb = TextScan.PreviousWord(sentence, at);
        if (verb is { Word: "with" } with && TextScan.PreviousWord(sentence, with.Start) is { Word: "finished" or "ended" } finished)
        {
            verb = finished;
        }
        else if (verb is { Word: "with" or "on" } preposition)
        {
            return SubjectBefore(sentence, preposition);
        }

        if (verb is not { } v || !TallyVerbs.Contains(v.Word))
        {
            return null;
        }

        return NameBefore(sentence, v.Start);
    }

    /// <summary>
    /// The capitalised word right before <paramref name="verb"/>, past an age or a clause on who the player is, set off by
    /// commas ("Goaltender Noah Brandvold, 24, made 38 saves", "Marchetti, who won the title two years ago, struck 17
    /// winners"), as a name; null when there is none.
    /// </summary>
    private static string? NameBefore(string sentence, int verb)
    {
        var nameEnd = Aside().Match(sentence[..verb]) is { Success: true } aside ? aside.Index : verb;
        if (TextScan.PreviousWord(sentence, nameEnd) is not { } name || !char.IsUpper(sentence[name.Start])
            || sentence.AsSpan(name.End, nameEnd - name.End).Trim().Length > 0)
        {
            return null;
        }

        return NameOrNull(name.Word);
    }

    // Verbs by which a standing is told: "the Raiders finished the regular season on 49 points", "sit level on 40 points".
    private static readonly HashSet<string> StandingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "finished", "finishes", "finish", "ended", "ends", "end", "sit", "sits", "sat", "stand", "stands", "stood", "level",
    };

    /// <summary>
    /// The name at the head of a short verb phrase that ends in "with" or "on" right before a figure: "Chloe Ameobi chipped in
    /// with 19 points", "Megan Orrell led all scorers with 24 points", "the Raiders finished the regular season on 49 points"
    /// (with "on", only after a verb of standing); null past a verb of saying, more than four words, or a name that follows a
    /// preposition ("Crews from Dunmore tackled the blaze with 60 firefighters" names where the crews came from).
    /// </summary>
    private static string? SubjectBefore(string sentence, (int Start, int End, string Word) preposition)
    {
        var words = 0;
        var standing = preposition.Word == "with";
        var phraseStart = preposition.Start;
        string? last = null;
        for (var w = TextScan.PreviousWord(sentence, preposition.Start); w is { } word; w = TextScan.PreviousWord(sentence, word.Start))
        {
            if (char.IsUpper(sentence[word.Start]))
            {
                return words > 0 && standing && !(TextScan.PreviousWord(sentence, word.Start) is { } before && QuoteLexicon.Prepositions.Contains(before.Word))
                    ? NameOrNull(word.Word)
                    : null;
            }

            if (++words > 4 || QuoteLexicon.IsSpeechVerb(word.Word))
            {
                return null;
            }

            standing |= StandingVerbs.Contains(word.Word);
            phraseStart = word.Start;
            last = word.Word;
        }

        // The phrase opens after a comma: its subject is the name set off before it, by "who" ("the Norwegian, who ended the
        // season on 412 points") or by a short description ("Vidal, last year's champion, ended the season on 374 points").
        return words > 0 && standing ? NameBeforeComma(sentence, phraseStart, last == "who") : null;
    }

    // The most words a description set off by commas after a name may have ("last year's overall champion").
    private const int DescriptionWords = 5;

    /// <summary>
    /// The capitalised word right before the comma that ends at <paramref name="start"/> (past spaces), as a name; with
    /// <paramref name="relative"/> false, the one before a short description set off by commas instead. Null when none.
    /// </summary>
    private static string? NameBeforeComma(string sentence, int start, bool relative)
    {
        var comma = TextScan.SkipSpacesBack(sentence, start) - 1;
        if (comma <= 0 || sentence[comma] != ',')
        {
            return null;
        }

        if (!relative)
        {
            var opening = sentence.LastIndexOf(',', comma - 1);
            if (opening <= 0 || sentence.AsSpan(opening + 1, comma - opening - 1).Trim().Count(' ') >= DescriptionWords)
            {
                return null;
            }

            comma = opening;
        }

        return TextScan.PreviousWord(sentence, comma) is { } name && name.End == comma && char.IsUpper(sentence[name.Start]) ? NameOrNull(name.Word) : null;
    }

    /// <summary>A capitalised word as a name, lower-cased; null when it is a role, a word of the stop list or no name.</summary>
    internal static string? NameOrNull(string word)
    {
        word = word.ToLowerInvariant();
        return Stop.Contains(word) || QuoteLexicon.NotNames.Contains(word) || QuoteLexicon.IsRole(word)
            || (word.EndsWith('s') && QuoteLexicon.IsRole(word[..^1])) ? null : word;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?:\d{1,3}|who\s[^,]{1,80}?)\s*,\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Aside();

    private static readonly HashSet<string> Stop = FactCheck.Core.Data.Lexicon.Set("stopwords");

    /// <summary>
    /// Whether two tallies are of two players: each names one, another, and not both sentences name both players. One that
    /// names the other's player too tells of both ("Okafor roared back and left Mercer needing two stitches" against
    /// "Okafor needed eight stitches"); each still names its own tally's player right before it.
    /// </summary>
    public static bool Players(string? playerA, QuantityClaim a, string? playerB, QuantityClaim b) =>
        playerA is not null && playerB is not null && playerA != playerB && (!NamesWord(b.Sentence.Text, playerA) || !NamesWord(a.Sentence.Text, playerB));

    /// <summary>Whether a figure owned by <paramref name="owner"/> may be one fact with <paramref name="other"/>: no owner, or the other's sentence names it.</summary>
    public static bool Admits(string? owner, QuantityClaim other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return owner is null || NamesWord(other.Sentence.Text, owner);
    }

    private static bool NamesWord(string sentence, string word)
    {
        for (var i = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = sentence.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = i == 0 || !char.IsLetter(sentence[i - 1]);
            var after = i + word.Length == sentence.Length || !char.IsLetter(sentence[i + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
