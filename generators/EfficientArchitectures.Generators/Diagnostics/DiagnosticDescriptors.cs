using System.Collections.Generic;
using System.Linq;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Catalog.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EfficientArchitectures.Generators.Diagnostics;

/// <summary>The Roslyn descriptors of every rule in <see cref="DiagnosticRules"/>, and the conversion of catalog diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = DiagnosticRules.All.ToDictionary(
        rule => rule.Id,
        rule => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            DiagnosticRule.Category,
            ToRoslyn(rule.DefaultSeverity),
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpLink));

    public static DiagnosticDescriptor Get(DiagnosticRule rule) => ById[rule.Id];

    /// <summary>A catalog diagnostic as a Roslyn diagnostic, located at its exact span in the markdown file.</summary>
    public static Diagnostic ToDiagnostic(CatalogDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = diagnostic.Path.Length == 0 ? Location.None : Location.Create(
            diagnostic.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(ById[diagnostic.RuleId], location, diagnostic.Arguments.Cast<object>().ToArray());
    }

    private static DiagnosticSeverity ToRoslyn(RuleSeverity severity)
        => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
}
