namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>
/// A program outside the .NET SDK that some tests run: the bibliography tools our BibTeX and CSL-JSON are read back
/// with, and the language server the editor tests drive.
/// </summary>
public enum ExternalTool
{
    /// <summary>pandoc, with <c>--citeproc</c> (Debian package <c>pandoc</c>).</summary>
    Pandoc,

    /// <summary>biber, run as <c>biber --tool</c> (Debian package <c>biber</c>).</summary>
    Biber,

    /// <summary>The pybtex module of the system's python3 (Debian package <c>python3-pybtex</c>).</summary>
    Pybtex,

    /// <summary>csharp-ls, a Roslyn-based language server (a .NET tool; see <see cref="ExternalTools.CSharpLsPath"/>).</summary>
    CSharpLs,
}
