using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Issue 9, the readings the held-out corpus (<see cref="ListCorpusTests"/>) asked for, one at a time: a bold title
/// with its venue in <c>&lt;ins&gt;</c>, "Findings" before the year, a venue or preprint where the authors would
/// stand, a bracket inside a bold text title, projects in paper tables, slides that are PDFs.
/// </summary>
public sealed class OtherListStyleTests
{
    private static CatalogDocument Parse(string text) => CatalogParser.Parse(text, "list.md");

    [Fact]
    public void Bold_title_then_venue_in_ins_tags()
    {
        var document = Parse(
            "## Quantization\n"
            + "- **GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers**, <ins>ICLR, 2023</ins> [[Pdf](https://arxiv.org/abs/2210.17323)] [[Code](https://github.com/IST-DASLab/gptq)]\n"
            + "- **BitNet: Scaling 1-bit Transformers for Large Language Models**, <ins>arXiv, 2023</ins> [[Paper](https://arxiv.org/abs/2310.11453)]\n"
            + "- **Distilling Step-by-Step!**, <ins>ACL Findings, 2023</ins> [[Paper](https://arxiv.org/abs/2305.02301)]\n");
        Assert.Equal(3, document.Entries.Count);
        var gptq = document.Entries[0];
        Assert.Equal("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", gptq.Title);
        Assert.Equal("https://arxiv.org/abs/2210.17323", gptq.Url);
        Assert.Empty(gptq.Authors);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ICLR", 2023, null, "ICLR, 2023"), gptq.Venue);
        Assert.Equal(new RepositoryInfo("IST-DASLab", "gptq"), gptq.Repository);
        Assert.Equal("BitNet: Scaling 1-bit Transformers for Large Language Models", document.Entries[1].Title);
        Assert.Null(document.Entries[1].Venue); // a preprint server is not a venue
        Assert.Equal("Distilling Step-by-Step!", document.Entries[2].Title);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ACL", 2023, "Findings", "ACL Findings, 2023"), document.Entries[2].Venue);
    }

    [Theory]
    [InlineData("Findings of EMNLP 2024", "EMNLP", 2024)]
    [InlineData("Findings of the ACL 2023", "ACL", 2023)]
    [InlineData("NAACL Findings 2024", "NAACL", 2024)]
    [InlineData("EMNLP 2023 Findings", "EMNLP", 2023)]
    public void Findings_before_or_after_the_year_is_the_track(string label, string name, int year)
    {
        var entry = Assert.Single(Parse("- A Findings Paper [[" + label + "]](https://arxiv.org/abs/2401.00001)\n").Entries);
        Assert.Equal((name, (int?)year, "Findings"), (entry.Venue!.Name, entry.Venue.Year, entry.Venue.Track));
    }

    [Fact]
    public void Venue_cell_with_findings_and_no_year()
    {
        var document = Parse(
            "| Year | Title | Type | Venue | Paper | code |\n| ---- | ----- | ---- | ----- | ----- | ---- |\n"
            + "| 2024 | PyramidInfer: Pyramid KV Cache Compression for High-throughput LLM Inference | Token Dropping | ACL Findings | [Link](https://arxiv.org/abs/2405.12532) | [Link](https://github.com/mutonix/pyramidinfer) |\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("PyramidInfer: Pyramid KV Cache Compression for High-throughput LLM Inference", entry.Title);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ACL", null, "Findings", "ACL Findings"), entry.Venue);
        Assert.Equal(new RepositoryInfo("mutonix", "pyramidinfer"), entry.Repository);
    }

    [Fact]
    public void A_venue_where_the_authors_would_stand_is_the_venue_and_what_follows_is_no_author()
    {
        var document = Parse(
            "### Training\n"
            + "- [ZeRO: Memory Optimizations Toward Training Trillion Parameter Models](https://arxiv.org/abs/1910.02054) SC'20. Partitions optimizer states, gradients and parameters.\n"
            + "- [ZeRO-Offload: Democratizing Billion-Scale Model Training](https://arxiv.org/abs/2101.06840) USENIX ATC'21. Offloads optimizer states and computation to the CPU.\n"
            + "- [Training Deep Nets with Sublinear Memory Cost](https://arxiv.org/abs/1604.06174) arXiv'16. Checkpointing, and recomputation.\n"
            + "1. [**Leave No Context Behind: Efficient Infinite Context Transformers with Infini-attention.**](https://arxiv.org/abs/2404.07143) Arxiv 2024.\n"
            + "2. [**Quest: Query-Aware Sparsity for Efficient Long-Context LLM Inference.**](https://arxiv.org/abs/2406.10774) *Jiaming Tang, Yilong Zhao.* ICML 2024.\n");
        Assert.Equal(5, document.Entries.Count);
        Assert.All(document.Entries.Take(4), entry => Assert.Empty(entry.Authors));
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "SC", 2020, null, "SC'20"), document.Entries[0].Venue);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "USENIX ATC", 2021, null, "USENIX ATC'21"), document.Entries[1].Venue);
        Assert.Null(document.Entries[2].Venue);
        Assert.Equal("Leave No Context Behind: Efficient Infinite Context Transformers with Infini-attention", document.Entries[3].Title);
        Assert.Null(document.Entries[3].Venue);
        Assert.Equal(new[] { "Jiaming Tang", "Yilong Zhao" }, document.Entries[4].Authors); // names first: no change
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML 2024"), document.Entries[4].Venue);
    }

    [Fact]
    public void Brackets_inside_a_bold_text_title_stay_and_a_nickname_before_one_goes()
    {
        var document = Parse(
            "- **[CLS] Attention is All You Need for Training-Free Visual Token Pruning** [[Paper]](https://arxiv.org/pdf/2412.01818)\n"
            + "- (2024-12) **[MASK] Is All You Need** [paper](https://arxiv.org/abs/2412.06787)\n"
            + "- [**vLLM**] Efficient Memory Management for Large Language Model Serving with PagedAttention [[pdf]](https://arxiv.org/pdf/2309.06180)\n");
        Assert.Equal(
            new[] { "[CLS] Attention is All You Need for Training-Free Visual Token Pruning", "[MASK] Is All You Need", "Efficient Memory Management for Large Language Model Serving with PagedAttention" },
            document.Entries.Select(entry => entry.Title));
    }

    [Fact]
    public void Projects_in_a_paper_table_are_not_papers()
    {
        var document = Parse(
            "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n"
            + "|[![Star](https://img.shields.io/github/stars/ggerganov/llama.cpp.svg?style=social&label=Star)](https://github.com/ggerganov/llama.cpp)<br>[llama.cpp](https://github.com/ggerganov/llama.cpp) <br> Inference of LLaMA model in pure C/C++ | |[Github](https://github.com/ggerganov/llama.cpp)|\n"
            + "|[![Star](https://img.shields.io/github/stars/horseee/LLM-Pruner.svg?style=social&label=Star)](https://github.com/horseee/LLM-Pruner)<br>[LLM-Pruner: On the Structural Pruning of Large Language Models](https://github.com/horseee/LLM-Pruner) <br> Xinyin Ma, Gongfan Fang, Xinchao Wang | |[Github](https://github.com/horseee/LLM-Pruner) <br> [Paper](https://arxiv.org/abs/2305.11627)|\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("LLM-Pruner: On the Structural Pruning of Large Language Models", entry.Title);
        Assert.Equal(new ArxivReference("2305.11627", null), entry.Arxiv);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Slides_are_not_the_paper_even_as_a_pdf()
    {
        var document = Parse(
            "### Survey\n"
            + "- Toward Highly Available, Intelligent Cloud and ML Systems [[Slide]](http://sysnlp.com/slides/2019.pdf)\n"
            + "- Efficient Inference at Scale [[Video]](https://example.org/talk.pdf) [[Paper]](https://example.org/paper.pdf)\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("Efficient Inference at Scale", entry.Title);
        Assert.Equal("https://example.org/paper.pdf", entry.Url);
    }
}
