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
}
