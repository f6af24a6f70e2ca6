using FactCheck.Core.Align;
using FactCheck.Core.Cache;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Report;

namespace FactCheck.Core.Pipeline;

/// <summary>
/// The pipeline: loaded sources → sentences → claims (normalize) → canonical claims →
/// clusters (align) → findings (compare) → a <see cref="CheckReport"/> for the writers.
/// It composes the stages and fixes the order of everything it hands on, so that the same
/// input gives the same report whatever the thread count.
/// </summary>
public sealed partial class FactChecker(
    IReadOnlyList<IClaimExtractor> extractors,
    IClaimCanonicalizer canonicalizer,
    SourceClusterer clusterer,
    IReadOnlyList<IClaimComparer> comparers,
    string mode = "rules")
{
    private readonly Lazy<string> _ruleFingerprint = new(() => ClaimCacheKey.RuleFingerprint(extractors));
    private IClaimCache _claimCache = NullClaimCache.Instance;
    private ClusterFindingsCache? _findingsCache;
    private IDocumentCache? _results;
    private int _threads = Environment.ProcessorCount;
    private Action<string, TimeSpan>? _timings;

    /// <summary>The same pipeline, reusing the claims <paramref name="cache"/> holds for unchanged sources.</summary>
    public FactChecker WithClaimCache(IClaimCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return With(c => c._claimCache = cache);
    }

    /// <summary>
    /// The same pipeline, reusing what <paramref name="store"/> holds: each unchanged source's
    /// clustering terms, and the findings of each cluster whose sources and claims are unchanged.
    /// </summary>
    public FactChecker WithResultsCache(IDocumentCache store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return With(c =>
        {
            c._results = store;
            c._findingsCache = new ClusterFindingsCache(store, ClusterFindingsCache.Fingerprint(comparers, mode));
        });
    }

    /// <summary>The same pipeline, extracting on at most <paramref name="threads"/> threads (the report does not change).</summary>
    public FactChecker WithThreads(int threads) => With(c => c._threads = Math.Clamp(threads, 1, 512));

    /// <summary>The same pipeline, telling <paramref name="timings"/> how long each stage took ("normalize", "canonicalize", "cluster", "compare").</summary>
    public FactChecker WithTimings(Action<string, TimeSpan> timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        return With(c => c._timings = timings);
    }

    /// <summary>A copy of this pipeline's settings with one changed.</summary>
    private FactChecker With(Action<FactChecker> change)
    {
        var copy = new FactChecker(extractors, canonicalizer, clusterer, comparers, mode)
        {
            _claimCache = _claimCache,
            _findingsCache = _findingsCache,
            _results = _results,
            _threads = _threads,
            _timings = _timings,
        };
        change(copy);
        return copy;
    }

    /// <summary>Every claim of every source, no comparison (`factcheck extract`).</summary>
    public async Task<CheckReport> ExtractAsync(LoadResult loaded, CancellationToken cancellationToken = default)
    {
        var (sources, claims, _, failures) = await NormalizeAsync(loaded, cancellationToken).ConfigureAwait(false);
        var reported = sources.Select(s => new ReportedSource(s, "", false, claims[s.Id].Count)).ToList();
        return new CheckReport(mode, reported, [.. claims.Values.SelectMany(c => c)], null, loaded.Skipped, [.. loaded.Warnings, .. failures]);
    }

    /// <summary>The whole check (`factcheck check`).</summary>
    public async Task<CheckReport> CheckAsync(LoadResult loaded, CancellationToken cancellationToken = default) =>
        (await CheckKeepingStateAsync(loaded, cancellationToken).ConfigureAwait(false)).Report;

    /// <summary>The whole check, and the state its grouping leaves for a later <see cref="SourceClusterer.Regroup"/>.</summary>
    private async Task<(CheckReport Report, ClusteringState Clustering)> CheckKeepingStateAsync(LoadResult loaded, CancellationToken cancellationToken)
    {
        var (sources, claims, keys, extractionFailures) = await NormalizeAsync(loaded, cancellationToken).ConfigureAwait(false);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (clusters, state) = clusterer.GroupKeepingState(sources, RecallOrFindTerms(sources, claims, keys, cancellationToken), claims);
        _timings?.Invoke("cluster", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (findings, aliases, comparisonFailures) = ClusterComparison.Run(clusters, comparers, _threads, cancellationToken, _findingsCache);
        _timings?.Invoke("compare", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var clusterOf = clusters.SelectMany(c => c.Sources.Select(s => (s.Id, c))).ToDictionary(p => p.Id, p => p.c, StringComparer.Ordinal);
        var reported = sources
            .Select(s => new ReportedSource(s, clusterOf[s.Id].Id, clusterOf[s.Id].Sources.Count == 1 && sources.Count > 1, claims[s.Id].Count))
            .ToList();
        var report = new CheckReport(mode, reported, [.. claims.Values.SelectMany(c => c)], FindingOrder.Arrange(findings), loaded.Skipped,
            [.. loaded.Warnings, .. extractionFailures, .. comparisonFailures])
        {
            Aliases = aliases,
        };
        return (report, state);
    }

    /// <summary>
    /// The sources, their claims with ids and canonical forms, each source's claim-cache key (null
    /// without a cache), and a warning for each extractor that failed on a source, in source order.
    /// </summary>
    private async Task<(List<AnalyzedSource> Sources, SortedDictionary<string, IReadOnlyList<Claim>> Claims, IReadOnlyList<string>? Keys, IReadOnlyList<string> Failures)> NormalizeAsync(
        LoadResult loaded, CancellationToken cancellationToken)
    {
        // Sentences are split on first use, by the extractors: a source whose claims are cached needs none.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var sources = loaded.Sources.Select(AnalyzedSource.Analyze).ToList();
        var (found, keys, failures) = RecallOrExtract(sources, cancellationToken);
        _claimCache.Flush();
        var analyzed = sources.Select((source, i) => (source, claims: found[i])).ToList();
        _timings?.Invoke("normalize", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var canonical = await Task.WhenAll(analyzed.Select(a => canonicalizer.CanonicalizeAsync(a.source, a.claims, cancellationToken)))
            .ConfigureAwait(false);

        var claims = new SortedDictionary<string, IReadOnlyList<Claim>>(StringComparer.Ordinal);
        var numbered = canonical
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads).WithCancellation(cancellationToken)
            .Select(AssignIds)
            .ToList();
        for (var i = 0; i < analyzed.Count; i++)
        {
            claims[analyzed[i].source.Id] = numbered[i];
        }

        _timings?.Invoke("canonicalize", System.Diagnostics.Stopwatch.GetElapsedTime(started));

        return ([.. analyzed.Select(a => a.source)], claims, keys, [.. failures.SelectMany(f => f)]);
    }

    /// <summary>
    /// Each source's claims: from the cache when its text and the rules are unchanged (asked once
    /// for every source), else extracted and stored. Claims are cached as extracted: ids and
    /// canonical forms are added later, on every run. Claims some extractor failed on are not stored:
    /// the next run tries that source again, and says so again.
    /// </summary>
    private (IReadOnlyList<Claim>[] Claims, IReadOnlyList<string>? Keys, List<string>[] Failures) RecallOrExtract(
        List<AnalyzedSource> sources, CancellationToken cancellationToken)
    {
        var failures = new List<string>[sources.Count];
        if (_claimCache is NullClaimCache)
        {
            return (sources
                .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads).WithCancellation(cancellationToken)
                .Select((s, i) =>
                {
                    (var found, failures[i]) = Extract(s);
                    return (IReadOnlyList<Claim>)found;
                })
                .ToArray(), null, failures);
        }

        var keys = sources
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads).WithCancellation(cancellationToken)
            .Select(s => ClaimCacheKey.For(s, _ruleFingerprint.Value))
            .ToList();
        var recalled = _claimCache.GetMany(keys);
        return (sources
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_threads).WithCancellation(cancellationToken)
            .Select((source, i) =>
            {
                if (recalled[i] is { } cached)
                {
                    failures[i] = [];
                    return cached;
                }

                (var found, failures[i]) = Extract(source);
                if (failures[i].Count == 0)
                {
                    _claimCache.Put(keys[i], found);
                }

                return (IReadOnlyList<Claim>)found;
            })
            .ToArray(), keys, failures);
    }

    /// <summary>
    /// Each source's clustering terms: from the store when its claims came under the same key, else
    /// worked out and stored. The terms read the source's text and the days its date claims
    /// resolve to, which canonicalizing leaves as extracted; so the claims' key covers them.
    /// Stored terms are read on all cores, each thread making one string per distinct term, so
    /// that ten thousand sources make little garbage.
    /// </summary>
    private IReadOnlyList<SourceTerms> RecallOrFindTerms(
        List<AnalyzedSource> sources, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims, IReadOnlyList<string>? keys, CancellationToken cancellationToken)
    {
        var terms = new SourceTerms?[sources.Count];
        if (_results is not null && keys is not null)
        {
            var termKeys = keys.Select(k => TermsKeyPrefix + k).ToList();
            var stored = _results.GetMany(termKeys);
            Parallel.For(
                0,
                sources.Count,
                new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken },
                () => new TermPool(),
                (i, _, pool) =>
                {
                    try
                    {
                        terms[i] = stored[i] is { } data ? SourceTerms.Decode(data, pool.Intern) : null;
                    }
                    catch (InvalidDataException e)
                    {
                        _results.Unreadable(termKeys[i], $"{sources[i].Id}: {e.Message}");
                    }

                    return pool;
                },
                _ => { });
        }

        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken }, i =>
        {
            if (terms[i] is null)
            {
                terms[i] = SourceClusterer.TermsOf(sources[i], claims[sources[i].Id]);
                if (_results is not null && keys is not null)
                {
                    _results.Put(TermsKeyPrefix + keys[i], terms[i]!.Encode());
                }
            }
        });
        return terms!;
    }

    /// <summary>One string per distinct term for the term lists one thread reads, rather than one per occurrence.</summary>
    private sealed class TermPool
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public string Intern(ReadOnlySpan<char> text)
        {
            var byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!byChars.TryGetValue(text, out var known))
            {
                known = text.ToString();
                _strings[known] = known;
            }

            return known;
        }
    }

    /// <summary>Clustering terms are stored beside the claims, under the claims' key with this prefix.</summary>
    internal const string TermsKeyPrefix = "terms:";

    /// <summary>
    /// A source's claims, and a warning for each extractor that failed on it: that extractor's claims
    /// of this source are left out, the other extractors' kept (<see cref="StageFault"/>).
    /// </summary>
    private (List<Claim> Claims, List<string> Failures) Extract(AnalyzedSource source)
    {
        var found = new List<Claim>();
        var failures = new List<string>();
        foreach (var extractor in extractors)
        {
            var (claims, failed) = StageFault.Contain(source.Id, extractor, "its claims of this file are left out", () => extractor.Extract(source, found));
            found.AddRange(claims);
            if (failed is not null)
            {
                failures.Add(failed);
            }
        }

        return (found, failures);
    }

    /// <summary>Orders a source's claims by position and numbers them per kind: "a.txt#q1", "a.txt#d1".</summary>
    private static List<Claim> AssignIds(IReadOnlyList<Claim> claims)
    {
        var counters = new Dictionary<char, int>();
        return claims
            .OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ThenBy(c => c.IdPrefix)
            .Select(c =>
            {
                var n = counters[c.IdPrefix] = counters.GetValueOrDefault(c.IdPrefix) + 1;
                return c with { Id = $"{c.SourceId}#{c.IdPrefix}{n}" };
            })
            .ToList();
    }
}
