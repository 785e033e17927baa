namespace EfficientArchitectures;

/// <summary>What kind of venue published a paper, as its catalog badge says.</summary>
public enum VenueKind
{
    /// <summary>The badge does not say (for example a bare <c>Publish</c> badge reading <c>IEEE-TC'22</c>).</summary>
    Unspecified = 0,

    /// <summary>A conference (<c>ICLR</c>, <c>NeurIPS</c>, <c>ICML</c>, ...).</summary>
    Conference = 1,

    /// <summary>A journal (<c>TMLR</c>, <c>Nature Scientific Reports</c>, ...).</summary>
    Journal = 2,

    /// <summary>A workshop.</summary>
    Workshop = 3,
}
