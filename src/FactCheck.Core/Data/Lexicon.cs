using System.Collections.Concurrent;
using System.Reflection;

namespace FactCheck.Core.Data;

/// <summary>
/// The word lists the rules read (stop words, hedges, units, speech verbs, outcome terms…), kept as
/// plain text files beside this class and embedded in the assembly: one entry a line, '#' starts a
/// comment. Each list has one source of truth, its file.
/// </summary>
public static class Lexicon
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Lines = new(StringComparer.Ordinal);

    /// <summary>The entries of Data/<paramref name="name"/>.txt, trimmed, without blank and comment lines.</summary>
    public static IReadOnlyList<string> Entries(string name) => Lines.GetOrAdd(name, Read);

    /// <summary>The entries of a list of groups, one group a line, its members separated by commas ("ship, vessel").</summary>
    public static IReadOnlyList<string[]> Groups(string name) =>
        [.. Entries(name).Select(line => line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The entries of a list as a case-insensitive set.</summary>
    public static HashSet<string> Set(string name) => new(Entries(name), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Read(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = $"FactCheck.Core.Data.{name}.txt";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"word list '{name}' is not embedded ({resource})");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
