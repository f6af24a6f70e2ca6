using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Tests.Load;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Cache;

/// <summary>
/// The loader with a document cache, on real files: a warm load gives exactly the documents,
/// warnings and skips of a cold one; a changed file, another loader option or a damaged entry is
/// loaded afresh. The articles are the loader's own case files and the repository samples, so
/// markup, front matter, boilerplate and inferred metadata all go through the stored form.
/// </summary>
public sealed class DocumentCacheTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly string _cache = CacheTestKit.TempFolder();

    public DocumentCacheTests()
    {
        var cases = Path.Combine(SharedFolder.RepoRoot(), "tests", "FactCheck.Tests", "Load", "Cases");
        var samples = Path.Combine(SharedFolder.RepoRoot(), "samples");
        foreach (var file in Directory.EnumerateFiles(cases).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_articles.Path, Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_articles.Path, "samples-" + Path.GetFileName(file)), overwrite: true);
        }

        // Files the loader skips or warns about go through the cached load too.
        _articles.Write("empty.txt", "");
        _articles.Write("latin1.txt", [.. "Caf"u8, 0xE9, .. " prices rose 3% on Monday.\n"u8]);
        _articles.Write("binary.txt", [0, 1, 2, 3, 0, 0, 7]);
    }

    public void Dispose()
    {
        _articles.Dispose();
        CacheTestKit.Delete(_cache);
    }

    private (LoadResult Result, int Recalled, IReadOnlyList<string> Warnings) Load(LoadOptions? options = null)
    {
        using var cache = SqliteClaimCache.Open(_cache);
        var loader = new FolderLoader(options ?? new LoadOptions(), cache);
        var result = loader.Load(_articles.Path);
        return (result, loader.Recalled, cache.Warnings);
    }

    private LoadResult Uncached(LoadOptions? options = null) => new FolderLoader(options ?? new LoadOptions()).Load(_articles.Path);

    private static void AssertSame(LoadResult expected, LoadResult actual)
    {
        Assert.Equal(expected.Skipped, actual.Skipped);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Sources.Count, actual.Sources.Count);
        for (var i = 0; i < expected.Sources.Count; i++)
        {
            var (e, a) = (expected.Sources[i], actual.Sources[i]);
            Assert.Equal(e.Id, a.Id);
            Assert.Equal(e.Path, a.Path);
            Assert.Equal(e.RawText, a.RawText);
            Assert.Equal(e.Text, a.Text);
            Assert.Equal(e.Metadata, a.Metadata);
            Assert.Equal(e.Boilerplate, a.Boilerplate);
        }
    }

    [Fact]
    public void A_warm_load_recalls_every_file_and_gives_what_a_cold_load_gives()
    {
        var uncached = Uncached();
        var cold = Load();
        var warm = Load();

        Assert.True(uncached.Sources.Count >= 10, "too few articles to test with");
        Assert.Equal(0, cold.Recalled);
        Assert.Equal(uncached.Sources.Count, warm.Recalled);
        AssertSame(uncached, cold.Result);
        AssertSame(uncached, warm.Result);
        Assert.Empty(cold.Warnings.Concat(warm.Warnings));
        Assert.Contains(warm.Result.Sources, s => s.Boilerplate.Count > 0);
        Assert.Contains(warm.Result.Sources, s => s.Text != s.RawText);
    }

    [Fact]
    public void A_changed_file_is_read_again_and_the_others_are_recalled()
    {
        var count = Load().Result.Sources.Count;
        var page = Path.Combine(_articles.Path, "page.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</body>", "<p>Officials later counted 777 volunteers.</p></body>", StringComparison.Ordinal));

        var warm = Load();

        Assert.Equal(count - 1, warm.Recalled);
        Assert.Contains("777 volunteers", warm.Result.Sources.Single(s => s.Id == "page.html").Text, StringComparison.Ordinal);
        AssertSame(Uncached(), warm.Result);
    }

    [Fact]
    public void A_loaded_document_is_known_by_its_file_key_so_its_text_is_not_hashed_again()
    {
        var first = Load().Result.Sources.Single(s => s.Id == "page.html");
        var again = Load().Result.Sources.Single(s => s.Id == "page.html");
        var content = ClaimCacheKey.Digest(first with { });

        // Cold and warm loads name the document alike, by its key rather than by its text; a copy
        // outside the loader (no key) is hashed as before.
        Assert.Equal(ClaimCacheKey.Digest(first), ClaimCacheKey.Digest(again));
        Assert.NotEqual(content, ClaimCacheKey.Digest(first));

        var page = Path.Combine(_articles.Path, "page.html");
        File.AppendAllText(page, "<p>One more line.</p>");
        Assert.NotEqual(ClaimCacheKey.Digest(first), ClaimCacheKey.Digest(Load().Result.Sources.Single(s => s.Id == "page.html")));
    }

    [Fact]
    public void A_file_moved_to_another_name_is_read_again()
    {
        var count = Load().Result.Sources.Count;
        File.Move(Path.Combine(_articles.Path, "glued-dateline.txt"), Path.Combine(_articles.Path, "renamed-dateline.txt"));

        var warm = Load();

        Assert.Equal(count - 1, warm.Recalled);
        AssertSame(Uncached(), warm.Result);
    }

    [Fact]
    public void The_same_folder_in_another_place_is_recalled_with_its_new_paths()
    {
        var count = Load().Result.Sources.Count;
        using var copy = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(_articles.Path))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        using var cache = SqliteClaimCache.Open(_cache);
        var loader = new FolderLoader(new LoadOptions(), cache);
        var moved = loader.Load(copy.Path);

        Assert.Equal(count, loader.Recalled);
        AssertSame(new FolderLoader(new LoadOptions()).Load(copy.Path), moved);
        Assert.All(moved.Sources, s => Assert.StartsWith(copy.Path, s.Path, StringComparison.Ordinal));
    }

    public static TheoryData<string> OtherOptions() => new() { "max-file-size", "exclude", "include" };

    [Theory]
    [MemberData(nameof(OtherOptions))]
    public void Other_loader_options_do_not_reuse_what_was_stored(string option)
    {
        Load();
        var other = option switch
        {
            "max-file-size" => new LoadOptions { MaxFileSize = 5 * 1024 * 1024 },
            "exclude" => new LoadOptions { Exclude = ["nothing-matches-this/**"] },
            _ => new LoadOptions { Include = [.. LoadOptions.DefaultIncludes, "**/*.text"] },
        };

        var warm = Load(other);

        Assert.Equal(0, warm.Recalled);
        AssertSame(Uncached(other), warm.Result);
    }

    [Fact]
    public void The_loader_fingerprint_changes_with_every_option()
    {
        var fingerprints = new[]
        {
            new LoadOptions(),
            new LoadOptions { MaxFileSize = 1 },
            new LoadOptions { Exclude = ["a"] },
            new LoadOptions { Include = ["**/*.txt"] },
        }.Select(DocumentCacheKey.LoaderFingerprint).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.Equal(fingerprints[0], DocumentCacheKey.LoaderFingerprint(new LoadOptions()));
    }

    public static TheoryData<string> DamagedEntries() => new()
    {
        "x'02'", // another layout
        "x'01'", // cut short
        "x'0101FF'", // nonsense
        "zeroblob(40)",
        "'text where bytes belong'",
    };

    [Theory]
    [MemberData(nameof(DamagedEntries))]
    public void A_damaged_entry_is_a_fresh_load_with_one_warning(string data)
    {
        var count = Load().Result.Sources.Count;
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_cache, SqliteClaimCache.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE entries SET data = {data}";
            Assert.Equal(count, command.ExecuteNonQuery());
        }

        var warm = Load();

        Assert.Equal(0, warm.Recalled);
        AssertSame(Uncached(), warm.Result);
        var warning = Assert.Single(warm.Warnings);
        Assert.Contains($"{count:N0} unreadable entries ignored and rebuilt", warning, StringComparison.Ordinal);

        // The rebuilt entries are good again.
        var again = Load();
        Assert.Equal(count, again.Recalled);
        Assert.Empty(again.Warnings);
    }

    [Fact]
    public void A_cache_file_that_is_not_a_database_is_a_warning_and_a_cold_load()
    {
        File.WriteAllText(Path.Combine(_cache, SqliteClaimCache.FileName), "an article about databases, not a database\n" + new string('-', 5000));

        var run = Load();

        Assert.Equal(0, run.Recalled);
        AssertSame(Uncached(), run.Result);
        Assert.Contains("running without it", Assert.Single(run.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void One_thread_and_many_load_the_same()
    {
        var one = new FolderLoader(new LoadOptions(), threads: 1).Load(_articles.Path);
        var many = new FolderLoader(new LoadOptions(), threads: 8).Load(_articles.Path);

        AssertSame(one, many);
    }
}
