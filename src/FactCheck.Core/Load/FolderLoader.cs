namespace FactCheck.Core.Load;

/// <summary>
/// Reads every article under a folder (or one file) into <see cref="SourceDocument"/>s, in
/// ordinal order of their ids (paths relative to the folder, '/' separators). A file that cannot
/// be used is listed in <see cref="LoadResult.Skipped"/> with the reason; it never stops the others.
/// </summary>
public sealed class FolderLoader(LoadOptions options)
{
    public LoadResult Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sources = new List<SourceDocument>();
        var skipped = new List<SkippedFile>();
        var warnings = new List<string>();
        if (File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            Read(full, Path.GetFileName(full), sources, skipped, warnings);
            return new LoadResult(sources, skipped) { Warnings = warnings };
        }

        if (!Directory.Exists(path))
        {
            throw new InputException(path, "no such file or folder");
        }

        var root = Path.GetFullPath(path);
        var (files, walkWarnings) = new ArticleFileFinder(options).Find(root, cancellationToken);
        warnings.AddRange(walkWarnings);
        foreach (var id in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Read(Path.Combine(root, id), id, sources, skipped, warnings);
        }

        return new LoadResult(sources, skipped) { Warnings = warnings };
    }

    private void Read(string file, string id, List<SourceDocument> sources, List<SkippedFile> skipped, List<string> warnings)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                skipped.Add(new SkippedFile(id, "file disappeared or is a broken link"));
                return;
            }

            // Checked before opening: a FIFO or device also reports 0 bytes, and opening one would block.
            if (info.Length == 0)
            {
                skipped.Add(new SkippedFile(id, "file is empty"));
                return;
            }

            if (info.Length > options.MaxFileSize)
            {
                skipped.Add(new SkippedFile(id, $"file is {info.Length:N0} bytes, larger than --max-file-size {options.MaxFileSize:N0}"));
                return;
            }

            bytes = ReadBounded(file, options.MaxFileSize);
        }
        catch (FileTooLargeException e)
        {
            skipped.Add(new SkippedFile(id, $"file grew past --max-file-size {options.MaxFileSize:N0} while being read ({e.Message})"));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            skipped.Add(new SkippedFile(id, $"cannot be read: {e.Message}"));
            return;
        }

        if (bytes.Length == 0)
        {
            skipped.Add(new SkippedFile(id, "file is empty"));
            return;
        }

        var decoded = TextFileDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            skipped.Add(new SkippedFile(id, decoded.Rejection ?? "not text"));
            return;
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            skipped.Add(new SkippedFile(id, "file holds only white space"));
            return;
        }

        if (decoded.Warning is not null)
        {
            warnings.Add($"{id}: {decoded.Warning}");
        }

        BuiltSource built;
        try
        {
            built = SourceDocumentBuilder.Build(id, file, decoded.Text, SourceDocumentBuilder.FormatOf(file));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One article the view builders cannot handle must not sink the run: keep its raw text.
            built = new BuiltSource(SourceDocument.FromPlainText(id, decoded.Text) with { Path = file }, []);
            warnings.Add($"{id}: markup could not be analysed ({e.GetType().Name}: {e.Message}); the raw text is checked as it is");
        }

        warnings.AddRange(built.Warnings);
        if (string.IsNullOrWhiteSpace(built.Document.Text))
        {
            warnings.Add($"{id}: nothing left to check once markup and boilerplate are set aside");
        }

        sources.Add(built.Document);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes: a file may grow between the size check and the read.</summary>
    private static byte[] ReadBounded(string file, long limit)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new FileTooLargeException($"more than {limit:N0} bytes");
            }
        }

        return buffer.ToArray();
    }

    private sealed class FileTooLargeException(string message) : Exception(message);
}
