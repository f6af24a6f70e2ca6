using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>
/// The loader's whole-file read, told a length that is out of date: a file that grew or shrank
/// between the size check and the read is read whole, or refused once it passes the limit.
/// </summary>
public sealed class BoundedReadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(100, 100)]
    [InlineData(100, 40)]
    [InlineData(3, 100_000)]
    [InlineData(200_000, 70_000)]
    public void Reads_every_byte_whatever_length_it_was_told(int expected, int actual)
    {
        var bytes = Enumerable.Range(0, actual).Select(i => (byte)(i * 7)).ToArray();
        var file = _folder.Write("a.txt", bytes);

        var read = FolderLoader.ReadBounded(file, expected, limit: 1_000_000);

        Assert.Equal(bytes, read);
    }

    [Theory]
    [InlineData(10, 101, 100)]
    [InlineData(200, 101, 100)]
    [InlineData(0, 5_000, 4_096)]
    public void Refuses_a_file_past_the_limit(int expected, int actual, int limit)
    {
        var file = _folder.Write("a.txt", new byte[actual]);

        Assert.Throws<FolderLoader.FileTooLargeException>(() => FolderLoader.ReadBounded(file, expected, limit));
    }

    [Fact]
    public void Reads_a_file_exactly_at_the_limit()
    {
        var file = _folder.Write("a.txt", new byte[100]);

        Assert.Equal(100, FolderLoader.ReadBounded(file, 100, limit: 100).Length);
        Assert.Equal(100, FolderLoader.ReadBounded(file, 7, limit: 100).Length);
    }
}
