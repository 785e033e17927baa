using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EfficientArchitectures.Cli.Citations;

/// <summary>One assembly file to read.</summary>
/// <param name="Path">The file.</param>
/// <param name="Collected">Whether it was found in a folder or a <c>.deps.json</c> rather than named: a collected file that is not a .NET assembly (a native DLL) is skipped quietly.</param>
internal sealed record AssemblyInput(string Path, bool Collected);

/// <summary>
/// The assembly files <c>effarch cite</c> reads, from what the user named: a <c>.dll</c>/<c>.exe</c> as it is, a folder
/// as its <c>.dll</c> and <c>.exe</c> files (not its subfolders, in ordinal order of name), a <c>.deps.json</c> as the
/// runtime assemblies it lists that are next to it (in its order). Each file once.
/// </summary>
internal static class AssemblyInputs
{
    private const string DepsJsonSuffix = ".deps.json";

    /// <summary>The files, and one message per input that could not be expanded (an unreadable <c>.deps.json</c>) or per listed file that is not there.</summary>
    /// <param name="paths">What the user named.</param>
    /// <param name="unreadable">The messages of inputs that could not be read at all.</param>
    /// <param name="notes">The messages that do not change the exit code.</param>
    public static IReadOnlyList<AssemblyInput> Expand(IEnumerable<string> paths, List<string> unreadable, List<string> notes)
    {
        var inputs = new List<AssemblyInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(file => System.IO.Path.GetFileName(file), StringComparer.Ordinal);
                foreach (var file in files)
                {
                    Add(file, collected: true);
                }
            }
            else if (path.EndsWith(DepsJsonSuffix, StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
                    foreach (var name in RuntimeAssemblies(File.ReadAllText(path)))
                    {
                        var file = System.IO.Path.Combine(folder, name);
                        if (File.Exists(file))
                        {
                            Add(file, collected: true);
                        }
                        else
                        {
                            notes.Add($"effarch: {path} lists {name}, which is not next to it; it is not read.");
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex.Message;
                    unreadable.Add($"effarch: cannot read '{path}': {reason}.");
                }
            }
            else
            {
                Add(path, collected: false);
            }
        }

        return inputs;

        void Add(string file, bool collected)
        {
            if (seen.Add(System.IO.Path.GetFullPath(file)))
            {
                inputs.Add(new AssemblyInput(file, collected));
            }
        }
    }

    /// <summary>
    /// The file names of the runtime assemblies a <c>.deps.json</c> lists for its runtime target (<c>targets</c> →
    /// the target → each library's <c>runtime</c> assets), in order; the application's own first, as the SDK writes it.
    /// Runtime-specific assets (<c>runtimeTargets</c>) live in subfolders and are not read.
    /// </summary>
    private static IEnumerable<string> RuntimeAssemblies(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var targets = root.GetProperty("targets");
        var targetName = root.TryGetProperty("runtimeTarget", out var runtimeTarget) && runtimeTarget.TryGetProperty("name", out var name)
            ? name.GetString()
            : null;
        var target = targetName is not null && targets.TryGetProperty(targetName, out var named)
            ? named
            : targets.EnumerateObject().Select(property => property.Value).FirstOrDefault();
        if (target.ValueKind != JsonValueKind.Object)
        {
            return Array.Empty<string>();
        }

        var names = new List<string>();
        foreach (var library in target.EnumerateObject())
        {
            if (library.Value.ValueKind == JsonValueKind.Object && library.Value.TryGetProperty("runtime", out var runtime) && runtime.ValueKind == JsonValueKind.Object)
            {
                names.AddRange(runtime.EnumerateObject().Select(asset => System.IO.Path.GetFileName(asset.Name)));
            }
        }

        return names;
    }
}
