using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactCheck.Core.Load;

/// <summary>
/// Reads every article under a folder (or one file) into <see cref="SourceDocument"/>s.
/// A file that cannot be used is listed in <see cref="LoadResult.Skipped"/> with the reason; it never
/// stops the others.
/// </summary>
public sealed class FolderLoader(LoadOptions options)
{
    public LoadResult Load(string path, CancellationToken cancellationToken = default)
    {
        var sources = new List<SourceDocument>();
        var skipped = new List<SkippedFile>();
        if (File.Exists(path))
        {
            Read(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFullPath(path), sources, skipped);
            return new LoadResult(sources, skipped);
        }

        if (!Directory.Exists(path))
        {
            throw new InputException(path, "no such file or folder");
        }

        var root = Path.GetFullPath(path);
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(options.Include);
        matcher.AddExcludePatterns(options.Exclude);
        var files = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Read(root, file, sources, skipped);
        }

        return new LoadResult(sources, skipped);
    }

    private void Read(string root, string file, List<SourceDocument> sources, List<SkippedFile> skipped)
    {
        var id = Path.GetRelativePath(root, file).Replace('\\', '/');
        try
        {
            var info = new FileInfo(file);
            if (info.Length > options.MaxFileSize)
            {
                skipped.Add(new SkippedFile(id, $"file is {info.Length:N0} bytes, larger than --max-file-size {options.MaxFileSize:N0}"));
                return;
            }

            var text = File.ReadAllText(file, Encoding.UTF8);
            if (string.IsNullOrWhiteSpace(text))
            {
                skipped.Add(new SkippedFile(id, "file is empty"));
                return;
            }

            sources.Add(SourceDocument.FromPlainText(id, text) with { Path = file });
        }
        catch (IOException e)
        {
            skipped.Add(new SkippedFile(id, $"cannot be read: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            skipped.Add(new SkippedFile(id, $"cannot be read: {e.Message}"));
        }
    }
}
