using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// The readings the held-out corpus (<see cref="ListCorpusTests"/>) asked for, one at a time: a bold title
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
        // The Year column gives its year to a venue cell that names none (the year of the venue, as the lists that
        // have one use it: ACL Findings 2024 here).
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ACL", 2024, "Findings", "ACL Findings"), entry.Venue);
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

    [Fact]
    public void A_title_in_quotation_marks_with_a_nickname_or_authors_before_it()
    {
        var document = Parse(
            "#### General Vision Transformer\n"
            + "* **ViT**: \"An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale\", ICLR, 2021 (*Google*). [[Paper](https://arxiv.org/abs/2010.11929)][[Tensorflow](https://github.com/google-research/vision_transformer)]\n"
            + "* **DINOv2**: \"DINOv2: Learning Robust Visual Features without Supervision\", arXiv, 2023 (*Meta*). [[Paper](https://arxiv.org/abs/2304.07193)]\n"
            + "- Yaniv Leviathan, Matan Kalman and Yossi Matias, \u201CFast Inference from Transformers via Speculative Decoding,\u201D ICML 2023. [[pdf](https://arxiv.org/pdf/2211.17192)]\n"
            + "- The \"Clever Hans\" Effect in Language Models [[Paper]](https://arxiv.org/abs/2401.00003)\n");
        Assert.Equal(4, document.Entries.Count);
        var vit = document.Entries[0];
        Assert.Equal("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", vit.Title);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ICLR", 2021, null, "ICLR, 2021"), vit.Venue);
        Assert.Empty(vit.Authors);
        Assert.Equal(new RepositoryInfo("google-research", "vision_transformer"), vit.Repository);
        Assert.Equal("DINOv2: Learning Robust Visual Features without Supervision", document.Entries[1].Title);
        Assert.Null(document.Entries[1].Venue);
        var ieee = document.Entries[2];
        Assert.Equal("Fast Inference from Transformers via Speculative Decoding", ieee.Title);
        Assert.Equal(new[] { "Yaniv Leviathan", "Matan Kalman", "Yossi Matias" }, ieee.Authors);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ICML", 2023, null, "ICML 2023"), ieee.Venue);
        Assert.Equal("The \"Clever Hans\" Effect in Language Models", document.Entries[3].Title); // quotes inside a title stay
    }

    [Fact]
    public void Without_a_title_column_the_paper_column_holds_the_titles_and_a_leaderboard_stays_skipped()
    {
        var document = Parse(
            "## Milestone Papers\n"
            + "|  Date  |       keywords       |    Institute    | Paper | Publication |\n| :-----: | :------------------: | :--------------: | :--- | :---------: |\n"
            + "| 2017-06 | Transformers | Google | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) | NeurIPS<br>  ![Dynamic JSON Badge](https://img.shields.io/badge/dynamic/json?url=x&label=citation) |\n"
            + "| 2019-02 | GPT 2.0 | OpenAI | [Language Models are Unsupervised Multitask Learners](https://cdn.example.org/language_models_are_unsupervised_multitask_learners.pdf) | ![Dynamic JSON Badge](https://img.shields.io/badge/dynamic/json?url=y&label=citation) |\n"
            + "\n## Leaderboard\n| Model | MMLU | Paper |\n| --- | --- | --- |\n| GPT-4 | 86.4 | [Paper](https://arxiv.org/abs/2303.08774) |\n"
            + "\n## Datasets\n| Name | Paper | Type |\n|:-----|:-----:|:----:|\n"
            + "| **COYO-700M** | [COYO-700M: Image-Text Pair Dataset](https://github.com/kakaobrain/coyo-dataset/) | Caption |\n"
            + "| **ShareGPT4Video** | [ShareGPT4Video: Improving Video Understanding and Generation with Better Captions](https://arxiv.org/pdf/2406.04325v1) | Caption |\n");
        Assert.Equal(
            new[] { "Attention Is All You Need", "Language Models are Unsupervised Multitask Learners", "ShareGPT4Video: Improving Video Understanding and Generation with Better Captions" },
            document.Entries.Select(entry => entry.Title));
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "NeurIPS", null, null, "NeurIPS"), document.Entries[0].Venue);
        Assert.Null(document.Entries[1].Venue);
        Assert.Equal(new ArxivReference("2406.04325", 1), document.Entries[2].Arxiv);
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0002");
    }

    [Fact]
    public void Venue_after_the_authors_of_a_bold_text_title_and_a_nickname_in_parentheses_after_the_links()
    {
        var document = Parse(
            "### Models\n"
            + "4. **Deep contextualized word representations**. *Matthew E. Peters, Mark Neumann, Luke Zettlemoyer*. NAACL 2018. [[pdf](https://arxiv.org/pdf/1802.05365.pdf)] [[project](https://allennlp.org/elmo)] (**ELMo**)\n"
            + "5. **TinyBERT: Distilling BERT for Natural Language Understanding**. *Xiaoqi Jiao, Yichun Yin*. Findings of EMNLP 2020. [[pdf](https://arxiv.org/pdf/1909.10351)]\n"
            + "6. **RoBERTa: A Robustly Optimized BERT Pretraining Approach**. *Yinhan Liu, Myle Ott*. arXiv 2019. [[pdf](https://arxiv.org/pdf/1907.11692.pdf)] (**RoBERTa**)\n");
        Assert.Equal(3, document.Entries.Count);
        var elmo = document.Entries[0];
        Assert.Equal("Deep contextualized word representations", elmo.Title);
        Assert.Equal(new[] { "Matthew E. Peters", "Mark Neumann", "Luke Zettlemoyer" }, elmo.Authors);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "NAACL", 2018, null, "NAACL 2018"), elmo.Venue);
        Assert.Equal(("EMNLP", (int?)2020, "Findings"), (document.Entries[1].Venue!.Name, document.Entries[1].Venue!.Year, document.Entries[1].Venue!.Track));
        Assert.Null(document.Entries[2].Venue);
    }

    [Fact]
    public void A_venue_in_parentheses_at_the_end_of_a_title_link()
    {
        var document = Parse(
            "* Online Resources:\n"
            + "    * [A Survey on Vision Transformer (TPAMI 2022)](https://arxiv.org/abs/2012.12556)\n"
            + "    * [Transformers in Vision: A Survey (ACM CSUR 2022)](https://arxiv.org/abs/2101.01169)\n"
            + "* [Mixtral of Experts (Mistral AI)](https://arxiv.org/abs/2401.04088). Albert Q. Jiang.\n");
        Assert.Equal(
            new[] { ("A Survey on Vision Transformer", "TPAMI 2022"), ("Transformers in Vision: A Survey", "ACM CSUR 2022"), ("Mixtral of Experts (Mistral AI)", "") },
            document.Entries.Select(entry => (entry.Title, ListCorpus.VenueText(entry.Venue))));
    }

    [Fact]
    public void A_numbered_bold_name_in_a_table_cell_then_a_description_and_a_first_author_et_al_with_the_venue()
    {
        var document = Parse(
            "## Top ML Papers of the Week (May 22 - May 28) - 2023\n| **Paper**  | **Links** |\n| ------------- | ------------- |\n"
            + "| 1) **QLoRA** - an efficient finetuning approach that reduces memory usage enough to finetune a 65B parameter model on a single 48GB GPU, while preserving performance. | [Paper](https://arxiv.org/abs/2305.14314), [Tweet](https://x.com/dair_ai/status/1) |\n"
            + "| 2) **Llama 3** - a family of LLMs that include 8B and 70B models. | [Paper](https://ai.meta.com/blog/meta-llama-3/), [Tweet](https://x.com/AIatMeta/status/2) |\n"
            + "\n## Agents\n"
            + "- [2023/03] **Reflexion: Language Agents with Verbal Reinforcement Learning.** *Noah Shinn et al. NeurIPS 2023.* [[paper](https://arxiv.org/abs/2303.11366)] [[code](https://github.com/noahshinn/reflexion)]\n"
            + "- [2021/12] **WebGPT: Browser-assisted question-answering with human feedback.** *Reiichiro Nakano et al. arXiv.* [[paper](https://arxiv.org/abs/2112.09332)]\n");
        Assert.Equal(4, document.Entries.Count);
        Assert.Equal(("QLoRA", "https://arxiv.org/abs/2305.14314"), (document.Entries[0].Title, document.Entries[0].Url));
        Assert.Empty(document.Entries[0].Authors); // the description is not an author list
        Assert.Equal(("Llama 3", "https://ai.meta.com/blog/meta-llama-3/"), (document.Entries[1].Title, document.Entries[1].Url));
        var reflexion = document.Entries[2];
        Assert.Equal("Reflexion: Language Agents with Verbal Reinforcement Learning", reflexion.Title);
        Assert.Equal(new[] { "Noah Shinn" }, reflexion.Authors);
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023"), reflexion.Venue);
        Assert.Equal(new[] { "Reiichiro Nakano" }, document.Entries[3].Authors);
        Assert.Null(document.Entries[3].Venue);
    }
}
