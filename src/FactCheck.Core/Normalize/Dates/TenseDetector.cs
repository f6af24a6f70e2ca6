using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// Reads the tense around a date expression from the marker nearest to it in its sentence: "said
/// Friday" (past), "will meet on Friday" (future). The nearest marker wins because one sentence
/// often holds both ("X said Monday the talks will resume"). No marker: <see cref="Lean.Nearest"/>.
/// </summary>
public static partial class TenseDetector
{
    private static readonly HashSet<string> PastWords = Lexicon.Set("date-tense-past");

    private static readonly HashSet<string> FutureWords = Lexicon.Set("date-tense-future");

    private static readonly HashSet<string> FuturePhrases =
        new(FutureWords.Where(w => w.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);

    // The phrases by their first word, each as its words, longest first: "is set to" is tried before "is set".
    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> FuturePhrasesByStart = FuturePhrases
        .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // What each tense word is, in one look-up per word of the sentence instead of one per list.
    private static readonly FrozenDictionary<string, TenseWord>.AlternateLookup<ReadOnlySpan<char>> TenseWords = PastWords.Select(w => (Word: w, Kind: TenseWord.Past))
        .Concat(FutureWords.Select(w => (Word: w, Kind: TenseWord.Future)))
        .Concat(FuturePhrases.Select(p => (Word: p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], Kind: TenseWord.PhraseStart)))
        .GroupBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(TenseWord.None, (kind, e) => kind | e.Kind), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Which words may be in TenseWords, by first letter and length: most words of a sentence are on no tense list.
    private static readonly WordShapes TenseWordShapes = new(TenseWords.Dictionary.Keys);

    /// <summary>Which tense lists a word is on.</summary>
    [Flags]
    private enum TenseWord
    {
        None = 0,
        Past = 1,
        Future = 2,

        /// <summary>The first word of a future phrase ("is set to").</summary>
        PhraseStart = 4,
    }

    /// <summary>The lean for an expression at <paramref name="span"/> (offsets into <paramref name="text"/>).</summary>
    public static Lean Around(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Around(text, Markers(text), span);
    }

    /// <summary>
    /// The tense markers of <paramref name="text"/>, in text order: found once per sentence, then read for every
    /// expression in it by <see cref="Around(string, IReadOnlyList{Marker}, TextSpan)"/>.
    /// </summary>
    internal static IReadOnlyList<Marker> Markers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Marker>? markers = null;
        // One list per thread, reused: the words are read only here and in what this calls, and no marker keeps the list.
        var words = Words(text, wordsBuffer ??= []);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var word = text.AsSpan(w.Start, w.Length);
            var next = i + 1 < words.Count ? text.AsSpan(words[i + 1].Start, words[i + 1].Length) : default;
            if (MarkerOf(word, i + 1 < words.Count, next, text, w.Start, words, i) is { } lean
                && !(lean == Lean.Past && (!PastLookup.Contains(word) ? AfterCopula(text, words, i) : AfterBe(text, words, i))))
            {
                (markers ??= []).Add(new Marker(w, lean, SpeechVerbs.Contains(word)));
            }
        }

        return markers ?? (IReadOnlyList<Marker>)[];
    }

    // What a clause break (see ClauseBreak) between a tense word and a date adds to their distance: more than a sentence is long.
    private const int OtherClause = 100_000;

    /// <summary>As <see cref="Around(string, TextSpan)"/>, with the sentence's markers from <see cref="Markers"/>.</summary>
    internal static Lean Around(string text, IReadOnlyList<Marker> markers, TextSpan span)
    {
        Lean? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (w, lean, speechVerb) in markers)
        {
            // The expression's own words ("last", "next") are not the sentence's tense, but a start that opens it is a verb's
            // ("a new timetable starting from Sunday": see OnsetAhead).
            if (w.Start >= span.Start && w.Start < span.End && !(w.Start == span.Start && lean == Lean.Future && OnsetParticiples.Contains(text.AsSpan(w.Start, w.Length))))
            {
                continue;
            }

            if (speechVerb && IsAttributionTail(text, span, w))
            {
                continue;
            }

            if (w.Start >= span.End && ThatBetween(text, span.End, w.Start))
            {
                continue; // "insisted at a press conference on Tuesday that there would be no concessions": the clause after "that" is what was said
            }

            if (w.Start >= span.End && SpeechVerbBetween(markers, span.End, w.Start))
            {
                continue; // "carrying 4.28 million passengers between April and June, and said it would add a route": what was said
            }

            // "The cabinet on March 9 agreed to raise the price": a commitment made in the past looks ahead only to what
            // follows it; the day before it is the day it was made.
            var markerLean = lean == Lean.Future && w.Start >= span.End && Commitments.Contains(text.AsSpan(w.Start, w.Length)) ? Lean.Past : lean;

            // A tense word of the date's own clause comes before one across a comma ("He will climb to No. 4 when the rankings
            // are updated on Monday, the highest position ever reached by …": the Monday is the coming one).
            var distance = w.Start >= span.End ? w.Start - span.End : Math.Max(0, span.Start - (w.Start + w.Length));
            var between = w.Start >= span.End ? text.AsSpan(span.End, w.Start - span.End) : text.AsSpan(w.Start + w.Length, distance);
            distance += ClauseBreak(between) ? OtherClause : 0;
            if (distance < bestDistance)
            {
                best = markerLean;
                bestDistance = distance;
            }
        }

        return best ?? Lean.Nearest;
    }

    /// <summary>Whether a speech verb among the markers stands in [<paramref name="from"/>, <paramref name="to"/>): what follows it is what was said.</summary>
    private static bool SpeechVerbBetween(IReadOnlyList<Marker> markers, int from, int to)
    {
        foreach (var m in markers)
        {
            if (m.SpeechVerb && m.Word.Start >= from && m.Word.Start < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What parts two clauses between a date and a tense word: a comma or a colon that is no separator of a figure or a
    /// clock time ("3,000 metres", "at 10:30 on Friday"), or a quotation's edge ("she told a press briefing on Tuesday:
    /// \"I would hope to …\"" is past by "told"; the tense inside the quotation is the speaker's own).
    /// </summary>
    private static bool ClauseBreak(ReadOnlySpan<char> between)
    {
        for (var k = 0; k < between.Length; k++)
        {
            if (between[k] is '"' or '“' or '”'
                || (between[k] is ',' or ':' && !(k > 0 && char.IsDigit(between[k - 1]) && k + 1 < between.Length && char.IsDigit(between[k + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A speech verb set off after the date by a comma (", the company said") dates the reporting,
    /// not what is reported: "it ships in April, the company said" is still a future April.
    /// </summary>
    private static bool IsAttributionTail(string text, TextSpan span, Word word) =>
        word.Start >= span.End && text.AsSpan(span.End, word.Start - span.End).Contains(',') && !OpensSentence(text, span);

    /// <summary>
    /// Whether the date opens its sentence, alone or after one preposition ("By Wednesday night, the administrators said
    /// …"): then the speech verb after its comma is the sentence's own verb, and the date its day.
    /// </summary>
    private static bool OpensSentence(string text, TextSpan span)
    {
        var lead = text.AsSpan(0, span.Start).Trim().TrimStart("\"'‘“(");
        return lead.IsEmpty || OpeningWords.Contains(lead);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "by", "on", "until", "as of", "since", "from", "at", "in", "over", "late on", "early on",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = Lexicon.Set("quote-speech-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word "that" stands between two offsets.</summary>
    private static bool ThatBetween(string text, int from, int to) => ThatWord().IsMatch(text.AsSpan(from, to - from));

    [GeneratedRegex(@"\bthat\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatWord();

    // A regular "-ed" form after one of these is a state, not a past tense: "will remain suspended until
    // Sunday", "is expected on Monday". The verb before it carries the tense ("was suspended" is past by "was").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "be", "is", "are", "am", "was", "were", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed",
        "become", "becomes", "became", "get", "gets", "got", "seem", "seems", "appear", "appears", "look", "looks",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether word <paramref name="i"/> follows a copula, a determiner or a preposition, past any "-ly" adverbs ("will be
    /// formally tabled", "a newly proposed levy", "support for affected farms").
    /// </summary>
    private static bool AfterCopula(string text, List<Word> words, int i)
    {
        var j = i - 1;
        while (j >= 0 && words[j].Length > 4 && text.AsSpan(words[j].Start, words[j].Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            j--;
        }

        return j >= 0 && (Copulas.Contains(text.AsSpan(words[j].Start, words[j].Length)) || Determiners.Contains(text.AsSpan(words[j].Start, words[j].Length))
            || Prepositions.Contains(text.AsSpan(words[j].Start, words[j].Length)));
    }

    // A regular "-ed" form after one of these modifies a noun too: "support for affected farms", "due to increased demand".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "for", "of", "with", "from", "to", "in", "on", "at", "about", "among", "against", "without", "into",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether an irregular past form follows "be", "been" or "being" ("will be held on Wednesday", "has been set for
    /// Friday"): a participle whose tense the verbs before it give ("was held" is past by "was" already).
    /// </summary>
    private static bool AfterBe(string text, List<Word> words, int i) =>
        i > 0 && text.AsSpan(words[i - 1].Start, words[i - 1].Length) is var previous
        && (previous.Equals("be", StringComparison.OrdinalIgnoreCase) || previous.Equals("been", StringComparison.OrdinalIgnoreCase) || previous.Equals("being", StringComparison.OrdinalIgnoreCase));

    // A regular "-ed" form after one of these modifies a noun: "a proposed levy", "the revised plan".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every", "any", "no",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Lean? MarkerOf(ReadOnlySpan<char> word, bool hasNext, ReadOnlySpan<char> next, string text, int index, List<Word> words, int i)
    {
        var kind = TenseWordShapes.MayHold(word) && TenseWords.TryGetValue(word, out var listed) ? listed : TenseWord.None;
        if (hasNext && (kind & TenseWord.PhraseStart) != 0 && FuturePhrasesByStart.TryGetValue(word, out var phrases) && FuturePhraseAt(text, words, i, phrases) is { } phraseLength)
        {
            // A phrase ending in "to" looks ahead only before a verb: "is due to meet", not "is due to the storm".
            var last = words[i + phraseLength - 1];
            return (text.AsSpan(last.Start, last.Length).Equals("to", StringComparison.OrdinalIgnoreCase) && !VerbAfterTo(text, words, i + phraseLength - 1))
                || (AfterHad(text, words, i) && !Commitments.Contains(word))
                || PlanAsNoun(text, words, i)
                ? null
                : Lean.Future;
        }

        // An expectation told in the past ("inspectors were expected at the site on Tuesday"): of a day near the report, on
        // either side of it, as the report cannot yet say whether it came about. ("Was due on", "was scheduled" look ahead
        // by their own words.)
        if (hasNext && (word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase))
            && next.Equals("expected", StringComparison.OrdinalIgnoreCase))
        {
            return Lean.Closest;
        }

        // "'ll" glued to its subject ("we'll").
        if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
        {
            return Lean.Future;
        }

        // "would have turned 80 on Monday" looks back; "would resume on Monday" forward from when it was said.
        if (hasNext && word.Equals("would", StringComparison.OrdinalIgnoreCase) && next.Equals("have", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if ((kind & TenseWord.Future) != 0)
        {
            return AfterHad(text, words, i) ? null : Lean.Future;
        }

        if (OnsetAhead(word, text, words, i))
        {
            return Lean.Future;
        }

        if ((kind & TenseWord.Past) != 0 || word.EndsWith("'d", StringComparison.OrdinalIgnoreCase))
        {
            return Lean.Past;
        }

        // Regular past forms: "rejected", "claimed". Short "-ed" words ("bed", "red", "need") are not verbs.
        return word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
            && char.IsLower(word[0]) && !(index > 0 && text[index - 1] == '-')
            ? Lean.Past
            : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnsetParticiples =
        Lexicon.Set("date-tense-onset-participles").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnsetDays = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "from", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/>, word <paramref name="i"/>, is a start or an end told in "-ing" right after a noun, with its day right after it:
    /// "with applications opening on Monday" looks ahead, though the sentence's verb ("has set up a fund") is past. "Kicking"
    /// and "taking" and "going" count only as "kicking off", "taking effect", "going ahead".
    /// </summary>
    private static bool OnsetAhead(ReadOnlySpan<char> word, string text, List<Word> words, int i)
    {
        if (i == 0 || i + 1 >= words.Count || !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !OnsetParticiples.Contains(word))
        {
            return false;
        }

        var next = i + 1;
        var particle = word.Equals("kicking", StringComparison.OrdinalIgnoreCase) ? "off"
            : word.Equals("taking", StringComparison.OrdinalIgnoreCase) ? "effect"
            : word.Equals("going", StringComparison.OrdinalIgnoreCase) ? "ahead" : null;
        if (particle is not null)
        {
            if (!text.AsSpan(words[next].Start, words[next].Length).Equals(particle, StringComparison.OrdinalIgnoreCase) || next + 1 >= words.Count)
            {
                return false;
            }

            next++;
        }

        var before = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        return OnsetDays.Contains(text.AsSpan(words[next].Start, words[next].Length))
            && char.IsLetter(before[^1])
            && !text.AsSpan(words[i - 1].Start + words[i - 1].Length, words[i].Start - words[i - 1].Start - words[i - 1].Length).ContainsAny(",;:")
            && !Copulas.Contains(before) && !Determiners.Contains(before) && !Prepositions.Contains(before) && !NotOnsetBefore.Contains(before);
    }

    // Besides a copula, a determiner or a preposition, these before an "-ing" word make it a clause of its own time
    // ("since opening on Friday", "when closing on Monday") or a tense of its own ("had been closing").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOnsetBefore = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "since", "while", "whilst", "when", "by", "upon", "had", "has", "have",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether "plan" or "plans" at word <paramref name="i"/> is a noun: after a determiner ("its plans to close") or a verb
    /// in the past ("approved plans to charge for parking … on Tuesday evening"). The verb before it, not the plan, gives the
    /// sentence its tense; "the council plans to charge" still looks ahead.
    /// </summary>
    private static bool PlanAsNoun(string text, List<Word> words, int i)
    {
        var word = text.AsSpan(words[i].Start, words[i].Length);
        if (i == 0 || !(word.Equals("plan", StringComparison.OrdinalIgnoreCase) || word.Equals("plans", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var before = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        return PlanDeterminers.Contains(before) || MarkerOf(before, true, word, text, words[i - 1].Start, words, i - 1) == Lean.Past;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "its", "their", "his", "her", "our", "my", "your", "these", "those", "new", "such",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether word <paramref name="i"/> follows "had" or "had been": a plan told in the past perfect ("had been scheduled
    /// to lift off at 11:40 on Tuesday", "had planned to reopen on Friday") names a day the writer may already have
    /// passed, so it gives no lean of its own; the "had" before it gives the past. A commitment is not such a plan
    /// (<see cref="Commitments"/>).
    /// </summary>
    private static bool AfterHad(string text, List<Word> words, int i)
    {
        bool Is(int k, string w) => k >= 0 && text.AsSpan(words[k].Start, words[k].Length).Equals(w, StringComparison.OrdinalIgnoreCase);
        return Is(i - 1, "had") || (Is(i - 1, "been") && Is(i - 2, "had"));
    }

    // Commitments made before now for a day after it keep their lean in the past perfect: "a crew had been booked to
    // inspect the site on Monday", "the two sides had agreed to meet on Friday". A plan "had been scheduled" or "due" is
    // told so because it did not hold.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Commitments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "booked", "agreed", "arranged", "promised", "pledged", "vowed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words of the longest of <paramref name="phrases"/> (those starting with word <paramref name="i"/>) stand from word <paramref name="i"/> on.</summary>
    private static int? FuturePhraseAt(string text, List<Word> words, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var k = 1;
            while (k < phrase.Length && i + k < words.Count
                && text.AsSpan(words[i + k].Start, words[i + k].Length).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the "to" at word <paramref name="to"/> opens an infinitive: right after it, with only white space between, a
    /// word that is no determiner. "Agreed to meet on Monday" looks ahead; "agreed to the deal on Monday", "closed due to the
    /// storm on Monday" do not.
    /// </summary>
    private static bool VerbAfterTo(string text, List<Word> words, int to)
    {
        if (to + 1 >= words.Count)
        {
            return false;
        }

        var (end, next) = (words[to].Start + words[to].Length, words[to + 1]);
        return text.AsSpan(end, next.Start - end).IsWhiteSpace() && !Determiners.Contains(text.AsSpan(next.Start, next.Length));
    }

    /// <summary>
    /// The words of <paramref name="text"/>: a letter, then letters and apostrophes (the pattern [\p{L}][\p{L}'’]*,
    /// as a scan: \p{L} is what <see cref="char.IsLetter(char)"/> accepts).
    /// </summary>
    internal static List<Word> Words(string text) => Words(text, []);

    /// <summary>As <see cref="Words(string)"/>, into <paramref name="words"/> (emptied first).</summary>
    private static List<Word> Words(string text, List<Word> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i++;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }

            words.Add(new Word(start, i - start));
        }

        return words;
    }

    [ThreadStatic]
    private static List<Word>? wordsBuffer;

    /// <summary>Where a word of the sentence stands.</summary>
    internal readonly record struct Word(int Start, int Length);

    /// <summary>A word that marks a tense, and whether it is a speech verb (which a comma before it may discount).</summary>
    internal readonly record struct Marker(Word Word, Lean Lean, bool SpeechVerb);
}
