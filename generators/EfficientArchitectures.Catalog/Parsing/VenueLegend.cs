using System;
using System.Collections.Generic;
using EfficientArchitectures.Catalog.Model;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A list's legend of symbols for venues and distinctions, written once at the top so that each entry is short:
/// <c>| 🟦 NeurIPS | 🟥 ICML | 🟧 CoRL | ⬜ arXiv only |</c>, <c>Marks: 🏅 oral · 🌟 spotlight · 🏆 best paper</c>; an entry
/// then gives its venue as a symbol and the year's last two digits before its title (<c>- 🟧'23 🏅 [Title](url) — A One</c>:
/// CoRL 2023, Oral). A symbol counts when the legend line pairs two or more symbols with well-known venues or with
/// distinctions; a symbol of a preprint server gives no venue.
/// </summary>
internal sealed class VenueLegend
{
    private static readonly char[] PieceSeparators = { '|', '\u00B7', ',', ';' };

    private readonly Dictionary<string, string?> _venues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);

    /// <summary>Reads a line as a legend into <paramref name="legend"/> (created when the line is the first legend).</summary>
    public static void Read(string line, ref VenueLegend? legend)
    {
        // Most lines hold no symbol at all: one scan for a high surrogate or a symbol of the BMP's symbol blocks.
        if (!HasSymbol(line))
        {
            return;
        }

        var venues = new List<(string Symbol, string? Venue)>();
        var notes = new List<(string Symbol, string Note)>();
        foreach (var rawPiece in line.Split(PieceSeparators))
        {
            var piece = rawPiece.Trim();
            if (piece.IndexOf(':') is var colon and > 0 && colon < 12 && SymbolLength(piece, 0) == 0)
            {
                piece = piece.Substring(colon + 1).TrimStart(); // "Marks: 🏅 oral": the legend's label before its first symbol
            }

            var symbolLength = SymbolLength(piece, 0);
            if (symbolLength == 0)
            {
                continue;
            }

            var name = piece.Substring(symbolLength).TrimStart(' ', '=', ':', '\uFE0F').Trim().TrimEnd('.');
            if (name.Length == 0)
            {
                continue;
            }

            var symbol = Symbol(piece, symbolLength);
            if (KnownVenues.IsNameIgnoringCase(name))
            {
                venues.Add((symbol, KnownVenues.ReadName(name)?.Name ?? name));
            }
            else if (VenueAndDate.IsPreprint(name) || name.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase))
            {
                venues.Add((symbol, null));
            }
            else if (name.Length <= 30 && VenueText.IsNote(name))
            {
                notes.Add((symbol, VenueText.NoteText(name)));
            }
        }

        if (venues.Count + notes.Count < 2 || (venues.Count == 0 && notes.Count < 2))
        {
            return;
        }

        legend ??= new VenueLegend();
        foreach (var (symbol, venue) in venues)
        {
            legend._venues[symbol] = venue;
        }

        foreach (var (symbol, note) in notes)
        {
            legend._notes[symbol] = note;
        }
    }

    /// <summary>
    /// The venue the text before an entry's title gives in the legend's symbols: a venue's symbol with the year's last two
    /// digits (<c>🟧'23</c>, <c>🟧’23</c>, <c>🟧 2023</c>) and any distinctions' symbols (<c>🏅</c>); null venue for a
    /// preprint's symbol. False when the text holds anything else.
    /// </summary>
    public bool TryRead(string text, out VenueInfo? venue)
    {
        venue = null;
        string? name = null;
        string? note = null;
        int? year = null;
        var sawVenue = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '\uFE0F')
            {
                i++;
                continue;
            }

            var symbolLength = SymbolLength(text, i);
            if (symbolLength > 0)
            {
                var symbol = Symbol(text.Substring(i), symbolLength);
                i += symbolLength;
                if (_venues.TryGetValue(symbol, out var venueName) && !sawVenue)
                {
                    sawVenue = true;
                    name = venueName;
                    var yearStart = i < text.Length && text[i] is '\'' or '\u2019' or '`' ? i + 1 : i;
                    if (yearStart + 1 < text.Length && char.IsDigit(text[yearStart]) && char.IsDigit(text[yearStart + 1]) && (yearStart + 2 == text.Length || !char.IsDigit(text[yearStart + 2])))
                    {
                        year = 2000 + ((text[yearStart] - '0') * 10) + (text[yearStart + 1] - '0');
                        i = yearStart + 2;
                    }

                    continue;
                }

                if (_notes.TryGetValue(symbol, out var mark))
                {
                    note ??= mark;
                    continue;
                }
            }

            return false; // anything else: not the legend's alone
        }

        if (!sawVenue)
        {
            return false;
        }

        venue = name is null ? null : new VenueInfo(VenueKind.Unspecified, name, year, null, text.Trim(), note);
        return true;
    }

    private static bool HasSymbol(string line)
    {
        foreach (var c in line)
        {
            if (char.IsHighSurrogate(c) || c is >= '\u2190' and <= '\u2BFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the symbol at <paramref name="at"/>: a pictograph outside the BMP or a symbol inside it, with a variation selector after it; 0 for none.</summary>
    private static int SymbolLength(string text, int at)
    {
        if (at >= text.Length)
        {
            return 0;
        }

        var length = char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2
            : text[at] is >= '\u2190' and <= '\u2BFF' ? 1
            : 0;
        return length > 0 && at + length < text.Length && text[at + length] == '\uFE0F' ? length + 1 : length;
    }

    /// <summary>The symbol without its variation selector, as legends and entries write it either way.</summary>
    private static string Symbol(string text, int length) => text.Substring(0, text[length - 1] == '\uFE0F' ? length - 1 : length);
}
