using FactCheck.Core.Claims;

namespace FactCheck.Core.Normalize;

/// <summary>
/// Finds one kind of claim in a source. Extractors run in order; each sees the claims the
/// earlier ones found in the same source (events use dates and quantities, for example).
/// Implementations are pure: same source, same claims.
/// </summary>
public interface IClaimExtractor
{
    IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier);
}
