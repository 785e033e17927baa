using System;

namespace EfficientArchitectures;

/// <summary>The GitHub repository holding a paper's code, for example <c>state-spaces/mamba</c>.</summary>
public sealed class CodeRepository : IEquatable<CodeRepository>
{
    /// <summary>Creates a repository reference.</summary>
    /// <param name="owner">The user or organization, for example <c>state-spaces</c>.</param>
    /// <param name="name">The repository name, for example <c>mamba</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public CodeRepository(string owner, string name)
    {
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>The user or organization that owns the repository, for example <c>state-spaces</c>.</summary>
    public string Owner { get; }

    /// <summary>The repository name, for example <c>mamba</c>.</summary>
    public string Name { get; }

    /// <summary>The repository on GitHub, for example <c>https://github.com/state-spaces/mamba</c>.</summary>
    public Uri Url => new("https://github.com/" + Owner + "/" + Name);

    /// <summary>Returns <c>owner/name</c>.</summary>
    /// <returns>The repository's full name.</returns>
    public override string ToString() => Owner + "/" + Name;

    /// <summary>Compares owner and name, ignoring case as GitHub does.</summary>
    /// <param name="other">The repository to compare with.</param>
    /// <returns><see langword="true"/> when both name the same repository.</returns>
    public bool Equals(CodeRepository? other)
        => other is not null
           && string.Equals(Owner, other.Owner, StringComparison.OrdinalIgnoreCase)
           && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodeRepository);

    /// <inheritdoc/>
    public override int GetHashCode()
        => (StringComparer.OrdinalIgnoreCase.GetHashCode(Owner), StringComparer.OrdinalIgnoreCase.GetHashCode(Name)).GetHashCode();
}
