using System.Reflection;
using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Text;

/// <summary>
/// Every pattern with a timeout gives it the shared budget: a shorter wall-clock timeout fires on a starved machine,
/// and a report would then depend on the machine's load.
/// </summary>
public sealed class PatternBudgetTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void No_pattern_times_out_sooner_than_the_budget()
    {
        var patterns = new List<(string Name, Regex Pattern)>();
        foreach (var type in typeof(PatternBudget).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static))
            {
                if (field.FieldType == typeof(Regex) && field.GetValue(null) is Regex regex)
                {
                    patterns.Add(($"{type.Name}.{field.Name}", regex));
                }
                else if (field.FieldType == typeof(Lazy<Regex>) && field.GetValue(null) is Lazy<Regex> lazy)
                {
                    patterns.Add(($"{type.Name}.{field.Name}", lazy.Value));
                }
            }

            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
            {
                patterns.Add(($"{type.Name}.{method.Name}()", (Regex)method.Invoke(null, null)!));
            }
        }

        Assert.True(patterns.Count > 20, $"found only {patterns.Count} patterns: the scan misses them");
        var tooShort = patterns.Where(p => p.Pattern.MatchTimeout != Regex.InfiniteMatchTimeout && p.Pattern.MatchTimeout < PatternBudget.Time).Select(p => $"{p.Name} ({p.Pattern.MatchTimeout.TotalMilliseconds} ms)").ToList();
        Assert.True(tooShort.Count == 0, "patterns with a shorter timeout: " + string.Join(", ", tooShort));
    }
}
