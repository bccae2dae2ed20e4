using System.Management.Automation;
using NewsTools.Engine;

namespace NewsTools.PowerShell.Input
{
    /// <summary>How the engine's error kinds read as PowerShell error categories.</summary>
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
            new ErrorRecord(error, error.ErrorId, ToCategory(error.Kind), error.Input);
    }
}
