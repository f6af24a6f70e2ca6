namespace FactCheck.Core.Compare.Quotes;

/// <summary>How two renderings of a quotation differ.</summary>
public enum Wording
{
    /// <summary>The same words, once case, punctuation and quote marks are set aside.</summary>
    Verbatim,

    /// <summary>Differing only in contractions, function words, or one being cut short of the other.</summary>
    Minor,

    /// <summary>Words that carry meaning were changed.</summary>
    Reworded,

    /// <summary>No words in common: different quotations.</summary>
    Different,
}

/// <summary>
/// The comparison of two quotations' words: the class of difference, how much meaning changed
/// (0 = none, 1 = all content words), how much they overlap, and the word-level diff over the part
/// both cover (a quotation cut short of the other is compared on the shared stretch only).
/// </summary>
public sealed record WordingComparison(Wording Wording, double Change, double Overlap, int SharedContent, IReadOnlyList<DiffPiece> Diff)
{
    // Below this share of the shorter rendering's words in common, two quotations are different ones.
    private const double MinOverlap = 0.4;

    // A rendering cut short of another is a minor difference only when it is this much inside it.
    private const double MinCoverage = 0.8;

    // Words that stand for a thing or a person named elsewhere.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "this", "that", "he", "she", "they", "him", "her", "them" };

    public static WordingComparison Of(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var stemMatches = WordDiff.Matches(a, b, QuoteWords.Stem);
        if (stemMatches.Count == 0 || a.Count == 0 || b.Count == 0)
        {
            return new WordingComparison(Wording.Different, 1, 0, 0, WordDiff.Diff(a, b));
        }

        var overlap = (double)stemMatches.Count / Math.Min(a.Count, b.Count);
        var sharedContent = stemMatches.Count(p => QuoteWords.IsContent(a[p.A]));

        // Every word of one rendering, in a row, inside the other: the other cut short at one end or both
        // ("We are acting before anyone is hurt" within "We found the fault and we are acting before anyone is hurt"),
        // however the longest common run of words first pairs them.
        if (a.Count != b.Count && (a.Count < b.Count ? RunIn(a, b) : RunIn(b, a)))
        {
            return new WordingComparison(Wording.Minor, 0, 1, sharedContent, WordDiff.Diff(a, b));
        }
        if (overlap < MinOverlap)
        {
            return new WordingComparison(Wording.Different, 1, overlap, sharedContent, WordDiff.Diff(a, b));
        }

        // The stretch both renderings cover. Extra words at an end of only one of them are a cut
        // (trimmed); extra words at the same end of both are changed words and stay in.
        var (fa, fb) = stemMatches[0];
        var (la, lb) = stemMatches[^1];
        if (fa > 0 && fb > 0)
        {
            (fa, fb) = (0, 0);
        }

        if (la < a.Count - 1 && lb < b.Count - 1)
        {
            (la, lb) = (a.Count - 1, b.Count - 1);
        }

        var trimmed = fa > 0 || fb > 0 || la < a.Count - 1 || lb < b.Count - 1;
        var wa = a.Skip(fa).Take(la - fa + 1).ToList();
        var wb = b.Skip(fb).Take(lb - fb + 1).ToList();
        var exact = WordDiff.Matches(wa, wb);
        var inA = exact.Select(p => p.A).ToHashSet();
        var inB = exact.Select(p => p.B).ToHashSet();
        var removed = wa.Where((_, i) => !inA.Contains(i)).ToList();
        var added = wb.Where((_, i) => !inB.Contains(i)).ToList();
        var diff = WordDiff.Diff(wa, wb, exact);
        if (removed.Count == 0 && added.Count == 0)
        {
            // Cut short: the shorter rendering must lie almost wholly inside the longer one. Or each cut at the other end of
            // one longer sentence ("That is why the agency is taking samples" and "The agency is taking samples from the
            // river"): the words they share are the same, and nothing one says gainsays the other.
            var staggered = (fa > 0 && lb < b.Count - 1) || (fb > 0 && la < a.Count - 1);
            var minor = trimmed && (overlap >= MinCoverage || staggered) ? Wording.Minor : trimmed ? Wording.Reworded : Wording.Verbatim;
            return new WordingComparison(minor, 0, overlap, sharedContent, diff);
        }

        var removedContent = removed.Where(QuoteWords.IsContent).ToList();
        var addedContent = added.Where(QuoteWords.IsContent).ToList();
        if (removedContent.Count == 0 && addedContent.Count == 0)
        {
            return new WordingComparison(Wording.Minor, 0, overlap, sharedContent, diff);
        }

        // One word left out of the middle and nothing else changed ("a roof over their head tonight and the support they need"
        // against "a roof over their head and the support they need"): shortened, as a cut at an end is, unless the word
        // alone says what is claimed (a negation, an amount, a month or a day).
        if (removed.Count + added.Count == 1 && removedContent.Concat(addedContent).All(w => !QuoteWords.IsTelling(w)))
        {
            return new WordingComparison(Wording.Minor, 0, overlap, sharedContent, diff);
        }

        // A pronoun put in place of the word it stands for, or the word in place of the pronoun ("This is not a mild
        // childhood illness" against "Measles is not a mild childhood illness"): the referent made plain, the claim the same.
        if (removed.Count == 1 && added.Count == 1 && Pronouns.Contains(removed[0]) != Pronouns.Contains(added[0])
            && !QuoteWords.IsTelling(removed[0]) && !QuoteWords.IsTelling(added[0]))
        {
            return new WordingComparison(Wording.Minor, 0, overlap, sharedContent, diff);
        }

        // A word that only changed its ending ("mediation" → "mediating") counts half.
        var addedStems = addedContent.Select(QuoteWords.Stem).ToList();
        var morphological = 0;
        foreach (var r in removedContent)
        {
            var at = addedStems.IndexOf(QuoteWords.Stem(r));
            if (at >= 0)
            {
                addedStems.RemoveAt(at);
                morphological++;
            }
        }

        double weighted = removedContent.Count + addedContent.Count - morphological;
        var same = exact.Count(p => QuoteWords.IsContent(wa[p.A]));
        var change = weighted / (weighted + (2.0 * same));
        return new WordingComparison(Wording.Reworded, Math.Clamp(change, 0, 1), overlap, sharedContent, diff);
    }

    /// <summary>Whether the words of <paramref name="shorter"/> stand in a row in <paramref name="longer"/>, by stem.</summary>
    private static bool RunIn(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        for (var start = 0; start + shorter.Count <= longer.Count; start++)
        {
            var k = 0;
            while (k < shorter.Count && QuoteWords.Stem(shorter[k]) == QuoteWords.Stem(longer[start + k]))
            {
                k++;
            }

            if (k == shorter.Count)
            {
                return true;
            }
        }

        return false;
    }
}
