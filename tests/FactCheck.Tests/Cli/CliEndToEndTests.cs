using System.Text.Json;
using FactCheck.Cli;
using FactCheck.Tests.Report;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace FactCheck.Tests.Cli;

/// <summary>
/// The command line end to end, in process (CommandLine.Build + Runner on string writers):
/// formats, output file, exit codes, errors. Assertions are on structure and on what the report
/// says about itself, so they hold whatever claims the extractors find.
/// </summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_writes_markdown_by_default_with_one_table_row_per_article()
    {
        var run = await CliRun.InProcess("check", _folder.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("# FactCheck report\n", run.Stdout, StringComparison.Ordinal);
        var doc = MarkdownAst.Parse(run.Stdout);
        var rows = MarkdownAst.TableRows(Assert.Single(doc.Descendants<Table>()));
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(6, r.Count));
        Assert.Equal([ArticleFolder.Chess, ArticleFolder.Ledger, ArticleFolder.Herald], rows.Skip(1).Select(r => r[0]));
        Assert.Contains("Conflicts", MarkdownAst.Headings(doc));
    }

    [Fact]
    public async Task Check_json_follows_the_report_contract()
    {
        var run = await CliRun.InProcess("check", _folder.Path, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("factcheck", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("rules", root.GetProperty("mode").GetString());
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal([ArticleFolder.Chess, ArticleFolder.Ledger, ArticleFolder.Herald], sources.Select(s => s.GetProperty("id").GetString()));
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("cluster").GetString())));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("findings").ValueKind);
        ContractChecks.ClaimsPointIntoTheirFiles(root, _folder.Path);
        ContractChecks.FindingsNameKnownClaims(root);
    }

    [Fact]
    public async Task Output_file_is_written_whole_and_no_temporary_file_is_left()
    {
        using var outDir = new TempDir();
        var target = Path.Combine(outDir.Path, "report.json");
        File.WriteAllText(target, "old content");

        var run = await CliRun.InProcess("check", _folder.Path, "--format", "json", "-o", target);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([target], Directory.GetFiles(outDir.Path));
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(3, json.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Output_into_a_missing_folder_is_one_error_line_and_exit_2()
    {
        var target = Path.Combine(_folder.Path, "no-such-dir", "report.md");
        var run = await CliRun.InProcess("check", _folder.Path, "--output", target);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Missing_folder_is_one_error_line_naming_it_and_exit_2()
    {
        var missing = Path.Combine(_folder.Path, "nowhere");
        var run = await CliRun.InProcess("check", missing);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_folder_is_exit_2()
    {
        using var empty = new TempDir();
        var run = await CliRun.InProcess("check", empty.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task Folder_whose_every_file_is_skipped_is_exit_2_with_the_reasons()
    {
        var run = await CliRun.InProcess("check", _folder.Path, "--max-file-size", "10");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(4, run.ErrorLines.Count);
        Assert.All(run.ErrorLines.Take(3), l => Assert.Contains("max-file-size", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_loader_warning_names_the_file_on_stderr_and_in_the_report()
    {
        _folder.Write("broken-front-matter.md", "---\ntitle: [unclosed\noutlet: : :\n---\n\nThe harbor reopened on Friday after the fire.\n");

        var run = await CliRun.InProcess("check", _folder.Path, "--format", "json", "--no-cache");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var warning = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("broken-front-matter.md", warning, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var reported = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Contains("broken-front-matter.md", reported.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skipped_file_is_reported_and_does_not_stop_the_run()
    {
        _folder.Write("empty.txt", "  \n");

        var run = await CliRun.InProcess("check", _folder.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("empty.txt", line, StringComparison.Ordinal);
        var doc = MarkdownAst.Parse(run.Stdout);
        Assert.Contains("Skipped files", MarkdownAst.Headings(doc));
        Assert.Contains(doc.Descendants<ListItemBlock>().Select(MarkdownAst.Text), i => i.StartsWith("empty.txt: ", StringComparison.Ordinal));
        Assert.Equal(4, MarkdownAst.TableRows(Assert.Single(doc.Descendants<Table>())).Count);
    }

    [Fact]
    public async Task Include_glob_limits_the_articles_read()
    {
        var run = await CliRun.InProcess("check", _folder.Path, "--format", "json", "--include", "**/*.txt");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(
            [ArticleFolder.Ledger, ArticleFolder.Herald],
            json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Extract_on_one_file_lists_that_file_only_and_compares_nothing()
    {
        var run = await CliRun.InProcess("extract", _folder.File(ArticleFolder.Herald), "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var source = Assert.Single(root.GetProperty("sources").EnumerateArray());
        Assert.Equal(ArticleFolder.Herald, source.GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("findings", out _));
        Assert.All(root.GetProperty("claims").EnumerateArray(), c => Assert.Equal(ArticleFolder.Herald, c.GetProperty("source").GetString()));
        ContractChecks.ClaimsPointIntoTheirFiles(root, _folder.Path);
    }

    [Fact]
    public async Task Extract_markdown_lists_claims_per_source()
    {
        var run = await CliRun.InProcess("extract", _folder.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var doc = MarkdownAst.Parse(run.Stdout);
        Assert.Equal(["FactCheck claims", "Sources", "Claims"], MarkdownAst.Headings(doc));
        var rows = MarkdownAst.TableRows(Assert.Single(doc.Descendants<Table>()));
        Assert.All(rows, r => Assert.Equal(5, r.Count));
    }

    [Theory]
    [InlineData("low")]
    [InlineData("medium")]
    [InlineData("high")]
    [InlineData("HIGH")]
    public async Task Fail_on_exits_1_exactly_when_a_conflict_reaches_the_threshold(string threshold)
    {
        var plain = await CliRun.InProcess("check", _folder.Path, "--format", "json");
        using var json = JsonDocument.Parse(plain.Stdout);
        var worst = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "conflict")
            .Select(f => Rank(f.GetProperty("severity").GetString()!))
            .DefaultIfEmpty(-1)
            .Max();

        var run = await CliRun.InProcess("check", _folder.Path, "--format", "json", "--fail-on", threshold);

        Assert.Equal(ExitCodes.Ok, plain.ExitCode);
        Assert.Equal(worst >= Rank(threshold) ? ExitCodes.ConflictsFound : ExitCodes.Ok, run.ExitCode);
        Assert.Equal(plain.Stdout, run.Stdout);
    }

    [Fact]
    public async Task Same_folder_gives_the_same_bytes()
    {
        var first = await CliRun.InProcess("check", _folder.Path);
        var second = await CliRun.InProcess("check", _folder.Path);
        var json = await CliRun.InProcess("check", _folder.Path, "-f", "json");
        var json2 = await CliRun.InProcess("check", _folder.Path, "-f", "json");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(json.Stdout, json2.Stdout);
    }

    [Fact]
    public async Task A_rerun_after_a_change_starts_from_the_last_check_and_writes_what_a_run_without_cache_writes()
    {
        var cache = Directory.CreateTempSubdirectory("factcheck-cli-cache-").FullName;
        try
        {
            var first = await CliRun.InProcess("check", _folder.Path, "--cache-dir", cache, "--fail-on", "low");
            _folder.Write(ArticleFolder.Ledger, System.IO.File.ReadAllText(_folder.File(ArticleFolder.Ledger)).Replace("45 containers", "40 containers", StringComparison.Ordinal));

            var warm = await CliRun.InProcess("check", _folder.Path, "--cache-dir", cache, "--fail-on", "low", "--verbose");
            var cold = await CliRun.InProcess("check", _folder.Path, "--no-cache", "--fail-on", "low");

            Assert.Equal(ExitCodes.ConflictsFound, first.ExitCode); // 40 vs 45 containers
            Assert.Contains("1 changed or new, 0 removed", warm.Stderr, StringComparison.Ordinal); // the run started from the snapshot
            Assert.Equal(cold.Stdout, warm.Stdout);
            Assert.NotEqual(first.Stdout, warm.Stdout);
            Assert.Equal(cold.ExitCode, warm.ExitCode);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Theory]
    [InlineData("check", "{folder}", "--bogus")]
    [InlineData("check", "{folder}", "--format", "yaml")]
    [InlineData("check", "{folder}", "--fail-on", "extreme")]
    [InlineData("check", "{folder}", "--max-file-size", "big")]
    [InlineData("extract", "{folder}", "--fail-on", "high")]
    [InlineData("check")]
    [InlineData("compare", "{folder}")]
    public void Bad_usage_is_a_parse_error(params string[] args)
    {
        var parse = CliRun.Parse([.. args.Select(a => a.Replace("{folder}", _folder.Path, StringComparison.Ordinal))]);
        Assert.NotEmpty(parse.Errors);
    }

    [Theory]
    [InlineData("check", "{folder}", "--fail-on", "medium", "-f", "json", "-o", "x.json", "--include", "**/*.txt", "--exclude", "b*", "-v")]
    [InlineData("extract", "{folder}", "--format", "markdown", "--max-file-size", "1000")]
    public void Good_usage_parses(params string[] args)
    {
        var parse = CliRun.Parse([.. args.Select(a => a.Replace("{folder}", _folder.Path, StringComparison.Ordinal))]);
        Assert.Empty(parse.Errors);
    }

    private static int Rank(string severity) => severity.ToLowerInvariant() switch
    {
        "low" => 0,
        "medium" => 1,
        "high" => 2,
        _ => throw new ArgumentException($"unknown severity {severity}", nameof(severity)),
    };
}

/// <summary>Run the built `factcheck` as its own process: what a user or a script sees, exit codes included.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_as_a_process_prints_contract_json_and_exits_0()
    {
        var run = await CliRun.AsProcess("check", _folder.Path, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("1", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Missing_folder_as_a_process_is_exit_2_with_one_line_and_no_stack_trace()
    {
        var run = await CliRun.AsProcess("check", Path.Combine(_folder.Path, "nowhere"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Single(run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_option_as_a_process_is_exit_2_naming_it()
    {
        var run = await CliRun.AsProcess("check", _folder.Path, "--bogus");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--bogus", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("factcheck-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
