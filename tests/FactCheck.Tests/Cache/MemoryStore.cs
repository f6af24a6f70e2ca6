using System.Collections.Concurrent;
using FactCheck.Core.Cache;

namespace FactCheck.Tests.Cache;

/// <summary>An in-memory <see cref="IDocumentCache"/> that counts what it is asked and lets a test see and spoil its entries.</summary>
internal sealed class MemoryStore : IDocumentCache
{
    private int _puts;
    private int _unreadables;

    public ConcurrentDictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

    public int Puts { get => _puts; set => _puts = value; }

    public int Unreadables => _unreadables;

    public IReadOnlyList<byte[]?> GetMany(IReadOnlyList<string> keys) => [.. keys.Select(k => Entries.TryGetValue(k, out var data) ? data : null)];

    public void Put(string key, byte[] data)
    {
        Interlocked.Increment(ref _puts);
        Entries[key] = data;
    }

    public void Unreadable(string key, string why) => Interlocked.Increment(ref _unreadables);
}
