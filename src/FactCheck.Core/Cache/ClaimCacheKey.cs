using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Cache;

/// <summary>
/// Cache keys for extracted claims: a SHA-256 of everything extraction reads. A key that misses
/// something would replay stale claims, so the key errs on the side of invalidating.
/// </summary>
public static class ClaimCacheKey
{
    /// <summary>Bumped when the stored form of claims changes in a way the fingerprint cannot see.</summary>
    private const string FormatVersion = "claims-3";

    /// <summary>
    /// A fingerprint of the rule set: tool version, each extractor's type and the build of its
    /// assembly, and every embedded resource (the word lists). Deterministic builds give an
    /// unchanged assembly the same module version id, so only a real code change invalidates.
    /// </summary>
    public static string RuleFingerprint(IEnumerable<IClaimExtractor> extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        return Fingerprint(FormatVersion, extractors, []);
    }

    /// <summary>
    /// A fingerprint of a set of pipeline parts (extractors, comparers): a stored-form version, the tool
    /// version, any <paramref name="settings"/>, each part's type, and the build and word lists of the
    /// core library and of every part's assembly.
    /// </summary>
    internal static string Fingerprint(string formatVersion, IEnumerable<object> parts, IReadOnlyList<string> settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, formatVersion);
        Append(hash, ToolInfo.Version);
        foreach (var setting in settings)
        {
            Append(hash, setting);
        }

        var assemblies = new List<Assembly> { typeof(ClaimCacheKey).Assembly };
        foreach (var part in parts)
        {
            var type = part.GetType();
            Append(hash, type.AssemblyQualifiedName ?? type.Name);
            assemblies.Add(type.Assembly);
        }

        AppendAssemblies(hash, assemblies);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of one source's claims under a rule set: its id (claims carry it), its raw text and
    /// analysis view, and its metadata (the publication date resolves relative dates).
    /// </summary>
    public static string For(AnalyzedSource source, string ruleFingerprint)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleFingerprint);
        return ForDigest(Digest(source.Document), ruleFingerprint);
    }

    /// <summary>The key <see cref="For"/> gives the claims of the document loaded under <paramref name="documentKey"/>, without the document.</summary>
    public static string ForDocumentKey(string documentKey, string ruleFingerprint)
    {
        ArgumentNullException.ThrowIfNull(documentKey);
        ArgumentNullException.ThrowIfNull(ruleFingerprint);
        return ForDigest(DocumentDigestPrefix + documentKey, ruleFingerprint);
    }

    private static string ForDigest(string digest, string ruleFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{ruleFingerprint}\0{digest}")));

    /// <summary>What a loaded document's digest is: its document key after this.</summary>
    private const string DocumentDigestPrefix = "document:";

    /// <summary>
    /// A SHA-256 of everything a document is: id, raw text, analysis view, metadata and boilerplate.
    /// Worked out once per document and remembered while it lives, since the claim key and the keys
    /// of the clusters it joins all need it, and hashing the text is the costly part.
    /// </summary>
    public static string Digest(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Digests.GetValue(document, static d =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hash, d.Id);
            Append(hash, d.RawText);
            Append(hash, d.Text);
            var m = d.Metadata;
            Append(hash, m.Title);
            Append(hash, m.Outlet);
            Append(hash, m.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Append(hash, m.Url);
            foreach (var span in d.Boilerplate)
            {
                Append(hash, $"{span.Start}-{span.End}");
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        });
    }

    private static readonly ConditionalWeakTable<SourceDocument, string> Digests = [];

    /// <summary>
    /// Takes <paramref name="documentKey"/> (a <see cref="DocumentCacheKey"/>: the file's bytes, id and
    /// loader) as the digest of the document built from it, which is a function of that key, so that
    /// a folder of recalled documents is not hashed a second time, text and view, for its claims' keys.
    /// </summary>
    public static void RememberDigest(SourceDocument document, string documentKey)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(documentKey);
        Digests.AddOrUpdate(document, DocumentDigestPrefix + documentKey);
    }

    /// <summary>Each assembly's build and every embedded resource (the word lists), in a fixed order.</summary>
    internal static void AppendAssemblies(IncrementalHash hash, IEnumerable<Assembly> assemblies)
    {
        var sorted = new SortedDictionary<string, Assembly>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            sorted[assembly.FullName ?? assembly.GetName().Name ?? ""] = assembly;
        }

        foreach (var assembly in sorted.Values)
        {
            Append(hash, assembly.ManifestModule.ModuleVersionId.ToString());
            foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                Append(hash, resource);
                using var stream = assembly.GetManifestResourceStream(resource);
                if (stream is not null)
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
                }
            }
        }
    }

    /// <summary>Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently; null differs from "".</summary>
    internal static void Append(IncrementalHash hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, text?.Length ?? -1);
        hash.AppendData(length);
        if (text is not null)
        {
            // The UTF-16 bytes as they are: no encoding pass over megabytes of article text.
            hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }
}
