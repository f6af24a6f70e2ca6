using FactCheck.Core.Load;

namespace FactCheck.Tests.Load;

/// <summary>The contract of the analysis view, checked the same way by every test that builds one.</summary>
public static class ViewInvariant
{
    /// <summary>
    /// Same length as the raw text; line ends untouched; every other character of the view is the
    /// raw character, a blank, a line break put where markup stood, or (when entities are allowed)
    /// a decoded character reference.
    /// </summary>
    public static void Check(SourceDocument doc, bool allowDecodedEntities = false)
    {
        Assert.Equal(doc.RawText.Length, doc.Text.Length);
        for (var i = 0; i < doc.Text.Length; i++)
        {
            char raw = doc.RawText[i], view = doc.Text[i];
            if (raw is '\n' or '\r')
            {
                Assert.True(view == raw, $"{doc.Id}: line end at {i} changed");
                continue;
            }

            var ok = view == raw || view == ' ' || (view == '\n' && !char.IsWhiteSpace(raw)) || allowDecodedEntities;
            Assert.True(ok, $"{doc.Id}: offset {i}: view has '{view}' where raw has '{raw}'");
        }

        foreach (var span in doc.Boilerplate)
        {
            Assert.InRange(span.Start, 0, doc.RawText.Length);
            Assert.InRange(span.End, span.Start + 1, doc.RawText.Length);
            Assert.True(string.IsNullOrWhiteSpace(span.Of(doc.Text)), $"{doc.Id}: boilerplate [{span.Start},{span.End}) is not blank in the view");
        }
    }
}
