using Microsoft.Extensions.FileSystemGlobbing;

namespace FactCheck.Core.Load;

/// <summary>
/// Lists the files under a folder that the include/exclude globs select, as paths relative to the
/// folder with '/' separators, in ordinal order. Symbolic links to directories are followed only
/// when they lead outside the folder to somewhere not yet visited, so a link loop ends the walk
/// instead of the run, and no file is read twice through a second path.
/// </summary>
internal sealed class ArticleFileFinder(LoadOptions options)
{
    // Deeper than this is a loop the link check missed (or a folder no one meant to hand us).
    private const int MaxDepth = 64;

    public (IReadOnlyList<string> Files, IReadOnlyList<string> Warnings) Find(string root, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var all = new List<string>();
        var rootReal = RealPath(new DirectoryInfo(root));
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<(DirectoryInfo Dir, string Relative)>();
        pending.Push((new DirectoryInfo(root), ""));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (dir, relative) = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = dir.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                warnings.Add($"{(relative.Length == 0 ? "." : relative)}: folder cannot be read: {e.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo sub)
                {
                    if (path.Count(c => c == '/') >= MaxDepth)
                    {
                        warnings.Add($"{path}: folder nested more than {MaxDepth} deep; not read");
                        continue;
                    }

                    if (sub.LinkTarget is not null)
                    {
                        // A link back into the folder is a loop or a second way to files read anyway.
                        var target = RealPath(sub);
                        if (IsWithin(target, rootReal) || IsWithin(rootReal, target) || !visited.Add(target))
                        {
                            warnings.Add($"{path}: symbolic link to a folder read by another way ({target}); not followed");
                            continue;
                        }
                    }

                    pending.Push((sub, path));
                }
                else
                {
                    all.Add(path);
                }
            }
        }

        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(options.Include);
        matcher.AddExcludePatterns(options.Exclude);
        var matched = matcher.Match(all).Files.Select(f => f.Path.Replace('\\', '/')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (matched, warnings);
    }

    private static bool IsWithin(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal) || path.StartsWith(folder + "/", StringComparison.Ordinal);

    /// <summary>The folder's path with every symbolic link resolved, so two ways to one folder compare equal.</summary>
    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            var target = dir.ResolveLinkTarget(returnFinalTarget: true);
            var full = target?.FullName ?? dir.FullName;
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(full));
        }
        catch (IOException)
        {
            return dir.FullName;
        }
    }
}
