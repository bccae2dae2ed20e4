using System;
using System.Collections;
using System.Management.Automation;

namespace NewsTools.PowerShell.Input
{
    /// <summary>
    /// Guards -Text, which takes strings from the pipeline: PowerShell would turn any other object into its ToString() and
    /// the cmdlet would analyse "12/04/2026 10:00:00" or a Select-String match as an article. Strings pass; objects with a
    /// PSPath, LP or FullName (files) and articles pass unchanged so that they go on to bind -LiteralPath or -InputObject; anything else is refused with
    /// an error naming it. It also notes a string that Get-Content sent as one line of a file (its ReadCount note), so the
    /// cmdlet can warn that each line becomes an article.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ArticleTextAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Set when the value being bound is a line from Get-Content without -Raw; read and reset by the cmdlet.</summary>
        [ThreadStatic]
        internal static bool LineInputSeen;

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var wrapped = inputData as PSObject;
            var value = wrapped?.BaseObject ?? inputData;
            if (value == null || value is string)
            {
                NoteLine(wrapped);
                return inputData;
            }

            if (value is IList list)
            {
                foreach (var item in list)
                {
                    Check(item);
                }

                return inputData;
            }

            Check(inputData);
            return inputData;
        }

        private static void Check(object? item)
        {
            var wrapped = item as PSObject;
            var value = wrapped?.BaseObject ?? item;
            if (value == null || value is string)
            {
                NoteLine(wrapped);
                return;
            }

            if (value is Articles.Article)
            {
                // An article: left for -InputObject.
                return;
            }

            var shell = wrapped ?? PSObject.AsPSObject(value);
            if (shell.Properties["PSPath"] != null || shell.Properties["LP"] != null || shell.Properties["FullName"] != null)
            {
                // A file: left for -LiteralPath, which binds it by property name.
                return;
            }

            throw new ArgumentTransformationMetadataException(
                $"'{value}' is a {value.GetType().Name}, not an article: pipe article text (Get-Content -Raw), files (Get-ChildItem) or articles (Import-Article, ConvertTo-Article).");
        }

        private static void NoteLine(PSObject? wrapped)
        {
            if (wrapped?.Properties["ReadCount"]?.Value is long line && line >= 2)
            {
                LineInputSeen = true;
            }
        }
    }
}
