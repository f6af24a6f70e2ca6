using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Normalize.Times;

namespace FactCheck.Core.Compare.Times;

/// <summary>
/// Whether a time of day is told as a start ("a match that started at 8pm") or an end ("pinned double 16 at 11.41pm to
/// end the match"), from the words of its clause before it and the few words after it. A start and an end are two
/// moments, so two such times are never one time told two ways, however alike their sentences are.
/// </summary>
internal static class TimePhase
{
    public const string Start = "start";

    public const string End = "end";

    private static readonly PhraseSet StartCues = Phrases("time-start-cues");

    private static readonly PhraseSet EndCues = Phrases("time-end-cues");

    // How far before the time, in characters, its clause is read ("a match that started at").
    private const int ReachBefore = 40;

    // How many words after the time are read ("at 11.41pm to end the match").
    private const int WordsAfter = 3;

    /// <summary><see cref="Start"/>, <see cref="End"/>, or null when the words name neither or both.</summary>
    public static string? Of(TimeOfDayClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (ClaimPlace.In(claim) is var at && at < 0)
        {
            return null;
        }

        var text = claim.Sentence.Text;
        var from = Math.Max(0, at - ReachBefore);
        var cut = text.AsSpan(from, at - from).LastIndexOfAny(",;:()");
        var before = WordTokens.Split(text, cut < 0 ? from : from + cut + 1, at);
        var afterEnd = at + claim.Text.Length;
        var stop = text.AsSpan(afterEnd).IndexOfAny(",;:()");
        var after = WordTokens.Split(text, afterEnd, stop < 0 ? text.Length : afterEnd + stop);
        bool Told(PhraseSet cues) => cues.Occurs(before, 0, before.Count) || cues.Occurs(after, 0, Math.Min(after.Count, WordsAfter));
        var started = Told(StartCues);
        var ended = Told(EndCues);
        return started == ended ? null : started ? Start : End;
    }

    private static PhraseSet Phrases(string list) => new(Lexicon.Entries(list).Select(e => e.Split(' ')));
}
