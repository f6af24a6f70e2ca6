namespace FactCheck.Core.Compare;

/// <summary>
/// Compares one kind of claim across the sources of a cluster and reports what agrees, what
/// conflicts and what only one source says. Pure: the same cluster gives the same findings.
/// </summary>
public interface IClaimComparer
{
    IEnumerable<Finding> Compare(Align.Cluster cluster);
}
