using System;

namespace NewsTools.Text
{
    /// <summary>Per-character answers for the 128 ASCII characters, worked out once so hot scanning loops read a byte instead of asking.</summary>
    internal static class AsciiTable
    {
        public static byte[] Build(Func<char, byte> kindOf)
        {
            var kinds = new byte[128];
            for (var c = 0; c < 128; c++)
            {
                kinds[c] = kindOf((char)c);
            }

            return kinds;
        }
    }
}
