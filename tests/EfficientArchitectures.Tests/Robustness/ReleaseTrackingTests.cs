using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Diagnostics;
using EfficientArchitectures.Tests.TestSupport;
using Xunit;

namespace EfficientArchitectures.Tests.Robustness;

/// <summary>
/// Every diagnostic the generator can report is tracked in the AnalyzerReleases files (what the release-tracking
/// analyzer checks in Roslyn's own repositories) and documented under its own heading, the anchor its help link names.
/// </summary>
public sealed class ReleaseTrackingTests
{
    private static readonly string GeneratorFolder = Path.Combine(Repository.Root, "generators", "EfficientArchitectures.Generators");

    private static readonly Regex RuleRow = new(
        @"^\s*(?<id>[A-Z]+\d+)\s*\|\s*(?<category>[^|]*?)\s*\|\s*(?<severity>[^|]*?)\s*\|",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private sealed record TrackedRule(string File, string Id, string Category, string Severity);

    private static List<TrackedRule> Tracked(string fileName)
    {
        var path = Path.Combine(GeneratorFolder, fileName);
        Assert.True(File.Exists(path), path + " is missing");
        var rules = new List<TrackedRule>();
        var section = string.Empty;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            var match = RuleRow.Match(line);
            if (match.Success)
            {
                // Only new rules describe the current state; removed or changed rules are history.
                Assert.True(section == "New Rules", fileName + ": " + match.Groups["id"].Value + " is listed under '" + section + "', which this test does not read yet");
                rules.Add(new TrackedRule(fileName, match.Groups["id"].Value, match.Groups["category"].Value, match.Groups["severity"].Value));
            }
        }

        return rules;
    }

    [Fact]
    public void Release_files_track_exactly_the_rules_with_their_severity_and_category()
    {
        var tracked = Tracked("AnalyzerReleases.Shipped.md").Concat(Tracked("AnalyzerReleases.Unshipped.md")).ToList();

        var duplicates = tracked.GroupBy(rule => rule.Id).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(duplicates);
        Assert.Equal(
            DiagnosticRules.All.Select(rule => rule.Id).OrderBy(id => id, StringComparer.Ordinal),
            tracked.Select(rule => rule.Id).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var rule in DiagnosticRules.All)
        {
            var row = tracked.Single(r => r.Id == rule.Id);
            Assert.True(rule.DefaultSeverity.ToString() == row.Severity, rule.Id + ": " + row.File + " says " + row.Severity + ", the rule is " + rule.DefaultSeverity);
            Assert.True(DiagnosticRule.Category == row.Category, rule.Id + ": " + row.File + " says category " + row.Category + ", the rule's is " + DiagnosticRule.Category);
        }
    }

    [Fact]
    public void Every_rule_is_documented_under_its_own_heading_in_docs_diagnostics()
    {
        var path = Path.Combine(Repository.Root, "docs", "diagnostics.md");
        Assert.True(File.Exists(path), "docs/diagnostics.md is missing: every DiagnosticRule.HelpLink points at an anchor in it");

        var headings = File.ReadAllLines(path)
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line.Substring(3).Trim())
            .ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticRules.All.Where(rule => !headings.Contains(rule.Id)).Select(rule => rule.Id);
        Assert.Empty(missing);

        // GitHub's anchor for "## EA0001" is "#ea0001": what the help links use.
        Assert.All(DiagnosticRules.All, rule => Assert.EndsWith("/docs/diagnostics.md#" + rule.Id.ToLowerInvariant(), rule.HelpLink, StringComparison.Ordinal));
    }
}
