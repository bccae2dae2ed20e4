using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace NewsTools.Articles
{
    /// <summary>
    /// Reads a whole regular file on 64-bit Linux with four system calls: open with O_NONBLOCK (which returns at once even
    /// for a FIFO no one writes to, so no stat of the path is needed first), fstat of the open descriptor for its type and
    /// length, pread, close. A FileStream over the same descriptor added two lseeks, and the stat before opening walked the
    /// path a second time: on this corpus those calls were most of what reading an article cost. Anything that is not a
    /// regular file with a length within the bound (a FIFO, a character or block device, a directory), or fails to open or
    /// read, is left to the caller's checked way, which says what is wrong with it. Elsewhere (Windows, macOS, 32-bit, a
    /// C library without an fstat symbol) this reads nothing and the checked way does all.
    /// </summary>
    internal static class LinuxFileRead
    {
        // Linux's generic ABI (x64, ARM64): O_RDONLY is 0; off_t and size_t are 64 bits.
        private const int NonBlocking = 0x800;
        private const int CloseOnExec = 0x80000;

        // struct stat: st_mode at byte 24 on x64 and 16 on ARM64, st_size at 48 on both; 144 and 128 bytes long.
        private const int StatBytes = 256;
        private const int SizeOffset = 48;
        private const int FileTypeMask = 0xF000;
        private const int RegularFile = 0x8000;

        [ThreadStatic]
        private static byte[]? statBuffer;

        private static readonly int ModeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;

        private static volatile bool available =
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            && (RuntimeInformation.ProcessArchitecture == Architecture.X64 || RuntimeInformation.ProcessArchitecture == Architecture.Arm64);

        // The path goes as the platform's narrow string (UTF-8 on Linux); one that cannot be is the checked way's.
        [DllImport("libc", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int Open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

        // An exported symbol since glibc 2.33 (older ones export __fxstat instead: the entry point is then missing and the
        // checked way reads every file).
        [DllImport("libc", EntryPoint = "fstat")]
        private static extern int Stat(int fd, byte[] stat);

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
                // Only a regular file with bytes in it: a FIFO, a device, a directory, and a /proc file (length 0) are the
                // checked way's to refuse or read.
                var length = RegularFileLength(fd);
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

        /// <summary>The length of the open file when it is a regular file, else -1.</summary>
        private static long RegularFileLength(int fd)
        {
            var stat = statBuffer ??= new byte[StatBytes];
            try
            {
                if (Stat(fd, stat) != 0)
                {
                    return -1;
                }
            }
            catch (EntryPointNotFoundException)
            {
                available = false;
                return -1;
            }

            return (BitConverter.ToInt32(stat, ModeOffset) & FileTypeMask) == RegularFile ? BitConverter.ToInt64(stat, SizeOffset) : -1;
        }

        private static int ReadAll(int fd, int length, ref byte[]? buffer, int keepLimit, CancellationToken cancellationToken)
        {
            InputFile.MakeRoom(ref buffer, length, keepLimit);
            var pinned = GCHandle.Alloc(buffer, GCHandleType.Pinned);
            try
            {
                var start = pinned.AddrOfPinnedObject();
                var read = 0;
                while (read < length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var n = (long)ReadAt(fd, IntPtr.Add(start, read), (UIntPtr)(uint)Math.Min(length - read, InputFile.ReadBlock), read);
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
