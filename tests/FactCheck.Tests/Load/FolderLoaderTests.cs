using System.Diagnostics;
using System.Text;
using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>The loader on real files: encodings, bad input, folders, links, globs.</summary>
public sealed class FolderLoaderTests : IDisposable
{
    private const string Article = "Floods Close the Valley Road\n\nThe river rose by 2 metres on Monday, officials said.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private LoadResult Load(LoadOptions? options = null) => new FolderLoader(options ?? new LoadOptions()).Load(_folder.Path);

    private SourceDocument Single(LoadResult result)
    {
        Assert.Empty(result.Skipped);
        var doc = Assert.Single(result.Sources);
        ViewInvariant.Check(doc);
        return doc;
    }

    [Fact]
    public void Ids_are_relative_paths_with_slashes_in_ordinal_order()
    {
        _folder.Write("b.txt", Article);
        _folder.Write("A/z.md", Article);
        _folder.Write("a.html", "<p>" + Article + "</p>");
        _folder.Write("notes.docx", Article);
        _folder.Write("deep/er/c.markdown", Article);
        _folder.Write("deep/x.htm", "<p>" + Article + "</p>");

        var result = Load();

        Assert.Equal(["A/z.md", "a.html", "b.txt", "deep/er/c.markdown", "deep/x.htm"], result.Sources.Select(s => s.Id));
        Assert.Empty(result.Skipped);
        Assert.All(result.Sources, s => Assert.True(File.Exists(s.Path)));
    }

    [Fact]
    public void Include_and_exclude_globs_choose_the_files()
    {
        _folder.Write("keep/a.txt", Article);
        _folder.Write("drafts/b.txt", Article);
        _folder.Write("keep/c.md", Article);

        var result = Load(new LoadOptions { Include = ["**/*.txt"], Exclude = ["drafts/**"] });

        Assert.Equal(["keep/a.txt"], result.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_single_file_path_loads_that_file()
    {
        var path = _folder.Write("sub/one.md", Article);

        var result = new FolderLoader(new LoadOptions()).Load(path);

        Assert.Equal("one.md", Single(result).Id);
    }

    [Fact]
    public void A_missing_folder_is_an_input_error_naming_it()
    {
        var missing = System.IO.Path.Combine(_folder.Path, "no-such-folder");

        var e = Assert.Throws<InputException>(() => new FolderLoader(new LoadOptions()).Load(missing));

        Assert.Contains("no-such-folder", e.Message, StringComparison.Ordinal);
        Assert.Equal(missing, e.InputPath);
    }

    [Fact]
    public void An_empty_folder_gives_no_sources_and_no_error()
    {
        var result = Load();

        Assert.Empty(result.Sources);
        Assert.Empty(result.Skipped);
    }

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf8", new UTF8Encoding(false).GetBytes(Article) },
        { "utf8-bom", [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(Article)] },
        { "utf16le-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)] },
        { "utf16be-bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)] },
        { "utf16le-no-bom", Encoding.Unicode.GetBytes(Article) },
        { "utf32le-bom", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Article)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_decodes_to_the_same_text(string name, byte[] bytes)
    {
        _folder.Write(name + ".txt", bytes);

        var doc = Single(Load());

        Assert.Equal(Article, doc.RawText);
        Assert.Equal("Floods Close the Valley Road", doc.Metadata.Title);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_ends_are_kept_so_offsets_are_offsets_in_the_file(string newline)
    {
        var text = Article.Replace("\n", newline, StringComparison.Ordinal);
        _folder.Write("a.md", "# " + text);

        var doc = Single(Load());

        Assert.Equal("# " + text, doc.RawText);
        var at = doc.RawText.IndexOf("2 metres", StringComparison.Ordinal);
        Assert.Equal("2 metres", doc.Text.Substring(at, 8));
        Assert.Equal("Floods Close the Valley Road", doc.Metadata.Title);
    }

    public static TheoryData<string, byte[], string> Unusable() => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t \r\n  "), "white space" },
        { "nul.txt", [.. Encoding.UTF8.GetBytes("Some text"), 0, 1, 2, 0, .. Encoding.UTF8.GetBytes("more")], "binary" },
        { "control.txt", [.. Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41 + (i % 20)))], "binary" },
        { "garbage.txt", [.. Enumerable.Range(0, 600).Select(i => (byte)(0x80 + (i * 37 % 0x40)))], "not text" },
        { "mixed-garbage.txt", [.. Encoding.UTF8.GetBytes("caf\u00E9 "), .. Enumerable.Range(0, 600).Select(i => (byte)(0x80 + (i * 37 % 0x40)))], "invalid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Unusable_files_are_skipped_with_a_reason_and_the_rest_still_load(string name, byte[] bytes, string reason)
    {
        _folder.Write(name, bytes);
        _folder.Write("good.txt", Article);

        var result = Load();

        Assert.Equal("good.txt", Assert.Single(result.Sources).Id);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(name, skipped.Path);
        Assert.Contains(reason, skipped.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_its_size()
    {
        _folder.Write("big.txt", new string('a', 5000));

        var result = Load(new LoadOptions { MaxFileSize = 4096 });

        var skipped = Assert.Single(result.Skipped);
        Assert.Contains("5,000 bytes", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("4,096", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_invalid_utf8_bytes_are_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 owners said " + Article).ToList();
        bytes.InsertRange(10, [0xC3, 0x28]); // a lead byte without its continuation
        _folder.Write("broken.txt", [.. bytes]);

        var result = Load();

        var doc = Single(result);
        Assert.Contains('\uFFFD', doc.RawText);
        Assert.StartsWith("Caf\u00E9", doc.RawText, StringComparison.Ordinal);
        Assert.Contains("2 metres", doc.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.StartsWith("broken.txt:", StringComparison.Ordinal) && w.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_byte_file_is_read_as_windows_1252_and_reported()
    {
        // \x93 and \x94 are Windows-1252's curly double quotes; \xE9 is its é.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("The caf"), 0xE9, .. Encoding.ASCII.GetBytes(" owner said "), 0x93, .. Encoding.ASCII.GetBytes("We stay open"), 0x94, .. Encoding.ASCII.GetBytes(" on Monday.\n")];
        _folder.Write("old.txt", bytes);

        var result = Load();

        Assert.Equal("The caf\u00E9 owner said \u201CWe stay open\u201D on Monday.\n", Single(result).RawText);
        Assert.Contains(result.Warnings, w => w.StartsWith("old.txt:", StringComparison.Ordinal) && w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_link_is_skipped_as_a_file_that_cannot_be_read()
    {
        _folder.Write("good.txt", Article);
        File.CreateSymbolicLink(System.IO.Path.Combine(_folder.Path, "gone.txt"), System.IO.Path.Combine(_folder.Path, "deleted.txt"));

        var result = Load();

        Assert.Equal("good.txt", Assert.Single(result.Sources).Id);
        Assert.Equal("gone.txt", Assert.Single(result.Skipped).Path);
    }

    [Fact]
    public void A_symbolic_link_loop_ends_the_walk_not_the_run()
    {
        _folder.Write("a/story.txt", Article);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(_folder.Path, "a", "loop"), _folder.Path);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(_folder.Path, "self"), System.IO.Path.Combine(_folder.Path, "a"));

        var watch = Stopwatch.StartNew();
        var result = Load();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal(["a/story.txt"], result.Sources.Select(s => s.Id));
        Assert.NotEmpty(result.Warnings);
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_followed_once()
    {
        using var outside = new TempFolder();
        outside.Write("far.txt", Article);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(_folder.Path, "linked"), outside.Path);

        var result = Load();

        Assert.Equal(["linked/far.txt"], result.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_file_that_only_has_markup_loads_with_a_warning()
    {
        _folder.Write("shell.html", "<html><head><script>var a = 1;</script></head><body><div></div></body></html>");

        var result = Load();

        var doc = Single(result);
        Assert.True(string.IsNullOrWhiteSpace(doc.Text));
        Assert.Contains(result.Warnings, w => w.StartsWith("shell.html:", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_stops_the_load()
    {
        _folder.Write("a.txt", Article);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new FolderLoader(new LoadOptions()).Load(_folder.Path, cts.Token));
    }
}
