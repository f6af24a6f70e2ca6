using System.Diagnostics.CodeAnalysis;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Cache;

/// <summary>
/// Remembers the claims extracted from a source, under a key that changes whenever the source or
/// the rules change (<see cref="ClaimCacheKey"/>), so that an unchanged file is not extracted again.
/// Implementations are safe to call from several threads and never throw: a cache that fails is a miss.
/// </summary>
public interface IClaimCache
{
    /// <summary>The claims stored under <paramref name="key"/>, if any.</summary>
    bool TryGet(string key, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims);

    /// <summary>The claims stored under each key, in key order, null where none are: one pass over the store for a whole run.</summary>
    IReadOnlyList<IReadOnlyList<Claim>?> GetMany(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return [.. keys.Select(k => TryGet(k, out var claims) ? claims : null)];
    }

    /// <summary>Stores <paramref name="claims"/>; may hold them until <see cref="Flush"/>.</summary>
    void Put(string key, IReadOnlyList<Claim> claims);

    /// <summary>Writes what <see cref="Put"/> held back (one transaction per run, not one per file).</summary>
    void Flush();

    /// <summary>What went wrong with the cache, in words for the user; the run went on without it.</summary>
    IReadOnlyList<string> Warnings { get; }
}

/// <summary>The cache that remembers nothing (`--no-cache`).</summary>
public sealed class NullClaimCache : IClaimCache
{
    public static NullClaimCache Instance { get; } = new();

    private NullClaimCache()
    {
    }

    public IReadOnlyList<string> Warnings => [];

    public bool TryGet(string key, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims)
    {
        claims = null;
        return false;
    }

    public void Put(string key, IReadOnlyList<Claim> claims)
    {
    }

    public void Flush()
    {
    }
}
