using System;
using System.Text;
using NewsTools.Engine;

namespace NewsTools.Articles
{
    /// <summary>
    /// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 by BOM, and anything that is not valid UTF-8 read as
    /// Windows-1252 (old newsroom files, e.g. a lone 0xA3 for "£"). Binary files are refused, not decoded into garbage.
    /// </summary>
    public static class TextDecoder
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

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
        /// <param name="encodingName">Receives the encoding used: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252".</param>
        public static string Decode(byte[] bytes, string input, out string encodingName)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                encodingName = "utf-8-bom";
                return DecodeUtf8OrFallback(bytes, 3, input, ref encodingName);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                encodingName = "utf-16le";
                return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                encodingName = "utf-16be";
                return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            }

            var binary = BinaryKind(bytes);
            if (binary != null)
            {
                throw new NewsToolsException("BinaryFile", InputErrorKind.InvalidData, input, $"This is not a text or HTML article: it looks like {binary}.");
            }

            encodingName = "utf-8";
            return DecodeUtf8OrFallback(bytes, 0, input, ref encodingName);
        }

        private static string DecodeUtf8OrFallback(byte[] bytes, int offset, string input, ref string encodingName)
        {
            try
            {
                return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                encodingName = "windows-1252";
                return DecodeWindows1252(bytes, offset, bytes.Length - offset);
            }
        }

        /// <summary>A description of the binary format, or null when the bytes look like text.</summary>
        private static string? BinaryKind(byte[] bytes)
        {
            if (StartsWith(bytes, 0x89, 0x50, 0x4E, 0x47))
            {
                return "a PNG image";
            }

            if (StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || StartsWith(bytes, 0x50, 0x4B, 0x05, 0x06))
            {
                return "a ZIP archive (or an Office document)";
            }

            if (StartsWith(bytes, 0xFF, 0xD8, 0xFF))
            {
                return "a JPEG image";
            }

            if (StartsWith(bytes, 0x47, 0x49, 0x46, 0x38))
            {
                return "a GIF image";
            }

            if (StartsWith(bytes, 0x25, 0x50, 0x44, 0x46))
            {
                return "a PDF document";
            }

            if (StartsWith(bytes, 0x1F, 0x8B))
            {
                return "a gzip archive";
            }

            if (StartsWith(bytes, 0x7F, 0x45, 0x4C, 0x46) || StartsWith(bytes, 0x4D, 0x5A))
            {
                return "an executable";
            }

            // Text never holds NUL; other control bytes are rare. Look at the first 8 KB only: the verdict must be cheap.
            var n = Math.Min(bytes.Length, 8192);
            var controls = 0;
            for (var i = 0; i < n; i++)
            {
                var b = bytes[i];
                if (b == 0)
                {
                    return "binary data (it contains NUL bytes)";
                }

                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C)
                {
                    controls++;
                }
            }

            return n > 0 && controls * 20 > n ? "binary data (it is full of control bytes)" : null;
        }

        private static bool StartsWith(byte[] bytes, params byte[] magic)
        {
            if (bytes.Length < magic.Length)
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
