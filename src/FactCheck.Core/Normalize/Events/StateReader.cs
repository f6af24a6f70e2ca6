using System.Collections.Frozen;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// What state a thing was in, or came into, on a day: "The B4120 … reopened at 6am today", "the Marrowfield line remained
/// closed on Thursday", "the pathology system was restored on Monday evening", "the caretaker remains in hospital". The
/// thing is the noun its clause opens with ("the Marrowfield line" → "line"), or, for a change with an object after it,
/// that object ("police reopened the road"). The day is a date of its clause, else the report's own day. One report's
/// state against another's opposite, of one thing, is compared by <c>StateComparer</c>.
/// </summary>
internal static class StateReader
{
    /// <summary>The event family of a thing's state.</summary>
    public const string Family = "state";

    /// <summary>The outcome class of a change into a state ("reopened").</summary>
    public const string Change = "change";

    /// <summary>The outcome class of a state that held ("remained closed").</summary>
    public const string Lasting = "lasting";

    /// <summary>The outcome class of a result that stands whatever day it is told ("were disqualified").</summary>
    public const string Final = "final";

    /// <summary>The outcome class of a state decided for a day to come ("will stay open", "will close").</summary>
    public const string Planned = "planned";

    private sealed record Phrase(string[] Words, string State, string How, bool TakesObject);

    private static readonly IReadOnlyList<string[]> Rows = [.. Lexicon.Entries("event-states").Select(line => line.Split('|', StringSplitOptions.TrimEntries))];

    /// <summary>Each state with its opposite, both ways ("open" and "closed").</summary>
    public static readonly IReadOnlyDictionary<string, string> Opposite = Rows
        .Where(r => r[0] == "opposite")
        .SelectMany(r => new[] { (r[1], r[2]), (r[2], r[1]) })
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    // By first word, longest first: "remained closed" before a shorter phrase at the same word. Frozen: asked of every
    // word of every sentence, and a frozen set turns most words away on their length alone.
    private static readonly FrozenDictionary<string, Phrase[]> ByFirstWord = Rows
        .Where(r => r[0] != "opposite")
        .Select(r => new Phrase(r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), r[0], r[1], r.Length > 3 && r[3] == "object"))
        .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of every state phrase the reader looks for (one opening with a gap or a prefix is never found).</summary>
    public static IEnumerable<IReadOnlyList<string>> PhraseWords => ByFirstWord.Values.SelectMany(phrases => phrases.Select(p => p.Words));

    // Words between a thing and its state that keep the state as told ("has", "was", "still", "now").
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "was", "were", "is", "are", "been", "being", "still", "now", "also", "finally", "already",
        "eventually", "fully", "partly", "partially", "only", "later", "then", "successfully",
    };

    // Words that make the state one not reached: "has not reopened" is closed; "never restored"; "hasn't reopened".
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "never" };

    private static bool IsNegation(WordToken t) =>
        Negations.Contains(t.Lower) || t.Lower.EndsWith("n't", StringComparison.Ordinal) || t.Lower.EndsWith("n\u2019t", StringComparison.Ordinal);

    // Words that make a state one to come or one wished for ("will be reopened", "is expected to reopen", "could be
    // discharged"), or set it in a clause of time or condition ("until it reopened", "before it was restored").
    private static readonly HashSet<string> NotReported = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "should", "may", "might", "must", "can", "be", "to", "expected", "due", "hoped", "hopes",
        "until", "before", "after", "once", "when", "if", "unless", "whether",
    };

    // Words that open a clause of their own: what follows them has its own subject ("and the road remained closed").
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "whilst", "although", "though", "because", "as", "since", "but", "and", "so", "that", "where", "when",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "both", "all",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "he", "she", "we", "i", "you", "him", "them", "which", "who", "this", "that", "these", "those", "one", "some", "many", "most", "none",
    };

    private static readonly HashSet<string> SpeechVerbs = Lexicon.Set("quote-speech-verbs");

    private static readonly HashSet<string> Stop = Lexicon.Set("stopwords");

    /// <summary>The state claims of one sentence's words; <paramref name="dates"/> are the source's dates.</summary>
    /// <param name="previous">The words of the sentence before, whose opening subject a "he" or "she" opening a state's clause names.</param>
    public static IReadOnlyList<EventClaim> Read(AnalyzedSource source, Sentence sentence, IReadOnlyList<WordToken> tokens, IReadOnlyList<DateClaim> dates, IReadOnlyList<WordToken>? previous = null)
    {
        // A list only when a state is found: most sentences hold none, and this runs on every one.
        List<EventClaim>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ByFirstWord.TryGetValue(tokens[i].Lower, out var phrases) || Match(tokens, i, phrases) is not var (phrase, end)
                || Enumerable.Range(i, end - i - 1).Any(k => WordTokens.BreakBetween(source.Text, tokens[k], tokens[k + 1])))
            {
                continue; // a gap in the words never spans a break: "remained in serious condition, Ostervale General Hospital said"
            }

            if (Claim(source, sentence, tokens, dates, i, end, phrase, previous) is { } claim)
            {
                (found ??= []).Add(claim);
            }

            i = end - 1;
        }

        return found ?? (IReadOnlyList<EventClaim>)[];
    }

    /// <summary>The first phrase of the list that matches at token <paramref name="at"/>, with the index just past it.</summary>
    private static (Phrase Found, int End)? Match(IReadOnlyList<WordToken> tokens, int at, Phrase[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (WordTokens.MatchAt(tokens, at, phrase.Words, tokens.Count) is var end and >= 0)
            {
                return (phrase, end);
            }
        }

        return null;
    }

    private static EventClaim? Claim(AnalyzedSource source, Sentence sentence, IReadOnlyList<WordToken> tokens, IReadOnlyList<DateClaim> dates, int at, int end, Phrase found, IReadOnlyList<WordToken>? previous)
    {
        var text = source.Text;

        // Back over the auxiliaries to the word that ends the subject; a negation turns the state into its opposite, held.
        var state = found.State;
        var how = found.How;
        var from = at; // the claim's first word: a negation before the state words is part of what it says
        var k = at - 1;
        while (k >= 0 && !WordTokens.BreakBetween(text, tokens[k], tokens[k + 1]) && (Auxiliaries.Contains(tokens[k].Lower) || IsNegation(tokens[k]) || NotReported.Contains(tokens[k].Lower)))
        {
            if (NotReported.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (IsNegation(tokens[k]))
            {
                if (!Opposite.TryGetValue(state, out var opposite))
                {
                    return null;
                }

                (state, how, from) = (opposite, Lasting, k);
            }

            k--;
        }

        // A verb with an object right after it ("police reopened the road", "organisers cancelled this evening's ascent"):
        // the object is the thing.
        var objectAfter = found.TakesObject && end < tokens.Count && (Determiners.Contains(tokens[end].Lower) || tokens[end].IsPossessive)
            && !WordTokens.BreakBetween(text, tokens[end - 1], tokens[end]) && !WhenNotWhat(tokens, end, dates);
        var thing = objectAfter ? NounAfter(text, tokens, end) : SubjectBefore(text, tokens, k);
        if (thing is null && !objectAfter && k >= 0 && tokens[k].Lower is "he" or "she" && previous is { Count: > 0 })
        {
            // "A 34-year-old man was arrested on Monday. He was charged with burglary": the person the sentence before opens with.
            thing = OnePerson(NounAfter(text, previous, 0));
        }

        // An event the event lists know ("the strike went ahead") is theirs to compare.
        if (thing is null || (EventLexicon.Triggers.TryGetValue(thing[0], out var trigger) && trigger.Form == TriggerForm.Noun))
        {
            return null;
        }

        var span = new TextSpan(tokens[from].Start, tokens[end - 1].End);
        var (day, until) = DayOf(text, sentence, tokens, dates, at, end);
        if (until is { Resolved: { } ends } && source.Published is { } published && ends.Start <= published)
        {
            return null; // "remained closed until Friday", told after it: held on days before that one, which none says
        }

        if (how != Planned && EventDateReader.AfterReport(source, day?.Resolved))
        {
            day = null; // another verb's day ("has been charged and will appear in court on Monday")
        }

        return new EventClaim
        {
            SourceId = source.Id,
            Span = span,
            Text = span.Of(text),
            Sentence = sentence,
            EventType = Family,
            Participants = thing,
            Status = EventStatus.Happened,
            Date = day?.Resolved,
            DateText = day?.Text,
            Outcomes = [new EventOutcome(state, how, span.Of(text), false, [])],
        };
    }

    /// <summary>
    /// The noun a subject ending at token <paramref name="last"/> names, with the names in it ("The B4120 between Merriford and
    /// Stoke Ashby" → "b4120"; "the Marrowfield line" → "line", "marrowfield"). The subject opens its clause: after a break, a
    /// word of saying ("officials said the road …") or a word opening a clause ("and the road …"). A clause that holds no noun
    /// ("the caretaker, who was hurt, remains …") passes to the one before it.
    /// </summary>
    private static IReadOnlyList<string>? SubjectBefore(string text, IReadOnlyList<WordToken> tokens, int last)
    {
        // "Ferreira crossed the line first but was disqualified": a state right after "but" or "and" shares the subject
        // of the clause before.
        var end = last >= 0 && tokens[last].Lower is "but" or "and" or "yet" ? last - 1 : last;
        for (var attempt = 0; attempt < 3 && end >= 0; attempt++)
        {
            // The stretch since the last break: a relative clause or an age set off by commas is passed over whole.
            var chunk = end;
            while (chunk > 0 && !WordTokens.BreakBetween(text, tokens[chunk - 1], tokens[chunk]))
            {
                chunk--;
            }

            var start = end;
            while (start > chunk && !OpensClause(tokens, start - 1))
            {
                start--;
            }

            if (IsAside(tokens[chunk]))
            {
                end = chunk - 1;
                continue;
            }

            if (NounAfter(text, tokens, start, end + 1) is { } noun)
            {
                return noun;
            }

            end = start - 1;
            if (end >= 0 && OpensClause(tokens, end))
            {
                return null; // "and", "said": the clause before is another one, not an aside
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a date starts at token <paramref name="at"/> and says when, not what: "reopened this morning" has no object,
    /// while "cancelled this evening's mass ascent" has one, the date its possessive.
    /// </summary>
    private static bool WhenNotWhat(IReadOnlyList<WordToken> tokens, int at, IReadOnlyList<DateClaim> dates)
    {
        foreach (var date in dates)
        {
            if (date.Span.Start != tokens[at].Start)
            {
                continue;
            }

            var k = at;
            while (k + 1 < tokens.Count && tokens[k].End < date.Span.End)
            {
                k++;
            }

            return !tokens[k].IsPossessive && !(k + 1 < tokens.Count && tokens[k + 1].Start == date.Span.End + 1 && tokens[k + 1].Lower == "s");
        }

        return false;
    }

    /// <summary>A noun group as one person's: its head no plural ("a 34-year-old man", "the driver"), and not the police.</summary>
    private static IReadOnlyList<string>? OnePerson(IReadOnlyList<string>? group) =>
        group is [var head, ..] && !head.EndsWith('s') && head != "police" ? group : null;

    // A clause set off to be passed over: a relative one ("who was hurt"), an age ("61"; "16-year-old Kiri Abbot" is a subject).
    private static bool IsAside(WordToken first) =>
        first.Lower is "who" or "which" or "whose" || first.Text.All(char.IsDigit);

    private static bool OpensClause(IReadOnlyList<WordToken> tokens, int k) =>
        ClauseOpeners.Contains(tokens[k].Lower) && (tokens[k].Lower != "and" || (k + 1 < tokens.Count && Determiners.Contains(tokens[k + 1].Lower)))
        || SpeechVerbs.Contains(tokens[k].Lower);

    /// <summary>
    /// The first noun group from token <paramref name="from"/> (before <paramref name="limit"/>): past determiners and
    /// possessives ("the trust's"), the run of words up to a preposition, break or verb-like word; its last word, with any
    /// capitalised word of it. Null for a pronoun or no content word.
    /// </summary>
    private static IReadOnlyList<string>? NounAfter(string text, IReadOnlyList<WordToken> tokens, int from, int limit = int.MaxValue)
    {
        limit = Math.Min(limit, tokens.Count);
        // "Roughly one in five services", "shortly after": an adverb opens no noun group; nor does a joining word.
        var i = from;
        while (i < limit && (IsAdverb(tokens[i], opensSentence: i == 0) || tokens[i].Lower is "and" or "but" or "or"))
        {
            i++;
        }

        var afterAdverbs = i;
        while (i < limit && (Determiners.Contains(tokens[i].Lower) || tokens[i].IsPossessive || tokens[i].IsNumber))
        {
            i++;
        }

        // "The food bank's Eastfield site": a possessive group of a few words after a determiner owns the noun after it.
        if (i > afterAdverbs && PossessiveGroupEnd(text, tokens, i, limit) is { } owned)
        {
            i = owned;
        }

        var determined = i > afterAdverbs;

        // "The 29-year-old was released": an age that stands for the person is the noun.
        if (determined && (i >= limit || Stop.Contains(tokens[i].Lower) || WordTokens.BreakBetween(text, tokens[i - 1], tokens[i]))
            && tokens[i - 1].Lower.EndsWith("-year-old", StringComparison.Ordinal))
        {
            return [tokens[i - 1].Lower];
        }

        // "raising the prospect …", "meaning the new price …": a clause of a verb's, not a noun group (after a determiner
        // the word is a noun: "the building").
        if (i >= limit || Pronouns.Contains(tokens[i].Lower) || (!determined && IsVerbLike(tokens[i])))
        {
            return null;
        }

        // The group ends before a word that reads as a verb or an adverb ("the mass ascent following the accident",
        // "Tomas Ferreira crossed the line").
        // An irregular past form right before the state's words is the noun it also spells ("the northbound bore reopened").
        var words = new List<string>();
        var j = i;
        while (j < limit && (j == i || (!WordTokens.BreakBetween(text, tokens[j - 1], tokens[j]) && !(IsVerbLike(tokens[j]) && (j + 1 < limit || !PastForms.Contains(tokens[j].Lower))) && !IsAdverb(tokens[j])))
            && !Stop.Contains(tokens[j].Lower) && !tokens[j].IsPossessive)
        {
            words.Add(tokens[j].Lower);
            j++;
        }

        if (words.Count == 0)
        {
            return null;
        }

        var head = words[^1];
        var names = tokens.Skip(i).Take(words.Count - 1).Where(t => t.IsCapitalized).Select(t => t.Lower);
        return [head, .. names.Where(n => n != head).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Where the noun after a possessive group of at most three words from token <paramref name="from"/> starts ("food bank's
    /// Eastfield site" → "Eastfield"); null when no possessive ends one within reach, before a break, with a word after it.
    /// </summary>
    private static int? PossessiveGroupEnd(string text, IReadOnlyList<WordToken> tokens, int from, int limit)
    {
        for (var k = from; k < Math.Min(limit, from + 3); k++)
        {
            if (k > from && WordTokens.BreakBetween(text, tokens[k - 1], tokens[k]))
            {
                return null;
            }

            if (tokens[k].IsPossessive)
            {
                return k + 1 < limit && !WordTokens.BreakBetween(text, tokens[k], tokens[k + 1]) ? k + 1 : null;
            }
        }

        return null;
    }

    // Past forms that do not end in -ed ("took", "won", "spent"): the tense reader's list.
    private static readonly HashSet<string> PastForms = Lexicon.Set("date-tense-past");

    // A verb's form in lower case: -ing, -ed or an irregular past ("took"). A name such as "Reading" is none.
    private static bool IsVerbLike(WordToken t) =>
        !t.IsCapitalized && (PastForms.Contains(t.Lower)
            || (t.Lower.Length > 4 && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal))));

    // "-ly" words, capitalised only where they open the sentence ("Roughly one in five …"; "Kelly" is a name).
    private static bool IsAdverb(WordToken t, bool opensSentence = false) =>
        (!t.IsCapitalized || opensSentence) && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal);

    // A number or a number-led word ("63", "16-year-old", "four"), before a noun it counts or describes.

    // The most words of an opening phrase whose date is the sentence's ("As of Tuesday night,", "On Thursday,").
    private const int OpeningWords = 5;

    /// <summary>
    /// The date of a state: the one of its clause nearest to it, or one in a short phrase that opens the sentence ("As of
    /// Tuesday night, the system remained offline"). Null when neither: the report's own day, read by the comparer. A month
    /// or a year ("reopened in February 2024") is kept too: it says the state is of another time than the report's. A date
    /// the state has held since or holds until is no day of it, but the second is returned: told after it, the state
    /// was held on days before it that the report does not name.
    /// </summary>
    /// <summary>Whether "until" or "till" stands right before <paramref name="at"/>, past "at least" ("until at least August").</summary>
    private static bool AfterUntil(string text, int at)
    {
        var before = Quantities.TextScan.PreviousWord(text, at);
        if (before is { Word: "least" } least && Quantities.TextScan.PreviousWord(text, least.Start) is { Word: "at" } atWord)
        {
            before = Quantities.TextScan.PreviousWord(text, atWord.Start);
        }

        return before is { Word: "until" or "till" };
    }

    /// <summary>"after a gang", "when police", "because the": a joining word that opens a clause with its own subject.</summary>
    private static bool OpensSubordinate(IReadOnlyList<WordToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Lower is "after" or "before" or "when" or "because" or "while"
        && tokens[i + 1].Lower is "a" or "an" or "the" or "he" or "she" or "they" or "it" or "we" or "police" or "officers";

    private static (DateClaim? Day, DateClaim? Until) DayOf(string text, Sentence sentence, IReadOnlyList<WordToken> tokens, IReadOnlyList<DateClaim> dates, int at, int end)
    {
        var clauseStart = at;
        while (clauseStart > 0 && !WordTokens.BreakBetween(text, tokens[clauseStart - 1], tokens[clauseStart]))
        {
            clauseStart--;
        }

        // The clause ends at a mark, or where a clause of its own opens with a subject ("charged after a gang … stole jewellery
        // … on Saturday": Saturday is the theft's day).
        var clauseEnd = end;
        while (clauseEnd < tokens.Count && !WordTokens.BreakBetween(text, tokens[clauseEnd - 1], tokens[clauseEnd]) && !OpensSubordinate(tokens, clauseEnd))
        {
            clauseEnd++;
        }

        var from = tokens[clauseStart].Start;
        var to = tokens[clauseEnd - 1].End;
        var firstBreak = 0;
        while (firstBreak + 1 < tokens.Count && !WordTokens.BreakBetween(text, tokens[firstBreak], tokens[firstBreak + 1]))
        {
            firstBreak++;
        }

        var opening = (Start: sentence.Span.Start, End: tokens[firstBreak].End);
        DateClaim? best = null;
        DateClaim? until = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            if (date.Resolved is null || date.Span.Start < sentence.Span.Start || date.Span.End > sentence.Span.End)
            {
                continue;
            }

            var inClause = date.Span.Start >= from && date.Span.End <= to;
            var opensSentence = date.Span.Start >= opening.Start && date.Span.End <= opening.End && firstBreak < clauseStart && firstBreak < OpeningWords;
            if (!inClause && !opensSentence)
            {
                continue;
            }

            // "has been closed to the public since Saturday", "will stay shut until at least mid-October": a day a state has
            // held since, or holds until, is not the day it is told of; the report's own day is.
            if ((date.Bound == DateBound.Before || AfterUntil(text, date.Span.Start)) && inClause)
            {
                until = date;
                continue;
            }

            if (date.Bound == DateBound.Since)
            {
                continue;
            }

            var distance = Math.Abs(date.Span.Start - tokens[at].Start);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (date, distance);
            }
        }

        return (best, until);
    }
}
