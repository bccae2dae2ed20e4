using System;
using System.Management.Automation;
using NewsTools.Engine;

namespace NewsTools.PowerShell.Input
{
    /// <summary>How the engine's error kinds read as PowerShell error categories, and how an error names its input.</summary>
    internal static class ErrorCategoryMap
    {
        public static ErrorCategory ToCategory(InputErrorKind kind)
        {
            switch (kind)
            {
                case InputErrorKind.NotFound:
                    return ErrorCategory.ObjectNotFound;
                case InputErrorKind.InvalidData:
                    return ErrorCategory.InvalidData;
                case InputErrorKind.ReadError:
                    return ErrorCategory.ReadError;
                case InputErrorKind.InvalidArgument:
                    return ErrorCategory.InvalidArgument;
                case InputErrorKind.LimitExceeded:
                    return ErrorCategory.LimitsExceeded;
                case InputErrorKind.NotSupported:
                    return ErrorCategory.NotImplemented;
                default:
                    return ErrorCategory.NotSpecified;
            }
        }

        public static ErrorRecord ToErrorRecord(NewsToolsException error) =>
            Naming(new ErrorRecord(error, error.ErrorId, ToCategory(error.Kind), error.Input), error.Input, error.Message);

        /// <summary>
        /// The console shows an error's message, not its target: put the input in front of the message
        /// ("Get-ArticleQuote: ./bad/empty.txt: The file is empty."), as the command line does, unless the message names it.
        /// </summary>
        public static ErrorRecord Naming(ErrorRecord record, string? input, string message)
        {
            if (!string.IsNullOrEmpty(input) && message.IndexOf(input, StringComparison.Ordinal) < 0)
            {
                record.ErrorDetails = new ErrorDetails(input + ": " + message);
            }

            return record;
        }
    }
}
