using System.Text;

namespace FactCheck.Tests.Load;

/// <summary>A fresh folder under the system temp folder, deleted (links and all) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factcheck-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            DeleteTree(new DirectoryInfo(Path));
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    // Links are deleted, never followed: a link loop must not make clean-up recurse forever.
    private static void DeleteTree(DirectoryInfo dir)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo sub && sub.LinkTarget is null)
            {
                DeleteTree(sub);
            }
            else
            {
                entry.Delete();
            }
        }

        dir.Delete();
    }
}
