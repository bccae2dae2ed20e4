using System;

namespace NewsTools.Engine
{
    /// <summary>What went wrong with one input, in terms both front ends can map: the cmdlets to an ErrorCategory, the CLI to a message.</summary>
    public enum InputErrorKind
    {
        NotFound,
        InvalidData,
        ReadError,
        InvalidArgument,
        LimitExceeded,
        NotSupported,
    }

    /// <summary>
    /// A failure tied to one input (a file, a string, a config file). Per-item work throws it; the caller reports it
    /// as a non-terminating error naming <see cref="Input"/> and goes on with the next item.
    /// </summary>
    public sealed class NewsToolsException : Exception
    {
        public NewsToolsException(string errorId, InputErrorKind kind, string input, string message, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Kind = kind;
            Input = input;
        }

        /// <summary>Stable identifier, e.g. "EmptyFile", used as the PowerShell FullyQualifiedErrorId.</summary>
        public string ErrorId { get; }

        public InputErrorKind Kind { get; }

        /// <summary>The path, URL or id of the input the error is about.</summary>
        public string Input { get; }
    }
}
