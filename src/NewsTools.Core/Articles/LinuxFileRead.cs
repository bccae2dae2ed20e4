using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace NewsTools.Articles
{
    /// <summary>
    /// Reads a whole regular file on 64-bit Linux with four system calls: open with O_NONBLOCK (which returns at once even
    /// for a FIFO no one writes to, so no stat of the path is needed first), lseek to its end for its length, pread, close.
    /// A FileStream over the same descriptor added two lseeks and an fstat, and the stat before opening walked the path a
    /// second time: on this corpus those calls were most of what reading an article cost. Anything that is not a regular
    /// file with a length within the bound, or fails to open or read, is left to the caller's checked way, which says what
    /// is wrong with it. Elsewhere (Windows, macOS, 32-bit) this reads nothing and the checked way does all.
    /// </summary>
    internal static class LinuxFileRead
    {
        // Linux's generic ABI (x64, ARM64): O_RDONLY is 0; off_t and size_t are 64 bits.
        private const int NonBlocking = 0x800;
        private const int CloseOnExec = 0x80000;
        private const int SeekEnd = 2;

        private static volatile bool available =
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            && (RuntimeInformation.ProcessArchitecture == Architecture.X64 || RuntimeInformation.ProcessArchitecture == Architecture.Arm64);

        // The path goes as the platform's narrow string (UTF-8 on Linux); one that cannot be is the checked way's.
        [DllImport("libc", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int Open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

        [DllImport("libc", EntryPoint = "lseek")]
        private static extern long Seek(int fd, long offset, int whence);

        [DllImport("libc", EntryPoint = "pread")]
        private static extern IntPtr ReadAt(int fd, IntPtr buffer, UIntPtr count, long offset);

        [DllImport("libc", EntryPoint = "close")]
        private static extern int Close(int fd);

        /// <summary>
        /// Reads the file at <paramref name="fullPath"/> into <paramref name="buffer"/> (replaced when too small, as
        /// <see cref="InputFile"/> sizes it) and returns how many bytes it holds; 0 when it was not read this way.
        /// </summary>
        public static int TryRead(string fullPath, long maxBytes, ref byte[]? buffer, int keepLimit, CancellationToken cancellationToken)
        {
            // A NUL would end the path early for open(2): such a path is the checked way's to refuse.
            if (!available || fullPath.Length == 0 || fullPath.IndexOf('\0') >= 0)
            {
                return 0;
            }

            int fd;
            try
            {
                fd = Open(fullPath, CloseOnExec | NonBlocking);
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                available = false;
                return 0;
            }
            catch (ArgumentException)
            {
                return 0;
            }

            if (fd < 0)
            {
                return 0;
            }

            try
            {
                // A FIFO cannot seek (-1); a device or a /proc file says 0; a directory says 0, a size, or more than the bound,
                // and if it gets this far its pread fails (EISDIR).
                var length = Seek(fd, 0, SeekEnd);
                if (length <= 0 || length > int.MaxValue || (maxBytes > 0 && length > maxBytes))
                {
                    return 0;
                }

                return ReadAll(fd, (int)length, ref buffer, keepLimit, cancellationToken);
            }
            finally
            {
                // Nothing was written, so a failed close loses nothing; on Linux the descriptor is released even then.
                _ = Close(fd);
            }
        }

        private static int ReadAll(int fd, int length, ref byte[]? buffer, int keepLimit, CancellationToken cancellationToken)
        {
            if (buffer == null || buffer.Length < length)
            {
                buffer = new byte[InputFile.RoundedUp(length, keepLimit)];
            }

            var pinned = GCHandle.Alloc(buffer, GCHandleType.Pinned);
            try
            {
                var start = pinned.AddrOfPinnedObject();
                var read = 0;
                while (read < length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var n = (long)ReadAt(fd, IntPtr.Add(start, read), (UIntPtr)(uint)Math.Min(length - read, 1 << 20), read);
                    if (n < 0)
                    {
                        return 0;
                    }

                    if (n == 0)
                    {
                        break;
                    }

                    read += (int)n;
                }

                return read;
            }
            finally
            {
                pinned.Free();
            }
        }
    }
}
