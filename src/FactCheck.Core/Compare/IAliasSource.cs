using FactCheck.Core.Align;

namespace FactCheck.Core.Compare;

/// <summary>One entity of a cluster and every name its sources give it, with the claims naming it.</summary>
public sealed record AliasEntry(string Cluster, string Id, string Name, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<string> ClaimIds);

/// <summary>
/// A comparer that works out who is who in a cluster (one person under several names) and lets the
/// report show it as an alias table.
/// </summary>
public interface IAliasSource
{
    IEnumerable<AliasEntry> Aliases(Cluster cluster);
}
