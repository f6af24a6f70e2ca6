using System.Globalization;
using System.Security.Cryptography;
using FactCheck.Core.Load;

namespace FactCheck.Core.Cache;

/// <summary>
/// Cache keys for loaded documents: a SHA-256 of the file's bytes, its id and format, the loader's
/// options and the build of the loader (its code and word lists). Anything loading reads is in
/// the key, so a stale document is never replayed.
/// </summary>
public static class DocumentCacheKey
{
    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>Bumped when the stored form of documents changes in a way the fingerprint cannot see.</summary>
    private const string FormatVersion = "documents-2";

    /// <summary>A fingerprint of the loader: tool version, the core library's build and word lists, and the options.</summary>
    public static string LoaderFingerprint(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ClaimCacheKey.Append(hash, FormatVersion);
        ClaimCacheKey.Append(hash, ToolInfo.Version);
        ClaimCacheKey.Append(hash, string.Join('\n', options.Include));
        ClaimCacheKey.Append(hash, string.Join('\n', options.Exclude));
        ClaimCacheKey.Append(hash, options.MaxFileSize.ToString(CultureInfo.InvariantCulture));
        ClaimCacheKey.AppendAssemblies(hash, [typeof(DocumentCacheKey).Assembly]);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of one file as loaded by the loader <paramref name="loaderFingerprint"/> names. The
    /// file's place on disk is not in it: building a document reads only its id (which names it in
    /// warnings), its format and its bytes, so a folder that is moved or copied keeps its entries.
    /// </summary>
    public static string For(string loaderFingerprint, string id, SourceFormat format, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(loaderFingerprint);
        ArgumentNullException.ThrowIfNull(id);

        // One hash per thread, reset by each key: creating one per file costs more than hashing the file.
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ClaimCacheKey.Append(hash, loaderFingerprint);
        ClaimCacheKey.Append(hash, id);
        ClaimCacheKey.Append(hash, format.ToString());
        Span<byte> length = stackalloc byte[sizeof(long)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
