namespace FactCheck.Core.Cache;

/// <summary>
/// Remembers each file's loaded document (in the stored form the loader writes and reads) under a
/// key that changes whenever the file's bytes, its path or the loader change, so that an unchanged
/// file is not analysed again. Safe to call from several threads; never throws: a cache that fails is a miss.
/// </summary>
public interface IDocumentCache
{
    /// <summary>What is stored under each key, in key order; null where nothing is.</summary>
    IReadOnlyList<byte[]?> GetMany(IReadOnlyList<string> keys);

    /// <summary>Stores <paramref name="data"/>; may hold it until the run's end.</summary>
    void Put(string key, byte[] data);

    /// <summary>Notes an entry that could not be read back; the caller rebuilds it and the user is told once.</summary>
    void Unreadable(string key, string why);

    /// <summary>The number of this run over the store; 0 for a store that counts no runs.</summary>
    long Run => 0;

    /// <summary>
    /// How many runs may pass between two <see cref="KeepAlive"/> calls for the same entries before
    /// they could be pruned in between; never, for a store that prunes nothing.
    /// </summary>
    int KeepAliveEvery => int.MaxValue;

    /// <summary>Marks the entries <paramref name="keys"/> names as used by this run, without reading them.</summary>
    void KeepAlive(IEnumerable<string> keys)
    {
    }
}
