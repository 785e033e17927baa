using System;
using System.Collections.Generic;
using System.Text;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// A static shields.io badge, <c>https://img.shields.io/badge/&lt;label&gt;-&lt;message&gt;-&lt;color&gt;</c>,
/// decoded the way shields.io renders it: <c>--</c> is a dash, <c>__</c> an underscore, <c>_</c> a space, and
/// percent-escapes are decoded.
/// </summary>
internal sealed class ShieldsBadge
{
    private static readonly char[] QueryOrFragment = { '?', '#' };

    private static readonly string[] Extensions = { ".svg", ".png", ".json" };

    private ShieldsBadge(string? label, string message, bool wellFormed)
    {
        Label = label;
        Message = message;
        WellFormed = wellFormed;
    }

    /// <summary>The left part (<c>Conference</c>), or null for a two-part badge or an empty label.</summary>
    public string? Label { get; }

    /// <summary>The right part (<c>ICLR'25</c>).</summary>
    public string Message { get; }

    /// <summary>Whether every percent-escape decoded and no part is empty.</summary>
    public bool WellFormed { get; }

    /// <summary>Everything but the color, joined as the badge shows it (<c>IEEE-TC'22</c>).</summary>
    public string FullText => Label is null ? Message : Label + "-" + Message;

    public static bool IsStaticBadge(string url)
        => AbsoluteUris.TryCreate(url, out var uri)
           && GitHubUrl.IsHost(uri, "img.shields.io")
           && uri.AbsolutePath.StartsWith("/badge/", StringComparison.OrdinalIgnoreCase);

    public static ShieldsBadge? TryRead(string url)
    {
        if (!IsStaticBadge(url))
        {
            return null;
        }

        // Work on the raw (still escaped) path: an escaped %2D is a dash inside a part, not a separator.
        var start = url.IndexOf("/badge/", StringComparison.OrdinalIgnoreCase) + "/badge/".Length;
        var end = url.IndexOfAny(QueryOrFragment, start);
        var raw = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
        foreach (var extension in Extensions)
        {
            if (raw.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                raw = raw.Substring(0, raw.Length - extension.Length);
                break;
            }
        }

        var parts = SplitParts(raw);
        var wellFormed = true;
        var decoded = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            if (!TryPercentDecode(part, out var text))
            {
                wellFormed = false;
                text = part;
            }

            decoded.Add(text.Trim());
        }

        // label-message-color; message-color; a lone message. Extra dashes (LREC-COLING written with a single
        // dash) belong to the message: the label is first, the color last.
        string? label = null;
        string message;
        if (decoded.Count >= 3)
        {
            // An empty label ("/badge/-NeurIPS--2024-green") is shields.io's way to show the message alone.
            label = decoded[0].Length == 0 ? null : decoded[0];
            message = string.Join("-", decoded.GetRange(1, decoded.Count - 2));
        }
        else if (decoded.Count == 2)
        {
            message = decoded[0];
        }
        else
        {
            message = decoded.Count == 1 ? decoded[0] : string.Empty;
        }

        if (message.Length == 0 || (label is not null && label.Length == 0))
        {
            wellFormed = false;
        }

        return new ShieldsBadge(label, message, wellFormed);
    }

    private static List<string> SplitParts(string raw)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '-' && i + 1 < raw.Length && raw[i + 1] == '-')
            {
                current.Append('-');
                i++;
            }
            else if (c == '-')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else if (c == '_' && i + 1 < raw.Length && raw[i + 1] == '_')
            {
                current.Append('_');
                i++;
            }
            else if (c == '_')
            {
                current.Append(' ');
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static bool TryPercentDecode(string text, out string decoded)
    {
        if (text.IndexOf('%') < 0)
        {
            decoded = text;
            return true;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    decoded = text;
                    return false;
                }

                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            decoded = text;
            return false;
        }
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToUpperInvariant(c) - 'A') + 10;
}
