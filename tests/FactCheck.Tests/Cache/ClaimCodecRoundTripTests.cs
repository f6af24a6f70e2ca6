using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Cache;

/// <summary>
/// Claims read back from the cache must be the claims that were stored, for every kind the
/// extractors produce — including kinds added after this test was written, since it runs the
/// real rule extractors rather than a list of known kinds.
/// </summary>
public sealed class ClaimCodecRoundTripTests
{
    /// <summary>Invented text touching every kind: numbers, dates, quotes, events.</summary>
    private static readonly SourceDocument[] Invented =
    [
        CacheTestKit.Article(
            "harbor-wire.txt",
            """
            Ferry service to Tolland Island resumed on Monday, June 2, 2025, after a three-week strike, the port operator said.

            "We expect about 4,000 passengers a day by July," said Marta Quill, the operator's director. Fares rose 8% to 14.50 dollars.

            Police arrested 3 people at the terminal on Sunday. The council will vote on a new pier in March 2026, and between 120 and 150 jobs are at stake.
            """,
            new DateOnly(2025, 6, 4)),
        CacheTestKit.Article(
            "island-voice.md",
            """
            # Ferries run again

            Ferries to Tolland Island returned on Tuesday after a strike of nearly a month. Director Marta Quill told reporters: "Some 3,500 people a day will travel by the end of June."

            Two people were detained at the terminal last weekend, police said. No date has been set for the pier vote.
            """,
            null),
    ];

    public static TheoryData<string> Corpora() => new() { "samples", "invented", "cache-kit" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_extracted_claim_reads_back_as_the_same_claim(string corpus)
    {
        var sources = Load(corpus);
        var extractors = Extractors();
        var total = 0;
        foreach (var doc in sources)
        {
            var source = AnalyzedSource.Analyze(doc);
            var claims = Extract(extractors, source);
            total += claims.Count;

            var stored = ClaimCodec.Default.Encode(claims);
            var back = ClaimCodec.Default.Decode(stored);

            Assert.Equal(claims.Select(c => c.GetType()), back.Select(c => c.GetType()));
            Assert.Equal(claims.Select(c => c.Kind), back.Select(c => c.Kind));
            Assert.Equal(claims.Select(c => c.Describe()), back.Select(c => c.Describe()));
            Assert.Equal(stored, ClaimCodec.Default.Encode(back));
        }

        Assert.True(total > 0, $"the {corpus} corpus gave no claims to round-trip");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task A_run_from_the_cache_writes_the_same_reports_as_a_cold_run(string corpus)
    {
        var folder = CacheTestKit.TempFolder();
        try
        {
            var loaded = new LoadResult(Load(corpus), []);
            var checker = new FactChecker(Extractors(), new Core.Canonicalize.RuleCanonicalizer(), new Core.Align.SourceClusterer(), FactCheckerFactory.Comparers());

            var uncached = await checker.CheckAsync(loaded);
            CheckReport cold, warm;
            using (var cache = SqliteClaimCache.Open(folder))
            {
                cold = await checker.WithClaimCache(cache).CheckAsync(loaded);
            }

            using (var cache = SqliteClaimCache.Open(folder))
            {
                Assert.Equal(loaded.Sources.Count, cache.Count());
                warm = await checker.WithClaimCache(cache).CheckAsync(loaded);
                Assert.Empty(cache.Warnings);
            }

            Assert.NotEmpty(uncached.Claims);
            Assert.Equal(JsonReportWriter.Write(uncached), JsonReportWriter.Write(cold));
            Assert.Equal(JsonReportWriter.Write(cold), JsonReportWriter.Write(warm));
            Assert.Equal(MarkdownReportWriter.Write(cold), MarkdownReportWriter.Write(warm));
        }
        finally
        {
            CacheTestKit.Delete(folder);
        }
    }

    /// <summary>The project's rule extractors, plus the test's own so the core kinds are covered with every field set.</summary>
    private static List<IClaimExtractor> Extractors() => [.. FactCheckerFactory.RuleExtractors(), new CountingExtractor()];

    private static List<Claim> Extract(IReadOnlyList<IClaimExtractor> extractors, AnalyzedSource source)
    {
        var found = new List<Claim>();
        foreach (var extractor in extractors)
        {
            found.AddRange(extractor.Extract(source, found));
        }

        return found;
    }

    private static IReadOnlyList<SourceDocument> Load(string corpus) => corpus switch
    {
        "samples" => new FolderLoader(new LoadOptions()).Load(Path.Combine(SharedFolder.RepoRoot(), "samples")).Sources,
        "invented" => Invented,
        _ => CacheTestKit.Articles(),
    };
}
