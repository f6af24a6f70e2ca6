using FactCheck.Core.Align;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Align;

/// <summary>
/// A source's clustering terms: worked out per source, stored and read back, they group sources
/// exactly as working them out inside the clusterer does.
/// </summary>
public sealed class SourceTermsTests
{
    private static readonly string[] Texts =
    [
        "Storm floods Marrow Bay. The Marrow Bay council said 40 homes flooded on Monday.",
        "Marrow Bay floods after storm. Council leader Ines Varga said forty homes flooded on Monday.",
        "A storm flooded Marrow Bay on Monday, and Ines Varga of the council counted 42 homes.",
        "The Tolland chess open ended with a draw. Grandmaster Piet Oduya took the title on tiebreaks.",
        "Piet Oduya wins the Tolland open on tiebreaks after a final-round draw.",
        "Café owners in Évora say the new tram line cut their trade by a fifth — “Quiet streets”, one said.",
    ];

    private static List<AnalyzedSource> Sources() =>
        [.. Texts.Select((t, i) => AnalyzedSource.Analyze(SourceDocument.FromPlainText($"s{i}.txt", t)))];

    [Fact]
    public void Terms_read_back_from_their_stored_form_group_sources_as_the_clusterer_does()
    {
        var sources = Sources();
        var noClaims = sources.ToDictionary(s => s.Id, _ => (IReadOnlyList<Core.Claims.Claim>)[]);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var stored = sources
            .Select(s => SourceTerms.Decode(SourceClusterer.TermsOf(s, []).Encode(), text =>
            {
                var key = text.ToString();
                return pool.TryGetValue(key, out var known) ? known : pool[key] = key;
            }))
            .ToList();

        var direct = new SourceClusterer().Group(sources, noClaims);
        var recalled = new SourceClusterer().Group(sources, stored, noClaims);

        Assert.Equal(direct.Select(c => string.Join(",", c.Sources.Select(s => s.Id))), recalled.Select(c => string.Join(",", c.Sources.Select(s => s.Id))));
        Assert.Contains(direct, c => c.Sources.Count == 3); // the flood story is one cluster, so the test compares real groups
    }

    [Fact]
    public void Terms_count_each_distinct_term_once_in_the_order_first_met()
    {
        var terms = SourceClusterer.TermsOf(Sources()[1], []);

        Assert.Equal(terms.Terms.Count, terms.Terms.Distinct(StringComparer.Ordinal).Count());
        Assert.True(terms.Counts.All(c => c >= 1));
        Assert.Equal(2, terms.Counts[terms.Terms.ToList().IndexOf(terms.Terms.First(t => t.StartsWith("flood", StringComparison.Ordinal)))]);
        Assert.Contains("^ines_varga", terms.Terms);
    }

    [Fact]
    public void Any_term_list_survives_its_stored_form()
    {
        var term = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get);
        var entry = Gen.Zip(term, Gen.Choose(1, 100_000));
        Prop.ForAll(entry.ListOf().ToArbitrary(), entries =>
        {
            var terms = SourceTerms.Of([.. entries.Select(e => e.Item1)], [.. entries.Select(e => e.Item2)]);
            var back = SourceTerms.Decode(terms.Encode());
            return back.Counts.SequenceEqual(terms.Counts)
                && back.Terms.Select(Utf8Safe).SequenceEqual(terms.Terms.Select(Utf8Safe));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Damaged_bytes_are_refused_as_invalid_data_and_nothing_else()
    {
        var good = SourceClusterer.TermsOf(Sources()[0], []).Encode();
        for (var cut = 0; cut < good.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => SourceTerms.Decode(good.AsSpan(0, cut)));
        }

        Assert.Throws<InvalidDataException>(() => SourceTerms.Decode([.. good, 0]));
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            try
            {
                SourceTerms.Decode(bytes);
            }
            catch (InvalidDataException)
            {
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_term_list_needs_one_count_of_at_least_one_per_term()
    {
        Assert.Throws<ArgumentException>(() => SourceTerms.Of(["a", "b"], [1]));
        Assert.Throws<ArgumentException>(() => SourceTerms.Of(["a"], [0]));
    }

    // Lone surrogates cannot round-trip through UTF-8 (they become U+FFFD, as in any UTF-8 store).
    private static string Utf8Safe(string s) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s));
}
