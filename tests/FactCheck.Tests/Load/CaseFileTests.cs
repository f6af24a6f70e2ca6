using FactCheck.Core.Load;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Load;

/// <summary>
/// Data-driven checks on invented articles in Load/Cases: each is copied into a temp folder and
/// loaded as a real file. A new case is a file plus a line in one of the .tsv tables.
/// </summary>
public sealed class CaseFileTests : IDisposable
{
    private static readonly string CasesFolder = Path.Combine(SharedFolder.RepoRoot(), "tests", "FactCheck.Tests", "Load", "Cases");

    private readonly TempFolder _folder = new();
    private readonly Lazy<LoadResult> _loaded;

    public CaseFileTests()
    {
        _loaded = new Lazy<LoadResult>(() =>
        {
            foreach (var file in Directory.EnumerateFiles(CasesFolder).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(_folder.Path, Path.GetFileName(file)));
            }

            return new FolderLoader(new LoadOptions()).Load(_folder.Path);
        });
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string, string, string> MetadataCases() => Table("metadata-cases.tsv", 5);

    public static TheoryData<string, string> MustNotContain() => Pairs("view-must-not-contain.tsv");

    public static TheoryData<string, string> MustContain() => Pairs("view-must-contain.tsv");

    [Theory]
    [MemberData(nameof(MetadataCases))]
    public void Metadata_is_read_or_inferred(string file, string title, string outlet, string published, string url)
    {
        var doc = Source(file);

        Assert.Equal(NullIfDash(title), doc.Metadata.Title);
        Assert.Equal(NullIfDash(outlet), doc.Metadata.Outlet);
        Assert.Equal(NullIfDash(published), doc.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(NullIfDash(url), doc.Metadata.Url);
    }

    [Theory]
    [MemberData(nameof(MustNotContain))]
    public void Boilerplate_and_metadata_lines_are_set_aside(string file, string text)
    {
        var doc = Source(file);

        Assert.Contains(text, doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain(text, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MustContain))]
    public void Article_text_stays_at_its_offsets(string file, string text)
    {
        var doc = Source(file);

        var at = doc.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the view of {file}");
        Assert.DoesNotContain(doc.Boilerplate, b => b.Overlaps(new Core.Text.TextSpan(at, at + text.Length)));
    }

    [Fact]
    public void Every_case_file_loads_and_keeps_the_view_invariant()
    {
        var loaded = _loaded.Value;

        Assert.Empty(loaded.Skipped);
        Assert.Equal(Directory.EnumerateFiles(CasesFolder).Count(f => !f.EndsWith(".tsv", StringComparison.Ordinal)), loaded.Sources.Count);
        foreach (var doc in loaded.Sources)
        {
            ViewInvariant.Check(doc, allowDecodedEntities: doc.RawText.Contains('&', StringComparison.Ordinal));
        }
    }

    private SourceDocument Source(string file) =>
        _loaded.Value.Sources.SingleOrDefault(s => s.Id == file) ?? throw new InvalidOperationException($"{file} did not load");

    private static string? NullIfDash(string value) => value == "-" ? null : value;

    private static TheoryData<string, string> Pairs(string table)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows(table, 2))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    private static TheoryData<string, string, string, string, string> Table(string table, int columns)
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in Rows(table, columns))
        {
            data.Add(row[0], row[1], row[2], row[3], row[4]);
        }

        return data;
    }

    private static IEnumerable<string[]> Rows(string table, int columns) =>
        File.ReadLines(Path.Combine(CasesFolder, table))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(r => r.Length == columns ? r : throw new InvalidDataException($"{table}: '{string.Join('|', r)}' has {r.Length} columns, not {columns}"));
}
