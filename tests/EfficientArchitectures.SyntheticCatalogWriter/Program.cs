using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace EfficientArchitectures.Benchmarks;

internal static class Program
{
    /// <summary><c>rows path</c>: writes <see cref="SyntheticCatalogs.TableRows"/> of that many rows to the path (UTF-8, no BOM).</summary>
    private static int Main(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
        {
            Console.Error.WriteLine("usage: EfficientArchitectures.SyntheticCatalogWriter <rows> <path>");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
        File.WriteAllText(args[1], SyntheticCatalogs.TableRows(rows), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return 0;
    }
}
