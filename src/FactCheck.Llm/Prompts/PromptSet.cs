using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FactCheck.Llm.Prompts;

/// <summary>One worked example: a request document and the answer the model should give.</summary>
public sealed record PromptExample(string Request, string Answer);

/// <summary>
/// The canonicalize prompt: system text, the JSON schema of the answer, worked examples, and a
/// version that changes whenever any of them changes (it is part of the cache key).
/// Loaded from a prompts folder at run time; the copy built into the assembly is the fallback.
/// </summary>
public sealed record PromptSet(string System, JsonElement Schema, IReadOnlyList<PromptExample> Examples, string Version, string Origin)
{
    public const string SystemFile = "canonicalize.system.md";
    public const string SchemaFile = "canonical-claims.schema.json";
    public const string ExamplesFile = "canonicalize.examples.json";

    /// <summary>
    /// Loads from <paramref name="folder"/> when given, else from ./prompts in the working folder,
    /// else from prompts/ beside the binary, else the built-in copy. A file missing from the chosen
    /// folder is taken from the built-in copy.
    /// </summary>
    public static PromptSet Load(string? folder, string workingFolder)
    {
        var candidates = folder is not null
            ? [folder]
            : new[] { Path.Combine(workingFolder, "prompts"), Path.Combine(AppContext.BaseDirectory, "prompts") };
        var chosen = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, SystemFile)));
        if (folder is not null && chosen is null)
        {
            throw new DirectoryNotFoundException($"{folder}: no {SystemFile} there");
        }

        string Read(string name) =>
            chosen is not null && File.Exists(Path.Combine(chosen, name)) ? File.ReadAllText(Path.Combine(chosen, name)) : BuiltIn(name);

        return Parse(Read(SystemFile), Read(SchemaFile), Read(ExamplesFile), chosen ?? "built-in");
    }

    /// <summary>The copy compiled into the assembly.</summary>
    public static PromptSet BuiltIn() => Parse(BuiltIn(SystemFile), BuiltIn(SchemaFile), BuiltIn(ExamplesFile), "built-in");

    public static PromptSet Parse(string system, string schema, string examples, string origin)
    {
        var schemaElement = JsonDocument.Parse(schema).RootElement.Clone();
        using var examplesDoc = JsonDocument.Parse(examples);
        var list = examplesDoc.RootElement.EnumerateArray()
            .Select(e => new PromptExample(e.GetProperty("request").GetRawText(), e.GetProperty("answer").GetRawText()))
            .ToList();

        // Minified so the examples cost fewer tokens; the version hashes the files as read.
        list = [.. list.Select(e => new PromptExample(Minify(e.Request), Minify(e.Answer)))];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", system, schema, examples)));
        return new PromptSet(system.Trim(), schemaElement, list, "canon-1-" + Convert.ToHexStringLower(hash)[..12], origin);
    }

    private static string Minify(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(doc.RootElement);
    }

    private static string BuiltIn(string name)
    {
        using var stream = typeof(PromptSet).Assembly.GetManifestResourceStream("FactCheck.Llm.Prompts." + name)
            ?? throw new InvalidOperationException($"built-in prompt {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
