using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Canonicalize;

/// <summary>
/// Rewrites a source's claims into canonical form so that differently worded claims align.
/// The rule-based default needs no network; an LLM-backed one may replace it.
/// </summary>
public interface IClaimCanonicalizer
{
    Task<IReadOnlyList<Claim>> CanonicalizeAsync(AnalyzedSource source, IReadOnlyList<Claim> claims, CancellationToken cancellationToken);
}
