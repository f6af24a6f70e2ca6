namespace FactCheck.Tests.Support;

/// <summary>Case files of one case a line: tab-separated fields, '#' comments and blank lines skipped.</summary>
public static class CaseFile
{
    /// <summary>The cases of <paramref name="folder"/>/<paramref name="file"/> (copied beside the tests) with their line numbers, three fields each.</summary>
    public static TheoryData<int, string, string, string> ThreeFields(string folder, string file)
    {
        var data = new TheoryData<int, string, string, string>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, folder, file)))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            Assert.True(parts.Length == 3, $"{file} line {number}: expected 3 tab-separated fields");
            data.Add(number, parts[0], parts[1], parts[2]);
        }

        return data;
    }
}
