using System.Text;

namespace NewsTools.Cli
{
    /// <summary>
    /// Makes text safe to show on a terminal: control characters (ESC starting an ANSI or OSC sequence, BEL, backspace,
    /// the C1 controls) in an article or a file name are shown as \x1B instead of being obeyed, so a crafted input cannot
    /// recolour, retitle or rewrite the analyst's screen.
    /// </summary>
    internal static class ConsoleText
    {
        public static string Escape(string text)
        {
            var i = 0;
            while (i < text.Length && !IsControl(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 16);
            sb.Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (IsControl(c))
                {
                    sb.Append("\\x").Append(((int)c).ToString(c > 0xFF ? "X4" : "X2", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        /// <summary>C0 and C1 controls and DEL; tab and line breaks are left to the caller (tables and messages keep them out).</summary>
        private static bool IsControl(char c) =>
            (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\u202E' || c == '\u2066' || c == '\u2067' || c == '\u2068' || c == '\u202D';
    }

    /// <summary>The output stream gave out: the reader went away (a closed pipe) or the disk is full.</summary>
    internal sealed class OutputStreamException : System.IO.IOException
    {
        public OutputStreamException(bool closedPipe, System.IO.IOException inner)
            : base(inner.Message, inner)
        {
            ClosedPipe = closedPipe;
        }

        /// <summary>True when the reader closed the pipe (`| head`): stop quietly, nobody is listening.</summary>
        public bool ClosedPipe { get; }
    }

    /// <summary>
    /// Standard output as a stream whose write failures are told apart: a closed pipe and a full disk both surface as
    /// IOException, and the command must stop quietly on the first and say so on the second. The console's own stream
    /// swallows a closed pipe, which would leave a long run working for nobody.
    /// </summary>
    internal sealed class GuardedOutputStream : System.IO.Stream
    {
        // errno on Unix (EPIPE, ENOSPC, EDQUOT) and Win32 codes (ERROR_BROKEN_PIPE, ERROR_NO_DATA, ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL).
        private const int Epipe = 32;
        private const int WinBrokenPipe = 109;
        private const int WinNoData = 232;

        private readonly System.IO.Stream inner;

        public GuardedOutputStream(System.IO.Stream inner)
        {
            this.inner = inner;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new System.NotSupportedException();

        public override long Position
        {
            get => throw new System.NotSupportedException();
            set => throw new System.NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                inner.Write(buffer, offset, count);
            }
            catch (System.IO.IOException ex) when (!(ex is OutputStreamException))
            {
                throw Classify(ex);
            }
        }

        public override void Flush()
        {
            try
            {
                inner.Flush();
            }
            catch (System.IO.IOException ex) when (!(ex is OutputStreamException))
            {
                throw Classify(ex);
            }
        }

        internal static OutputStreamException Classify(System.IO.IOException ex)
        {
            var code = ex.HResult & 0xFFFF;
            var closed = code == Epipe || code == WinBrokenPipe || code == WinNoData || ex.Message.IndexOf("pipe", System.StringComparison.OrdinalIgnoreCase) >= 0;
            return new OutputStreamException(closed, ex);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
