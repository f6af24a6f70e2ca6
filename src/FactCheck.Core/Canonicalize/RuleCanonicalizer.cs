using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Canonicalize;

/// <summary>
/// The default, offline canonicalize stage. The rule extractors already emit normalized values
/// (numbers with canonical units, resolved dates, speakers), so the claims pass through as they are.
/// </summary>
public sealed class RuleCanonicalizer : IClaimCanonicalizer
{
    public Task<IReadOnlyList<Claim>> CanonicalizeAsync(AnalyzedSource source, IReadOnlyList<Claim> claims, CancellationToken cancellationToken) =>
        Task.FromResult(claims);
}
