using System.Collections.Frozen;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>What a text holds that the patterns need: one pass over its words and digits, so that most patterns can be skipped.</summary>
public static partial class DateRecognizer
{
    /// <summary>
    /// Which kinds of date word a text holds (<see cref="Needs"/>), and which cue words (<see cref="CueWords"/>).
    /// A cue is a word some pattern cannot match without, as a whole word; a text with a non-ASCII letter
    /// gets every cue, because case-insensitive matching may fold such a letter onto an ASCII one.
    /// </summary>
    private static TextCues Present(ReadOnlySpan<char> text)
    {
        var present = Needs.None;
        var cues = UInt128.Zero;
        var nonAscii = false;
        // One list per thread, reused: Recognize consumes it before it returns and never re-enters.
        var starts = startsBuffer ??= [];
        starts.Clear();
        var index = WordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                // A run of digits as the patterns' \d sees them (any decimal digit).
                cues |= CueWords.AnyDigit;
                var start = i;
                starts.Add((start, CueWords.DigitStart));
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    present |= char.IsAsciiDigit(text[i]) ? Needs.Digit : Needs.None;
                    i++;
                }

                if (i < text.Length && char.IsLetter(text[i]))
                {
                    starts[^1] = (start, CueWords.DigitStart | CueWords.RunOn); // "21stmay": letters run on from the digits
                }

                if (i - start == 4 && (text[start] == '1' ? char.IsAsciiDigit(text[start + 1]) : text[start] == '2' && text[start + 1] == '0'))
                {
                    cues |= CueWords.YearDigits;
                }

                if (text[i - 1] == '0' && i < text.Length && text[i] is 's' or 'S' or '\'' or '’')
                {
                    cues |= CueWords.DecadeDigits;
                }

                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                nonAscii |= text[i] > '\u007f';
                i++;
            }

            var wordCues = UInt128.Zero;
            if (WordIndexShapes.MayHold(text.Slice(wordStart, i - wordStart)) && index.TryGetValue(text.Slice(wordStart, i - wordStart), out var flags))
            {
                present |= flags.Needs;
                wordCues = flags.Cues;
            }

            if (i - wordStart >= 3 && PrefixKey(text, wordStart) is >= 0 and var key && PrefixIndex[key] is { } candidates)
            {
                var word = text.Slice(wordStart, i - wordStart);
                foreach (var candidate in candidates)
                {
                    if (candidate.Whole ? word.Equals(candidate.Word, StringComparison.OrdinalIgnoreCase) : word.StartsWith(candidate.Word, StringComparison.OrdinalIgnoreCase))
                    {
                        wordCues |= candidate.Cue | (word.Length > candidate.Word.Length ? CueWords.RunOn : UInt128.Zero);
                    }
                }
            }

            if (wordCues != UInt128.Zero)
            {
                cues |= wordCues;
                starts.Add((wordStart, wordCues));
            }
        }

        return nonAscii ? new TextCues(present, UInt128.MaxValue, null) : new TextCues(present, cues, starts);
    }

    [ThreadStatic]
    private static List<(int At, UInt128 Cues)>? startsBuffer;

    /// <summary>Three ASCII letters at <paramref name="at"/> as a number below 26³, case folded; -1 for anything else.</summary>
    private static int PrefixKey(ReadOnlySpan<char> text, int at)
    {
        var key = 0;
        for (var k = at; k < at + 3; k++)
        {
            var c = (char)(text[k] | 0x20); // ASCII lower case
            if (c is < 'a' or > 'z')
            {
                return -1;
            }

            key = (key * 26) + (c - 'a');
        }

        return key;
    }

    /// <summary>
    /// What <see cref="Present"/> found: the kinds of date word, the cue bits, and where each word with a
    /// cue starts (null when a non-ASCII letter makes the cues unreliable: then every pattern scans the whole text).
    /// </summary>
    private readonly record struct TextCues(Needs Needs, UInt128 Cues, List<(int At, UInt128 Cues)>? Starts);

    /// <summary>
    /// Every month and weekday name and abbreviation and every number word, filed under its first three letters, with
    /// the &lt;month&gt;, &lt;weekday&gt; or &lt;number&gt; cue a word of the text gets from it. The patterns let a full
    /// name or a number word run straight into more letters ("Marchfirst", "sevenjan"), so a word opening with one
    /// gets the cue; an abbreviation must stand alone ("Mon", not "money"), so only the abbreviation itself gets it.
    /// </summary>
    private static PrefixWord[]?[] BuildPrefixIndex(IEnumerable<string> months, IReadOnlySet<string> fullMonths, IEnumerable<string> weekdays, IReadOnlySet<string> fullWeekdays, IEnumerable<string> numbers)
    {
        var index = new List<PrefixWord>?[26 * 26 * 26];
        var all = months.Select(w => new PrefixWord(w, !fullMonths.Contains(w), CueWords.MonthStart))
            .Concat(weekdays.Select(w => new PrefixWord(w, !fullWeekdays.Contains(w), CueWords.WeekdayStart)))
            .Concat(numbers.Select(w => new PrefixWord(w, false, CueWords.NumberStart)));
        foreach (var word in all)
        {
            if (word.Word.Length < 3 || PrefixKey(word.Word, 0) is not (>= 0 and var key))
            {
                throw new InvalidOperationException($"date word '{word.Word}' does not open with the three ASCII letters the start index keys on");
            }

            (index[key] ??= []).Add(word);
        }

        return [.. index.Select(words => words?.ToArray())];
    }

    /// <summary>A date word a word of the text may open with (or, <paramref name="Whole"/>, must be), and the cue it gives.</summary>
    private readonly record struct PrefixWord(string Word, bool Whole, UInt128 Cue);

    /// <summary>Every word that sets a need or a cue, with what it sets: one look-up per word of the text. Built here, not in
    /// fields of their own, because static fields across the partial files initialise in no fixed order.</summary>
    private static FrozenDictionary<string, WordFlags> BuildWordIndex(IEnumerable<string> months, IEnumerable<string> weekdays)
    {
        var index = new Dictionary<string, WordFlags>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, Needs needs, UInt128 cues)
        {
            var old = index.GetValueOrDefault(word);
            index[word] = new WordFlags(old.Needs | needs, old.Cues | cues);
        }

        foreach (var w in months)
        {
            Add(w, Needs.Month, UInt128.Zero);
        }

        foreach (var w in weekdays)
        {
            Add(w, Needs.Weekday, UInt128.Zero);
        }

        string[] units = ["day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades"];
        foreach (var w in units)
        {
            Add(w, Needs.Unit, UInt128.Zero);
        }

        foreach (var w in Holiday.All.Select(h => new string(h.Name.TakeWhile(char.IsLetter).ToArray())))
        {
            Add(w, Needs.Holiday, UInt128.Zero);
        }

        foreach (var (w, bit) in CueWords.All)
        {
            Add(w, Needs.None, bit);
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What one word of a text tells the gate.</summary>
    private readonly record struct WordFlags(Needs Needs, UInt128 Cues);

    /// <summary>What a pattern needs in a text before it is worth running.</summary>
    [Flags]
    private enum Needs
    {
        None = 0,
        Digit = 1,
        Month = 2,
        Weekday = 4,
        Unit = 8,
        Holiday = 16,
    }

    /// <summary>
    /// The cue words the rules name, one bit each, registered as the rules are built. Eight bits are not
    /// words: a four-digit run that can be a year, a run ending in 0 before an "s" or apostrophe (a decade),
    /// any decimal digit (as \d matches it, not only ASCII), a word opening like a month, a weekday or a
    /// number word, the start of a run of digits, and a word running on past such a name (the last five only
    /// as start cues).
    /// </summary>
    private static class CueWords
    {
        public static readonly UInt128 YearDigits = UInt128.One;

        public static readonly UInt128 DecadeDigits = UInt128.One << 1;

        public static readonly UInt128 AnyDigit = UInt128.One << 2;

        public static readonly UInt128 MonthStart = UInt128.One << 3;

        public static readonly UInt128 WeekdayStart = UInt128.One << 4;

        public static readonly UInt128 DigitStart = UInt128.One << 5;

        public static readonly UInt128 NumberStart = UInt128.One << 6;

        /// <summary>A word that opens with a full month or weekday name or a number word and runs on into more letters, or a run of digits letters follow.</summary>
        public static readonly UInt128 RunOn = UInt128.One << 7;

        private static readonly Dictionary<string, UInt128> Bits = new(StringComparer.OrdinalIgnoreCase)
        {
            ["<year-digits>"] = YearDigits,
            ["<decade-digits>"] = DecadeDigits,
            ["<any-digit>"] = AnyDigit,
            ["<month>"] = MonthStart,
            ["<weekday>"] = WeekdayStart,
            ["<digit>"] = DigitStart,
            ["<number>"] = NumberStart,
        };

        private static int next = 8;

        public static IEnumerable<(string Word, UInt128 Bit)> All => Bits.Where(b => !b.Key.StartsWith('<')).Select(b => (b.Key, b.Value));

        /// <summary>
        /// The gate of one rule: groups separated by ';', words in a group by spaces. The rule runs only
        /// when every group has one of its words in the text.
        /// </summary>
        public static UInt128[] Groups(string? spec) =>
            spec is null ? [] : [.. spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries).Aggregate(UInt128.Zero, (acc, w) => acc | Bit(w)))];

        private static UInt128 Bit(string word)
        {
            if (!Bits.TryGetValue(word, out var bit))
            {
                if (next == 128)
                {
                    throw new InvalidOperationException("more than 128 date cue words");
                }

                bit = UInt128.One << next++;
                Bits[word] = bit;
            }

            return bit;
        }
    }
}
