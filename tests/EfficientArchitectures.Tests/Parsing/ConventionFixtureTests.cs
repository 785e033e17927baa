using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Lists written in the conventions of other maintainers' paper lists (the fourteen conventions of the issue
/// and variations of them, none of them copied from this repository's catalog). Every field of every entry is
/// asserted, and so is every diagnostic: what is not a paper must not become one, and a paper link whose title
/// cannot be read is reported at its line. Dates, nicknames and affiliations are read so that they are taken off the
/// title; the model has no field for them.
/// </summary>
public sealed class ConventionFixtureTests
{
    /// <summary>Every fixture of this class, for the never-silence property.</summary>
    internal static readonly (string Name, string Text)[] All =
    {
        (nameof(PlainTitleBullets), PlainTitleBullets),
        (nameof(LooseAndNumberedItems), LooseAndNumberedItems),
        (nameof(HeaderTables), HeaderTables),
        (nameof(NotPapers), NotPapers),
        (nameof(MoreVariations), MoreVariations),
        (nameof(PaperHosts), PaperHosts),
    };

    /// <summary>Conventions 1 and 3-7, 9, 13: titles written as text, links labelled Paper, pdf, a date or a venue, tags around the title.</summary>
    internal const string PlainTitleBullets =
        """
        # Awesome Compression
        ## Surveys
        - A Survey on Model Compression for Large Language Models <br> TACL [[Paper]](https://arxiv.org/abs/2308.07633)
        - Efficient Large Language Models: A Survey <br> TMLR 2024 [[Paper]](https://arxiv.org/abs/2312.03863) [[Code]](https://github.com/AIoT-MLSys-Lab/Efficient-LLMs-Survey)
        * Demystifying Long Chain-of-Thought Reasoning in LLMs [[Paper]](https://arxiv.org/pdf/2502.03373) ![](https://img.shields.io/badge/pdf-2025.02-red)
        * s1: Simple test-time scaling [[Paper]](https://arxiv.org/pdf/2501.19393) [[Code]](https://github.com/simplescaling/s1) ![](https://img.shields.io/badge/pdf-2025.01-red)
        ## MoE
        - Scalable and Efficient MoE Training for Multitask Multilingual Models (arXiv'21) [link to paper](https://arxiv.org/pdf/2109.10465.pdf)
        - Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints (ICLR'23) [link to paper](https://openreview.net/forum?id=T5nUQDrM4u)
        - GLaM: Efficient Scaling of Language Models with Mixture-of-Experts [[13 Dec 2021]](https://arxiv.org/abs/2112.06905)
        - Brainformers: Trading Simplicity for Efficiency [[ICML 2023]](https://arxiv.org/abs/2306.00008)
        - (2023-05) **LIMA: Less Is More for Alignment** [paper](https://arxiv.org/abs/2305.11206)
        - (2024-01) **Mixtral of Experts** Albert Q. Jiang, Alexandre Sablayrolles [paper](https://huggingface.co/papers/2401.04088)
        - OLMoE: Open Mixture-of-Experts Language Models [Sep 2024] [Paper](https://arxiv.org/abs/2409.02060)
        - PAD-Net: An Efficient Framework for Dynamic Networks [[ACL 2023](https://arxiv.org/abs/2211.05528)]
        - DeepSeekMoE: Towards Ultimate Expert Specialization [[ACL 2024](https://aclanthology.org/2024.acl-long.70/)] [[Code](https://github.com/deepseek-ai/DeepSeek-MoE)]

        """;

    /// <summary>Conventions 8, 10-12: loose items, titles with brackets, venues after the authors (wrapped too), initials and abbreviations in names.</summary>
    internal const string LooseAndNumberedItems =
        """
        ## Pruning
        - SDMPrune: Self-Distillation MLP Pruning for Efficient Large Language Models

          Arxiv 2025  [[Paper]](https://arxiv.org/abs/2506.11120) [[Code]](https://github.com/visresearch/SDMPrune)

        - Týr-the-Pruner: Unlocking Accurate 50% Structural Pruning for LLMs via Global Sparsity Distribution Optimization

          ICLR 2025 [[Paper]](https://openreview.net/forum?id=abc123)

        ## Tokens
        57. [**[CLS] Attention is All You Need for Training-Free Visual Token Pruning: Make VLM Inference Faster**](https://arxiv.org/pdf/2412.01818)
        58. [**[MASK] Is All You Need.**](https://arxiv.org/abs/2412.06787) *Vincent Tao Hu, Björn Ommer.* CVPR 2025.
        59. [**Quest: Query-Aware Sparsity for Efficient Long-Context LLM Inference.**](https://arxiv.org/abs/2406.10774) *Jiaming Tang, Yilong Zhao, Kan Zhu, Guangxuan Xiao, Baris Kasikci, Song Han.* ICML 2024. [![GitHub Repo stars](https://img.shields.io/github/stars/mit-han-lab/Quest)](https://github.com/mit-han-lab/Quest)
        60. [**Title Wrapped Authors.**](https://arxiv.org/abs/2501.00001) *Amy One, Bo Two, Zicheng Liu, Emad Barsoum
        .* ACL 2025 Industry Track.
        61. [**Initials Title.**](https://arxiv.org/abs/2501.00002) *Md. Shohanur Islam Sobuj, K.-H. Lee, Albert Q. Jiang.* EMNLP 2024 Findings.

        """;

    /// <summary>Convention 2 and tables whose header says what the columns are, wherever they stand.</summary>
    internal const string HeaderTables =
        """
        ## Inference
        |Date|Title|Paper|Code|Recom|
        |:---:|:---:|:---:|:---:|:---:|
        |2024.05| 🔥🔥🔥[DeepSeek-V2] DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model(@DeepSeek-AI)|[[pdf]](https://arxiv.org/pdf/2405.04434) | [[DeepSeek-V2]](https://github.com/deepseek-ai/DeepSeek-V2) ![](https://img.shields.io/github/stars/deepseek-ai/DeepSeek-V2.svg?style=social) | ⭐️⭐️ |
        |2023.10|🔥[**Flash-Decoding**] Flash-Decoding for long-context inference(@Stanford University etc)|[[blog]](https://crfm.stanford.edu/2023/10/12/flashdecoding.html)|[[flash-attention]](https://github.com/Dao-AILab/flash-attention) ![](https://img.shields.io/github/stars/Dao-AILab/flash-attention.svg?style=social)|⭐️⭐️ |
        |2022.05|🔥[FlashAttention] Fast and Memory-Efficient Exact Attention with IO-Awareness(@Stanford University etc)|[[pdf]](https://arxiv.org/pdf/2205.14135)|[[flash-attention]](https://github.com/Dao-AILab/flash-attention) ![](https://img.shields.io/github/stars/Dao-AILab/flash-attention.svg?style=social)|⭐️ |

        | Paper | Venue | Authors | Date | Code |
        |---|---|---|---|---|
        | [Title As Link: Column Order](https://arxiv.org/abs/2401.00101) | NeurIPS 2024 | Ann One, Bob Two | 2024.01 | [code](https://github.com/o/r) |

        | Year | Title | Venue | Paper | Code |
        |---|---|---|---|---|
        | 2023 | Plain Title In Third Column | ICML | [arXiv](https://arxiv.org/abs/2301.00102) | [GitHub](https://github.com/o/r2) |

        """;

    /// <summary>Convention 14: tools, books, tutorials, apps and models are not papers; a paper link with no readable title is reported.</summary>
    internal const string NotPapers =
        """
        ## Tools
        - [vLLM](https://github.com/vllm-project/vllm): A high-throughput and memory-efficient inference engine.
        - llama.cpp [[Code]](https://github.com/ggerganov/llama.cpp)
        ## Tutorials and books
        - [Dive into Deep Learning](https://d2l.ai/) - An interactive deep learning book.
        - Deep Learning Book [[PDF]](https://www.deeplearningbook.org/front_matter.pdf)
        - Efficient Transformers tutorial, NeurIPS 2023 [[Slides]](https://example.org/slides.pdf)
        - [LLM Course](https://github.com/mlabonne/llm-course) ![Stars](https://img.shields.io/github/stars/mlabonne/llm-course)
        ## Apps and models
        - [MLC Chat app](https://apps.apple.com/app/mlc-chat/id6448482937)
        - Mixtral-8x7B [[Model]](https://huggingface.co/mistralai/Mixtral-8x7B-v0.1)
        - [Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)
        ## Papers
        - Real Paper Among Tools: A Study [[Paper]](https://arxiv.org/abs/2401.00201)
        - [[Paper]](https://arxiv.org/abs/2401.00202) [[Code]](https://github.com/o/untitled)

        """;

    /// <summary>Variations: a venue and authors on their own lines, a date label, a bracketed date before emphasis, a star, et al., Jr., a table of text titles with authors and a row with nothing to read (EA0002).</summary>
    internal const string MoreVariations =
        """
        # More variations
        ## Bullets
        - LLM-Pruner: On the Structural Pruning of Large Language Models <br> NeurIPS 2023 <br> Xinyin Ma, Gongfan Fang, Xinchao Wang [[Paper]](https://arxiv.org/abs/2305.11627) [[Code]](https://github.com/horseee/LLM-Pruner)
        - Wanda: A Simple and Effective Pruning Approach for Large Language Models [[2023/06]](https://arxiv.org/abs/2306.11695)
        - [2024-02] **BitNet b1.58: The Era of 1-bit LLMs** [[paper]](https://arxiv.org/abs/2402.17764)
        - Mamba: Linear-Time Sequence Modeling with Selective State Spaces [Dec 2023] [[Paper]](https://arxiv.org/abs/2312.00752) [[Code]](https://github.com/state-spaces/mamba)
        - GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding (ICLR 2021) [link to paper](https://openreview.net/forum?id=qrwe7XHTmYb)
        * ⭐ Retentive Network: A Successor to Transformer for Large Language Models [[Paper]](https://arxiv.org/pdf/2307.08621) ![](https://img.shields.io/badge/pdf-2023.07-red)
        1. [**Efficient Streaming Language Models with Attention Sinks.**](https://arxiv.org/abs/2309.17453) *Guangxuan Xiao, Yuandong Tian, Beidi Chen, Song Han, Mike Lewis, et al.* ICLR 2024.
        2. [**Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression at Test Time.**](https://arxiv.org/abs/2305.17118) *Zichang Liu, Aditya Desai, John Smith Jr., Anshumali Shrivastava.* NeurIPS 2023.

        ## Tables
        | Title | Paper |
        |---|---|
        | Griffin: Mixing Gated Linear Recurrences with Local Attention for Efficient Language Models <br> Soham De, Samuel L. Smith | [PDF](https://arxiv.org/pdf/2402.19427) |
        | 🚀 Hymba: A Hybrid-head Architecture for Small Language Models (@NVIDIA) | [arXiv](https://arxiv.org/abs/2411.13676) |
        | A Row Without Links | |

        """;

    /// <summary>Convention 13: proceedings, DOI, alphaXiv, Hugging Face, ACL Anthology and bare PDF links are paper links; an arXiv id is read from any of them.</summary>
    internal const string PaperHosts =
        """
        ## Hosts
        - Attention Is All You Need [[Paper]](https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf)
        - Mixtral of Experts [[DOI]](https://doi.org/10.48550/arXiv.2401.04088)
        - FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning [[Paper]](https://www.alphaxiv.org/abs/2307.08691)
        - Some Workshop Paper [[PDF]](https://example.org/papers/workshop.pdf)
        - Lost In Hosts [[Paper]](https://huggingface.co/papers/not-an-id)
        * [Proceedings Title Link](https://proceedings.mlr.press/v202/xyz23a.html). Ann One, Bob Two. ICML 2023.
        * [ACL Title Link](https://aclanthology.org/2024.acl-long.1/), Cy Three and Di Four. [[Paper]](https://aclanthology.org/2024.acl-long.1.pdf)

        """;

    [Fact]
    public void PlainTitleBullets_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(PlainTitleBullets, "a.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (3, B("A Survey on Model Compression for Large Language Models", "https://arxiv.org/abs/2308.07633", Authors(), Ax("2308.07633"), new VenueInfo(VenueKind.Unspecified, "TACL", null, null, "TACL"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2308.07633")), NoTags, null, "Surveys", false, null)),
            (4, B("Efficient Large Language Models: A Survey", "https://arxiv.org/abs/2312.03863", Authors(), Ax("2312.03863"), new VenueInfo(VenueKind.Unspecified, "TMLR", 2024, null, "TMLR 2024"), Repo("AIoT-MLSys-Lab", "Efficient-LLMs-Survey"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2312.03863"), (LinkKind.Code, "Code", "https://github.com/AIoT-MLSys-Lab/Efficient-LLMs-Survey")), NoTags, null, "Surveys", false, null)),
            (5, B("Demystifying Long Chain-of-Thought Reasoning in LLMs", "https://arxiv.org/pdf/2502.03373", Authors(), Ax("2502.03373"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2502.03373")), Tags("pdf-2025.02"), null, "Surveys", false, null)),
            (6, B("s1: Simple test-time scaling", "https://arxiv.org/pdf/2501.19393", Authors(), Ax("2501.19393"), null, Repo("simplescaling", "s1"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2501.19393"), (LinkKind.Code, "Code", "https://github.com/simplescaling/s1")), Tags("pdf-2025.01"), null, "Surveys", false, null)),
            (8, B("Scalable and Efficient MoE Training for Multitask Multilingual Models", "https://arxiv.org/pdf/2109.10465.pdf", Authors(), Ax("2109.10465"), null, null, Links((LinkKind.Paper, "link to paper", "https://arxiv.org/pdf/2109.10465.pdf")), NoTags, null, "MoE", false, null)),
            (9, B("Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints", "https://openreview.net/forum?id=T5nUQDrM4u", Authors(), null, new VenueInfo(VenueKind.Unspecified, "ICLR", 2023, null, "ICLR'23"), null, Links((LinkKind.Paper, "link to paper", "https://openreview.net/forum?id=T5nUQDrM4u")), NoTags, null, "MoE", false, null)),
            (10, B("GLaM: Efficient Scaling of Language Models with Mixture-of-Experts", "https://arxiv.org/abs/2112.06905", Authors(), Ax("2112.06905"), null, null, Links((LinkKind.Paper, "13 Dec 2021", "https://arxiv.org/abs/2112.06905")), NoTags, null, "MoE", false, null)),
            (11, B("Brainformers: Trading Simplicity for Efficiency", "https://arxiv.org/abs/2306.00008", Authors(), Ax("2306.00008"), new VenueInfo(VenueKind.Unspecified, "ICML", 2023, null, "ICML 2023"), null, Links((LinkKind.Paper, "ICML 2023", "https://arxiv.org/abs/2306.00008")), NoTags, null, "MoE", false, null)),
            (12, B("LIMA: Less Is More for Alignment", "https://arxiv.org/abs/2305.11206", Authors(), Ax("2305.11206"), null, null, Links((LinkKind.Paper, "paper", "https://arxiv.org/abs/2305.11206")), NoTags, null, "MoE", false, null)),
            (13, B("Mixtral of Experts", "https://huggingface.co/papers/2401.04088", Authors("Albert Q. Jiang", "Alexandre Sablayrolles"), Ax("2401.04088"), null, null, Links((LinkKind.Paper, "paper", "https://huggingface.co/papers/2401.04088")), NoTags, null, "MoE", false, null)),
            (14, B("OLMoE: Open Mixture-of-Experts Language Models", "https://arxiv.org/abs/2409.02060", Authors(), Ax("2409.02060"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2409.02060")), NoTags, null, "MoE", false, null)),
            (15, B("PAD-Net: An Efficient Framework for Dynamic Networks", "https://arxiv.org/abs/2211.05528", Authors(), Ax("2211.05528"), new VenueInfo(VenueKind.Unspecified, "ACL", 2023, null, "ACL 2023"), null, Links((LinkKind.Paper, "ACL 2023", "https://arxiv.org/abs/2211.05528")), NoTags, null, "MoE", false, null)),
            (16, B("DeepSeekMoE: Towards Ultimate Expert Specialization", "https://aclanthology.org/2024.acl-long.70/", Authors(), null, new VenueInfo(VenueKind.Unspecified, "ACL", 2024, null, "ACL 2024"), Repo("deepseek-ai", "DeepSeek-MoE"), Links((LinkKind.Paper, "ACL 2024", "https://aclanthology.org/2024.acl-long.70/"), (LinkKind.Code, "Code", "https://github.com/deepseek-ai/DeepSeek-MoE")), NoTags, null, "MoE", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 3),
            ("EA0009", 4),
            ("EA0009", 5),
            ("EA0009", 6),
            ("EA0009", 8),
            ("EA0009", 9),
            ("EA0009", 10),
            ("EA0009", 11),
            ("EA0009", 12),
            ("EA0009", 14),
            ("EA0009", 15),
            ("EA0009", 16),
        }, document);
    }

    [Fact]
    public void LooseAndNumberedItems_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(LooseAndNumberedItems, "b.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("SDMPrune: Self-Distillation MLP Pruning for Efficient Large Language Models", "https://arxiv.org/abs/2506.11120", Authors(), Ax("2506.11120"), null, Repo("visresearch", "SDMPrune"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2506.11120"), (LinkKind.Code, "Code", "https://github.com/visresearch/SDMPrune")), NoTags, null, "Pruning", false, null)),
            (6, B("Týr-the-Pruner: Unlocking Accurate 50% Structural Pruning for LLMs via Global Sparsity Distribution Optimization", "https://openreview.net/forum?id=abc123", Authors(), null, new VenueInfo(VenueKind.Unspecified, "ICLR", 2025, null, "ICLR 2025"), null, Links((LinkKind.Paper, "Paper", "https://openreview.net/forum?id=abc123")), NoTags, null, "Pruning", false, null)),
            (11, B("[CLS] Attention is All You Need for Training-Free Visual Token Pruning: Make VLM Inference Faster", "https://arxiv.org/pdf/2412.01818", Authors(), Ax("2412.01818"), null, null, NoLinks, NoTags, null, "Tokens", false, null)),
            (12, B("[MASK] Is All You Need", "https://arxiv.org/abs/2412.06787", Authors("Vincent Tao Hu", "Björn Ommer"), Ax("2412.06787"), new VenueInfo(VenueKind.Unspecified, "CVPR", 2025, null, "CVPR 2025"), null, NoLinks, NoTags, null, "Tokens", false, null)),
            (13, B("Quest: Query-Aware Sparsity for Efficient Long-Context LLM Inference", "https://arxiv.org/abs/2406.10774", Authors("Jiaming Tang", "Yilong Zhao", "Kan Zhu", "Guangxuan Xiao", "Baris Kasikci", "Song Han"), Ax("2406.10774"), new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML 2024"), Repo("mit-han-lab", "Quest"), NoLinks, NoTags, null, "Tokens", false, null)),
            (14, B("Title Wrapped Authors", "https://arxiv.org/abs/2501.00001", Authors("Amy One", "Bo Two", "Zicheng Liu", "Emad Barsoum"), Ax("2501.00001"), new VenueInfo(VenueKind.Unspecified, "ACL", 2025, "Industry", "ACL 2025 Industry Track"), null, NoLinks, NoTags, null, "Tokens", false, null)),
            (16, B("Initials Title", "https://arxiv.org/abs/2501.00002", Authors("Md. Shohanur Islam Sobuj", "K.-H. Lee", "Albert Q. Jiang"), Ax("2501.00002"), new VenueInfo(VenueKind.Unspecified, "EMNLP", 2024, "Findings", "EMNLP 2024 Findings"), null, NoLinks, NoTags, null, "Tokens", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 2),
            ("EA0009", 6),
            ("EA0009", 11),
        }, document);
    }

    [Fact]
    public void HeaderTables_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(HeaderTables, "c.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (4, T("DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", "https://arxiv.org/pdf/2405.04434", Authors(), Ax("2405.04434"), null, Repo("deepseek-ai", "DeepSeek-V2"), Links((LinkKind.Paper, "pdf", "https://arxiv.org/pdf/2405.04434"), (LinkKind.Code, "DeepSeek-V2", "https://github.com/deepseek-ai/DeepSeek-V2")), NoTags, null, "Inference", true, null)),
            (6, T("Fast and Memory-Efficient Exact Attention with IO-Awareness", "https://arxiv.org/pdf/2205.14135", Authors(), Ax("2205.14135"), null, Repo("Dao-AILab", "flash-attention"), Links((LinkKind.Paper, "pdf", "https://arxiv.org/pdf/2205.14135"), (LinkKind.Code, "flash-attention", "https://github.com/Dao-AILab/flash-attention")), NoTags, null, "Inference", true, null)),
            (10, T("Title As Link: Column Order", "https://arxiv.org/abs/2401.00101", Authors("Ann One", "Bob Two"), Ax("2401.00101"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024"), Repo("o", "r"), Links((LinkKind.Code, "code", "https://github.com/o/r")), NoTags, null, "Inference", false, null)),
            (14, T("Plain Title In Third Column", "https://arxiv.org/abs/2301.00102", Authors(), Ax("2301.00102"), new VenueInfo(VenueKind.Unspecified, "ICML", 2023, null, "ICML"), Repo("o", "r2"), Links((LinkKind.Paper, "arXiv", "https://arxiv.org/abs/2301.00102"), (LinkKind.Code, "GitHub", "https://github.com/o/r2")), NoTags, null, "Inference", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 4),
            ("EA0009", 6),
            ("EA0009", 14),
        }, document);
    }

    [Fact]
    public void NotPapers_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(NotPapers, "d.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (14, B("Real Paper Among Tools: A Study", "https://arxiv.org/abs/2401.00201", Authors(), Ax("2401.00201"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00201")), NoTags, null, "Papers", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 14),
            ("EA0002", 15),
        }, document);
    }

    [Fact]
    public void MoreVariations_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(MoreVariations, "f.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (3, B("LLM-Pruner: On the Structural Pruning of Large Language Models", "https://arxiv.org/abs/2305.11627", Authors("Xinyin Ma", "Gongfan Fang", "Xinchao Wang"), Ax("2305.11627"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023"), Repo("horseee", "LLM-Pruner"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2305.11627"), (LinkKind.Code, "Code", "https://github.com/horseee/LLM-Pruner")), NoTags, null, "Bullets", false, null)),
            (4, B("Wanda: A Simple and Effective Pruning Approach for Large Language Models", "https://arxiv.org/abs/2306.11695", Authors(), Ax("2306.11695"), null, null, Links((LinkKind.Paper, "2023/06", "https://arxiv.org/abs/2306.11695")), NoTags, null, "Bullets", false, null)),
            (5, B("BitNet b1.58: The Era of 1-bit LLMs", "https://arxiv.org/abs/2402.17764", Authors(), Ax("2402.17764"), null, null, Links((LinkKind.Paper, "paper", "https://arxiv.org/abs/2402.17764")), NoTags, null, "Bullets", false, null)),
            (6, B("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "https://arxiv.org/abs/2312.00752", Authors(), Ax("2312.00752"), null, Repo("state-spaces", "mamba"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2312.00752"), (LinkKind.Code, "Code", "https://github.com/state-spaces/mamba")), NoTags, null, "Bullets", false, null)),
            (7, B("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", "https://openreview.net/forum?id=qrwe7XHTmYb", Authors(), null, new VenueInfo(VenueKind.Unspecified, "ICLR", 2021, null, "ICLR 2021"), null, Links((LinkKind.Paper, "link to paper", "https://openreview.net/forum?id=qrwe7XHTmYb")), NoTags, null, "Bullets", false, null)),
            (8, B("Retentive Network: A Successor to Transformer for Large Language Models", "https://arxiv.org/pdf/2307.08621", Authors(), Ax("2307.08621"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2307.08621")), Tags("pdf-2023.07"), null, "Bullets", true, null)),
            (9, B("Efficient Streaming Language Models with Attention Sinks", "https://arxiv.org/abs/2309.17453", Authors("Guangxuan Xiao", "Yuandong Tian", "Beidi Chen", "Song Han", "Mike Lewis"), Ax("2309.17453"), new VenueInfo(VenueKind.Unspecified, "ICLR", 2024, null, "ICLR 2024"), null, NoLinks, NoTags, null, "Bullets", false, null)),
            (10, B("Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression at Test Time", "https://arxiv.org/abs/2305.17118", Authors("Zichang Liu", "Aditya Desai", "John Smith Jr.", "Anshumali Shrivastava"), Ax("2305.17118"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023"), null, NoLinks, NoTags, null, "Bullets", false, null)),
            (15, T("Griffin: Mixing Gated Linear Recurrences with Local Attention for Efficient Language Models", "https://arxiv.org/pdf/2402.19427", Authors("Soham De", "Samuel L. Smith"), Ax("2402.19427"), null, null, Links((LinkKind.Paper, "PDF", "https://arxiv.org/pdf/2402.19427")), NoTags, null, "Tables", false, null)),
            (16, T("Hymba: A Hybrid-head Architecture for Small Language Models", "https://arxiv.org/abs/2411.13676", Authors(), Ax("2411.13676"), null, null, Links((LinkKind.Paper, "arXiv", "https://arxiv.org/abs/2411.13676")), NoTags, null, "Tables", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 4),
            ("EA0009", 5),
            ("EA0009", 6),
            ("EA0009", 7),
            ("EA0009", 8),
            ("EA0009", 16),
            ("EA0002", 17),
        }, document);
    }

    [Fact]
    public void PaperHosts_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(PaperHosts, "e.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("Attention Is All You Need", "https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf", Authors(), null, null, null, Links((LinkKind.Paper, "Paper", "https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf")), NoTags, null, "Hosts", false, null)),
            (3, B("Mixtral of Experts", "https://doi.org/10.48550/arXiv.2401.04088", Authors(), Ax("2401.04088"), null, null, Links((LinkKind.Paper, "DOI", "https://doi.org/10.48550/arXiv.2401.04088")), NoTags, null, "Hosts", false, null)),
            (4, B("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", "https://www.alphaxiv.org/abs/2307.08691", Authors(), Ax("2307.08691"), null, null, Links((LinkKind.Paper, "Paper", "https://www.alphaxiv.org/abs/2307.08691")), NoTags, null, "Hosts", false, null)),
            (5, B("Some Workshop Paper", "https://example.org/papers/workshop.pdf", Authors(), null, null, null, Links((LinkKind.Paper, "PDF", "https://example.org/papers/workshop.pdf")), NoTags, null, "Hosts", false, null)),
            (6, B("Lost In Hosts", "https://huggingface.co/papers/not-an-id", Authors(), null, null, null, Links((LinkKind.Paper, "Paper", "https://huggingface.co/papers/not-an-id")), NoTags, null, "Hosts", false, null)),
            (7, B("Proceedings Title Link", "https://proceedings.mlr.press/v202/xyz23a.html", Authors("Ann One", "Bob Two"), null, new VenueInfo(VenueKind.Unspecified, "ICML", 2023, null, "ICML 2023"), null, NoLinks, NoTags, null, "Hosts", false, null)),
            (8, B("ACL Title Link", "https://aclanthology.org/2024.acl-long.1/", Authors("Cy Three", "Di Four"), null, null, null, Links((LinkKind.Paper, "Paper", "https://aclanthology.org/2024.acl-long.1.pdf")), NoTags, null, "Hosts", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0009", 2),
            ("EA0009", 3),
            ("EA0009", 4),
            ("EA0009", 5),
            ("EA0009", 6),
        }, document);
    }

    [Fact]
    public void Under_a_news_heading_a_sentence_with_a_paper_link_is_news_and_the_papers_below_are_read()
    {
        const string text = """
            ## 🔥 News
            - [2024/05] We released our survey on efficient LLMs [[Paper]](https://arxiv.org/abs/2312.03863)
            - (2024-06) Added 20 papers [[link]](https://arxiv.org/abs/2401.00301)
            ## Papers
            - Efficient Large Language Models: A Survey [[Paper]](https://arxiv.org/abs/2312.03863)

            """;
        var document = CatalogParser.Parse(text, "news.md");
        AssertEntries(
            new[] { (5, B("Efficient Large Language Models: A Survey", "https://arxiv.org/abs/2312.03863", Authors(), Ax("2312.03863"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2312.03863")), NoTags, null, "Papers", false, null)) },
            document);
        AssertDiagnostics(new[] { ("EA0009", 5) }, document);
    }

    private static void AssertEntries((int Line, CatalogEntry Entry)[] expected, CatalogDocument document)
    {
        Assert.Equal(expected.Select(e => e.Line), document.Entries.Select(e => e.Line));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Entry, document.Entries[i] with { Span = default });
        }
    }

    private static void AssertDiagnostics((string RuleId, int Line)[] expected, CatalogDocument document)
        => Assert.Equal(expected, document.Diagnostics.Select(d => (d.RuleId, d.Span.Line)));

    private static CatalogEntry T(string title, string url, EquatableArray<string> authors, ArxivReference? arxiv, VenueInfo? venue, RepositoryInfo? repository, EquatableArray<LinkInfo> links, EquatableArray<string> tags, string? figure, string category, bool recommended, MonthDayInfo? added)
        => new(EntryShape.TableRow, title, url, authors, arxiv, venue, repository, links, tags, figure, category, recommended, added, default);

    private static CatalogEntry B(string title, string url, EquatableArray<string> authors, ArxivReference? arxiv, VenueInfo? venue, RepositoryInfo? repository, EquatableArray<LinkInfo> links, EquatableArray<string> tags, string? figure, string category, bool recommended, MonthDayInfo? added)
        => T(title, url, authors, arxiv, venue, repository, links, tags, figure, category, recommended, added) with { Shape = EntryShape.Bullet };

    private static EquatableArray<string> Authors(params string[] names) => names.ToEquatableArray();

    private static ArxivReference Ax(string id, int? version = null) => new(id, version);

    private static RepositoryInfo Repo(string owner, string name) => new(owner, name);

    private static EquatableArray<LinkInfo> Links(params (LinkKind Kind, string Label, string Url)[] links)
        => links.Select(link => new LinkInfo(link.Kind, link.Label, link.Url)).ToEquatableArray();

    private static EquatableArray<string> Tags(params string[] tags) => tags.ToEquatableArray();

    private static EquatableArray<LinkInfo> NoLinks => Links();

    private static EquatableArray<string> NoTags => Tags();
}
