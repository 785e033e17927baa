using System;
using System.IO;

namespace EfficientArchitectures.Tests.TestSupport;

/// <summary>Paths inside the repository, found by walking up to the folder that holds the solution.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string CatalogPath => Path.Combine(Root, "catalog", "efficient_architecture_llm.md");

    public static string CatalogText => File.ReadAllText(CatalogPath);


    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EfficientArchitectures.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EfficientArchitectures.sln not found above " + AppContext.BaseDirectory);
    }
}
