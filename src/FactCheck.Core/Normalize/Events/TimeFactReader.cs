using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>
/// Reads the time facts that derived checks rest on: an event's ordinal year ("the war, now in its
/// third year"), its start ("the invasion began in February 2022"), a person's age ("aged 81",
/// "an 81-year-old") and birth ("born in 1950").
/// </summary>
internal sealed partial class TimeFactReader(AnalyzedSource source, IReadOnlyList<DateClaim> dates)
{
    private static readonly HashSet<string> Stop = Lexicon.Set("stopwords");

    // The date must follow "in " or "on " straight away.
    private const int PrepositionReach = 4;

    [GeneratedRegex(@"\bin its (\w+) year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex OrdinalYear();

    [GeneratedRegex(@"\b(?:began|begun|started|broke out|erupted|was launched|were launched|commenced)\s+(?=(?:in|on)\s)", RegexOptions.CultureInvariant)]
    internal static partial Regex StartVerb();

    [GeneratedRegex(@"\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Age();

    // "Maria Lopez, 81, said": an age set off by commas after a name.
    [GeneratedRegex(@"\b(\p{Lu}[\p{L}’'\-]+),\s(\d{1,3}),\s", RegexOptions.CultureInvariant)]
    internal static partial Regex AppositiveAge();

    [GeneratedRegex(@"\bborn\s+(?=(?:in|on)\s)", RegexOptions.CultureInvariant)]
    internal static partial Regex Born();

    /// <summary>The time facts of <paramref name="sentence"/>, whose words are <paramref name="words"/>.</summary>
    public IReadOnlyList<EventClaim> Read(Sentence sentence, SentenceWords words)
    {
        var text = source.Text;
        var (start, end) = (sentence.Span.Start, sentence.Span.End);
        var cues = Cues(text.AsSpan(start, end - start));
        if (cues == Cue.None)
        {
            return []; // most sentences: none of the patterns can match, so no copy and no regex runs
        }

        // The words are split only where a pattern matched (words.Tokens): most cues lead to no match.
        var results = new List<EventClaim>();
        var slice = text[start..end];

        foreach (Match m in Run(OrdinalYear(), cues, Cue.OrdinalYear, slice))
        {
            if (!EventLexicon.Ordinals.TryGetValue(m.Groups[1].Value, out var n))
            {
                continue;
            }

            var at = start + m.Index;
            var antecedent = words.Tokens.LastOrDefault(t => t.End <= at && EventLexicon.Triggers.ContainsKey(t.Lower));
            if (antecedent is null)
            {
                continue;
            }

            var span = new TextSpan(antecedent.Start, at + m.Length);
            results.Add(Claim(sentence, span, EventLexicon.Triggers[antecedent.Lower].Family, []) with { Elapsed = new Elapsed(ElapsedKind.OrdinalYear, n) });
        }

        foreach (Match m in Run(StartVerb(), cues, Cue.StartVerb, slice))
        {
            var verbAt = start + m.Index;
            var dateAt = verbAt + m.Length;
            var date = EventDateReader.Find(source, dates, dateAt, end, future: false).FirstOrDefault(d => d.Span.Start <= dateAt + PrepositionReach);
            var antecedent = words.Tokens.Where(t => t.End <= verbAt).TakeLast(4).LastOrDefault(t => EventLexicon.Triggers.ContainsKey(t.Lower));
            if (date?.Resolved is null || antecedent is null)
            {
                continue;
            }

            var span = new TextSpan(antecedent.Start, date.Span.End);
            results.Add(Claim(sentence, span, EventLexicon.Triggers[antecedent.Lower].Family, []) with
            {
                Phase = EventPhase.Start,
                Date = date.Resolved,
                DateText = date.Text,
                Status = EventStatus.Happened,
            });
        }

        foreach (Match m in Run(Age(), cues, Cue.Age, slice))
        {
            var at = start + m.Index;
            var years = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture);
            var person = NameBefore(words.Tokens, at) is { Count: > 0 } before ? before : NameAfter(words.Tokens, at + m.Length);
            if (person.Count == 0)
            {
                continue;
            }

            var span = new TextSpan(at, at + m.Length);
            results.Add(Claim(sentence, span, "life", person) with { Elapsed = new Elapsed(ElapsedKind.Age, years) });
        }

        foreach (Match m in Run(AppositiveAge(), cues, Cue.AppositiveAge, slice))
        {
            var name = m.Groups[1].Value;
            var years = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (years is < 1 or > 120 || Stop.Contains(name) || CalendarNames.Contains(name))
            {
                continue;
            }

            var numberAt = start + m.Groups[2].Index;
            var person = NameBefore(words.Tokens, numberAt);
            if (person.Count == 0)
            {
                continue;
            }

            var span = new TextSpan(start + m.Groups[1].Index, numberAt + m.Groups[2].Length);
            results.Add(Claim(sentence, span, "life", person) with { Elapsed = new Elapsed(ElapsedKind.Age, years) });
        }

        foreach (Match m in Run(Born(), cues, Cue.Born, slice))
        {
            var at = start + m.Index;
            var dateAt = at + m.Length;
            var date = EventDateReader.Find(source, dates, dateAt, end, future: false).FirstOrDefault(d => d.Span.Start <= dateAt + PrepositionReach);
            var person = NameBefore(words.Tokens, at);
            if (date?.Resolved is null || person.Count == 0)
            {
                continue;
            }

            var span = new TextSpan(at, date.Span.End);
            results.Add(Claim(sentence, span, "life", person) with
            {
                Phase = EventPhase.Start,
                Date = date.Resolved,
                DateText = date.Text,
                Status = EventStatus.Happened,
            });
        }

        return results;
    }

    /// <summary>Which patterns could match in a sentence.</summary>
    [Flags]
    internal enum Cue
    {
        None = 0,
        OrdinalYear = 1,
        StartVerb = 2,
        Age = 4,
        AppositiveAge = 8,
        Born = 16,
    }

    // The literal words each pattern needs (StartVerb's alternatives as written, case-sensitive like the pattern).
    private static readonly SearchValues<string> StartWords = SearchValues.Create(
        ["began", "begun", "started", "broke out", "erupted", "was launched", "were launched", "commenced"], StringComparison.Ordinal);

    // A case-blind Contains walks the text character by character; a search value is vectorized.
    private static readonly SearchValues<string> Year = SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The patterns whose required text occurs in the sentence: a match of each needs the literal
    /// it names ("year", a start verb, "aged " or "-year-old", "born", or a digit and a comma), so a
    /// pattern left out here cannot match. Spares copying the sentence and five regex scans per sentence.
    /// </summary>
    internal static Cue Cues(ReadOnlySpan<char> sentence)
    {
        var cues = Cue.None;
        if (sentence.IndexOfAny(Year) >= 0)
        {
            cues |= Cue.OrdinalYear;
        }

        if (sentence.IndexOfAny(StartWords) >= 0)
        {
            cues |= Cue.StartVerb;
        }

        if (sentence.Contains("aged ", StringComparison.Ordinal) || sentence.Contains("-year-old", StringComparison.Ordinal))
        {
            cues |= Cue.Age;
        }

        if (HasCommaSpaceDigit(sentence))
        {
            cues |= Cue.AppositiveAge;
        }

        if (sentence.Contains("born", StringComparison.Ordinal))
        {
            cues |= Cue.Born;
        }

        return cues;
    }

    private static IEnumerable<Match> Run(Regex regex, Cue cues, Cue cue, string slice) => (cues & cue) != 0 ? regex.Matches(slice) : [];

    /// <summary>
    /// Whether a comma, one white-space character and a digit follow each other, as in ", 81," (\s is
    /// char.IsWhiteSpace and \d char.IsDigit): "1,250" and "(May 7), officials" hold no age set off by commas.
    /// </summary>
    private static bool HasCommaSpaceDigit(ReadOnlySpan<char> text)
    {
        for (var k = text.IndexOf(','); k >= 0 && k + 2 < text.Length; k = NextComma(text, k))
        {
            if (char.IsWhiteSpace(text[k + 1]) && char.IsDigit(text[k + 2]))
            {
                return true;
            }
        }

        return false;

        static int NextComma(ReadOnlySpan<char> text, int k) => text[(k + 1)..].IndexOf(',') is var next and >= 0 ? k + 1 + next : -1;
    }

    private EventClaim Claim(Sentence sentence, TextSpan span, string family, IReadOnlyList<string> participants) => new()
    {
        SourceId = source.Id,
        Span = span,
        Text = span.Of(source.Text),
        Sentence = sentence,
        EventType = family,
        Participants = participants,
    };

    /// <summary>The nearest run of capitalised words before an offset, within a few words ("Maria Lopez, aged 81").</summary>
    private static IReadOnlyList<string> NameBefore(IReadOnlyList<WordToken> tokens, int offset)
    {
        var before = tokens.Where(t => t.End <= offset).TakeLast(6).ToList();
        var end = before.FindLastIndex(t => IsName(t));
        if (end < 0)
        {
            return [];
        }

        var start = end;
        while (start > 0 && IsName(before[start - 1]))
        {
            start--;
        }

        return [.. before[start..(end + 1)].Select(t => t.Lower)];
    }

    private static IReadOnlyList<string> NameAfter(IReadOnlyList<WordToken> tokens, int offset)
    {
        var after = tokens.Where(t => t.Start >= offset).Take(4).ToList();
        var start = after.FindIndex(t => IsName(t));
        if (start < 0)
        {
            return [];
        }

        var end = start;
        while (end + 1 < after.Count && IsName(after[end + 1]))
        {
            end++;
        }

        return [.. after[start..(end + 1)].Select(t => t.Lower)];
    }

    private static bool IsName(WordToken t) => t.IsCapitalized && !Stop.Contains(t.Lower) && !CalendarNames.Contains(t.Text) && !EventLexicon.Triggers.ContainsKey(t.Lower);
}
