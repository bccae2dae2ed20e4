using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsTools.Articles
{
    /// <summary>
    /// Opens a file for reading on Linux with O_NONBLOCK, which returns at once even for a FIFO that no one writes to. So a
    /// file can be opened first and checked through its handle, instead of looking its path up once to check it (a stat)
    /// and again to open it: that second walk of the path was the costliest system call of reading an article.
    /// Elsewhere (Windows, macOS) there is no such open here and the caller checks the path first.
    /// </summary>
    internal static class NonBlockingOpen
    {
        // The flags of Linux's generic ABI (x86, x64, ARM, ARM64): O_RDONLY is 0.
        private const int NonBlocking = 0x800;
        private const int CloseOnExec = 0x80000;

        private static volatile bool available =
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            && (RuntimeInformation.ProcessArchitecture == Architecture.X64 || RuntimeInformation.ProcessArchitecture == Architecture.Arm64
                || RuntimeInformation.ProcessArchitecture == Architecture.X86 || RuntimeInformation.ProcessArchitecture == Architecture.Arm);

        // The path goes as the platform's narrow string (UTF-8 on Linux); one that cannot be is the checked way's.
        [DllImport("libc", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int Open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

        /// <summary>
        /// The file at <paramref name="fullPath"/> open for reading, unbuffered; null when this platform has no such open or the
        /// open failed (the caller's checked way then says why). The stream may be a FIFO, a device or a directory: the caller
        /// checks what it got (a FIFO has no length, a device or directory no bytes to read).
        /// </summary>
        public static FileStream? TryOpen(string fullPath)
        {
            // A NUL would end the path early for open(2): such a path is the checked way's to refuse.
            if (!available || fullPath.Length == 0 || fullPath.IndexOf('\0') >= 0)
            {
                return null;
            }

            int fd;
            try
            {
                fd = Open(fullPath, CloseOnExec | NonBlocking);
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                available = false;
                return null;
            }
            catch (ArgumentException)
            {
                return null;
            }

            if (fd < 0)
            {
                return null;
            }

            var handle = new SafeFileHandle((IntPtr)fd, ownsHandle: true);
            try
            {
                return new FileStream(handle, FileAccess.Read, bufferSize: 1);
            }
            catch (Exception ex) when (ex is IOException || ex is ArgumentException || ex is UnauthorizedAccessException || ex is NotSupportedException)
            {
                handle.Dispose();
                return null;
            }
        }
    }
}
