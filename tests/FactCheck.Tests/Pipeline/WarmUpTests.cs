using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Tests.Cache;

namespace FactCheck.Tests.Pipeline;

/// <summary>
/// The warm-up reaches every extractor and the comparers, and the loader asks for it only when a file
/// has to be built: never for a folder whose documents all come from the cache.
/// </summary>
public sealed class WarmUpTests : IDisposable
{
    private readonly string _articles = CacheTestKit.TempFolder();
    private readonly string _cache = CacheTestKit.TempFolder();

    public void Dispose()
    {
        CacheTestKit.Delete(_articles);
        CacheTestKit.Delete(_cache);
    }

    [Fact]
    public async Task The_warm_up_reaches_every_extractor_and_the_comparers()
    {
        var report = await FactCheckerFactory.WarmUp();

        Assert.NotNull(report);
        Assert.Equal(Enum.GetValues<ClaimKind>().Order(), report.Claims.Select(c => c.Kind).Distinct().Order());
        Assert.Single(report.Sources.Select(s => s.Cluster).Distinct());
        Assert.Contains(report.Findings!, f => f.Kind == FindingKind.Conflict);
        Assert.Contains(report.Findings!, f => f.Kind == FindingKind.Agreement);
    }

    [Fact]
    public void The_loader_asks_for_the_warm_up_once_and_only_when_a_file_must_be_built()
    {
        File.WriteAllText(Path.Combine(_articles, "a.txt"), "Ferry returns\nThe ferry carried 300 people on Monday.\n");
        File.WriteAllText(Path.Combine(_articles, "b.txt"), "Ferry back\nThe ferry took 320 people on Monday.\n");

        int Load()
        {
            var asked = 0;
            using var cache = SqliteClaimCache.Open(_cache);
            new FolderLoader(new LoadOptions(), cache, building: () => asked++).Load(_articles);
            return asked;
        }

        Assert.Equal(1, Load()); // both new: asked once, not once per file
        Assert.Equal(0, Load()); // both recalled
        File.AppendAllText(Path.Combine(_articles, "b.txt"), "Crews said the crossing was calm.\n");
        Assert.Equal(1, Load()); // one changed
        var withoutCache = 0;
        new FolderLoader(new LoadOptions(), building: () => withoutCache++).Load(_articles);
        Assert.Equal(1, withoutCache);
    }
}
