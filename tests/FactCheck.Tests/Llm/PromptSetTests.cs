using System.Text.Json;
using FactCheck.Llm.Canonicalize;
using FactCheck.Llm.Prompts;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Llm;

/// <summary>The prompt files: loaded from disk, built in as a fallback, and consistent with themselves.</summary>
public sealed class PromptSetTests : IDisposable
{
    private readonly string _folder = LlmTestKit.TempFolder();

    private static string RepoPrompts => Path.Combine(SharedFolder.RepoRoot(), "prompts");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_built_in_copy_is_the_one_in_the_repository()
    {
        var fromDisk = PromptSet.Load(RepoPrompts, _folder);

        Assert.Equal(PromptSet.BuiltIn().Version, fromDisk.Version);
        Assert.Equal(RepoPrompts, fromDisk.Origin);
    }

    [Fact]
    public void An_edited_prompt_is_used_and_gets_a_new_version()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_folder, "prompts")).FullName;
        File.WriteAllText(Path.Combine(dir, PromptSet.SystemFile), "Edited instructions.");

        var loaded = PromptSet.Load(null, _folder);

        Assert.Equal("Edited instructions.", loaded.System);
        Assert.NotEqual(PromptSet.BuiltIn().Version, loaded.Version);
        Assert.Equal(PromptSet.BuiltIn().Examples, loaded.Examples); // files not there come from the built-in copy
    }

    [Fact]
    public void Without_prompt_files_the_built_in_copy_is_used()
    {
        var loaded = PromptSet.Load(null, _folder);

        Assert.Equal(PromptSet.BuiltIn().Version, loaded.Version);
    }

    [Fact]
    public void The_schema_is_strict_every_property_required_and_no_others()
    {
        var items = PromptSet.BuiltIn().Schema.GetProperty("properties").GetProperty("claims").GetProperty("items");

        Assert.False(items.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            items.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            items.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_worked_example_passes_the_checks_a_real_answer_must_pass()
    {
        var examples = PromptSet.BuiltIn().Examples;

        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var request = JsonDocument.Parse(example.Request).RootElement;
            var sentences = request.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("sentence").GetString()!);
            var answers = JsonDocument.Parse(example.Answer).RootElement.GetProperty("claims").EnumerateArray().ToList();

            Assert.Equal(sentences.Keys, answers.Select(a => a.GetProperty("id").GetString()!));
            Assert.All(answers, a => Assert.True(CanonicalAnswer.QuoteStandsIn(a.GetProperty("quote").GetString()!, sentences[a.GetProperty("id").GetString()!])));
            Assert.All(request.GetProperty("claims").EnumerateArray(), c => Assert.Contains(c.GetProperty("sentence").GetString()!, request.GetProperty("article").GetProperty("text").GetString()!, StringComparison.Ordinal));
        }
    }
}
