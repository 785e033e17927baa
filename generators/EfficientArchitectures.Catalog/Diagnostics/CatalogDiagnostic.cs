using System.Globalization;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Diagnostics;

/// <summary>How serious a diagnostic is by default (mirrors Roslyn's <c>DiagnosticSeverity</c>).</summary>
public enum RuleSeverity
{
    /// <summary>Hidden: shown only as an IDE suggestion (a lightbulb), never in build output.</summary>
    Hidden = 0,

    /// <summary>Informational.</summary>
    Info = 1,

    /// <summary>A warning: the row is generated, perhaps with a field missing.</summary>
    Warning = 2,

    /// <summary>An error: nothing usable could be generated for the row.</summary>
    Error = 3,
}

/// <summary>One diagnostic rule: what the generator reports and how to fix it.</summary>
/// <param name="Id">The id, <c>EA0001</c>...</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style placeholders.</param>
/// <param name="DefaultSeverity">The severity unless configured otherwise.</param>
/// <param name="Description">A longer explanation.</param>
public sealed record DiagnosticRule(string Id, string Title, string MessageFormat, RuleSeverity DefaultSeverity, string Description)
{
    /// <summary>The category every rule belongs to.</summary>
    public const string Category = "EfficientArchitectures.Catalog";

    /// <summary>The help page for this rule: its anchor in docs/diagnostics.md.</summary>
    public string HelpLink => DiagnosticRules.HelpBaseUrl + "#" + Id.ToLowerInvariant();
}

/// <summary>A diagnostic found in a catalog: which rule, its message arguments and where.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Path">The catalog file.</param>
/// <param name="Span">The exact range in the file.</param>
public sealed record CatalogDiagnostic(string RuleId, EquatableArray<string> Arguments, string Path, SourceSpan Span)
{
    /// <summary>A diagnostic for a whole file (or, with no path, for the project).</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="path">The file, or empty.</param>
    /// <param name="arguments">The message arguments.</param>
    /// <returns>The diagnostic, located at the start of the file.</returns>
    public static CatalogDiagnostic ForFile(DiagnosticRule rule, string path, params string[] arguments)
        => new(rule.Id, EquatableArray<string>.FromOwned(arguments), path, default);

    /// <summary>The rule this diagnostic reports.</summary>
    public DiagnosticRule Rule => DiagnosticRules.Get(RuleId);

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, Arguments.ToArray());

    /// <summary>Formats the diagnostic as compilers do: <c>path(line,col): warning EA0001: message</c>.</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
        => string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            Path,
            Span.Line,
            Span.Column,
            Rule.DefaultSeverity switch { RuleSeverity.Error => "error", RuleSeverity.Warning => "warning", _ => "info" },
            RuleId,
            Message);
}
