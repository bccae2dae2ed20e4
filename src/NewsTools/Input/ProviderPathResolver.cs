using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace NewsTools.PowerShell.Input
{
    /// <summary>
    /// Turns -Path (wildcards) and -LiteralPath values into file-system paths, the way PowerShell's own file cmdlets do:
    /// wildcards through the provider, literal paths taken as written, anything outside the FileSystem provider refused.
    /// Failures are returned as ErrorRecords so the caller writes them and goes on with the other paths.
    /// </summary>
    internal static class ProviderPathResolver
    {
        public const string FileSystemProviderName = "FileSystem";

        public static List<string> Resolve(PSCmdlet cmdlet, string path, bool literal, List<ErrorRecord> errors)
        {
            var result = new List<string>();
            try
            {
                if (literal)
                {
                    var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                    if (IsFileSystem(provider, path, errors))
                    {
                        result.Add(resolved);
                    }

                    return result;
                }

                var matches = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out var wildcardProvider);
                if (!IsFileSystem(wildcardProvider, path, errors))
                {
                    return result;
                }

                if (matches.Count == 0)
                {
                    errors.Add(new ErrorRecord(
                        new ItemNotFoundException($"No file matches '{path}'."),
                        "PathNotFound",
                        ErrorCategory.ObjectNotFound,
                        path));
                }

                result.AddRange(matches);
            }
            catch (ItemNotFoundException ex)
            {
                errors.Add(new ErrorRecord(ex, "PathNotFound", ErrorCategory.ObjectNotFound, path));
            }
            catch (DriveNotFoundException ex)
            {
                errors.Add(new ErrorRecord(ex, "DriveNotFound", ErrorCategory.ObjectNotFound, path));
            }
            catch (ProviderNotFoundException ex)
            {
                errors.Add(new ErrorRecord(ex, "ProviderNotFound", ErrorCategory.ObjectNotFound, path));
            }
            catch (PSNotSupportedException ex)
            {
                errors.Add(new ErrorRecord(ex, "PathNotSupported", ErrorCategory.InvalidArgument, path));
            }
            catch (ArgumentException ex)
            {
                errors.Add(new ErrorRecord(ex, "InvalidPath", ErrorCategory.InvalidArgument, path));
            }
            catch (NotSupportedException ex)
            {
                // .NET Framework's path checks: a colon inside a path ("a:b:c.txt").
                errors.Add(new ErrorRecord(ex, "InvalidPath", ErrorCategory.InvalidArgument, path));
            }
            catch (WildcardPatternException ex)
            {
                // -Path 'report[2018.txt': an unclosed bracket is not a pattern (-LiteralPath takes it as written).
                errors.Add(new ErrorRecord(ex, "InvalidWildcardPattern", ErrorCategory.InvalidArgument, path));
            }
            catch (RuntimeException ex) when (!(ex is PipelineStoppedException) && !(ex is ActionPreferenceStopException))
            {
                // What else the provider reports (ProviderInvocationException for an unreachable share, access denied, ...):
                // this path's error, not the command's.
                var category = ex.ErrorRecord?.CategoryInfo.Category ?? ErrorCategory.NotSpecified;
                errors.Add(new ErrorRecord(ex, "PathNotResolved", category, path));
            }

            return result;
        }

        private static bool IsFileSystem(ProviderInfo provider, string path, List<ErrorRecord> errors)
        {
            if (string.Equals(provider.Name, FileSystemProviderName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            errors.Add(new ErrorRecord(
                new ArgumentException($"'{path}' is a {provider.Name} path; NewsTools reads files only."),
                "NotFileSystemPath",
                ErrorCategory.InvalidArgument,
                path));
            return false;
        }
    }
}
