using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Pipeline;

public sealed class FactCheckerTests
{
    /// <summary>A stand-in extractor: every "N homes" is a quantity of homes. Enough to drive the pipeline.</summary>
    private sealed class HomesExtractor : IClaimExtractor
    {
        public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(source.Text, @"(\d[\d,]*) homes"))
            {
                var span = new FactCheck.Core.Text.TextSpan(m.Index, m.Index + m.Length);
                var value = decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
                yield return new QuantityClaim
                {
                    SourceId = source.Id,
                    Span = span,
                    Text = m.Value,
                    Sentence = source.Sentences.First(s => s.Span.Overlaps(span)),
                    Quantity = Quantity.Of(value, "home"),
                };
            }
        }
    }

    /// <summary>Fails on one source, at once: a bug in one rule meeting one odd file.</summary>
    private sealed class FailingExtractor(string sourceId) : IClaimExtractor
    {
        public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier) =>
            source.Id == sourceId ? throw new FormatException("no digits\r\nhere") : [];
    }

    private static readonly LoadResult Folder = new(
        [
            SourceDocument.FromPlainText("a.txt", "The flood in Calder Bay damaged 12,000 homes, officials in Calder Bay said. Rescue crews from Calder Bay worked overnight."),
            SourceDocument.FromPlainText("b.txt", "Officials in Calder Bay said the flood damaged 15,000 homes. Rescue crews from Calder Bay worked overnight."),
            SourceDocument.FromPlainText("c.txt", "Orbit Devices unveiled a phone with a bigger battery; it ships in April for 799 dollars."),
        ],
        []);

    private static FactChecker Checker() =>
        new([new HomesExtractor()], new RuleCanonicalizer(), new SourceClusterer(), [new QuantityComparer()]);

    [Fact]
    public async Task Claims_get_ids_by_source_kind_and_position()
    {
        var report = await Checker().CheckAsync(Folder);

        Assert.Equal(["a.txt#q1", "b.txt#q1"], report.Claims.Select(c => c.Id));
    }

    [Fact]
    public async Task Compares_only_within_a_cluster_and_marks_the_source_that_stands_apart()
    {
        var report = await Checker().CheckAsync(Folder);

        var conflict = Assert.Single(report.Findings!, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["a.txt", "b.txt"], conflict.SourceIds);
        Assert.True(report.Sources.Single(s => s.Source.Id == "c.txt").StandsApart);
        Assert.Equal("F1", conflict.Id);
    }

    [Fact]
    public async Task Extract_compares_nothing()
    {
        var report = await Checker().ExtractAsync(Folder);

        Assert.Null(report.Findings);
        Assert.Equal(2, report.Claims.Count);
    }

    [Fact]
    public async Task The_same_input_gives_byte_identical_json_every_time()
    {
        var first = JsonReportWriter.Write(await Checker().CheckAsync(Folder));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, JsonReportWriter.Write(await Checker().CheckAsync(Folder)));
        }
    }

    [Fact]
    public async Task An_extractor_that_fails_on_one_file_loses_only_its_own_claims_of_that_file_and_says_so()
    {
        var checker = new FactChecker([new FailingExtractor("b.txt"), new HomesExtractor()], new RuleCanonicalizer(), new SourceClusterer(), [new QuantityComparer()]);

        var report = await checker.CheckAsync(Folder);

        Assert.Equal(["a.txt#q1", "b.txt#q1"], report.Claims.Select(c => c.Id));
        Assert.Single(report.Findings!, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["b.txt: FailingExtractor failed (FormatException: no digits); its claims of this file are left out"], report.Warnings);
    }

    [Fact]
    public async Task Claims_an_extractor_failed_on_are_not_cached_so_the_next_run_tries_again()
    {
        var cache = new Moq.Mock<FactCheck.Core.Cache.IClaimCache>();
        cache.Setup(c => c.TryGet(Moq.It.IsAny<string>(), out Moq.It.Ref<IReadOnlyList<Claim>?>.IsAny)).Returns(false);
        cache.Setup(c => c.GetMany(Moq.It.IsAny<IReadOnlyList<string>>())).Returns((IReadOnlyList<string> keys) => [.. keys.Select(_ => (IReadOnlyList<Claim>?)null)]);
        cache.Setup(c => c.Warnings).Returns([]);
        var checker = new FactChecker([new FailingExtractor("b.txt"), new HomesExtractor()], new RuleCanonicalizer(), new SourceClusterer(), [new QuantityComparer()])
            .WithClaimCache(cache.Object);

        await checker.CheckAsync(Folder);

        cache.Verify(c => c.Put(Moq.It.IsAny<string>(), Moq.It.IsAny<IReadOnlyList<Claim>>()), Moq.Times.Exactly(2));
        cache.Verify(c => c.Put(Moq.It.IsAny<string>(), Moq.It.Is<IReadOnlyList<Claim>>(claims => claims.Any(x => x.SourceId == "b.txt"))), Moq.Times.Never);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Checker().CheckAsync(Folder, cancel.Token));
    }
}
