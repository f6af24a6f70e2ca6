using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>
/// Compares how the sources of a cluster word one speaker's statements: the same words are an
/// agreement; changed words that carry meaning are a `quote-wording` conflict (medium when much of
/// the meaning changed, low when little) with a word-level diff; a quotation no other source has is
/// a single-source finding. Also supplies the cluster's speaker alias table.
/// </summary>
public sealed class QuoteWordingComparer : IClaimComparer, IAliasSource
{
    // A change of at least this share of content words is a substantial rewording.
    private const double Substantial = 0.3;

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var alignment = QuoteAlignment.Of(cluster);
        var findings = new List<Finding>();
        var shared = new HashSet<QuoteClaim>(ReferenceEqualityComparer.Instance);
        foreach (var statement in alignment.Statements.Where(s => s.SourceIds.Count > 1))
        {
            foreach (var claim in statement.Claims)
            {
                shared.Add(claim);
            }

            findings.Add(Judge(statement));
        }

        foreach (var claim in alignment.Segments.Select(s => s.Claim).Distinct().Where(c => !shared.Contains(c)))
        {
            var speaker = alignment.Speakers.Of(claim)?.Name ?? "an unnamed speaker";
            findings.Add(new Finding(FindingKind.SingleSource, "quote", Severity.Low, $"Only {QuoteText.Stem(claim.SourceId)} quotes {speaker}: \u201C{Short(claim.Words)}\u201D", [claim]));
        }

        return findings;
    }

    public IEnumerable<AliasEntry> Aliases(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return QuoteAlignment.Of(cluster).Speakers.Entities
            .Select(e => new AliasEntry(cluster.Id, e.Id, e.Name, e.Role, e.Aliases, e.ClaimIds));
    }

    private static Finding Judge(QuotedStatement statement)
    {
        var classes = WordingClasses(statement.Segments);
        var speaker = statement.Speaker.Name;

        // The most different pair of renderings given by different sources.
        (List<QuoteSegment> A, List<QuoteSegment> B, QuoteSegment FirstA, QuoteSegment FirstB, WordingComparison W)? worst = null;
        for (var i = 0; i < classes.Count; i++)
        {
            for (var j = i + 1; j < classes.Count; j++)
            {
                // A rewording needs a source on each side that gives only its own rendering: when every source of one
                // rendering also gives the other, the two are that source's two sentences, not one sentence told twice.
                if (OwnRendering(classes[i], classes[j]) is not { } a || OwnRendering(classes[j], classes[i]) is not { } b)
                {
                    continue;
                }

                var w = WordingComparison.Of(a.Words, b.Words);
                if (w.Wording == Wording.Reworded && (worst is null || w.Change > worst.Value.W.Change))
                {
                    worst = (classes[i], classes[j], a, b, w);
                }
            }
        }

        if (worst is not { } pair)
        {
            var claims = statement.Claims.Cast<Claim>().ToList();
            return new Finding(FindingKind.Agreement, "quote", Severity.Low,
                $"{QuoteText.Sources(statement.SourceIds)} quote {speaker} alike: {QuoteText.Shown(statement.Segments[0])}", claims);
        }

        var ordered = Leading(pair.A, pair.FirstA).Concat(Leading(pair.B, pair.FirstB)).Concat(classes.Where(c => c != pair.A && c != pair.B).SelectMany(c => c))
            .Select(s => s.Claim).Distinct().Cast<Claim>().ToList();
        var more = classes.Count > 2 ? $" (and {classes.Count - 2} more wording{(classes.Count > 3 ? "s" : "")})" : "";
        var summary = $"{speaker} quoted differently: {QuoteText.Shown(pair.FirstA)} ({QuoteText.Sources(Givers(pair.A, pair.B))}) vs "
            + $"{QuoteText.Shown(pair.FirstB)} ({QuoteText.Sources(Givers(pair.B, pair.A))}){more}";
        var severity = pair.W.Change >= Substantial ? Severity.Medium : Severity.Low;
        return new Finding(FindingKind.Conflict, "quote-wording", severity, summary, ordered)
        {
            Diff = pair.W.Diff,
            Explanation = $"{pair.W.Change:P0} of the content words differ between the two renderings.",
        };
    }

    /// <summary>
    /// The first segment of rendering <paramref name="mine"/> from a source that does not also give rendering
    /// <paramref name="other"/>, or null. A source still gives only its own when what it has in <paramref name="other"/>
    /// is the other half of a sentence it split in two, which a third report's one sentence renders whole: "This was not
    /// an accident. It was the result of decades of neglect" against "This was not an accident; it was the result of
    /// years of neglect", whose first half alone is a cut of the whole.
    /// </summary>
    private static QuoteSegment? OwnRendering(List<QuoteSegment> mine, List<QuoteSegment> other) =>
        mine.FirstOrDefault(s => other.Where(o => o.SourceId == s.SourceId).All(o => IsSplitHalf(o, s, other)));

    private static bool IsSplitHalf(QuoteSegment half, QuoteSegment partner, List<QuoteSegment> halfsRendering)
    {
        if (half.Claim != partner.Claim || Math.Abs(half.Index - partner.Index) != 1)
        {
            return false;
        }

        List<string> joined = half.Index < partner.Index ? [.. half.Words, .. partner.Words] : [.. partner.Words, .. half.Words];
        return halfsRendering.Any(whole => whole.SourceId != half.SourceId && Math.Abs(whole.Words.Count - joined.Count) <= 2
            && WordingComparison.Of(whole.Words, joined) is { Wording: Wording.Reworded, Overlap: >= 0.8 });
    }

    /// <summary>The sources that give <paramref name="rendering"/>, less those that give only half of it, splitting what <paramref name="other"/> words.</summary>
    private static IEnumerable<string> Givers(List<QuoteSegment> rendering, List<QuoteSegment> other) =>
        rendering.Where(s => !other.Any(o => IsSplitHalf(s, o, rendering))).Select(s => s.SourceId);

    /// <summary>The rendering's segments with <paramref name="first"/> first: the one a summary shows and a diff starts from.</summary>
    private static List<QuoteSegment> Leading(List<QuoteSegment> rendering, QuoteSegment first) =>
        [first, .. rendering.Where(s => s != first)];

    /// <summary>Groups of renderings that differ at most in minor ways, largest first.</summary>
    private static List<List<QuoteSegment>> WordingClasses(IReadOnlyList<QuoteSegment> segments)
    {
        var classes = new List<List<QuoteSegment>>();
        foreach (var s in segments.OrderBy(s => s.SourceId, StringComparer.Ordinal).ThenBy(s => s.Claim.Span.Start))
        {
            var home = classes.FirstOrDefault(c => c.Take(8).Any(o => WordingComparison.Of(o.Words, s.Words).Wording is Wording.Verbatim or Wording.Minor));
            if (home is null)
            {
                classes.Add([s]);
            }
            else
            {
                home.Add(s);
            }
        }

        return [.. classes.OrderByDescending(c => c.Select(s => s.SourceId).Distinct().Count()).ThenBy(c => c[0].SourceId, StringComparer.Ordinal)];
    }

    private static string Short(string words) => words.Length > 90 ? words[..90].TrimEnd() + "\u2026" : words;
}
