using System.Text;

namespace FactCheck.Core.Load;

/// <summary>A file's bytes as text, or why they are not text; plus what was repaired on the way.</summary>
internal sealed record DecodedText(string? Text, string? Rejection, string? Warning)
{
    public static DecodedText Rejected(string reason) => new(null, reason, null);
}

/// <summary>
/// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE (BOM, or a BOM-less
/// file whose every other byte is zero), UTF-32 with BOM. A file without one valid UTF-8
/// multi-byte sequence but with high bytes is Windows-1252; otherwise invalid UTF-8 is decoded
/// with U+FFFD. Both are reported. Bytes that are mostly not text (NULs, control characters, mostly invalid
/// sequences) are rejected. Line ends are kept as they are: offsets refer to the decoded text.
/// </summary>
internal static class TextFileDecoder
{
    // Above this share of invalid sequences the file is garbage rather than text with a few bad bytes.
    private const double MaxInvalidShare = 0.10;

    // Above this share of control characters (other than tab, line ends, form feed) it is binary.
    private const double MaxControlShare = 0.05;

    // Above this share of high bytes a file that is not UTF-8 is not Western single-byte text either.
    private const double MaxSingleByteHighShare = 0.30;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return Strict(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32 LE");
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return Strict(new UTF32Encoding(true, false, true), bytes[4..], "UTF-32 BE");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 LE");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 BE");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        else if (LooksLikeBomlessUtf16(bytes, out var bigEndian))
        {
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "UTF-16 BE" : "UTF-16 LE");
        }

        if (bytes.Contains((byte)0))
        {
            return DecodedText.Rejected("binary file (contains NUL bytes)");
        }

        return Utf8(bytes);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Checked(new UTF8Encoding(false, true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            // Some bytes are not UTF-8: decode what is, mark the rest, and let the user know.
        }

        var text = new UTF8Encoding(false, false).GetString(bytes);
        var invalid = text.Count(c => c == '\uFFFD');
        if (!text.Any(c => c > '\u007F' && c != '\uFFFD'))
        {
            // Not one valid multi-byte sequence: a single-byte file, most likely Windows-1252
            // (its curly quotes are what break UTF-8 in old saved articles).
            var high = 0;
            foreach (var b in bytes)
            {
                high += b >= 0x80 ? 1 : 0;
            }

            // Text in a Western single-byte encoding is mostly ASCII; this is not.
            if (high > MaxSingleByteHighShare * bytes.Length)
            {
                return DecodedText.Rejected($"not text: {high:N0} of {bytes.Length:N0} bytes are neither ASCII nor valid UTF-8");
            }

            return Checked(Windows1252(bytes), "not UTF-8; decoded as Windows-1252");
        }

        if (invalid > MaxInvalidShare * Math.Max(1, text.Length))
        {
            return DecodedText.Rejected($"not text: {invalid:N0} of {text.Length:N0} characters are invalid UTF-8");
        }

        return Checked(text, $"invalid UTF-8: {invalid:N0} byte sequence(s) replaced with U+FFFD");
    }

    // Windows-1252's characters for bytes 0x80–0x9F; the rest of the upper half is Latin-1.
    private const string Windows1252High =
        "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD" +
        "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Checked(encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return DecodedText.Rejected($"invalid {name} at byte {e.Index:N0}");
        }
        catch (ArgumentException)
        {
            return DecodedText.Rejected($"invalid {name}");
        }
    }

    private static DecodedText Checked(string text, string? warning)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                control++;
            }
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DecodedText.Rejected("binary file (contains NUL characters)");
        }

        if (control > MaxControlShare * Math.Max(1, text.Length))
        {
            return DecodedText.Rejected($"binary file ({control:N0} control characters in {text.Length:N0})");
        }

        return new DecodedText(text, null, warning);
    }

    /// <summary>
    /// BOM-less UTF-16 of Latin-script text has a zero in every other byte; such a file would
    /// otherwise be taken for binary.
    /// </summary>
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.1)
        {
            return true;
        }

        if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.1)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }
}
