using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Align;

/// <summary>Sources judged to cover the same story, with all their claims. Only these are compared with each other.</summary>
public sealed record Cluster(string Id, IReadOnlyList<AnalyzedSource> Sources, IReadOnlyList<Claim> Claims)
{
    public IEnumerable<T> ClaimsOf<T>()
        where T : Claim => Claims.OfType<T>();

    public AnalyzedSource Source(string id) => Sources.First(s => s.Id == id);
}
