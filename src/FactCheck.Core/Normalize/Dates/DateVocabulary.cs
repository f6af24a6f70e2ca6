using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// The words of dates (months, weekdays, number words) read from the Data/date-*.txt lists, with
/// the regular-expression alternations the recognizer builds its patterns from.
/// </summary>
internal sealed class DateVocabulary
{
    public static DateVocabulary Instance { get; } = new();

    private readonly Dictionary<string, int> months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DayOfWeek> weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> weekdayFullNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> numberWords = new(StringComparer.OrdinalIgnoreCase);

    private DateVocabulary()
    {
        var monthLines = Lexicon.Entries("date-months");
        for (var i = 0; i < monthLines.Count; i++)
        {
            foreach (var word in monthLines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                months[word] = i + 1;
            }
        }

        var weekdayLines = Lexicon.Entries("date-weekdays");
        for (var i = 0; i < weekdayLines.Count; i++)
        {
            var words = weekdayLines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var day = (DayOfWeek)((i + 1) % 7); // the list starts on Monday
            weekdayFullNames.Add(words[0]);
            foreach (var word in words)
            {
                weekdays[word] = day;
            }
        }

        var units = new List<(string Word, int Value)>();
        var tens = new List<(string Word, int Value)>();
        foreach (var line in Lexicon.Entries("date-numbers"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var value = int.Parse(parts[1], CultureInfo.InvariantCulture);
            numberWords[parts[0]] = value;
            if (value < 10)
            {
                units.Add((parts[0], value));
            }
            else if (value % 10 == 0 && value >= 20)
            {
                tens.Add((parts[0], value));
            }
        }

        // "twenty-first", "thirty one": a cardinal ten joined to a unit.
        foreach (var ten in tens.Where(t => !t.Word.EndsWith("ieth", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var unit in units)
            {
                numberWords[ten.Word + "-" + unit.Word] = ten.Value + unit.Value;
                numberWords[ten.Word + " " + unit.Word] = ten.Value + unit.Value;
            }
        }

        // A dot belongs to an abbreviation ("Sept.", "Tue."), never to a full name ending a sentence.
        FullMonthNames = new HashSet<string>(monthLines.Select(l => l.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);
        MonthPattern = WithAbbreviationDot(months.Keys, FullMonthNames);
        WeekdayPattern = WithAbbreviationDot(weekdays.Keys, weekdayFullNames);
        // Compact on purpose: a ten with an optional unit, or a single word (not every combination spelled out).
        var tensWords = tens.Where(t => !t.Word.EndsWith("ieth", StringComparison.OrdinalIgnoreCase)).Select(t => t.Word);
        var singles = numberWords.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && !k.Contains('-', StringComparison.Ordinal));
        NumberWordPattern = "(?:" + Alternation(tensWords) + @"(?:[\s-]" + Alternation(units.Select(u => u.Word)) + ")?(?![\\w])|" + Alternation(singles) + ")";
    }

    /// <summary>Any month name or abbreviation, with an optional dot.</summary>
    public string MonthPattern { get; }

    /// <summary>Any weekday name or abbreviation, with an optional dot.</summary>
    public string WeekdayPattern { get; }

    /// <summary>Any number word up to thirty-nine, cardinal or ordinal.</summary>
    public string NumberWordPattern { get; }

    /// <summary>
    /// The full month names ("may", "june"): in <see cref="MonthPattern"/> a full name may run on into more letters
    /// ("Marchfirst"), an abbreviation may not.
    /// </summary>
    public IReadOnlySet<string> FullMonthNames { get; }

    /// <summary>The full weekday names, which <see cref="WeekdayPattern"/> lets run on into more letters as <see cref="FullMonthNames"/>.</summary>
    public IReadOnlySet<string> FullWeekdayNames => weekdayFullNames;

    /// <summary>Every month name and abbreviation, without a dot.</summary>
    public IEnumerable<string> MonthWords => months.Keys;

    /// <summary>Every weekday name and abbreviation, without a dot.</summary>
    public IEnumerable<string> WeekdayWords => weekdays.Keys;

    /// <summary>Every number word written as one word ("twenty", "first"; not "twenty-first").</summary>
    public IEnumerable<string> SingleNumberWords => numberWords.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && !k.Contains('-', StringComparison.Ordinal));

    /// <summary>The month a word names as it stands in the text (no white space or dot around it): "May", "sept".</summary>
    public int? Month(ReadOnlySpan<char> word) => months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var m) ? m : null;

    /// <summary>The weekday a full weekday name names as it stands in the text ("Thursday"); null for an abbreviation.</summary>
    public DayOfWeek? FullWeekday(ReadOnlySpan<char> word) =>
        weekdayFullNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var d) ? d : null;

    public int? Month(string word)
    {
        var w = word.Trim().TrimEnd('.');
        return months.TryGetValue(w, out var m) ? m : null;
    }

    public DayOfWeek? Weekday(string word)
    {
        var w = word.Trim().TrimEnd('.');
        return weekdays.TryGetValue(w, out var d) ? d : null;
    }

    public bool IsFullMonthName(string word) => months.TryGetValue(word.Trim().TrimEnd('.'), out _) && word.Trim().TrimEnd('.').Length > 3 || word.Trim().Equals("may", StringComparison.OrdinalIgnoreCase);

    public bool IsFullWeekdayName(string word) => weekdayFullNames.Contains(word.Trim().TrimEnd('.'));

    /// <summary>The value of a day or count token: "21", "21st", "twenty-first", "twenty one".</summary>
    public int? Number(string token)
    {
        var t = token.Trim();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            return digits <= 4 ? int.Parse(t.AsSpan(0, digits), CultureInfo.InvariantCulture) : null;
        }

        var folded = string.Join(' ', t.Split([' ', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return numberWords.TryGetValue(folded, out var v) ? v : null;
    }

    private static string WithAbbreviationDot(IEnumerable<string> all, IEnumerable<string> fullNames)
    {
        var full = new HashSet<string>(fullNames, StringComparer.OrdinalIgnoreCase);
        var abbreviations = all.Where(w => !full.Contains(w)).ToList();
        return "(?:" + Alternation(abbreviations) + @"(?:\.(?!\d))?(?!\p{L})|" + Alternation(full) + @"(?:\.(?=[ ]?\d))?)";
    }

    private static string Alternation(IEnumerable<string> words) => "(?:" + WordTrie.Alternation([.. words.OrderByDescending(w => w.Length)]) + ")";
}
