using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Where a count holds, as the words right after it say: "412,000 vehicles worldwide" is the whole, "158,000
/// vehicles in Lauremont" one place's share, "the remaining 51 theaters" what is left of a whole. Two counts
/// scoped differently are not one fact; a count that names no scope may be either, unless it is a part or a winning margin.
/// </summary>
internal static class CountScope
{
    /// <summary>The scope of the whole: "worldwide", "globally", "in total".</summary>
    public const string Whole = "whole";

    private static readonly HashSet<string> WholeWords = new(StringComparer.OrdinalIgnoreCase) { "worldwide", "globally", "overall", "nationwide", "altogether" };

    /// <summary><see cref="Whole"/>, a place in lower case ("lauremont"), or null when the words after the count name no scope.</summary>
    public static string? Of(QuantityClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sentence = claim.Sentence.Text;
        var at = ClaimPlace.In(claim);
        if (at < 0)
        {
            return null;
        }

        if ((AloneBefore(sentence, at) ?? AloneAfter(sentence, at + claim.Text.Length) ?? RemainderAround(sentence, at, at + claim.Text.Length)
            ?? MarginBefore(sentence, at) ?? StageAfter(sentence, at + claim.Text.Length) ?? EarlierSeasonBefore(sentence, at)) is { } part)
        {
            return part;
        }

        var first = TextScan.NextWord(sentence, at + claim.Text.Length);
        if (first is not { } w || !sentence.AsSpan(at + claim.Text.Length, w.Start - at - claim.Text.Length).IsWhiteSpace())
        {
            return null;
        }

        if (WholeWords.Contains(w.Word) || (w.Word is "in" && TextScan.NextWord(sentence, w.End) is { Word: "total" }))
        {
            return Whole;
        }

        if (w.Word is "in" && PlaceAt(sentence, w.End) is { } place)
        {
            return place;
        }

        return PlaceOpening(sentence, at);
    }

    /// <summary>The first word of a place named at <paramref name="from"/>, past a "the" ("the United States", "the UK"); null for no name.</summary>
    private static string? PlaceAt(string sentence, int from)
    {
        var place = TextScan.NextWord(sentence, from);
        if (place is { Word: "the" } the)
        {
            place = TextScan.NextWord(sentence, the.End);
        }

        return place is { } p && char.IsUpper(sentence[p.Start]) && !CalendarNames.Contains(p.Word) ? p.Word : null;
    }

    /// <summary>
    /// The place a sentence opens with when the count comes right after it: "In the UK, 18,900 vehicles are affected" is a
    /// count for the UK, as "18,900 vehicles in the UK" is.
    /// </summary>
    private static string? PlaceOpening(string sentence, int at)
    {
        var lead = sentence.AsSpan(0, at).TrimEnd();
        if (lead.Length == 0 || lead[^1] != ',')
        {
            return null;
        }

        lead = lead[..^1].TrimStart("\"'‘“(").TrimStart();
        if (!lead.StartsWith("In ", StringComparison.Ordinal))
        {
            return null;
        }

        // Every word of the name capitalized ("In the United States,"), so that "In the first week," is no place.
        var name = lead[3..].Trim();
        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return null;
            }
        }

        return PlaceAt(sentence, sentence.IndexOf("In ", StringComparison.Ordinal) + 2);
    }

    // The prefix of a scope that is one fact only with a count of that same scope: a part set off by "alone" ("In the Maple
    // Terrace neighbourhood alone, 19 homes were flattened"), what is left of a whole ("the remaining 51 theaters"), a
    // winning margin ("beat South Africa by four wickets").
    private const string ApartPrefix = "apart:";

    // The scope of the margin a contest was won or lost by: "beat South Africa by four wickets", "lost by 12 points".
    private const string Margin = ApartPrefix + "margin";

    // Verbs of winning or losing whose "by" gives the margin.
    private static readonly HashSet<string> MarginVerbs = new(StringComparer.Ordinal)
    {
        "beat", "beaten", "beating", "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "thrashed", "defeated",
        "edged", "trailed", "trailing", "led", "leading", "lead", "leads",
    };

    // How many words may stand between a verb of winning and the "by" of its margin ("beat South Africa by").
    private const int MarginReach = 4;

    /// <summary>
    /// A stage of a whole named right after the count ("took three wickets in the first session", "scored twice in the second
    /// half", "sold 12,000 copies in its opening week"): <see cref="ApartPrefix"/>, the ordinal and the noun.
    /// </summary>
    private static string? StageAfter(string sentence, int end)
    {
        if (TextScan.NextWord(sentence, end) is not { Word: "in" or "during" } on || !sentence.AsSpan(end, on.Start - end).IsWhiteSpace()
            || TextScan.NextWord(sentence, on.End) is not { Word: "the" or "its" or "their" or "his" or "her" } determiner
            || TextScan.NextWord(sentence, determiner.End) is not { } ordinal
            || !(ordinal.Word is "opening" or "final" or "last" || NumberWords.Ordinals.ContainsKey(ordinal.Word))
            || TextScan.NextWord(sentence, ordinal.End) is not { } stage)
        {
            return null;
        }

        return $"{ApartPrefix}{ordinal.Word} {stage.Word}";
    }

    /// <summary><see cref="Margin"/> when "by" before the count follows a verb of winning or losing in its clause.</summary>
    private static string? MarginBefore(string sentence, int at)
    {
        if (TextScan.PreviousWord(sentence, at) is not { Word: "by" } by)
        {
            return null;
        }

        var word = TextScan.PreviousWord(sentence, by.Start);
        for (var k = 0; k < MarginReach && word is { } w; k++)
        {
            if (MarginVerbs.Contains(w.Word))
            {
                // "Power was lost by 38,000 homes": a passive's "by" names who did it, not a margin; "were thrashed by nine
                // wickets" is one still.
                return w.Word is "lost" or "won" or "led" && TextScan.PreviousWord(sentence, w.Start) is { Word: "was" or "were" or "is" or "are" or "be" or "been" or "being" } ? null : Margin;
            }

            word = TextScan.PreviousWord(sentence, w.Start);
        }

        return null;
    }

    // The scope of what is left of a whole once some are taken away: "The remaining 51 theaters will stay open".
    private const string Remainder = ApartPrefix + "remaining";

    /// <summary>
    /// <see cref="Remainder"/> when the count is what is left of a whole: "the remaining 51 theaters", "the other 51",
    /// "51 theaters remaining", "with seven wickets in hand".
    /// </summary>
    private static string? RemainderAround(string sentence, int at, int end)
    {
        var before = TextScan.PreviousWord(sentence, at);
        var after = TextScan.NextWord(sentence, end);
        var remaining = before is { Word: "remaining" }
            || (before is { Word: "other" } other && TextScan.PreviousWord(sentence, other.Start) is { Word: "the" })
            || (after is { Word: "remaining" } left && sentence.AsSpan(end, left.Start - end).IsWhiteSpace())
            || (after is { Word: "in" } inWord && TextScan.NextWord(sentence, inWord.End) is { Word: "hand" });
        return remaining ? Remainder : SplitLater(sentence, end);
    }

    // A figure of an earlier season ("a club that finished third last season with 38 points"): one fact only with another
    // such, not with this season's ("chipped in with 19 points").
    private const string EarlierSeason = ApartPrefix + "earlier-season";

    // Words before "last season" that make it the base a figure is set against ("up 20% on last season"), not its season.
    private static readonly HashSet<string> BaseWords = new(StringComparer.Ordinal) { "on", "than", "from", "since", "over", "with", "compared" };

    /// <summary>
    /// <see cref="EarlierSeason"/> when "last season" or "the previous season" stands before the figure in its clause, as the
    /// season it is of; null when none does, or when it is a base ("20% up on last season").
    /// </summary>
    private static string? EarlierSeasonBefore(string sentence, int at)
    {
        // Back word by word: a comma, semicolon or colon ends the walk, as no word is read across one.
        for (var w = TextScan.PreviousWord(sentence, at); w is { } word; w = TextScan.PreviousWord(sentence, word.Start))
        {
            if (word.Word is "season" or "seasons" && TextScan.PreviousWord(sentence, word.Start) is { Word: "last" or "previous" } which)
            {
                return TextScan.PreviousWord(sentence, which.Start) is { } before && BaseWords.Contains(before.Word) ? null : EarlierSeason;
            }
        }

        return null;
    }

    // One share of a whole its sentence splits ("Three men were winched aboard the helicopter, while the other two were
    // picked up by the lifeboat"): one fact only with a count of a share.
    private const string Share = ApartPrefix + "share";

    /// <summary>
    /// <see cref="Share"/> when the rest of the whole is counted later in the sentence, with no count between ("…, while the
    /// other two …", "… and the remaining 40 …"); null when "the other" or "the remaining" counts nothing ("and the other
    /// protesters dispersed").
    /// </summary>
    private static string? SplitLater(string sentence, int end)
    {
        for (var i = sentence.IndexOf("the ", end, StringComparison.OrdinalIgnoreCase); i >= 0; i = sentence.IndexOf("the ", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            if ((i == 0 || !char.IsLetter(sentence[i - 1])) && TextScan.NextWord(sentence, i + 4) is { Word: "other" or "remaining" } rest
                && TextScan.SkipSpaces(sentence, rest.End) is var k && k < sentence.Length
                && TextScan.NumberFollows(sentence, k))
            {
                // "Of 74 staff, 52 roles will go, with the remaining 22 …": the share is the count right before the rest.
                return CountBetween(sentence, end, i) ? null : Share;
            }
        }

        return null;
    }

    /// <summary>Whether a number counting something ("52 roles", not "Rescue 924 from") stands in [from, to).</summary>
    private static bool CountBetween(string sentence, int from, int to)
    {
        for (var k = TextScan.SkipSpaces(sentence, from); k < to; k = TextScan.SkipSpaces(sentence, k))
        {
            var end = char.IsAsciiDigit(sentence[k]) ? NumberEnd(sentence, k) : Math.Max(k + 1, TextScan.WordEnd(sentence, k));
            if (TextScan.NumberFollows(sentence, k) && TextScan.NextWord(sentence, end) is { } noun && !QuoteLexicon.StopWords.Contains(noun.Word))
            {
                return true;
            }

            k = end;
        }

        return false;
    }

    private static int NumberEnd(string sentence, int at)
    {
        while (at < sentence.Length && (char.IsAsciiDigit(sentence[at]) || (sentence[at] is ',' or '.' && at + 1 < sentence.Length && char.IsAsciiDigit(sentence[at + 1]))))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// A part set off by "alone" just before the count ("In the Maple Terrace neighbourhood alone, 19 homes …", "In Orly
    /// alone 40 flights …"): <see cref="ApartPrefix"/> and the word before "alone" (the place or its noun), lower-cased.
    /// </summary>
    private static string? AloneBefore(string sentence, int at)
    {
        var end = at;
        while (end > 0 && (sentence[end - 1] is ',' || char.IsWhiteSpace(sentence[end - 1])))
        {
            end--;
        }

        if (TextScan.PreviousWord(sentence, end) is not { Word: "alone" } alone || TextScan.PreviousWord(sentence, alone.Start) is not { } place)
        {
            return null;
        }

        return IsDay(place.Word) ? Day : ApartPrefix + place.Word;
    }

    // One day's part of a longer count ("on Saturday alone", "yesterday alone", "on 21 March alone"): one scope for every
    // day, since reports name one day in other words; which day is the figure's date's to tell.
    private const string Day = ApartPrefix + "day";

    private static bool IsDay(string word) => word is "yesterday" or "today" or "tonight" || CalendarNames.Contains(word);

    // Words that open the phrase of a part a count is set off by "alone" after it.
    private static readonly HashSet<string> AloneOpeners = new(StringComparer.Ordinal) { "in", "on", "at", "during", "for" };

    // How many words after a count its clause may run to the "alone" that sets off its part ("8,400 visitors came through
    // the gates on Sunday alone").
    private const int AloneReach = 8;

    /// <summary>
    /// A part set off by "alone" after the count in its clause, with a word that opens the part's phrase between ("hit 16
    /// maximums in the final alone", "40 flights at Orly alone", "8,400 visitors came through the gates on Sunday alone"):
    /// <see cref="ApartPrefix"/> and the word before "alone", lower-cased. "were left alone" opens no part.
    /// </summary>
    private static string? AloneAfter(string sentence, int end)
    {
        var opened = false;
        (int Start, int End, string Word)? previous = null;
        var from = end;
        for (var k = 0; k < AloneReach && TextScan.NextWord(sentence, from) is { } w; k++)
        {
            if (w.Word == "alone")
            {
                return previous is { } p && IsDay(p.Word) ? Day
                    : opened && previous is { } q && !AloneOpeners.Contains(q.Word) ? ApartPrefix + q.Word : null;
            }

            opened |= AloneOpeners.Contains(w.Word);
            (previous, from) = (w, w.End);
        }

        return null;
    }

    /// <summary>
    /// Whether two scopes let two counts be one fact: the same, or either unnamed; a part (set off by "alone", or what
    /// remains) is one fact only with a count of that same part.
    /// </summary>
    public static bool Compatible(string? a, string? b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (a is null && b?.StartsWith(ApartPrefix, StringComparison.Ordinal) != true)
        || (b is null && a?.StartsWith(ApartPrefix, StringComparison.Ordinal) != true);
}
