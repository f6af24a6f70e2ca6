using System.Globalization;
using System.Security.Cryptography;
using FactCheck.Core.Align;
using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Report;

namespace FactCheck.Core.Pipeline;

/// <summary>
/// A check worked out from the previous run's snapshot: its Markdown outline, how much had to be
/// done again, and the storing of the new snapshot, which runs beside the writing of the report
/// (await it before the cache is flushed).
/// </summary>
public sealed record IncrementalCheck(MarkdownOutline Outline, int Changed, int Regrouped, int Compared, Task Kept);

/// <summary>
/// Checks that keep a snapshot of themselves (<see cref="RunSnapshot"/>) and re-runs that start from
/// it. A re-run reads and hashes every file, as the cache keys need, but loads and extracts only the
/// files whose bytes changed, groups again only what the change can reach
/// (<see cref="SourceClusterer.Regroup"/>), compares only groups that are not exactly a previous
/// group of unchanged sources, and puts the Markdown report together from the stored pieces of
/// everything else. Its report is byte for byte the one a full check gives: the pieces are what the
/// writer renders in both cases, and ordering and numbering are redone over all of them.
/// </summary>
public sealed partial class FactChecker
{
    private const string SnapshotFormat = "snapshot-1";

    /// <summary>Whether this pipeline keeps and uses run snapshots: with a results cache, in rule-only mode (an LLM stage adds usage of its own to a report).</summary>
    public bool KeepsSnapshots => _results is not null && mode == "rules";

    /// <summary>
    /// The check of <paramref name="folder"/> as a Markdown outline, worked out from the snapshot the
    /// last check of it with the same rules kept; null when there is none, or it no longer fits
    /// (a file was added, removed or became unreadable): the caller then runs the whole check.
    /// </summary>
    public async Task<IncrementalCheck?> CheckIncrementallyAsync(FolderLoader loader, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(folder);
        if (!KeepsSnapshots)
        {
            return null;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var fingerprint = SnapshotFingerprint(loader.Options);
        var snapshotKey = "run:" + Hash(fingerprint, Path.GetFullPath(folder));
        if (_results!.GetMany([snapshotKey])[0] is not { } data)
        {
            return null;
        }

        RunSnapshot? snapshot;
        try
        {
            snapshot = RunSnapshot.Decode(data);
        }
        catch (InvalidDataException e)
        {
            _results.Unreadable(snapshotKey, $"{folder}: {e.Message}");
            return null;
        }

        if (snapshot is null)
        {
            return null;
        }

        // Every group's stored pieces are read and decoded beside the loading: most groups keep theirs.
        var recalling = Task.Run(() => RecallPieces(snapshot, folder, cancellationToken), cancellationToken);
        var n = snapshot.Sources.Count;
        var indexOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            indexOf[snapshot.Sources[i].Id] = i;
        }

        var loaded = loader.LoadExcept(folder, (id, key) => indexOf.TryGetValue(id, out var i) && snapshot.Sources[i].DocumentKey == key, cancellationToken);

        // The same files as before, each either unchanged (known by its key) or changed (loaded).
        var changedAt = new int[loaded.Sources.Count];
        if (loaded.Known.Count + loaded.Sources.Count != n || loaded.SourceKeys.Count != loaded.Sources.Count)
        {
            return null;
        }

        var keys = snapshot.Sources.Select(s => s.DocumentKey).ToArray();
        for (var j = 0; j < loaded.Sources.Count; j++)
        {
            if (!indexOf.TryGetValue(loaded.Sources[j].Id, out changedAt[j]))
            {
                return null;
            }

            keys[changedAt[j]] = loaded.SourceKeys[j];
        }

        _timings?.Invoke("load", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // The changed sources' claims and terms, then the new groups.
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var quiet = With(c => c._timings = null);
        var (changedSources, changedClaims, _) = await quiet.NormalizeAsync(loaded, cancellationToken).ConfigureAwait(false);
        _timings?.Invoke("normalize", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var changed = new bool[n];
        var sourceAt = new AnalyzedSource?[n];
        var changedTerms = new Dictionary<int, SourceTerms>();
        for (var j = 0; j < changedSources.Count; j++)
        {
            var i = changedAt[j];
            changed[i] = true;
            sourceAt[i] = changedSources[j];
            changedTerms[i] = SourceClusterer.TermsOf(changedSources[j], changedClaims[changedSources[j].Id]);
        }

        var regrouping = clusterer.Regroup(snapshot.Clustering, changedTerms);
        var groups = regrouping.Groups;
        _timings?.Invoke("cluster", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // A group that is exactly a previous group of unchanged sources keeps its stored pieces; the rest are compared.
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var previousByFirst = new Dictionary<int, int>();
        for (var g = 0; g < snapshot.Clustering.Groups.Count; g++)
        {
            previousByFirst[snapshot.Clustering.Groups[g][0]] = g;
        }

        var recalled = await recalling.ConfigureAwait(false);
        var piecesKeys = new string[groups.Count];
        var pieces = new IReadOnlyList<FindingPiece>?[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups[g];
            if (members.Length == 1)
            {
                (piecesKeys[g], pieces[g]) = ("", []);
            }
            else if (previousByFirst.TryGetValue(members[0], out var before)
                && snapshot.Clustering.Groups[before].AsSpan().SequenceEqual(members)
                && !members.Any(m => changed[m])
                && recalled[before] is { } stillKept)
            {
                (piecesKeys[g], pieces[g]) = (snapshot.GroupPieces[before], stillKept);
            }
            else
            {
                piecesKeys[g] = PiecesKey(fingerprint, members, snapshot.Sources, keys);
            }
        }

        var fresh = Enumerable.Range(0, groups.Count).Where(g => pieces[g] is null).ToList();
        if (!await CompareAsync(loader, folder, snapshot, fresh, groups, sourceAt, changedClaims, pieces, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        for (var k = 0; k < fresh.Count; k++)
        {
            _results.Put(piecesKeys[fresh[k]], FindingPieceCodec.Encode(pieces[fresh[k]]!));
        }

        _timings?.Invoke("compare", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // The outline over every source and group, and the snapshot for the next run.
        var groupOf = new int[n];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var m in groups[g])
            {
                groupOf[m] = g;
            }
        }

        var sources = new SnapshotSource[n];
        var outlined = new OutlinedSource[n];
        var changedIndex = changedAt.Select((i, j) => (i, j)).ToDictionary(p => p.i, p => p.j);
        for (var i = 0; i < n; i++)
        {
            sources[i] = changedIndex.TryGetValue(i, out var j)
                ? new SnapshotSource(
                    sourceAt[i]!.Id, keys[i], loaded.SourceWarnings[j],
                    MarkdownReportWriter.PieceOf(sourceAt[i]!, changedClaims[sourceAt[i]!.Id], changedClaims[sourceAt[i]!.Id].Count))
                : snapshot.Sources[i];
            outlined[i] = new OutlinedSource(sources[i].Piece, SourceClusterer.ClusterId(groupOf[i]), groups[groupOf[i]].Length == 1 && n > 1);
        }

        var findings = FindingOrder.Order(pieces.SelectMany(p => p!), p => p.SortKey)
            .Select((p, i) => new OutlinedFinding(FindingOrder.IdAt(i), p))
            .ToList();
        var warnings = loaded.Warnings.Take(loaded.WalkWarnings).Concat(sources.SelectMany(s => s.Warnings)).ToList();
        var outline = new MarkdownOutline(mode, outlined, findings, loaded.Skipped, warnings);
        // Nothing changed and nothing compared: the snapshot read is still the one to start from.
        var kept = changedSources.Count > 0 || fresh.Count > 0
            ? Task.Run(() => _results.Put(snapshotKey, new RunSnapshot(sources, regrouping.State, piecesKeys).Encode()), cancellationToken)
            : Task.CompletedTask;
        return new IncrementalCheck(outline, changedSources.Count, regrouping.Regrouped.Count(r => r), fresh.Count, kept);
    }

    /// <summary>Each previous group's stored finding pieces, null where there are none (a group of one source, or an entry gone or unreadable).</summary>
    private IReadOnlyList<FindingPiece>?[] RecallPieces(RunSnapshot snapshot, string folder, CancellationToken cancellationToken)
    {
        var groups = snapshot.Clustering.Groups;
        var wanted = Enumerable.Range(0, groups.Count).Where(g => groups[g].Length > 1).ToList();
        var stored = _results!.GetMany([.. wanted.Select(g => snapshot.GroupPieces[g])]);
        var pieces = new IReadOnlyList<FindingPiece>?[groups.Count];
        Parallel.For(0, wanted.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken }, k =>
        {
            if (stored[k] is not { } data)
            {
                return;
            }

            try
            {
                pieces[wanted[k]] = FindingPieceCodec.Decode(data);
            }
            catch (InvalidDataException e)
            {
                _results.Unreadable(snapshot.GroupPieces[wanted[k]], $"{folder}: {e.Message}");
            }
        });
        return pieces;
    }

    /// <summary>
    /// The whole check as a Markdown outline; when this pipeline keeps snapshots, it also keeps what
    /// the next check of <paramref name="folder"/> needs to redo only what changed.
    /// </summary>
    public async Task<MarkdownOutline> CheckAndKeepAsync(FolderLoader loader, string folder, LoadResult loaded, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(loaded);
        var (report, clustering) = await CheckKeepingStateAsync(loaded, cancellationToken).ConfigureAwait(false);
        var outline = MarkdownReportWriter.Outline(report);
        if (KeepsSnapshots && loaded.Known.Count == 0 && loaded.Sources.Count > 0 && loaded.SourceKeys.Count == loaded.Sources.Count
            && loaded.SourceWarnings.Count == loaded.Sources.Count)
        {
            Keep(SnapshotFingerprint(loader.Options), folder, loaded, outline, clustering);
        }

        return outline;
    }

    /// <summary>Stores the snapshot of a whole check, and each group's finding pieces in report order.</summary>
    private void Keep(string fingerprint, string folder, LoadResult loaded, MarkdownOutline outline, ClusteringState clustering)
    {
        var n = loaded.Sources.Count;
        var sources = new SnapshotSource[n];
        var indexOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            sources[i] = new SnapshotSource(loaded.Sources[i].Id, loaded.SourceKeys[i], loaded.SourceWarnings[i], outline.Sources[i].Piece);
            indexOf[sources[i].Id] = i;
        }

        var groupOf = new int[n];
        for (var g = 0; g < clustering.Groups.Count; g++)
        {
            foreach (var m in clustering.Groups[g])
            {
                groupOf[m] = g;
            }
        }

        var pieces = clustering.Groups.Select(_ => new List<FindingPiece>()).ToList();
        foreach (var finding in outline.Findings)
        {
            if (!indexOf.TryGetValue(finding.Piece.FirstSourceId, out var i) || clustering.Groups[groupOf[i]].Length == 1)
            {
                // A finding of no source, or of a source compared with no one: not one a snapshot can place.
                return;
            }

            pieces[groupOf[i]].Add(finding.Piece);
        }

        var keys = sources.Select(s => s.DocumentKey).ToArray();
        var piecesKeys = new string[clustering.Groups.Count];
        for (var g = 0; g < piecesKeys.Length; g++)
        {
            var members = clustering.Groups[g];
            piecesKeys[g] = members.Length > 1 ? PiecesKey(fingerprint, members, sources, keys) : "";
            if (members.Length > 1)
            {
                _results!.Put(piecesKeys[g], FindingPieceCodec.Encode(pieces[g]));
            }
        }

        _results!.Put("run:" + Hash(fingerprint, Path.GetFullPath(folder)), new RunSnapshot(sources, clustering, piecesKeys).Encode());
    }

    /// <summary>
    /// Compares the <paramref name="fresh"/> groups and fills in their pieces: their unchanged members
    /// are loaded (from the cache where it still has them) and their claims recalled. False when a
    /// member can no longer be loaded: the whole check must run instead.
    /// </summary>
    private async Task<bool> CompareAsync(
        FolderLoader loader, string folder, RunSnapshot snapshot, List<int> fresh, IReadOnlyList<int[]> groups,
        AnalyzedSource?[] sourceAt, SortedDictionary<string, IReadOnlyList<Claim>> claims, IReadOnlyList<FindingPiece>?[] pieces,
        CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return true;
        }

        var missing = fresh.SelectMany(g => groups[g]).Where(m => sourceAt[m] is null).Order().ToList();
        if (missing.Count > 0)
        {
            var more = loader.LoadOnly(folder, [.. missing.Select(m => snapshot.Sources[m].Id)], cancellationToken);
            if (more.Sources.Count != missing.Count)
            {
                return false;
            }

            var (moreSources, moreClaims, _) = await With(c => c._timings = null).NormalizeAsync(more, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < missing.Count; k++)
            {
                sourceAt[missing[k]] = moreSources[k];
                claims[moreSources[k].Id] = moreClaims[moreSources[k].Id];
            }
        }

        var clusters = fresh.Select(g => new Cluster(
            SourceClusterer.ClusterId(g),
            [.. groups[g].Select(m => sourceAt[m]!)],
            [.. groups[g].SelectMany(m => claims[sourceAt[m]!.Id])])).ToList();
        var results = ClusterComparison.RunEach(clusters, comparers, _threads, cancellationToken, _findingsCache);
        for (var k = 0; k < fresh.Count; k++)
        {
            var byId = clusters[k].Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            pieces[fresh[k]] = [.. results[k].Findings.Select(f => MarkdownReportWriter.PieceOf(f, id => byId[id]))];
        }

        return true;
    }

    /// <summary>The fingerprint snapshots and pieces are kept under: the rules, comparers and canonicalizer, the mode, the grouping threshold and the loader.</summary>
    private string SnapshotFingerprint(LoadOptions options) =>
        ClaimCacheKey.Fingerprint(
            SnapshotFormat,
            [.. extractors, .. comparers, canonicalizer],
            [mode, clusterer.Threshold.ToString("R", CultureInfo.InvariantCulture), DocumentCacheKey.LoaderFingerprint(options)]);

    /// <summary>The key of a group's pieces: its members' ids and document keys, under the fingerprint.</summary>
    private static string PiecesKey(string fingerprint, int[] members, IReadOnlyList<SnapshotSource> sources, string[] keys) =>
        "pieces:" + Hash([fingerprint, .. members.SelectMany(m => new[] { sources[m].Id, keys[m] })]);

    private static string Hash(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            ClaimCacheKey.Append(hash, part);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
