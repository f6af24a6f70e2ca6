using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>
/// Finds words put in different mouths: the same quotation attributed to two different speakers,
/// or the same label reversed (one source has A call B's remarks “unfounded”, another has B call
/// A's accusation “unfounded”). An `attribution` conflict, high.
/// </summary>
public sealed class AttributionComparer : IClaimComparer
{
    // Quotations shorter than this many words are too common to tie to a speaker.
    private const int MinWords = 5;

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var alignment = QuoteAlignment.Of(cluster);
        // Only speakers named well enough to be told apart can be said to differ.
        var segments = alignment.Segments.Where(s => s.Speaker is { Identified: true }).ToList();
        var seen = new HashSet<(QuoteClaim, QuoteClaim)>();
        foreach (var (i, j) in QuoteAlignment.Candidates(segments, 1))
        {
            var (a, b) = (segments[i], segments[j]);
            if (a.Speaker == b.Speaker || seen.Contains((a.Claim, b.Claim)))
            {
                continue;
            }

            // One finding per pair of quotations, from whichever of their sentences match: a pair of sentences that do not
            // ("It's the bird of a lifetime." against "My legs went …") leaves the next pair of the same quotations to try.
            var finding = a.IsLabel && b.IsLabel ? ReversedLabel(a, b) : a.IsLabel || b.IsLabel ? null : SameWords(a, b);
            if (finding is not null)
            {
                seen.Add((a.Claim, b.Claim));
                yield return finding;
            }
        }
    }

    private static Finding? SameWords(QuoteSegment a, QuoteSegment b)
    {
        if (Math.Min(a.Words.Count, b.Words.Count) < MinWords || a.Words.Intersect(b.Words, StringComparer.Ordinal).Count(QuoteWords.IsContent) < 3)
        {
            return null;
        }

        var w = WordingComparison.Of(a.Words, b.Words);
        if (w.Overlap < 0.8 || w.SharedContent < 3 || w.Wording == Wording.Different)
        {
            return null;
        }

        var summary = $"{QuoteText.Shown(a)} is {a.Speaker!.Name}'s in {QuoteText.Stem(a.SourceId)} but {b.Speaker!.Name}'s in {QuoteText.Stem(b.SourceId)}";
        return new Finding(FindingKind.Conflict, "attribution", Severity.High, summary, [a.Claim, b.Claim]) { Diff = w.Diff };
    }

    private static Finding? ReversedLabel(QuoteSegment a, QuoteSegment b)
    {
        if (!a.Claim.IsCharacterization || !b.Claim.IsCharacterization)
        {
            return null;
        }

        var shared = a.Words.Intersect(b.Words, StringComparer.Ordinal).Where(QuoteWords.IsContent).ToList();
        if (shared.Count == 0)
        {
            return null;
        }

        // Reversed: the one speaking in one source is the one spoken of in the other.
        var reversed = Names(a.Claim.TargetOwner, b.Speaker!) || Names(b.Claim.TargetOwner, a.Speaker!);
        if (!reversed)
        {
            return null;
        }

        var word = string.Join("\u201D, \u201C", shared);
        var summary = $"Who called what \u201C{word}\u201D: {a.Speaker!.Name} of {a.Claim.Target ?? "something"} ({QuoteText.Stem(a.SourceId)}) "
            + $"vs {b.Speaker!.Name} of {b.Claim.Target ?? "something"} ({QuoteText.Stem(b.SourceId)})";
        return new Finding(FindingKind.Conflict, "attribution", Severity.High, summary, [a.Claim, b.Claim])
        {
            Explanation = "The same label is given by each side about the other: one source reverses who said it of whom.",
        };
    }

    /// <summary>Whether a written name ("Okafor") is one of the speaker's names.</summary>
    private static bool Names(string? owner, SpeakerEntity speaker)
    {
        if (owner is null)
        {
            return false;
        }

        var last = owner.Split(' ')[^1];
        return speaker.Aliases.Append(speaker.Name).Any(n => string.Equals(n.Split(' ')[^1], last, StringComparison.OrdinalIgnoreCase));
    }
}
