using System;
using System.IO;

namespace EfficientArchitectures.Cli.Output;

/// <summary>What the standard output is: a terminal (colors, width) or a pipe or file (plain, full width).</summary>
internal sealed class Terminal
{
    private const string Reset = "\u001b[0m";

    private Terminal(bool colors, int? width)
    {
        Colors = colors;
        Width = width;
    }

    /// <summary>Whether to write ANSI colors: stdout is a terminal and <c>NO_COLOR</c> is not set.</summary>
    public bool Colors { get; }

    /// <summary>The terminal's width in columns, or <see langword="null"/> when output is redirected (never truncate).</summary>
    public int? Width { get; }

    /// <summary>Inspects the current process's console.</summary>
    public static Terminal Detect()
    {
        if (Console.IsOutputRedirected)
        {
            return new Terminal(colors: false, width: null);
        }

        var colors = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        int? width;
        try
        {
            width = Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            width = 120;
        }

        return new Terminal(colors, width);
    }

    public string Bold(string text) => Style("1", text);

    public string Dim(string text) => Style("2", text);

    public string Cyan(string text) => Style("36", text);

    public string Green(string text) => Style("32", text);

    public string Yellow(string text) => Style("33", text);

    public string Red(string text) => Style("31", text);

    private string Style(string code, string text)
        => Colors && text.Length > 0 ? "\u001b[" + code + "m" + text + Reset : text;
}
