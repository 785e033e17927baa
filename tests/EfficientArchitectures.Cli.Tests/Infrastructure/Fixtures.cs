namespace EfficientArchitectures.Cli.Tests.Infrastructure;

/// <summary>Small catalogs the tests write to disk, in the conventions of the real catalog.</summary>
public static class Fixtures
{
    /// <summary>A table row (line 6), a row without a title link (line 7, EA0002) and a bullet (line 10).</summary>
    public const string WithBadRow =
        """
        # Fixture papers

        ## Section One
        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[![Publish](https://img.shields.io/badge/Conference-NeurIPS'24-blue)]()<br>[Fixture Net: A Test Paper, With Commas](https://arxiv.org/abs/2402.00001) <br> Alice Smith, Bob "Bobby" Jones |<img width="1002" alt="image" src="figures/fx.png"> |[Github](https://github.com/example/fixture-net) <br> [Paper](https://arxiv.org/abs/2402.00001)|[//]: #05/17
        |No title link here <br> Nobody |  | |

        ## Section Two
        * [Title](https://arxiv.org/abs/2401.00001). Author A, Author B. [[Paper]](https://arxiv.org/abs/2401.00001)

        """;

    /// <summary>The same catalog without the bad row (so the bullet is on line 9): no diagnostics.</summary>
    public const string Clean =
        """
        # Fixture papers

        ## Section One
        | Title & Authors | Introduction | Links |
        |:--|  :----: | :---:|
        |[![Publish](https://img.shields.io/badge/Conference-NeurIPS'24-blue)]()<br>[Fixture Net: A Test Paper, With Commas](https://arxiv.org/abs/2402.00001) <br> Alice Smith, Bob "Bobby" Jones |<img width="1002" alt="image" src="figures/fx.png"> |[Github](https://github.com/example/fixture-net) <br> [Paper](https://arxiv.org/abs/2402.00001)|[//]: #05/17

        ## Section Two
        * [Title](https://arxiv.org/abs/2401.00001). Author A, Author B. [[Paper]](https://arxiv.org/abs/2401.00001)

        """;
}
