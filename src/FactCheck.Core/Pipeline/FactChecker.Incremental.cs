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
/// A check worked out from the previous run's snapshot: its Markdown outline; how much had to be
/// done again (files changed or added, files removed, sources grouped again, clusters compared);
/// and the storing of the new snapshot, which runs beside the writing of the report (await it
/// before the cache is flushed).
/// </summary>
public sealed record IncrementalCheck(MarkdownOutline Outline, int Changed, int Removed, int Regrouped, int Compared, Task Kept);

/// <summary>
/// Checks that keep a snapshot of themselves (<see cref="RunSnapshot"/>) and re-runs that start from
/// it. A re-run reads and hashes every file, as the cache keys need, but loads and extracts only the
/// files whose bytes changed, groups again only what the change can reach
/// (<see cref="SourceClusterer.Regroup"/>; every source, from the stored terms, when files were
/// added or removed: <see cref="SourceClusterer.Rebuild"/>), compares only groups that are not
/// exactly a previous group of unchanged sources, and puts the Markdown report together from the
/// stored pieces of everything else. Its report is byte for byte the one a full check gives: the pieces are what the
/// writer renders in both cases, and ordering and numbering are redone over all of them.
/// </summary>
public sealed partial class FactChecker
{
    // Part of the keys of snapshots and finding pieces: bumped when what they mean changes in a way
    // their stored forms' own versions (RunSnapshot, FindingPieceCodec) cannot tell.
    private const string SnapshotFormat = "snapshot-1";

    /// <summary>Whether this pipeline keeps and uses run snapshots: with a results cache, in rule-only mode (an LLM stage adds usage of its own to a report).</summary>
    public bool KeepsSnapshots => _results is not null && mode == "rules";

    /// <summary>
    /// The check of <paramref name="folder"/> as a Markdown outline, worked out from the snapshot the
    /// last check of it with the same rules kept; null when there is none (or it is damaged, or a
    /// file it needs can no longer be read): the caller then runs the whole check. Files added or
    /// removed since are taken in: every source is then grouped again, from the stored terms.
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
        var before = new Dictionary<string, int>(snapshot.Sources.Count, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Sources.Count; i++)
        {
            before[snapshot.Sources[i].Id] = i;
        }

        var loaded = loader.LoadExcept(folder, (id, key) => before.TryGetValue(id, out var i) && snapshot.Sources[i].DocumentKey == key, cancellationToken);
        var files = InFileOrder(loaded, before);
        if (files.Count == 0 || loaded.SourceKeys.Count != loaded.Sources.Count)
        {
            // Nothing readable, or no keys to keep: the whole check says so, or runs without a snapshot.
            return null;
        }

        var n = files.Count;
        var ids = files.Select(f => f.Id).ToArray();
        var keys = files.Select(f => f.Key).ToArray();
        var previous = files.Select(f => f.Previous).ToArray();
        var sameFiles = n == snapshot.Sources.Count && Enumerable.Range(0, n).All(i => ids[i] == snapshot.Sources[i].Id);
        _timings?.Invoke("load", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // The changed and new sources' claims and terms, then the new groups.
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var quiet = With(c => c._timings = null);
        var (changedSources, changedClaims, _, failures) = await quiet.NormalizeAsync(loaded, cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            // A rule failed on a changed file: the whole check says so, in the report as well as on stderr.
            return null;
        }

        _timings?.Invoke("normalize", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var sourceAt = new AnalyzedSource?[n];
        var freshTerms = new Dictionary<int, SourceTerms>();
        for (var i = 0; i < n; i++)
        {
            if (files[i].Loaded is var j and >= 0)
            {
                sourceAt[i] = changedSources[j];
                freshTerms[i] = SourceClusterer.TermsOf(changedSources[j], changedClaims[changedSources[j].Id]);
            }
        }

        // The same files: only what the change reaches is grouped again. Files added or removed
        // change every weight, so then all are grouped again, from the stored terms.
        ClusteringState clustering;
        int regrouped;
        if (sameFiles)
        {
            var regrouping = clusterer.Regroup(snapshot.Clustering, freshTerms);
            (clustering, regrouped) = (regrouping.State, regrouping.Regrouped.Count(r => r));
        }
        else
        {
            (clustering, regrouped) = (clusterer.Rebuild(snapshot.Clustering, previous, freshTerms), n);
        }
        var groups = clustering.Groups;
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
            else if (members.All(m => previous[m] >= 0)
                && previousByFirst.TryGetValue(previous[members[0]], out var earlier)
                && snapshot.Clustering.Groups[earlier].SequenceEqual(members.Select(m => previous[m]))
                && recalled[earlier] is { } stillKept)
            {
                (piecesKeys[g], pieces[g]) = (snapshot.GroupPieces[earlier], stillKept);
            }
            else
            {
                piecesKeys[g] = PiecesKey(fingerprint, members, ids, keys);
            }
        }

        var fresh = Enumerable.Range(0, groups.Count).Where(g => pieces[g] is null).ToList();
        if (!await CompareAsync(loader, folder, ids, fresh, groups, sourceAt, changedClaims, pieces, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        for (var k = 0; k < fresh.Count; k++)
        {
            _results.Put(piecesKeys[fresh[k]], FindingPieceCodec.Encode(pieces[fresh[k]]!));
        }

        _timings?.Invoke("compare", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        // The outline over every source and group, and the snapshot for the next run.
        var groupOf = GroupOf(groups, n);

        var sources = new SnapshotSource[n];
        var outlined = new OutlinedSource[n];
        for (var i = 0; i < n; i++)
        {
            sources[i] = files[i].Loaded is var j and >= 0
                ? new SnapshotSource(
                    ids[i], keys[i], loaded.SourceWarnings[j],
                    MarkdownReportWriter.PieceOf(sourceAt[i]!, changedClaims[ids[i]], changedClaims[ids[i]].Count))
                : snapshot.Sources[previous[i]];
            outlined[i] = new OutlinedSource(sources[i].Piece, SourceClusterer.ClusterId(groupOf[i]), groups[groupOf[i]].Length == 1 && n > 1);
        }

        var findings = FindingOrder.Order(pieces.SelectMany(p => p!), p => p.SortKey)
            .Select((p, i) => new OutlinedFinding(FindingOrder.IdAt(i), p))
            .ToList();
        var warnings = loaded.Warnings.Take(loaded.WalkWarnings).Concat(sources.SelectMany(s => s.Warnings)).ToList();
        var outline = new MarkdownOutline(mode, outlined, findings, loaded.Skipped, warnings);

        // The unchanged files' documents, claims and terms are not read here: marked as used now and
        // then, they outlive a spell of re-runs, for the next full check (JSON, other options).
        var keptAt = snapshot.KeptAt;
        if (_results.Run - keptAt >= _results.KeepAliveEvery)
        {
            _results.KeepAlive(Enumerable.Range(0, n).Where(i => previous[i] >= 0).SelectMany(i => EntriesOf(keys[i])));
            keptAt = _results.Run;
        }

        // Nothing changed, compared or kept alive: the snapshot read is still the one to start from.
        var kept = !sameFiles || changedSources.Count > 0 || fresh.Count > 0 || keptAt != snapshot.KeptAt
            ? Task.Run(() => _results.Put(snapshotKey, new RunSnapshot(sources, clustering, piecesKeys, keptAt).Encode()), cancellationToken)
            : Task.CompletedTask;
        return new IncrementalCheck(outline, changedSources.Count, snapshot.Sources.Count - files.Count(f => before.ContainsKey(f.Id)), regrouped, fresh.Count, kept);
    }

    /// <summary>
    /// This run's files in file order (the loader's: ordinal by id), each with its id and key, its
    /// index in the snapshot when it is unchanged since (known by its key), else -1, and its index
    /// among the loaded sources when it was loaded, else -1.
    /// </summary>
    private static List<(string Id, string Key, int Previous, int Loaded)> InFileOrder(LoadResult loaded, Dictionary<string, int> before)
    {
        var files = new List<(string Id, string Key, int Previous, int Loaded)>(loaded.Known.Count + loaded.Sources.Count);
        var (k, j) = (0, 0);
        while (k < loaded.Known.Count || j < loaded.Sources.Count)
        {
            if (j == loaded.Sources.Count || (k < loaded.Known.Count && string.CompareOrdinal(loaded.Known[k].Id, loaded.Sources[j].Id) < 0))
            {
                files.Add((loaded.Known[k].Id, loaded.Known[k].Key, before[loaded.Known[k].Id], -1));
                k++;
            }
            else
            {
                files.Add((loaded.Sources[j].Id, loaded.SourceKeys[j], -1, j));
                j++;
            }
        }

        return files;
    }

    /// <summary>Each of <paramref name="n"/> sources' group index.</summary>
    private static int[] GroupOf(IReadOnlyList<int[]> groups, int n)
    {
        var groupOf = new int[n];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var m in groups[g])
            {
                groupOf[m] = g;
            }
        }

        return groupOf;
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
        // Not after a rule failed (a warning beyond the loader's): a snapshot keeps only the loader's
        // warnings, so a re-run from it would drop the failure's.
        if (KeepsSnapshots && loaded.Known.Count == 0 && loaded.Sources.Count > 0 && loaded.SourceKeys.Count == loaded.Sources.Count
            && loaded.SourceWarnings.Count == loaded.Sources.Count && report.Warnings.Count == loaded.Warnings.Count)
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

        var groupOf = GroupOf(clustering.Groups, n);

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

        var ids = sources.Select(s => s.Id).ToArray();
        var keys = sources.Select(s => s.DocumentKey).ToArray();
        var piecesKeys = new string[clustering.Groups.Count];
        for (var g = 0; g < piecesKeys.Length; g++)
        {
            var members = clustering.Groups[g];
            piecesKeys[g] = members.Length > 1 ? PiecesKey(fingerprint, members, ids, keys) : "";
            if (members.Length > 1)
            {
                _results!.Put(piecesKeys[g], FindingPieceCodec.Encode(pieces[g]));
            }
        }

        _results!.Put("run:" + Hash(fingerprint, Path.GetFullPath(folder)), new RunSnapshot(sources, clustering, piecesKeys, _results.Run).Encode());
    }

    /// <summary>
    /// Compares the <paramref name="fresh"/> groups and fills in their pieces: their unchanged members
    /// are loaded (from the cache where it still has them) and their claims recalled. False when a
    /// member can no longer be loaded, or a rule failed on one: the whole check must run instead.
    /// </summary>
    private async Task<bool> CompareAsync(
        FolderLoader loader, string folder, string[] ids, List<int> fresh, IReadOnlyList<int[]> groups,
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
            var more = loader.LoadOnly(folder, [.. missing.Select(m => ids[m])], cancellationToken);
            if (more.Sources.Count != missing.Count)
            {
                return false;
            }

            var (moreSources, moreClaims, _, failures) = await With(c => c._timings = null).NormalizeAsync(more, cancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                return false;
            }

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
        if (results.Any(r => r.Failures.Count > 0))
        {
            return false;
        }

        for (var k = 0; k < fresh.Count; k++)
        {
            var byId = clusters[k].Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            pieces[fresh[k]] = [.. results[k].Findings.Select(f => MarkdownReportWriter.PieceOf(f, id => byId[id]))];
        }

        return true;
    }

    /// <summary>The keys of a file's entries a full check reads: its document, its claims, its clustering terms.</summary>
    private IEnumerable<string> EntriesOf(string documentKey)
    {
        var claims = ClaimCacheKey.ForDocumentKey(documentKey, _ruleFingerprint.Value);
        return [documentKey, claims, TermsKeyPrefix + claims];
    }

    /// <summary>The fingerprint snapshots and pieces are kept under: the rules, comparers and canonicalizer, the mode, the grouping threshold and the loader.</summary>
    private string SnapshotFingerprint(LoadOptions options) =>
        ClaimCacheKey.Fingerprint(
            SnapshotFormat,
            [.. extractors, .. comparers, canonicalizer],
            [mode, clusterer.Threshold.ToString("R", CultureInfo.InvariantCulture), DocumentCacheKey.LoaderFingerprint(options)]);

    /// <summary>The key of a group's pieces: its members' ids and document keys, under the fingerprint.</summary>
    private static string PiecesKey(string fingerprint, int[] members, string[] ids, string[] keys) =>
        "pieces:" + Hash([fingerprint, .. members.SelectMany(m => new[] { ids[m], keys[m] })]);

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
