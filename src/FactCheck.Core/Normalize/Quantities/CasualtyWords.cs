using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// The words for what befalls people, each with the role of the people it befalls ("killed" → dead, "detained" →
/// arrested), from quantity-casualty-roles.txt: read once, for the quantity reader (a bare count that is their
/// subject counts people) and for the comparer (counts of different roles are never one fact).
/// </summary>
internal static class CasualtyWords
{
    public static IReadOnlyDictionary<string, string> Roles { get; } = Lexicon.Entries("quantity-casualty-roles")
        .Select(e => e.Split('|'))
        .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
}
