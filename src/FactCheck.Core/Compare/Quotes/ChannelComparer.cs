using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize.Quotes;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>
/// Finds one statement reported through different channels ("wrote on X" against "told
/// reporters"): a `channel` conflict, low. Remarks to reporters and a press briefing count as one.
/// An interview with the reporting outlet itself ("told WKHL News 8" in WKHL News 8's report) is that
/// outlet's own access to the speaker, who may well have said the same in a statement to everyone: it
/// rivals no other channel.
/// </summary>
public sealed class ChannelComparer : IClaimComparer
{
    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in QuoteAlignment.Of(cluster).Statements.Where(s => s.SourceIds.Count > 1))
        {
            var groups = new List<List<QuoteClaim>>();
            foreach (var claim in statement.Claims.Where(c => c.Channel is not null && !ToOwnOutlet(c, cluster)).OrderBy(c => c.SourceId, StringComparer.Ordinal))
            {
                var home = groups.FirstOrDefault(g => g[0].Channel!.CompatibleWith(claim.Channel!));
                if (home is null)
                {
                    groups.Add([claim]);
                }
                else
                {
                    home.Add(claim);
                }
            }

            if (groups.Count < 2)
            {
                continue;
            }

            var (a, b) = (groups[0], groups[1]);
            if (!a.Select(c => c.SourceId).Except(b.Select(c => c.SourceId)).Any())
            {
                continue;
            }

            var summary = $"{statement.Speaker.Name}'s statement came through {QuoteText.Channel(a[0].Channel!)} ({QuoteText.Sources(a.Select(c => c.SourceId))}) "
                + $"or {QuoteText.Channel(b[0].Channel!)} ({QuoteText.Sources(b.Select(c => c.SourceId))})";
            if (seen.Add(summary))
            {
                yield return new Finding(FindingKind.Conflict, "channel", Severity.Low, summary, [.. a.Concat(b).Cast<Claim>()]);
            }
        }
    }

    /// <summary>Whether a quotation came through an interview with the outlet that reports it ("WKHL News" in "WKHL News 8").</summary>
    private static bool ToOwnOutlet(QuoteClaim claim, Cluster cluster)
    {
        if (claim.Channel is not { Kind: "interview", Detail: { } detail } || cluster.Source(claim.SourceId).Document.Metadata.Outlet is not { } outlet)
        {
            return false;
        }

        var (named, own) = (WithoutArticle(detail), WithoutArticle(outlet));
        return named.Length > 0 && own.Length > 0
            && (own.StartsWith(named, StringComparison.OrdinalIgnoreCase) || named.StartsWith(own, StringComparison.OrdinalIgnoreCase));

        static string WithoutArticle(string name) =>
            name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..].Trim() : name.Trim();
    }
}
