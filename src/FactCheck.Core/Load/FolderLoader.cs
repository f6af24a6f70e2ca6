using FactCheck.Core.Cache;

namespace FactCheck.Core.Load;

/// <summary>
/// Reads every article under a folder (or one file) into <see cref="SourceDocument"/>s, in
/// ordinal order of their ids (paths relative to the folder, '/' separators). A file that cannot
/// be used is listed in <see cref="LoadResult.Skipped"/> with the reason; it never stops the others.
/// Files are read and analysed on several threads; the result does not depend on their number.
/// With a <see cref="IDocumentCache"/>, a file whose bytes, path and loader are unchanged since a
/// run that stored it skips the analysis (markup, boilerplate, metadata): only its bytes are read,
/// hashed and decoded.
/// </summary>
public sealed class FolderLoader(LoadOptions options, IDocumentCache? cache = null, int threads = 0, Action? building = null)
{
    private readonly int _threads = threads > 0 ? threads : Environment.ProcessorCount;

    /// <summary>The options files are found and loaded with.</summary>
    public LoadOptions Options => options;

    /// <summary>How many documents the last <see cref="Load"/> took from the cache.</summary>
    public int Recalled { get; private set; }

    public LoadResult Load(string path, CancellationToken cancellationToken = default) => LoadExcept(path, null, cancellationToken);

    /// <summary>Loads the files of <paramref name="ids"/> (paths relative to the folder <paramref name="root"/>, in ordinal order) and no others.</summary>
    public LoadResult LoadOnly(string root, IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(ids);
        var full = Path.GetFullPath(root);
        return File.Exists(full)
            ? LoadFiles([(full, Path.GetFileName(full))], [], null, cancellationToken)
            : LoadFiles([.. ids.Select(id => (Path.Combine(full, id), id))], [], null, cancellationToken);
    }

    /// <summary>
    /// Loads as <see cref="Load"/> does, except the files whose document key (from their bytes, path
    /// and the loader) <paramref name="known"/> accepts: those are read and hashed only, and listed in
    /// <see cref="LoadResult.Known"/>. Without a cache there are no keys, and every file is loaded.
    /// </summary>
    public LoadResult LoadExcept(string path, Func<string, string, bool>? known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            return LoadFiles([(full, Path.GetFileName(full))], [], known, cancellationToken);
        }

        if (!Directory.Exists(path))
        {
            throw new InputException(path, "no such file or folder");
        }

        var root = Path.GetFullPath(path);
        var (files, walkWarnings) = new ArticleFileFinder(options).Find(root, cancellationToken);
        return LoadFiles([.. files.Select(id => (Path.Combine(root, id), id))], walkWarnings, known, cancellationToken);
    }

    private LoadResult LoadFiles(
        IReadOnlyList<(string File, string Id)> files, IReadOnlyList<string> walkWarnings, Func<string, string, bool>? known, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken };
        var fingerprint = cache is null ? null : DocumentCacheKey.LoaderFingerprint(options);

        // Reading and decoding (and hashing, for the cache key) first, so the cache is asked once for every file.
        var outcomes = new FileOutcome[files.Count];
        var told = 0;
        void Tell()
        {
            if (building is not null && Interlocked.Exchange(ref told, 1) == 0)
            {
                building();
            }
        }

        Parallel.For(0, files.Count, parallel, i =>
        {
            outcomes[i] = Read(files[i].File, files[i].Id, fingerprint, known);

            // A file the caller did not know is, nearly always, one that changed and must be built: say so at once.
            if (known is not null && outcomes[i].Text is not null)
            {
                Tell();
            }
        });

        var keyed = Enumerable.Range(0, files.Count).Where(i => outcomes[i].Key is not null && !outcomes[i].Known).ToList();
        var stored = cache?.GetMany([.. keyed.Select(i => outcomes[i].Key!)]) ?? [];
        var storedOf = new byte[]?[files.Count];
        for (var k = 0; k < stored.Count; k++)
        {
            storedOf[keyed[k]] = stored[k];
        }

        // Told once, before the first document that has to be built rather than recalled (or, when the
        // caller knows most files, as soon as one is not known): a run with something new to read can
        // start what it will need next (see FactCheckerFactory.WarmUp).
        if (Enumerable.Range(0, files.Count).Any(i => outcomes[i].Text is not null && storedOf[i] is null))
        {
            Tell();
        }

        var recalled = 0;
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (outcomes[i].Text is null)
            {
                return;
            }

            if (storedOf[i] is { } data && Recall(outcomes[i], files[i], data) is { } built)
            {
                outcomes[i] = outcomes[i] with { Built = built };
                Interlocked.Increment(ref recalled);
                return;
            }

            outcomes[i] = outcomes[i] with { Built = Build(files[i].File, files[i].Id, outcomes[i].Text!, out var cacheable) };
            if (cacheable && outcomes[i].Key is { } key && Encode(outcomes[i].Built!) is { } entry)
            {
                cache!.Put(key, entry);
            }
        });
        Recalled = recalled;

        // Put together in file order, as a single thread would have.
        var sources = new List<SourceDocument>();
        var skipped = new List<SkippedFile>();
        var knownFiles = new List<KnownFile>();
        var sourceWarnings = new List<IReadOnlyList<string>>();
        var sourceKeys = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Skipped is not null)
            {
                skipped.Add(outcome.Skipped);
                continue;
            }

            if (outcome.Known)
            {
                knownFiles.Add(new KnownFile(files[i].Id, outcome.Key!));
                continue;
            }

            var id = files[i].Id;
            var warnings = new List<string>();
            if (outcome.DecodeWarning is not null)
            {
                warnings.Add($"{id}: {outcome.DecodeWarning}");
            }

            var built = outcome.Built!;
            if (outcome.Key is { } documentKey)
            {
                // The document is a function of its key: later keys need not hash its text again.
                ClaimCacheKey.RememberDigest(built.Document, documentKey);
            }

            warnings.AddRange(built.Warnings);
            if (string.IsNullOrWhiteSpace(built.Document.Text))
            {
                warnings.Add($"{id}: nothing left to check once markup and boilerplate are set aside");
            }

            sources.Add(built.Document);
            sourceWarnings.Add(warnings);
            if (outcome.Key is { } sourceKey)
            {
                sourceKeys.Add(sourceKey);
            }
        }

        return new LoadResult(sources, skipped)
        {
            Warnings = [.. walkWarnings, .. sourceWarnings.SelectMany(w => w)],
            WalkWarnings = walkWarnings.Count,
            SourceWarnings = sourceWarnings,
            SourceKeys = sourceKeys.Count == sources.Count ? sourceKeys : [],
            Known = knownFiles,
        };
    }

    /// <summary>What became of one file: skipped, known to the caller by its key, or decoded (then built or recalled).</summary>
    private sealed record FileOutcome(SkippedFile? Skipped, string? Text, string? DecodeWarning, string? Key)
    {
        public BuiltSource? Built { get; init; }

        public bool Known { get; init; }

        public static FileOutcome Skip(string id, string reason) => new(new SkippedFile(id, reason), null, null, null);
    }

    /// <summary>The stored form, or null for a document that breaks the view's rules (it is then simply not cached).</summary>
    private static byte[]? Encode(BuiltSource built)
    {
        try
        {
            return BuiltSourceCodec.Encode(built);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private BuiltSource? Recall(FileOutcome outcome, (string File, string Id) file, byte[] data)
    {
        try
        {
            return BuiltSourceCodec.Decode(data, file.Id, file.File, outcome.Text!);
        }
        catch (InvalidDataException e)
        {
            cache!.Unreadable(outcome.Key!, $"{file.Id}: {e.Message}");
            return null;
        }
    }

    /// <summary>Builds the document; <paramref name="cacheable"/> is false when the fallback for unanalysable markup was taken.</summary>
    private static BuiltSource Build(string file, string id, string text, out bool cacheable)
    {
        try
        {
            cacheable = true;
            return SourceDocumentBuilder.Build(id, file, text, SourceDocumentBuilder.FormatOf(file));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One article the view builders cannot handle must not sink the run: keep its raw text.
            cacheable = false;
            return new BuiltSource(
                SourceDocument.FromPlainText(id, text) with { Path = file },
                [$"{id}: markup could not be analysed ({e.GetType().Name}: {e.Message}); the raw text is checked as it is"]);
        }
    }

    private FileOutcome Read(string file, string id, string? fingerprint, Func<string, string, bool>? known)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return FileOutcome.Skip(id, "file disappeared or is a broken link");
            }

            // Checked before opening: a FIFO or device also reports 0 bytes, and opening one would block.
            if (info.Length == 0)
            {
                return FileOutcome.Skip(id, "file is empty");
            }

            if (info.Length > options.MaxFileSize)
            {
                return FileOutcome.Skip(id, $"file is {info.Length:N0} bytes, larger than --max-file-size {options.MaxFileSize:N0}");
            }

            bytes = ReadBounded(file, info.Length, options.MaxFileSize);
        }
        catch (FileTooLargeException e)
        {
            return FileOutcome.Skip(id, $"file grew past --max-file-size {options.MaxFileSize:N0} while being read ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return FileOutcome.Skip(id, $"cannot be read: {e.Message}");
        }

        if (bytes.Length == 0)
        {
            return FileOutcome.Skip(id, "file is empty");
        }

        // The key is a function of the bytes: a file the caller knows by it need not even be decoded.
        var key = fingerprint is null ? null : DocumentCacheKey.For(fingerprint, id, SourceDocumentBuilder.FormatOf(file), bytes);
        if (key is not null && known is not null && known(id, key))
        {
            return new FileOutcome(null, null, null, key) { Known = true };
        }

        var decoded = TextFileDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return FileOutcome.Skip(id, decoded.Rejection ?? "not text");
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return FileOutcome.Skip(id, "file holds only white space");
        }

        // Build reads the path only for its format (and puts it in the document, which is not stored).
        return new FileOutcome(null, decoded.Text, decoded.Warning, key);
    }

    /// <summary>
    /// Reads the file whole, at most <paramref name="limit"/> bytes: it may grow between the size
    /// check and the read. The buffer is sized from the <paramref name="expected"/> length, and no
    /// stream buffer is used, so a small file costs one small array, not two 64 KB ones.
    /// </summary>
    internal static byte[] ReadBounded(string file, long expected, long limit)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var cap = Math.Min(limit + 1, Array.MaxLength);

        // One byte more than expected, so that reaching the end needs no second buffer.
        var buffer = new byte[Math.Min(expected + 1, cap)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total >= cap)
                {
                    throw new FileTooLargeException($"more than {limit:N0} bytes");
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, cap));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total > limit ? throw new FileTooLargeException($"more than {limit:N0} bytes")
            : total == buffer.Length ? buffer : buffer[..total];
    }

    internal sealed class FileTooLargeException(string message) : Exception(message);
}
