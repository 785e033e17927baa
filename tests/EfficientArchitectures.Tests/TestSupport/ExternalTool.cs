namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>A program outside .NET that some tests run: the bibliography tools our BibTeX and CSL-JSON are read back with.</summary>
public enum ExternalTool
{
    /// <summary>pandoc, with <c>--citeproc</c> (Debian package <c>pandoc</c>).</summary>
    Pandoc,

    /// <summary>biber, run as <c>biber --tool</c> (Debian package <c>biber</c>).</summary>
    Biber,

    /// <summary>The pybtex module of the system's python3 (Debian package <c>python3-pybtex</c>).</summary>
    Pybtex,
}
