using EfficientArchitectures.Generators.Options;

namespace EfficientArchitectures.Generators.Emitting;

/// <summary>What the compilation allows, and the options every emitter writes with.</summary>
/// <param name="Facts">The compilation's facts.</param>
/// <param name="Options">The emit options derived from them.</param>
internal sealed record EmitSettings(CompilationFacts Facts, EmitOptions Options)
{
    /// <summary>Whether anything can be generated: C# 7.3 or later and the runtime types referenced.</summary>
    public bool CanEmit => Facts.LanguageVersion >= CompilationFacts.MinimumLanguageVersion && Facts.HasRuntimeTypes;

    /// <summary>
    /// The settings of a compilation with <paramref name="classCount"/> catalog classes. Before C# 11 the paper tables
    /// are string literals, which share the assembly's 16 MB string heap: each class gets a share of the budget
    /// (<see cref="PapersEmitter.StringLiteralBudget"/>); from C# 11 it is a constant, so adding a class re-emits no other.
    /// </summary>
    /// <param name="facts">The compilation's facts.</param>
    /// <param name="classCount">The number of catalog classes generated.</param>
    /// <returns>The settings.</returns>
    public static EmitSettings For(CompilationFacts facts, int classCount)
        => new(facts, new EmitOptions(facts.SupportsNullable, facts.HasNotNullWhen, facts.SupportsUtf8Literals)
        {
            MaxStringLiteralData = facts.SupportsUtf8Literals ? PapersEmitter.MaxStringLiteralData : PapersEmitter.StringLiteralBudget(classCount),
            CitationRecords = facts.HasCitationRecords,
        });
}
