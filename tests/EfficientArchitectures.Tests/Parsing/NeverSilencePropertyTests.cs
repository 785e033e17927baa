using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace EfficientArchitectures.Tests.Parsing;

/// <summary>
/// Never silence: in every convention fixture, and in variations of them (other bullet markers, numbered
/// items renumbered, loose lists, CRLF line endings), each list item or table row that holds a paper link is either
/// read as a paper or has a diagnostic at one of its lines. Items and rows are found by their own line-based rule
/// here, not by the reader, and a paper link is told by its host, so the property cannot agree with the reader by
/// construction.
/// </summary>
public sealed class NeverSilencePropertyTests
{
    // Paper hosts as a list maintainer knows them; deliberately written out here rather than taken from the reader. A
    // host's home page ("check out [ArXiv](https://arxiv.org/)") links no paper: a path must follow the host.
    internal static readonly Regex PaperLink = new(
        @"\]\(\s*<?(?<url>https?://(?:[\w-]+\.)*(?:arxiv\.org|openreview\.net|aclanthology\.org|doi\.org|alphaxiv\.org|proceedings\.[\w.]+|huggingface\.co/papers)/[^)\s>]+|https?://[^)\s>]+\.pdf)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Convention 14 of the issue: a book, a tutorial, a course or slides is not a paper even when it links a PDF; the
    // reader skips it by design, and NotPapers asserts exactly which items those are.
    private static readonly Regex NotAPaperByItsOwnWords = new(
        @"\b(?:book|tutorial|course|slides)\b[^\]]*\]?\s*\[\[?(?:pdf|slides)\]?\]\(https?://(?![\w.]*(?:arxiv|openreview|aclanthology|doi|alphaxiv|proceedings|huggingface))[^)\s]+\.pdf\)"
        // "[Introduction to Sentiment Analysis](url.pdf) - Lecture slides by ...": the description says what the PDF is.
        + @"|\]\(https?://(?![\w.]*(?:arxiv|openreview|aclanthology|doi|alphaxiv|proceedings|huggingface))[^)\s]+\.pdf\)\s*[-\u2013\u2014:]\s*(?:an?\s+)?(?:\w+\s+)?(?:slides|lecture\s+notes|books?|tutorial|course)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ItemMarker = new(@"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _output;

    public NeverSilencePropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_paper_linked_item_of_every_fixture_is_a_paper_or_reported_and_most_are_papers()
    {
        var linked = 0;
        var papers = 0;
        foreach (var (name, text) in ConventionFixtureTests.All)
        {
            var (itemCount, paperCount) = AssertNeverSilent(name, text);
            linked += itemCount;
            papers += paperCount;
        }

        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} of {1} paper-linked items read as papers ({2:P1})", papers, linked, (double)papers / linked));
        // The one paper-linked item that is not a paper is NotPapers' "[[Paper]](...) [[Code]](...)", reported as EA0002.
        Assert.Equal((43, 42), (linked, papers));
    }

    [Fact]
    public void Every_paper_linked_item_of_the_venue_fixtures_is_a_paper()
    {
        foreach (var (name, text) in VenueConventionTests.All)
        {
            var (itemCount, paperCount) = AssertNeverSilent(name, text);
            Assert.Equal(itemCount, paperCount);
        }
    }

    [Fact]
    public void Never_silent_in_variations_of_the_fixtures()
        => Gen.Select(Gen.Int[0, ConventionFixtureTests.All.Length - 1], Gen.Int[0, 2].Array[200], Gen.Bool.Array[200], Gen.Int[1, 999].Array[200], Gen.Bool)
            .Sample(
                (fixture, markers, blankLines, numbers, crlf) =>
                {
                    var (name, text) = ConventionFixtureTests.All[fixture];
                    var varied = Vary(text, markers, blankLines, numbers, crlf);
                    AssertNeverSilent(name + " (varied)", varied);
                },
                iter: Iterations(300));

    internal static readonly string[] DamageTokens =
    {
        "[", "]", "(", ")", "[[", "]]", "](", "**", "*", "_", "<br>", "\U0001F525", "\uD800", "\uFE0F", ":fire:", "(@", "@",
        "[Sep 2024]", "(arXiv'21)", "[[Paper]](https://arxiv.org/abs/2401.99999)", "[x](https://huggingface.co/papers/)",
        "[[ICML 2023]](https://doi.org/10.48550/arXiv.)", "|", "\n", "\n\n  ", ". ", ", ", "Md. ", "\u202E", "`",
    };

    [Fact]
    public void Damaged_fixtures_never_throw_and_every_paper_has_a_title_and_an_http_url()
        => Gen.Select(Gen.Int[0, ConventionFixtureTests.All.Length - 1], Gen.Select(Gen.Int[0, int.MaxValue - 1], Gen.Int[0, DamageTokens.Length - 1]).Array[1, 8])
            .Sample(
                (fixture, edits) =>
                {
                    var text = ConventionFixtureTests.All[fixture].Text;
                    foreach (var (position, token) in edits)
                    {
                        var at = position % (text.Length + 1);
                        text = text.Substring(0, at) + DamageTokens[token] + text.Substring(at);
                    }

                    var document = CatalogParser.Parse(text, "damaged.md");
                    Assert.All(document.Entries, entry =>
                    {
                        Assert.False(string.IsNullOrWhiteSpace(entry.Title));
                        Assert.True(Uri.TryCreate(entry.Url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"), entry.Url);
                    });
                },
                iter: Iterations(1000));

    /// <summary>Other markers for bullets ('-', '*', '+'), other numbers of as many digits for numbered items, a blank line before some items, CRLF.</summary>
    internal static string Vary(string text, int[] markers, bool[] blankLines, int[] numbers, bool crlf)
    {
        var lines = text.Split('\n');
        var result = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var k = i % markers.Length;
            if (ContinuesParagraph(lines, i))
            {
                // "*OpenAI*<br>" over "2023. [[Paper](...)]": a number other than 1 cannot start a list inside a
                // paragraph, so the line is text, not an item; a blank line before it would make it one.
                result.Add(line);
                continue;
            }

            if (line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
            {
                line = "-*+"[markers[k]] + line.Substring(1);
            }
            else if (Regex.Match(line, @"^\d+\. ") is { Success: true } number)
            {
                // As many digits as the original: "123. " moves the item's content column, and sub-items indented for
                // "1. " would no longer be nested (a different document, not a variation of the same one).
                var digits = number.Length - 2;
                var lowest = (int)Math.Pow(10, digits - 1);
                var value = lowest + numbers[k] % (9 * lowest);
                line = value.ToString(CultureInfo.InvariantCulture) + ". " + line.Substring(number.Length);
            }

            if (blankLines[k] && ItemMarker.IsMatch(line) && result.Count > 0 && !result[result.Count - 1].StartsWith("#", StringComparison.Ordinal))
            {
                result.Add(string.Empty); // a loose list
            }

            result.Add(line);
        }

        return string.Join(crlf ? "\r\n" : "\n", result);
    }

    /// <summary>
    /// Whether a numbered line (not numbered 1) follows a line of a paragraph outside any item: CommonMark reads it as
    /// that paragraph's text, not as a list.
    /// </summary>
    private static bool ContinuesParagraph(string[] lines, int i)
        => i > 0 && Regex.Match(lines[i], @"^(\d{1,9})[.)] ") is { Success: true } number && number.Groups[1].Value != "1"
           && lines[i - 1].Trim().Length > 0 && !lines[i - 1].StartsWith(" ", StringComparison.Ordinal) && !lines[i - 1].StartsWith("#", StringComparison.Ordinal)
           && !ItemMarker.IsMatch(lines[i - 1]);

    private static (int Linked, int Papers) AssertNeverSilent(string name, string text)
    {
        var document = CatalogParser.Parse(text, name + ".md");
        var linked = 0;
        var papers = 0;
        foreach (var (first, last, itemText) in Items(text))
        {
            if (!PaperLink.IsMatch(itemText) || NotAPaperByItsOwnWords.IsMatch(itemText))
            {
                continue;
            }

            linked++;
            var isPaper = IsRead(document, first, last);
            papers += isPaper ? 1 : 0;
            Assert.True(
                isPaper || document.Diagnostics.Any(d => d.Span.Line >= first && d.Span.Line <= last),
                name + ": lines " + first + "-" + last + " hold a paper link but are neither a paper nor reported:\n" + itemText);
        }

        return (linked, papers);
    }

    /// <summary>
    /// Whether an item's lines are read: an entry starts in them, or they lie inside an entry's span (sub-items read as
    /// their item's fields: "- `【2024-08】-【VITA】`", "  - Title", "  - [![Paper](badge)](https://arxiv.org/...)").
    /// </summary>
    internal static bool IsRead(CatalogDocument document, int first, int last)
        => document.Entries.Any(entry => (entry.Line >= first && entry.Line <= last) || (entry.Span.StartLine + 1 <= first && entry.Span.EndLine + 1 >= last));

    /// <summary>
    /// List items (a marker line, its continuation lines, and indented paragraphs after blank lines) and table rows
    /// (pipe lines under a header and delimiter), with 1-based first and last lines.
    /// </summary>
    internal static IEnumerable<(int First, int Last, string Text)> Items(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence; // a fenced block's lines are code (a contribution guide's template entry), no item
                continue;
            }

            if (inFence)
            {
                continue;
            }

            if (IsTableLine(lines[i]))
            {
                if (i >= 2 && IsTableLine(lines[i - 1]) && (IsDelimiter(lines[i - 1]) || IsTableLine(lines[i - 2])) && !IsDelimiter(lines[i]))
                {
                    yield return (i + 1, i + 1, lines[i]);
                }

                continue;
            }

            if (!ItemMarker.IsMatch(lines[i]))
            {
                continue;
            }

            var end = i;
            for (var j = i + 1; j < lines.Length; j++)
            {
                if (ItemMarker.IsMatch(lines[j]) || lines[j].StartsWith("#", StringComparison.Ordinal) || IsTableLine(lines[j]))
                {
                    break;
                }

                if (lines[j].Trim().Length == 0)
                {
                    if (j + 1 < lines.Length && lines[j + 1].StartsWith("  ", StringComparison.Ordinal) && !ItemMarker.IsMatch(lines[j + 1]))
                    {
                        continue;
                    }

                    break;
                }

                end = j;
            }

            yield return (i + 1, end + 1, string.Join("\n", lines.Skip(i).Take(end - i + 1)));
        }
    }

    private static bool IsTableLine(string line) => line.TrimStart().StartsWith("|", StringComparison.Ordinal);

    private static bool IsDelimiter(string line) => Regex.IsMatch(line, @"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$");

    internal static long Iterations(long normal)
        => long.TryParse(Environment.GetEnvironmentVariable("EA_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : normal;
}
