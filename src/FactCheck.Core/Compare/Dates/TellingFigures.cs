using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// The telling figures of each sentence of a cluster, as value and unit: a measure with decimals, or a count of ten or
/// more, that a reader would not give by chance for two different things, and that its report gives in that sentence
/// alone (a figure a report repeats, "the women's 200m freestyle", names the story, not one moment of it). Years and
/// ages are left out. Two sentences that share one likely tell of one moment: "38.7C … recorded at Oakhurst on July 25,
/// 2019" and "The previous high, 38.7C, was set in Oakhurst on 31 July 2019".
/// </summary>
public sealed class TellingFigures
{
    private readonly Dictionary<(string Source, int Sentence), HashSet<(decimal Value, string Unit)>> bySentence;

    private TellingFigures(Dictionary<(string Source, int Sentence), HashSet<(decimal Value, string Unit)>> bySentence) => this.bySentence = bySentence;

    public static TellingFigures Of(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var telling = cluster.ClaimsOf<QuantityClaim>()
            .Where(q => q.Quantity is { Unit: { } unit } f && f.Low == f.High && unit is not ("year" or "age")
                && (f.Low != decimal.Truncate(f.Low) || Math.Abs(f.Low) >= 10))
            .GroupBy(q => (q.SourceId, q.Quantity.Low, q.Quantity.Unit!))
            .Where(g => g.Select(q => q.Sentence.Index).Distinct().Count() == 1)
            .SelectMany(g => g);
        var bySentence = new Dictionary<(string, int), HashSet<(decimal, string)>>();
        foreach (var q in telling)
        {
            var key = (q.SourceId, q.Sentence.Index);
            if (!bySentence.TryGetValue(key, out var set))
            {
                bySentence[key] = set = [];
            }

            set.Add((q.Quantity.Low, q.Quantity.Unit!));
        }

        return new TellingFigures(bySentence);
    }

    /// <summary>Whether the sentences of <paramref name="a"/> and <paramref name="b"/> share a telling figure.</summary>
    public bool Shared(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return bySentence.TryGetValue((a.SourceId, a.Sentence.Index), out var fa) && bySentence.TryGetValue((b.SourceId, b.Sentence.Index), out var fb) && fa.Overlaps(fb);
    }
}
