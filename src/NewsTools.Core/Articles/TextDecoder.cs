using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using NewsTools.Engine;

namespace NewsTools.Articles
{
    /// <summary>
    /// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 by BOM or by its zero bytes, UTF-32 by BOM, an HTML page's declared
    /// charset, and single-byte files with no UTF-8 in them read as Windows-1252 (old newsroom files, e.g. a lone 0xA3 for "£").
    /// Binary files are refused, not decoded into garbage.
    /// </summary>
    public static class TextDecoder
    {
        private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, false);

        // What PowerShell's Set-Content and Out-File write for -Encoding UTF32 and BigEndianUTF32 (with a mark); a unit that is
        // no character, or an incomplete last one, becomes U+FFFD.
        private static readonly Encoding Utf32Le = new UTF32Encoding(false, false, false);
        private static readonly Encoding Utf32Be = new UTF32Encoding(true, false, false);

        // Windows-1252 is Latin-1 except 0x80-0x9F, where it has typographic characters; 0 marks the five unassigned bytes.
        private static readonly char[] Windows1252High =
        {
            '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
            '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
        };

        /// <summary>Decodes Windows-1252 without the code-page provider (which .NET Core lacks by default).</summary>
        public static string DecodeWindows1252(byte[] bytes, int offset, int count)
        {
            var chars = new char[count];
            for (var i = 0; i < count; i++)
            {
                var b = bytes[offset + i];
                chars[i] = b >= 0x80 && b <= 0x9F ? (Windows1252High[b - 0x80] == '\0' ? (char)b : Windows1252High[b - 0x80]) : (char)b;
            }

            return new string(chars);
        }

        /// <summary>Decodes <paramref name="bytes"/>; throws NewsToolsException (InvalidData) for binary content.</summary>
        /// <param name="encodingName">Receives the encoding used: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "windows-1252", or a declared charset.</param>
        public static string Decode(byte[] bytes, string input, out string encodingName) =>
            Decode(bytes, input, null, false, out encodingName, out _);

        /// <summary>
        /// Decodes <paramref name="bytes"/>: a byte-order mark first, then the charset the caller was told (an HTTP
        /// Content-Type), then UTF-16 recognised by its zero bytes, then for HTML the page's own &lt;meta charset&gt;, and
        /// UTF-8 otherwise. <paramref name="warning"/> receives what a reader should know (bytes replaced, a charset not known).
        /// </summary>
        public static string Decode(byte[] bytes, string input, string? declaredCharset, bool html, out string encodingName, out string? warning) =>
            Decode(bytes, bytes.Length, input, declaredCharset, html, out encodingName, out warning);

        /// <summary>As above for the first <paramref name="count"/> bytes of a buffer that is reused from file to file.</summary>
        internal static string Decode(byte[] bytes, int count, string input, string? declaredCharset, bool html, out string encodingName, out string? warning)
        {
            warning = null;
            if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                encodingName = "utf-8-bom";
                return DecodeUtf8(bytes, count, 3, ref encodingName, ref warning);
            }

            // UTF-32's little-endian mark begins with UTF-16's, so it is looked for first.
            if (count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            {
                encodingName = "utf-32le";
                return Utf32Le.GetString(bytes, 4, count - 4);
            }

            if (count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            {
                encodingName = "utf-32be";
                return Utf32Be.GetString(bytes, 4, count - 4);
            }

            if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                encodingName = "utf-16le";
                return Encoding.Unicode.GetString(bytes, 2, count - 2);
            }

            if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                encodingName = "utf-16be";
                return Encoding.BigEndianUnicode.GetString(bytes, 2, count - 2);
            }

            // Without a mark, UTF-16 shows itself by a zero byte in every other place (the high byte of Latin text).
            var head = HeadCounts.Of(bytes, count);
            var utf16 = Utf16WithoutMark(head);
            if (utf16 != null)
            {
                encodingName = utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be";
                return utf16.GetString(bytes, 0, count - (count % 2));
            }

            var binary = BinaryKind(bytes, count, head);
            if (binary != null)
            {
                throw new NewsToolsException("BinaryFile", InputErrorKind.InvalidData, input, $"This is not a text or HTML article: it looks like {binary}.");
            }

            var charset = declaredCharset ?? (html ? MetaCharset(bytes, count) : null);
            if (charset != null && !IsUtf8Name(charset))
            {
                var declared = EncodingFor(charset);
                if (declared == null)
                {
                    warning = $"The declared charset '{charset}' is not known; the text is read as UTF-8.";
                }
                else if (!IsValidUtf8WithNonAscii(bytes, count))
                {
                    // A page saved as UTF-8 by a tool that kept the old declaration is common: valid UTF-8 wins over the label.
                    encodingName = declared.WebName;
                    return declared.GetString(bytes, 0, count);
                }
            }

            encodingName = "utf-8";
            return DecodeUtf8(bytes, count, 0, ref encodingName, ref warning);
        }

        /// <summary>
        /// Valid UTF-8 as it is. Mostly valid UTF-8 with a few stray bytes keeps its UTF-8 (a stray byte must not turn every
        /// curly quote into "â€œ"): the bad bytes become U+FFFD and a warning says so. Only text with no valid multi-byte
        /// sequence at all is an old single-byte file, read as Windows-1252.
        /// </summary>
        private static string DecodeUtf8(byte[] bytes, int count, int offset, ref string encodingName, ref string? warning)
        {
            // Decoded leniently first (valid bytes decode the same with either decoder, and a stray byte costs no exception: a
            // thrown DecoderFallbackException cost more than reading the whole file). The lenient decoder puts U+FFFD for every
            // byte that is not UTF-8, so a text without one came from well-formed bytes; only a text with one (a stray byte, or
            // U+FFFD written in the file) has its bytes checked one by one, where a byte-by-byte check of every file cost about
            // as much as decoding it.
            var text = LenientUtf8.GetString(bytes, offset, count - offset);
            if (text.IndexOf('\uFFFD') < 0 || IsWellFormedUtf8(bytes, count, offset))
            {
                return text;
            }

            var (valid, invalid, firstInvalid) = CountUtf8Sequences(bytes, count, offset);
            if (valid > 0 && valid >= invalid)
            {
                warning = $"{invalid} byte(s) are not valid UTF-8 (the first at byte {firstInvalid}); they are replaced by U+FFFD and the rest is read as UTF-8.";
                return text;
            }

            if (valid > 0)
            {
                warning = $"The file mixes UTF-8 with other bytes ({invalid} invalid, {valid} valid sequences); it is read as Windows-1252.";
            }

            encodingName = "windows-1252";
            return DecodeWindows1252(bytes, offset, count - offset);
        }

        /// <summary>
        /// Whether the bytes from <paramref name="offset"/> are UTF-8 as the strict decoder accepts it (Unicode's table of
        /// well-formed byte sequences: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut off at the end).
        /// </summary>
        internal static bool IsWellFormedUtf8(byte[] bytes, int offset) => IsWellFormedUtf8(bytes, bytes.Length, offset);

        private static bool IsWellFormedUtf8(byte[] bytes, int count, int offset)
        {
            var i = offset;
            var n = count;
            while (i < n)
            {
                // ASCII eight bytes at a time: most news text never leaves it.
                while (i + 8 <= n && (BitConverter.ToUInt64(bytes, i) & 0x8080808080808080UL) == 0)
                {
                    i += 8;
                }

                if (i >= n)
                {
                    break;
                }

                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                var length = Utf8SequenceLength(b);
                if (length == 0)
                {
                    return false;
                }

                // The second byte's range is narrower after four leads: no overlong forms (E0, F0), no surrogates (ED),
                // nothing above U+10FFFF (F4).
                var low = b == 0xE0 ? (byte)0xA0 : b == 0xF0 ? (byte)0x90 : (byte)0x80;
                var high = b == 0xED ? (byte)0x9F : b == 0xF4 ? (byte)0x8F : (byte)0xBF;

                if (i + length > n || bytes[i + 1] < low || bytes[i + 1] > high)
                {
                    return false;
                }

                for (var k = 2; k < length; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80)
                    {
                        return false;
                    }
                }

                i += length;
            }

            return true;
        }

        /// <summary>How many bytes a UTF-8 sequence opened by <paramref name="lead"/> (0x80 or above) has: 2 to 4, or 0 for a byte no sequence opens with.</summary>
        private static int Utf8SequenceLength(byte lead) =>
            lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;

        /// <summary>Multi-byte UTF-8 sequences that are well formed, and bytes that are not part of one.</summary>
        private static (int Valid, int Invalid, int FirstInvalid) CountUtf8Sequences(byte[] bytes, int count, int offset)
        {
            int valid = 0, invalid = 0, first = -1;
            var i = offset;
            while (i < count)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                var length = Utf8SequenceLength(b);
                var ok = length > 0 && i + length <= count;
                for (var k = 1; ok && k < length; k++)
                {
                    ok = (bytes[i + k] & 0xC0) == 0x80;
                }

                if (ok)
                {
                    valid++;
                    i += length;
                }
                else
                {
                    invalid++;
                    first = first < 0 ? i : first;
                    i++;
                }
            }

            return (valid, invalid, first);
        }

        private static bool IsValidUtf8WithNonAscii(byte[] bytes, int count)
        {
            var (valid, invalid, _) = CountUtf8Sequences(bytes, count, 0);
            return valid > 0 && invalid == 0;
        }

        /// <summary>
        /// What the first 8 KB tell, counted in one pass: zero bytes at even and odd offsets (UTF-16 without a mark) and
        /// control bytes (binary data).
        /// </summary>
        private readonly struct HeadCounts
        {
            public const int Length = 8192;

            private HeadCounts(int pairs, int evenZeros, int oddZeros, int scanned, int controls)
            {
                Pairs = pairs;
                EvenZeros = evenZeros;
                OddZeros = oddZeros;
                Scanned = scanned;
                Controls = controls;
            }

            /// <summary>Byte pairs counted for UTF-16 (none when fewer than two).</summary>
            public int Pairs { get; }

            public int EvenZeros { get; }

            public int OddZeros { get; }

            /// <summary>Bytes counted for control bytes.</summary>
            public int Scanned { get; }

            /// <summary>Bytes below 0x20 other than tab, LF, FF and CR.</summary>
            public int Controls { get; }

            public static HeadCounts Of(byte[] bytes, int count)
            {
                var n = Math.Min(count, Length);
                var pairs = n & ~1;

                // Text holds no zero and no control byte at all: a vector at a time settles that, and every count is zero.
                if (!AnyControlByte(bytes, n))
                {
                    return new HeadCounts(pairs < 4 ? 0 : pairs / 2, 0, 0, n, 0);
                }

                int evenZeros = 0, oddZeros = 0, controls = 0;
                var mask = ControlMask;
                for (var i = 0; i < pairs; i += 2)
                {
                    var even = bytes[i];
                    var odd = bytes[i + 1];
                    evenZeros += even == 0 ? 1 : 0;
                    oddZeros += odd == 0 ? 1 : 0;
                    controls += (even < 0x20 ? (int)(mask >> even) & 1 : 0) + (odd < 0x20 ? (int)(mask >> odd) & 1 : 0);
                }

                if (pairs < n)
                {
                    var last = bytes[pairs];
                    controls += last < 0x20 ? (int)(mask >> last) & 1 : 0;
                }

                return new HeadCounts(pairs < 4 ? 0 : pairs / 2, evenZeros, oddZeros, n, controls);
            }

            // Bit b set when byte b (below 0x20) is a control byte that text does not hold: all but 0x09, 0x0A, 0x0C, 0x0D.
            private const uint ControlMask = ~((1u << 0x09) | (1u << 0x0A) | (1u << 0x0C) | (1u << 0x0D));

            /// <summary>Whether bytes[0, n) hold a byte of the mask (zero among them), tested a vector of bytes at a time.</summary>
            private static bool AnyControlByte(byte[] bytes, int n)
            {
                var done = 0;
                if (Vector.IsHardwareAccelerated)
                {
                    var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(new ReadOnlySpan<byte>(bytes, 0, n));
                    var space = new Vector<byte>(0x20);
                    foreach (var vector in vectors)
                    {
                        // Below 0x20 (nearly every block of text has a line break), then the four that text holds set aside.
                        var low = Vector.LessThan(vector, space);
                        if (low != Vector<byte>.Zero)
                        {
                            var text = Vector.Equals(vector, new Vector<byte>(0x09)) | Vector.Equals(vector, new Vector<byte>(0x0A)) |
                                Vector.Equals(vector, new Vector<byte>(0x0C)) | Vector.Equals(vector, new Vector<byte>(0x0D));
                            if (Vector.AndNot(low, text) != Vector<byte>.Zero)
                            {
                                return true;
                            }
                        }
                    }

                    done = vectors.Length * Vector<byte>.Count;
                }

                for (var i = done; i < n; i++)
                {
                    if (bytes[i] < 0x20 && ((ControlMask >> bytes[i]) & 1) != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static Encoding? Utf16WithoutMark(HeadCounts head)
        {
            var pairs = head.Pairs;
            if (pairs == 0)
            {
                return null;
            }

            if (head.OddZeros * 10 >= pairs * 4 && head.EvenZeros * 20 <= pairs)
            {
                return Encoding.Unicode;
            }

            return head.EvenZeros * 10 >= pairs * 4 && head.OddZeros * 20 <= pairs ? Encoding.BigEndianUnicode : null;
        }

        /// <summary>The charset an HTML page declares in its head: &lt;meta charset="x"&gt; or http-equiv Content-Type "...; charset=x".</summary>
        internal static string? MetaCharset(byte[] bytes) => MetaCharset(bytes, bytes.Length);

        private static string? MetaCharset(byte[] bytes, int count)
        {
            // The declaration must come early (the HTML standard prescans 1024 bytes; real heads are longer, so look further).
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(count, 4096));
            var at = 0;
            while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = head.IndexOf('>', at);
                if (end < 0)
                {
                    break;
                }

                var tag = head.Substring(at, end - at);
                var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
                if (charset >= 0)
                {
                    var i = charset + 7;
                    while (i < tag.Length && (tag[i] == ' ' || tag[i] == '='))
                    {
                        i++;
                    }

                    while (i < tag.Length && (tag[i] == '"' || tag[i] == '\''))
                    {
                        i++;
                    }

                    var s = i;
                    while (i < tag.Length && (char.IsLetterOrDigit(tag[i]) || tag[i] == '-' || tag[i] == '_' || tag[i] == ':' || tag[i] == '.'))
                    {
                        i++;
                    }

                    if (i > s)
                    {
                        return tag.Substring(s, i - s);
                    }
                }

                at = end;
            }

            return null;
        }

        private static bool IsUtf8Name(string charset) =>
            string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);

        /// <summary>An encoding by its web name, from the code-page provider where the runtime lacks it (Shift_JIS, windows-1251).</summary>
        public static Encoding? EncodingFor(string charset)
        {
            // Browsers read a page labelled ISO-8859-1 or ASCII as Windows-1252 (WHATWG Encoding), and so do we.
            if (string.Equals(charset, "iso-8859-1", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "latin1", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "us-ascii", StringComparison.OrdinalIgnoreCase))
            {
                charset = "windows-1252";
            }

            try
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>A description of the binary format, or null when the bytes look like text.</summary>
        private static string? BinaryKind(byte[] bytes, int count, HeadCounts head)
        {
            if (StartsWith(bytes, count, 0x89, 0x50, 0x4E, 0x47))
            {
                return "a PNG image";
            }

            if (StartsWith(bytes, count, 0x50, 0x4B, 0x03, 0x04) || StartsWith(bytes, count, 0x50, 0x4B, 0x05, 0x06))
            {
                return "a ZIP archive (or an Office document)";
            }

            if (StartsWith(bytes, count, 0xFF, 0xD8, 0xFF))
            {
                return "a JPEG image";
            }

            if (StartsWith(bytes, count, 0x47, 0x49, 0x46, 0x38))
            {
                return "a GIF image";
            }

            if (StartsWith(bytes, count, 0x25, 0x50, 0x44, 0x46))
            {
                return "a PDF document";
            }

            if (StartsWith(bytes, count, 0x1F, 0x8B))
            {
                return "a gzip archive";
            }

            if (StartsWith(bytes, count, 0x7F, 0x45, 0x4C, 0x46) || StartsWith(bytes, count, 0x4D, 0x5A))
            {
                return "an executable";
            }

            // Text never holds NUL, wherever it stands: one rule for the whole file (UTF-16 was recognised before).
            if (Array.IndexOf(bytes, (byte)0, 0, count) >= 0)
            {
                return "binary data (it contains NUL bytes)";
            }

            // Other control bytes are rare in text; the first 8 KB settle it cheaply.
            return head.Scanned > 0 && head.Controls * 20 > head.Scanned ? "binary data (it is full of control bytes)" : null;
        }

        // A span of constants is read from the assembly's data: no array is allocated per call (nine per file read).
        private static bool StartsWith(byte[] bytes, int count, params ReadOnlySpan<byte> magic)
        {
            if (count < magic.Length)
            {
                return false;
            }

            for (var i = 0; i < magic.Length; i++)
            {
                if (bytes[i] != magic[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
