namespace FactCheck.Core.Align;

/// <summary>Numbers the distinct terms of a folder 0, 1, 2, … in the order they are first met, so vectors hold ints, not strings.</summary>
internal sealed class TermIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TermIds() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    /// <summary>The terms by id.</summary>
    public string[] InOrder() => [.. _terms];

    public int Of(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            _ids[term] = id = _ids.Count;
            _terms.Add(term);
        }

        return id;
    }

    /// <summary>The id of a term given as characters; a string is made only for a term not seen before.</summary>
    public int Of(ReadOnlySpan<char> term)
    {
        if (!_bySpan.TryGetValue(term, out var id))
        {
            _bySpan[term] = id = _ids.Count;
            _terms.Add(_bySpan.TryGetValue(term, out var added, out _) ? added : term.ToString());
        }

        return id;
    }
}
