using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// Eight characters of a text read at once, one byte each (the first lowest), with a byte mask of those outside ASCII:
    /// the tokenizer finds where a word of ASCII letters ends and looks it up without a branch per letter. The text must
    /// hold eight characters from the start, and the machine be little-endian (callers ask BitConverter.IsLittleEndian).
    /// </summary>
    internal static class EightChars
    {
        private const ulong High = 0x8080808080808080UL;

        /// <summary>The low byte of each of the eight characters from <paramref name="start"/>; 0x80 in <paramref name="nonAscii"/>'s byte for each character outside ASCII.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Read(string text, int start, out ulong nonAscii)
        {
            var bytes = MemoryMarshal.AsBytes(text.AsSpan(start, 8));
            var lo = MemoryMarshal.Read<ulong>(bytes);
            var hi = MemoryMarshal.Read<ulong>(bytes.Slice(8));
            // Nearly always all eight are ASCII: one test then stands for the two masks.
            nonAscii = ((lo | hi) & 0xFF80FF80FF80FF80UL) == 0 ? 0 : Pack(OutsideAscii(lo)) | (Pack(OutsideAscii(hi)) << 32);
            return Pack(lo) | (Pack(hi) << 32);
        }

        /// <summary>
        /// How many of the eight characters, from the first, are ASCII letters (8 when all are): the length of the word they
        /// begin, up to eight. The first must be one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int LetterRun(ulong letters, ulong nonAscii)
        {
            // Per byte, after folding case: at least 'a' (adding 0x1F sets the top bit) and at most 'z' (0xFA minus it
            // keeps the top bit); no carry or borrow crosses a byte, as each is below 0x80 once its top bit is cleared.
            var folded = (letters | 0x2020202020202020UL) & 0x7F7F7F7F7F7F7F7FUL;
            var letter = (folded + 0x1F1F1F1F1F1F1F1FUL) & (0xFAFAFAFAFAFAFAFAUL - folded) & ~nonAscii & High;
            var other = ~letter & High;
            if (other == 0)
            {
                return 8;
            }

            // The lowest other byte k as 1 << 8k, times bytes 7, 6, ... 0 from the lowest: the top byte is then k.
            var lowest = other & (0UL - other);
            return (int)(((lowest >> 7) * 0x0001020304050607UL) >> 56);
        }

        /// <summary>
        /// Four UTF-16 characters (a ulong read from the text) to their low bytes, first lowest. A character's high byte
        /// reaches only its own byte and the next character's, so the bytes of ASCII characters followed by anything stay
        /// exact up to the first character outside ASCII.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Pack(ulong x)
        {
            x = (x | (x >> 8)) & 0x0000FFFF0000FFFFUL;
            return (x | (x >> 16)) & 0xFFFFFFFFUL;
        }

        /// <summary>Four UTF-16 characters to 0x80 in the low byte of each one outside ASCII, nothing else.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong OutsideAscii(ulong x)
        {
            // Per character: its bit 7 or its high byte, gathered in its low byte, then any nonzero value to 0x80.
            var v = x & 0xFF80FF80FF80FF80UL;
            var m = (v | (v >> 8)) & 0x00FF00FF00FF00FFUL;
            return ((m + 0x007F007F007F007FUL) | m) & 0x0080008000800080UL;
        }
    }
}
