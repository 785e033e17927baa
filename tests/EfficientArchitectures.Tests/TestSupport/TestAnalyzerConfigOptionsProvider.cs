using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>What MSBuild would pass the generator: global build properties and per-file item metadata.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files)
    {
        GlobalOptions = new DictionaryOptions(new Dictionary<string, string>(global));
        _files = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        foreach (var (path, options) in files)
        {
            _files[path] = new DictionaryOptions(options);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
