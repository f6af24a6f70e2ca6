using System.Security.Cryptography;
using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;

namespace FactCheck.Core.Cache;

/// <summary>
/// Remembers what the comparers concluded about each cluster, so that a re-run after one file
/// changed compares only the clusters that file touches. The key covers everything the comparers
/// read: the comparer set and its build, the cluster's id and members, each member's text and
/// metadata, and each claim's id and canonical form (claims are a function of the text and the
/// rules, so the rest of a claim adds nothing). Findings are stored in the claim codec's compact
/// form, with their claims as ids, relinked to this run's claims on the way back, so a recalled finding is the one a cold run makes.
/// </summary>
public sealed class ClusterFindingsCache(IDocumentCache store, string fingerprint)
{
    /// <summary>Bumped when the stored form below changes; entries of another form are never looked up.</summary>
    private const string FormatVersion = "findings-1";

    private static readonly ClaimCodec Codec = ClaimCodec.Default;

    /// <summary>The comparer set's fingerprint: each comparer's type, the build of its assembly and the word lists, and the pipeline mode.</summary>
    public static string Fingerprint(IEnumerable<IClaimComparer> comparers, string mode)
    {
        ArgumentNullException.ThrowIfNull(comparers);
        ArgumentNullException.ThrowIfNull(mode);
        return ClaimCacheKey.Fingerprint(FormatVersion, comparers, [mode]);
    }

    /// <summary>The key of one cluster's findings.</summary>
    public string KeyOf(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ClaimCacheKey.Append(hash, fingerprint);
        ClaimCacheKey.Append(hash, cluster.Id);
        foreach (var source in cluster.Sources)
        {
            ClaimCacheKey.Append(hash, ClaimCacheKey.Digest(source.Document));
        }

        foreach (var claim in cluster.Claims)
        {
            ClaimCacheKey.Append(hash, claim.Id);
            ClaimCacheKey.Append(hash, claim.Canonical is { } canonical ? canonical.ToString() : null);
        }

        return "findings:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The findings and aliases stored for each cluster under its key, null where none are (or they no longer fit its claims).</summary>
    public IReadOnlyList<ClusterResult?> GetMany(IReadOnlyList<Cluster> clusters, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(keys);
        var stored = store.GetMany(keys);
        var results = new ClusterResult?[clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            if (stored[i] is not { } data)
            {
                continue;
            }

            try
            {
                results[i] = Relink(clusters[i], Codec.DecodeValue<StoredCluster>(data));
            }
            catch (InvalidDataException e)
            {
                store.Unreadable(keys[i], e.Message);
            }
        }

        return results;
    }

    /// <summary>Stores a cluster's findings; a finding whose claims are not the cluster's own (a comparer made a new one) is not storable, so the cluster is compared again next time.</summary>
    public void Put(Cluster cluster, string key, ClusterResult result)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(result);
        var own = ClaimsById(cluster);
        if (own is null || !result.Findings.SelectMany(f => f.Claims).All(c => own.TryGetValue(c.Id, out var same) && ReferenceEquals(same, c)))
        {
            return;
        }

        var stored = new StoredCluster(
            [.. result.Findings.Select(f => new StoredFinding(f.Kind, f.Type, f.Severity, f.Summary, [.. f.Claims.Select(c => c.Id)], f.Id, f.Explanation, f.Diff is null ? null : [.. f.Diff]))],
            [.. result.Aliases]);
        try
        {
            store.Put(key, Codec.EncodeValue(stored));
        }
        catch (NotSupportedException)
        {
            // A finding holding something the codec cannot store: the cluster is compared on every run.
        }
    }

    private static ClusterResult? Relink(Cluster cluster, StoredCluster? stored)
    {
        var own = ClaimsById(cluster);
        if (stored is null || own is null)
        {
            return null;
        }

        var findings = new List<Finding>(stored.Findings.Length);
        foreach (var f in stored.Findings)
        {
            var claims = new List<Claim>(f.Claims.Length);
            foreach (var id in f.Claims)
            {
                if (!own.TryGetValue(id, out var claim))
                {
                    return null; // the claims moved under the same key: compare again rather than guess
                }

                claims.Add(claim);
            }

            findings.Add(new Finding(f.Kind, f.Type, f.Severity, f.Summary, claims) { Id = f.Id, Explanation = f.Explanation, Diff = f.Diff });
        }

        return new ClusterResult(findings, [.. stored.Aliases]);
    }

    /// <summary>The cluster's claims by id; null when two share an id (ids are then no way back to a claim).</summary>
    private static Dictionary<string, Claim>? ClaimsById(Cluster cluster)
    {
        var byId = new Dictionary<string, Claim>(cluster.Claims.Count, StringComparer.Ordinal);
        foreach (var claim in cluster.Claims)
        {
            if (!byId.TryAdd(claim.Id, claim))
            {
                return null;
            }
        }

        return byId;
    }

    internal sealed record StoredCluster(StoredFinding[] Findings, AliasEntry[] Aliases);

    internal sealed record StoredFinding(
        FindingKind Kind, string Type, Severity Severity, string Summary, string[] Claims, string Id, string? Explanation, DiffPiece[]? Diff);
}
