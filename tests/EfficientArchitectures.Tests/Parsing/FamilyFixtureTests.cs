using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using EfficientArchitectures.Catalog.Planning;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Catalogs written the way the awesome-style lists of the family write them (none of them a file of this
/// repository): every field of every row is asserted, what is not a paper must not become one, and a paper that
/// cannot be read must be reported.
/// </summary>
public sealed class FamilyFixtureTests
{
    internal const string TableCatalog =
        "# Awesome-Efficient-LLM\n"
        + "\n"
        + "## Table of Contents\n"
        + "- [Network Pruning / Sparsity](#network-pruning--sparsity)\n"
        + "- [Quantization](#quantization)\n"
        + "- [KV Cache Compression](#kv-cache-compression)\n"
        + "\n"
        + "## News\n"
        + "- [2024/09] :fire: We released our survey [Efficient LLM survey](https://arxiv.org/abs/2312.03863)!\n"
        + "- 2024/06: added [20 papers](https://github.com/horseee/Awesome-Efficient-LLM/pull/12).\n"
        + "\n"
        + "## Network Pruning / Sparsity\n"
        + "| Title & Authors | Introduction | Links |\n"
        + "|:--|  :----: | :---:|\n"
        + "|[![Star](https://img.shields.io/github/stars/FMInference/H2O.svg?style=social&label=Star)](https://github.com/FMInference/H2O)[![Publish](https://img.shields.io/badge/Conference-NeurIPS'23-blue)]()<br>[H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models](https://arxiv.org/abs/2306.14048) <br> Zhenyu Zhang, Ying Sheng, Tianyi Zhou, Tianlong Chen | <img width=\"1002\" alt=\"image\" src=\"figures/H2O.png\"> |[Github](https://github.com/FMInference/H2O) <br> [Paper](https://arxiv.org/abs/2306.14048)|[//]: #Recommend\n"
        + "| [![Publish](https://img.shields.io/badge/Conference-EMNLP'24%20Findings-blue)]()  [![Star](https://img.shields.io/github/stars/hemingkx/Spec-Bench.svg?style=social&label=Star)](https://github.com/hemingkx/Spec-Bench)</br>[Unlocking Efficiency in Large Language Model Inference: A Comprehensive Survey of Speculative Decoding](http://arxiv.org/abs/2401.07851v2)</br>Heming Xia, Zhe Yang, Qingxiu Dong, Peiyi Wang, Yongqi Li, Tao Ge, Tianyu Liu, Wenjie Li, Zhifang Sui | <img width=\"302\" alt=\"image\" src=\"https://github.com/hemingkx/Spec-Bench/raw/main/fig.png\"> | [Github](https://github.com/hemingkx/Spec-Bench) <br> [Paper](http://arxiv.org/abs/2401.07851v2) | [//]: #10/02\n"
        + "|[![Publish](https://img.shields.io/badge/Conference-ICLR'24-blue)](https://openreview.net/forum?id=HkxLXnAcFQ)<br>[Dynamic Sparse No Training: Training-Free Fine-tuning for Sparse LLMs](https://openreview.net/forum?id=1ndDmZdT4g)<br>Yuxin Zhang, Lirui Zhao, Mingbao Lin, Yunyun Sun, Yiwu Yao, Xingjia Han, Jared Tanner, Shiwei Liu, Rongrong Ji | | [Paper](https://openreview.net/forum?id=1ndDmZdT4g)|\n"
        + "|![Type](https://img.shields.io/badge/Unstructured-C2A4A6) ![Publish](https://img.shields.io/badge/Conference-ICML'24%20Oral-blue) <br>[Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models](https://arxiv.org/pdf/2406.02924.pdf) <br> Peijie Dong, Lujun Li, Zhenheng Tang, Xiang Liu, Xinglin Pan, Qiang Wang, Xiaowen Chu |<img width=\"1002\" alt=\"image\" src=\"figures/pruner-zero.png\">|[Github](https://github.com/pprp/Pruner-Zero) <br> [Paper](https://arxiv.org/pdf/2406.02924.pdf)|\n"
        + "  |[![Star](https://img.shields.io/github/stars/VITA-Group/essential_sparsity.svg?style=social&label=Star)](https://github.com/VITA-Group/essential_sparsity)<br>[The Emergence of Essential Sparsity in Large Pre-trained Models: The Weights that Matter](https://arxiv.org/html/2306.03805v1)<br>Ajay Jaiswal, Shiwei Liu, Tianlong Chen, Zhangyang Wang| | [Github](https://github.com/VITA-Group/essential_sparsity) <br> [Paper](https://arxiv.org/html/2306.03805v1)|\n"
        + "\n"
        + "### Quantization\n"
        + "| Title & Authors | Introduction | Links |\n"
        + "|:--|  :----: | :---:|\n"
        + "|![Star](https://img.shields.io/github/stars/mit-han-lab/llm-awq.svg?style=social&label=Star)[![Publish](https://img.shields.io/badge/Conference-MLSys'24%20Best%20Paper-blue)]()<br>[AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration](https://arxiv.org/abs/2306.00978) <br> Ji Lin, Jiaming Tang, Haotian Tang, Shang Yang, Xingyu Dang, Song Han |<img width=\"1002\" alt=\"image\" src=\"figures/awq.png\"> |[Github](https://github.com/mit-han-lab/llm-awq) <br> [Paper](https://arxiv.org/abs/2306.00978)|\n"
        + "|[![Publish](https://img.shields.io/badge/Conference-ACL24'Findings-blue)]()<br>[*BitDistiller*: Unleashing the Potential of Sub-4-Bit LLMs via Self-Distillation](https://aclanthology.org/2024.acl-long.7/) <br> DaYou Du, Yijia Zhang, Shijie Cao, Jiaqi Guo, Ting Cao, Xiaowen Chu, Ningyi Xu | |[Github](https://github.com/DD-DuDa/BitDistiller) <br> [Paper](https://aclanthology.org/2024.acl-long.7/)| [//]: #Recommend\n"
        + "|[![Publish](https://img.shields.io/badge/Journal-TMLR_2025-blue)]()<br>[`QuIP#`: Even Better LLM Quantization with Hadamard Incoherence and Lattice Codebooks](https://arxiv.org/abs/2402.04396) <br> Albert Tseng, Jerry Chee, Qingyao Sun, Volodymyr Kuleshov, Christopher De Sa | |[Github](https://github.com/Cornell-RelaxML/quip-sharp) <br> [Paper](https://arxiv.org/abs/2402.04396)|\n"
        + "|[![Publish](https://img.shields.io/badge/Conference-LREC--COLING'24-blue)]()<br>[Quantization &amp; Pruning: Compressing [LLMs] Without Loss](https://arxiv.org/abs/2403.01234) <br> J. Smith, A. B. Jones, K.-H. Lee | | [Paper](https://arxiv.org/abs/2403.01234)|\n"
        + "|[![Publish](https://img.shields.io/badge/NAACL'25-blue)]()[![Publish](https://img.shields.io/badge/Workshop-ES--FoMo'24-blue)]()<br>[Rethinking Quantization: Lessons for LLMs](https://arxiv.org/abs/2405.00002v3) <br> Ana López, Björn Müller|  |[Paper](https://arxiv.org/abs/2405.00002v3) <br> [Project](https://rq.github.io/)|\n"
        + "\n"
        + "### KV Cache Compression :rocket:\n"
        + "| Title & Authors | Introduction | Links |\n"
        + "|:--|  :----: | :---:|\n"
        + "|[![Star](https://img.shields.io/github/stars/jy-yuan/KIVI.svg?style=social&label=Star)](https://github.com/jy-yuan/KIVI)[![Publish](https://img.shields.io/badge/Conference-ICML'24-blue)]()<br>[KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache](https://arxiv.org/abs/2402.02750) <br> Zirui Liu, Jiayi Yuan, Hongye Jin, Shaochen Zhong, Zhaozhuo Xu, Vladimir Braverman, Beidi Chen, Xia Hu |<img width=\"1002\" alt=\"image\" src=\"figures/kivi.png\"> |[Github](https://github.com/jy-yuan/KIVI) <br> [Paper](https://arxiv.org/abs/2402.02750)|\n"
        + "|\t[SnapKV: LLM Knows What You are Looking for Before Generation](https://arxiv.org/abs/2404.14469) <br> Yuhong Li, Yingbing Huang, Bowen Yang | |[Github](https://github.com/FasterDecoding/SnapKV) <br> [Paper](https://arxiv.org/abs/2404.14469)|[//]: #04/23\n"
        + "\n"
        + "## Leaderboard\n"
        + "| Model | Avg | Link |\n"
        + "|---|---|---|\n"
        + "| [Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B) | 66.6 | [HF](https://huggingface.co/meta-llama/Meta-Llama-3-8B) |\n"
        + "\n"
        + "## Related projects\n"
        + "- [llama.cpp](https://github.com/ggerganov/llama.cpp): LLM inference in C/C++.\n"
        + "- [vLLM](https://github.com/vllm-project/vllm) - A high-throughput serving engine.\n";

    internal const string BulletCatalog =
        "# Awesome Mixture of Experts [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
        + "\n"
        + "## Contents\n"
        + "* [Papers](#papers)\n"
        + "  * [Routing](#routing)\n"
        + "\n"
        + "## [Routing](https://example.org/routing) \U0001F9ED\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-ICML'23%20Oral-blue)]() [![Star](https://img.shields.io/github/stars/mit-han-lab/smoothquant.svg?style=social&label=Star)](https://github.com/mit-han-lab/smoothquant) [SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models](https://arxiv.org/abs/2211.10438). Guangxuan Xiao, Ji Lin, Mickael Seznec, Hao Wu, Julien Demouth, Song Han. [[Paper]](https://arxiv.org/abs/2211.10438)[[Github]](https://github.com/mit-han-lab/smoothquant)\n"
        + "* :star: [Mixtral of Experts](https://arxiv.org/abs/2401.04088v1). Albert Q. Jiang, Alexandre Sablayrolles, Antoine Roux. [[Paper]](https://arxiv.org/abs/2401.04088v1)\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-NeurIPS'22-blue)]() [Mixture-of-Experts with Expert Choice Routing](https://openreview.net/forum?id=jdJo1HIVinI). Yanqi Zhou, Tao Lei, Hanxiao Liu. [[Paper]](https://openreview.net/forum?id=jdJo1HIVinI)\n"
        + "* [![Star](https://img.shields.io/github/stars/lm-sys/FastChat.svg?style=social&label=Star)](https://github.com/lm-sys/FastChat) [**Judging LLM-as-a-Judge** with MT-Bench and Chatbot Arena](https://arxiv.org/abs/2306.05685). Lianmin Zheng, Wei-Lin Chiang, Ying Sheng, et al. [[Paper]](https://arxiv.org/abs/2306.05685) [[Github]](https://github.com/lm-sys/FastChat) [//]: #Recommend\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-ACL'24-blue)]() [DeepSeekMoE: Towards Ultimate Expert Specialization](https://github.com/deepseek-ai/DeepSeek-MoE). Damai Dai, Chengqi Deng, Chenggang Zhao.<br>[[Paper]](https://aclanthology.org/2024.acl-long.70/) [[Github]](https://github.com/deepseek-ai/DeepSeek-MoE)\n"
        + "- [![Publish](https://img.shields.io/badge/Journal-JMLR'22-blue)]() [Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity](https://jmlr.org/papers/v23/21-0998.html). William Fedus, Barret Zoph, Noam Shazeer. [[Paper]](https://arxiv.org/abs/2101.03961v3) [[Code]](https://github.com/google-research/t5x) [//]: #01/11\n"
        + "\n"
        + "### Systems\n"
        + "* [MegaBlocks: Efficient Sparse Training with Mixture-of-Experts](https://proceedings.mlsys.org/paper_files/paper/2023/hash/5a54f79333768effe7e8927bcccffe40-Abstract-mlsys2023.html). Trevor Gale, Deepak Narayanan, Cliff Young, Matei Zaharia. [[Paper]](https://arxiv.org/abs/2211.15841) [[Github]](https://github.com/databricks/megablocks)\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-NeurIPS'24-blue)]() [Read-ME: Refactorizing LLMs as Router-Decoupled Mixture of Experts with System Co-Design](https://arxiv.org/abs/2410.19123). Ruisi Cai, Yeonju Ro, Geon-Woo Kim.\n"
        + "* [Tutel: Adaptive Mixture-of-Experts at Scale](https://arxiv.org/abs/2206.03382). Changho Hwang, Wei Cui and Yifan Xiong. [[Paper]](https://arxiv.org/abs/2206.03382) [[Github]](https://github.com/microsoft/tutel)\n";

    internal const string OddBulletCatalog =
        "## KV Cache\n"
        + "1. [H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models.](https://arxiv.org/abs/2306.14048) *Zhenyu Zhang, Ying Sheng, Tianyi Zhou.* NeurIPS 2023. [![GitHub Repo stars](https://img.shields.io/github/stars/FMInference/H2O)](https://github.com/FMInference/H2O)\n"
        + "2. [SnapKV: LLM Knows What You are Looking for Before Generation](https://arxiv.org/pdf/2404.14469v2.pdf). Yuhong Li, Yingbing Huang. arXiv 2024. [[Paper](https://arxiv.org/pdf/2404.14469v2.pdf)] [[GitHub](https://github.com/FasterDecoding/SnapKV)]\n"
        + "- \U0001F525 [Efficient LLM Survey](https://arxiv.org/abs/2312.03863) is accepted by TMLR!\n"
        + "* [Title with \\[escaped\\] brackets: and `code_span` &amp; more](https://arxiv.org/abs/2401.00011). A. One, B. Two\n"
        + "* [Bullet Br Title](https://arxiv.org/abs/2401.00012) <br> Carl Three, Dana Four <br> [[Paper]](https://arxiv.org/abs/2401.00012)\n"
        + "* **[Bold Outside Title](https://arxiv.org/abs/2401.00013)**, Eve Five, Finn Six, [[Paper]](https://arxiv.org/abs/2401.00013)\n"
        + "* [Old Style Id](https://arxiv.org/abs/cs/0112017). Gil Seven. [[Paper]](https://arxiv.org/abs/cs/0112017)\n"
        + "* [HF Paper Page](https://huggingface.co/papers/2401.04088). Hal Eight. [[Paper]](https://huggingface.co/papers/2401.04088)\n"
        + "* [![Publish](https://img.shields.io/badge/Conference-ICLR%2724-blue)](https://openreview.net/forum?id=abc) [Linked Badge Title](https://openreview.net/forum?id=abc). Ian Nine.\n"
        + "* [Export Host](https://export.arxiv.org/abs/2401.00014). Jo Ten.\n"
        + "* [Trailing text](https://arxiv.org/abs/2401.00015). Kim Eleven, Lee Twelve. In Proceedings of ICML 2024. [[Paper]](https://arxiv.org/abs/2401.00015)\n"
        + "* [By Authors](https://arxiv.org/abs/2401.00017) by Olga One and Pia Two\n"
        + "* [Particle Authors](https://arxiv.org/abs/2401.00018). van der Berg, Ann Two.\n"
        + "\n"
        + "| Date | Title | Paper | Code | Recom |\n"
        + "|:---:|:---:|:---:|:---:|:---:|\n"
        + "|2023.06|[**H2O**] H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models|[[pdf]](https://arxiv.org/pdf/2306.14048.pdf)|[[H2O]](https://github.com/FMInference/H2O) ![](https://img.shields.io/github/stars/FMInference/H2O.svg?style=social) |⭐️⭐️ |\n"
        + "\n"
        + "| Title | Venue | Code |\n"
        + "|---|---|---|\n"
        + "| [Venue Column Paper](https://arxiv.org/abs/2401.00016) <br> Mo Thirteen | NeurIPS 2024 | [Code](https://github.com/a/b) |\n"
        + "\n"
        + "- LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale <br> NeurIPS 2022 [[Paper]](https://arxiv.org/abs/2208.07339) [[Code]](https://github.com/timdettmers/bitsandbytes)\n"
        + "- Switch Transformers: Scaling to Trillion Parameter Models [[JMLR 2022]](https://arxiv.org/abs/2101.03961)\n"
        + "\n"
        + "|[Row With Github Title](https://github.com/owner/repo-name) <br> Ned Fourteen | | |\n";

    internal const string OddTableCatalog =
        "## More\n"
        + "| Title & Authors | Introduction | Links |\n"
        + "|:--|  :----: | :---:|\n"
        + "|[A \\| B: Pipes in Titles](https://arxiv.org/abs/2401.00021/) <br> Pat One, Quinn Two | | [Paper](https://arxiv.org/abs/2401.00021/)|\n"
        + "|[Venue After Authors](https://arxiv.org/abs/2401.00022?context=cs) <br> Rae Three, Sam Four <br> ICLR 2024 | | [Paper](https://arxiv.org/abs/2401.00022?context=cs)|\n"
        + "|[![Star](https://img.shields.io/github/stars/a/repo-one?style=social)](https://github.com/a/repo-one) <br> [Links Galore](https://arxiv.org/abs/2401.00023) <br> Tia Five et al. | | [Github](https://github.com/a/repo-one) <br> [[Paper]](https://arxiv.org/abs/2401.00023) <br> [Model](https://huggingface.co/a/m) <br> [Hugging Face](https://huggingface.co/a/m2) <br> [Dataset](https://huggingface.co/datasets/a/d)|\n"
        + "|[Title [ICLR 2024]: Brackets](https://arxiv.org/abs/2401.00024) <br> Uma Six | | |\n"
        + "|[Title With Code Link After](https://arxiv.org/abs/2401.00025) [[code]](https://github.com/b/c) <br> Val Seven | | |\n"
        + "| [Spaces Everywhere](https://arxiv.org/abs/2401.00026)   <br>   Wes Eight ,  Xia Nine   |   |   [ Paper ](https://arxiv.org/abs/2401.00026)   |   \n"
        + "|![Publish](https://img.shields.io/badge/Conference-NeurIPS'24_Spotlight-blue)<br>[Underscore Track](https://arxiv.org/abs/2401.00027)<br>Yan Ten|||\n"
        + "|[![Publish](https://img.shields.io/badge/Conference-COLM'24-blue)](https://openreview.net/forum?id=q)<br>[Missing Closing Pipe](https://arxiv.org/abs/2401.00028)<br>Zed Eleven| |[Paper](https://arxiv.org/abs/2401.00028)\n"
        + "|[Authors Br End](https://arxiv.org/abs/2401.00029) <br> Amy Twelve, Ben Thirteen <br> | | |\n"
        + "|[HTML Br Slash](https://arxiv.org/abs/2401.00030)<br/>Cal Fourteen</br>|<img src='figures/x.png' width=\"300\">| |\n"
        + "|[Dup Row](https://arxiv.org/abs/2401.00031) <br> Dee One | | |\n"
        + "|[Dup Row](https://arxiv.org/abs/2401.00031) <br> Dee One | | |\n"
        + "\n"
        + "* [![Star](https://img.shields.io/github/stars/e/f.svg?style=social&label=Star)](https://github.com/e/f) [Bullet Star Only](https://arxiv.org/abs/2401.00032). Eli Two, Fay Three.\n"
        + "* [Title: with `code`](https://arxiv.org/abs/2401.00033), Gus Four, Hana Five. [[Paper]](https://arxiv.org/abs/2401.00033)\n"
        + "* [Title](https://arxiv.org/abs/2401.00034) - Ivy Six, Jon Seven - [Paper](https://arxiv.org/abs/2401.00034) | [Code](https://github.com/g/h)\n"
        + "* [Bullet Em Authors](https://arxiv.org/abs/2401.00035) _Kai Eight, Lia Nine_ [[Paper]](https://arxiv.org/abs/2401.00035)\n"
        + "* [Bullet Colon](https://arxiv.org/abs/2401.00036): Max Ten, Nia Eleven. ICML'24. [[Paper]](https://arxiv.org/abs/2401.00036)\n";

    internal const string VenueAndAuthorCatalog =
        "## Venues and linked authors\n"
        + "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n"
            + "|[![Publish](https://img.shields.io/badge/Conference-ICLR'25%20(Spotlight)-blue)]()<br>[V1](https://arxiv.org/abs/2401.00041) <br> A One | | |\n"
            + "|[![Publish](https://img.shields.io/badge/Journal-IEEE%20TPAMI-blue)]()<br>[V2](https://arxiv.org/abs/2401.00042) <br> A One | | |\n"
            + "|[![Publish](https://img.shields.io/badge/Conference-NeurIPS%202024-blue)]()<br>[V3](https://arxiv.org/abs/2401.00043) <br> A One | | |\n"
            + "|[![arXiv](https://img.shields.io/badge/arXiv-2401.00044-b31b1b.svg)](https://arxiv.org/abs/2401.00044)<br>[V4](https://arxiv.org/abs/2401.00044) <br> A One | | |\n"
            + "|[V5](https://arxiv.org/abs/2401.00045) <br> [Alice Linked](https://alice.me), Bob Plain | | [Paper](https://arxiv.org/abs/2401.00045) |\n"
            + "|[![Publish](https://img.shields.io/badge/Workshop-ICML'24%20ES--FoMo-blue)]()<br>[V6](https://arxiv.org/abs/2401.00046) <br> A One | | |\n"
            + "|[![Publish](https://img.shields.io/badge/Conference-CVPR'24%20Highlight-blue)](https://openaccess.thecvf.com/x) <br> [V7](https://openaccess.thecvf.com/content/CVPR2024/html/x.html) <br> A One | | |\n"
            + "\n"
            + "* [ICLR 2024] [B1: Bracket Venue Prefix](https://arxiv.org/abs/2401.00047). A One, B Two. [[Paper]](https://arxiv.org/abs/2401.00047)\n"
            + "* **[NeurIPS'24]** [B2](https://arxiv.org/abs/2401.00048). A One.\n"
            + "* [B3](https://arxiv.org/abs/2401.00049). [Alice Linked](https://alice.me), Bob Plain. [[Paper]](https://arxiv.org/abs/2401.00049)\n"
            + "* `ICML'24` [B4](https://arxiv.org/abs/2401.00050). A One. [[Paper]](https://arxiv.org/abs/2401.00050)\n";

    private const string Header = "| Title & Authors | Introduction | Links |\n|:--|  :----: | :---:|\n";

    internal static readonly string ContainerCatalog =
        "## P\n<details>\n<summary>Quantization</summary>\n\n" + Header
        + "|[D1: In Details](https://arxiv.org/abs/2401.00061) <br> A One | | |\n"
        + "\n</details>\n\n"
        + "<details><summary>Pruning</summary>\n" + Header
        + "|[D2: In Details No Blank](https://arxiv.org/abs/2401.00062) <br> A One | | |\n"
        + "</details>\n\n"
        + "### 2024\n" + Header
        + "|[D3](https://arxiv.org/abs/2401.00063) <br> A One | | |\n"
        + "\n"
        + "|[D4 After Blank](https://arxiv.org/abs/2401.00064) <br> A One | | |\n"
        + "\n"
        + "> " + Header.Replace("\n|", "\n> |")
        + "> |[D5 Quoted](https://arxiv.org/abs/2401.00065) <br> A One | | |\n"
        + "\n"
        + "- **Quantization**\n"
        + "  - [D6 Nested: Sub Bullet](https://arxiv.org/abs/2401.00066). A One, B Two. [[Paper]](https://arxiv.org/abs/2401.00066)\n"
        + "\n"
        + Header + "|[D7](https://arxiv.org/abs/2401.00067) <br> A One | | [Paper](https://arxiv.org/abs/2401.00067) [Github](https://github.com/x/y) |\n"
        + "|[D8](https://arxiv.org/abs/2401.00068 \"Title attr\") <br> A One | | |\n"
        + "|[D9](<https://arxiv.org/abs/2401.00069>) <br> A One | | |\n"
        + "|[D10][ref] <br> A One | | |\n"
        + "\n[ref]: https://arxiv.org/abs/2401.00070\n";

    /// <summary>A horseee/Awesome-Efficient-LLM style file: table of contents, news, three paper tables, a leaderboard, a project list.</summary>
    [Fact]
    public void TableCatalog_every_field_of_every_row()
    {
        var document = CatalogParser.Parse(TableCatalog, "table.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (15, T("H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models", "https://arxiv.org/abs/2306.14048", Authors("Zhenyu Zhang", "Ying Sheng", "Tianyi Zhou", "Tianlong Chen"), Ax("2306.14048"), new VenueInfo(VenueKind.Conference, "NeurIPS", 2023, null, "NeurIPS'23"), Repo("FMInference", "H2O"), Links((LinkKind.Code, "Github", "https://github.com/FMInference/H2O"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2306.14048")), NoTags, "figures/H2O.png", "Network Pruning / Sparsity", true, null)),
            (16, T("Unlocking Efficiency in Large Language Model Inference: A Comprehensive Survey of Speculative Decoding", "http://arxiv.org/abs/2401.07851v2", Authors("Heming Xia", "Zhe Yang", "Qingxiu Dong", "Peiyi Wang", "Yongqi Li", "Tao Ge", "Tianyu Liu", "Wenjie Li", "Zhifang Sui"), Ax("2401.07851", 2), new VenueInfo(VenueKind.Conference, "EMNLP", 2024, "Findings", "EMNLP'24 Findings"), Repo("hemingkx", "Spec-Bench"), Links((LinkKind.Code, "Github", "https://github.com/hemingkx/Spec-Bench"), (LinkKind.Paper, "Paper", "http://arxiv.org/abs/2401.07851v2")), NoTags, "https://github.com/hemingkx/Spec-Bench/raw/main/fig.png", "Network Pruning / Sparsity", false, new MonthDayInfo(10, 2))),
            (17, T("Dynamic Sparse No Training: Training-Free Fine-tuning for Sparse LLMs", "https://openreview.net/forum?id=1ndDmZdT4g", Authors("Yuxin Zhang", "Lirui Zhao", "Mingbao Lin", "Yunyun Sun", "Yiwu Yao", "Xingjia Han", "Jared Tanner", "Shiwei Liu", "Rongrong Ji"), null, new VenueInfo(VenueKind.Conference, "ICLR", 2024, null, "ICLR'24"), null, Links((LinkKind.Paper, "Paper", "https://openreview.net/forum?id=1ndDmZdT4g")), NoTags, null, "Network Pruning / Sparsity", false, null)),
            (18, T("Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models", "https://arxiv.org/pdf/2406.02924.pdf", Authors("Peijie Dong", "Lujun Li", "Zhenheng Tang", "Xiang Liu", "Xinglin Pan", "Qiang Wang", "Xiaowen Chu"), Ax("2406.02924"), new VenueInfo(VenueKind.Conference, "ICML", 2024, null, "ICML'24 Oral", "Oral"), Repo("pprp", "Pruner-Zero"), Links((LinkKind.Code, "Github", "https://github.com/pprp/Pruner-Zero"), (LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2406.02924.pdf")), Tags("Unstructured"), "figures/pruner-zero.png", "Network Pruning / Sparsity", false, null)),
            (19, T("The Emergence of Essential Sparsity in Large Pre-trained Models: The Weights that Matter", "https://arxiv.org/html/2306.03805v1", Authors("Ajay Jaiswal", "Shiwei Liu", "Tianlong Chen", "Zhangyang Wang"), Ax("2306.03805", 1), null, Repo("VITA-Group", "essential_sparsity"), Links((LinkKind.Code, "Github", "https://github.com/VITA-Group/essential_sparsity"), (LinkKind.Paper, "Paper", "https://arxiv.org/html/2306.03805v1")), NoTags, null, "Network Pruning / Sparsity", false, null)),
            (24, T("AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration", "https://arxiv.org/abs/2306.00978", Authors("Ji Lin", "Jiaming Tang", "Haotian Tang", "Shang Yang", "Xingyu Dang", "Song Han"), Ax("2306.00978"), new VenueInfo(VenueKind.Conference, "MLSys", 2024, null, "MLSys'24 Best Paper", "Best Paper"), Repo("mit-han-lab", "llm-awq"), Links((LinkKind.Code, "Github", "https://github.com/mit-han-lab/llm-awq"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2306.00978")), NoTags, "figures/awq.png", "Quantization", false, null)),
            (25, T("BitDistiller: Unleashing the Potential of Sub-4-Bit LLMs via Self-Distillation", "https://aclanthology.org/2024.acl-long.7/", Authors("DaYou Du", "Yijia Zhang", "Shijie Cao", "Jiaqi Guo", "Ting Cao", "Xiaowen Chu", "Ningyi Xu"), null, new VenueInfo(VenueKind.Conference, "ACL", 2024, "Findings", "ACL24'Findings"), Repo("DD-DuDa", "BitDistiller"), Links((LinkKind.Code, "Github", "https://github.com/DD-DuDa/BitDistiller"), (LinkKind.Paper, "Paper", "https://aclanthology.org/2024.acl-long.7/")), NoTags, null, "Quantization", true, null)),
            (26, T("QuIP#: Even Better LLM Quantization with Hadamard Incoherence and Lattice Codebooks", "https://arxiv.org/abs/2402.04396", Authors("Albert Tseng", "Jerry Chee", "Qingyao Sun", "Volodymyr Kuleshov", "Christopher De Sa"), Ax("2402.04396"), new VenueInfo(VenueKind.Journal, "TMLR", 2025, null, "TMLR 2025"), Repo("Cornell-RelaxML", "quip-sharp"), Links((LinkKind.Code, "Github", "https://github.com/Cornell-RelaxML/quip-sharp"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2402.04396")), NoTags, null, "Quantization", false, null)),
            (27, T("Quantization & Pruning: Compressing [LLMs] Without Loss", "https://arxiv.org/abs/2403.01234", Authors("J. Smith", "A. B. Jones", "K.-H. Lee"), Ax("2403.01234"), new VenueInfo(VenueKind.Conference, "LREC-COLING", 2024, null, "LREC-COLING'24"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2403.01234")), NoTags, null, "Quantization", false, null)),
            (28, T("Rethinking Quantization: Lessons for LLMs", "https://arxiv.org/abs/2405.00002v3", Authors("Ana López", "Björn Müller"), Ax("2405.00002", 3), new VenueInfo(VenueKind.Unspecified, "NAACL", 2025, null, "NAACL'25"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2405.00002v3"), (LinkKind.Project, "Project", "https://rq.github.io/")), NoTags, null, "Quantization", false, null)),
            (33, T("KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache", "https://arxiv.org/abs/2402.02750", Authors("Zirui Liu", "Jiayi Yuan", "Hongye Jin", "Shaochen Zhong", "Zhaozhuo Xu", "Vladimir Braverman", "Beidi Chen", "Xia Hu"), Ax("2402.02750"), new VenueInfo(VenueKind.Conference, "ICML", 2024, null, "ICML'24"), Repo("jy-yuan", "KIVI"), Links((LinkKind.Code, "Github", "https://github.com/jy-yuan/KIVI"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2402.02750")), NoTags, "figures/kivi.png", "KV Cache Compression :rocket:", false, null)),
            (34, T("SnapKV: LLM Knows What You are Looking for Before Generation", "https://arxiv.org/abs/2404.14469", Authors("Yuhong Li", "Yingbing Huang", "Bowen Yang"), Ax("2404.14469"), null, Repo("FasterDecoding", "SnapKV"), Links((LinkKind.Code, "Github", "https://github.com/FasterDecoding/SnapKV"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2404.14469")), NoTags, null, "KV Cache Compression :rocket:", false, new MonthDayInfo(4, 23))),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {

        }, document);
    }

    /// <summary>An Awesome-Mixture-of-Experts style bullet list: badges, :star:, [[Paper]]/[[Github]] links, markers.</summary>
    [Fact]
    public void BulletCatalog_every_field_of_every_row()
    {
        var document = CatalogParser.Parse(BulletCatalog, "bullet.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (8, B("SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models", "https://arxiv.org/abs/2211.10438", Authors("Guangxuan Xiao", "Ji Lin", "Mickael Seznec", "Hao Wu", "Julien Demouth", "Song Han"), Ax("2211.10438"), new VenueInfo(VenueKind.Conference, "ICML", 2023, null, "ICML'23 Oral", "Oral"), Repo("mit-han-lab", "smoothquant"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2211.10438"), (LinkKind.Code, "Github", "https://github.com/mit-han-lab/smoothquant")), NoTags, null, "Routing 🧭", false, null)),
            (9, B("Mixtral of Experts", "https://arxiv.org/abs/2401.04088v1", Authors("Albert Q. Jiang", "Alexandre Sablayrolles", "Antoine Roux"), Ax("2401.04088", 1), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.04088v1")), NoTags, null, "Routing 🧭", true, null)),
            (10, B("Mixture-of-Experts with Expert Choice Routing", "https://openreview.net/forum?id=jdJo1HIVinI", Authors("Yanqi Zhou", "Tao Lei", "Hanxiao Liu"), null, new VenueInfo(VenueKind.Conference, "NeurIPS", 2022, null, "NeurIPS'22"), null, Links((LinkKind.Paper, "Paper", "https://openreview.net/forum?id=jdJo1HIVinI")), NoTags, null, "Routing 🧭", false, null)),
            (11, B("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", "https://arxiv.org/abs/2306.05685", Authors("Lianmin Zheng", "Wei-Lin Chiang", "Ying Sheng"), Ax("2306.05685"), null, Repo("lm-sys", "FastChat"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2306.05685"), (LinkKind.Code, "Github", "https://github.com/lm-sys/FastChat")), NoTags, null, "Routing 🧭", true, null)),
            (12, B("DeepSeekMoE: Towards Ultimate Expert Specialization", "https://github.com/deepseek-ai/DeepSeek-MoE", Authors("Damai Dai", "Chengqi Deng", "Chenggang Zhao"), null, new VenueInfo(VenueKind.Conference, "ACL", 2024, null, "ACL'24"), Repo("deepseek-ai", "DeepSeek-MoE"), Links((LinkKind.Paper, "Paper", "https://aclanthology.org/2024.acl-long.70/"), (LinkKind.Code, "Github", "https://github.com/deepseek-ai/DeepSeek-MoE")), NoTags, null, "Routing 🧭", false, null)),
            (13, B("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", "https://jmlr.org/papers/v23/21-0998.html", Authors("William Fedus", "Barret Zoph", "Noam Shazeer"), Ax("2101.03961", 3), new VenueInfo(VenueKind.Journal, "JMLR", 2022, null, "JMLR'22"), Repo("google-research", "t5x"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2101.03961v3"), (LinkKind.Code, "Code", "https://github.com/google-research/t5x")), NoTags, null, "Routing 🧭", false, new MonthDayInfo(1, 11))),
            (16, B("MegaBlocks: Efficient Sparse Training with Mixture-of-Experts", "https://proceedings.mlsys.org/paper_files/paper/2023/hash/5a54f79333768effe7e8927bcccffe40-Abstract-mlsys2023.html", Authors("Trevor Gale", "Deepak Narayanan", "Cliff Young", "Matei Zaharia"), Ax("2211.15841"), null, Repo("databricks", "megablocks"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2211.15841"), (LinkKind.Code, "Github", "https://github.com/databricks/megablocks")), NoTags, null, "Systems", false, null)),
            (17, B("Read-ME: Refactorizing LLMs as Router-Decoupled Mixture of Experts with System Co-Design", "https://arxiv.org/abs/2410.19123", Authors("Ruisi Cai", "Yeonju Ro", "Geon-Woo Kim"), Ax("2410.19123"), new VenueInfo(VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS'24"), null, NoLinks, NoTags, null, "Systems", false, null)),
            (18, B("Tutel: Adaptive Mixture-of-Experts at Scale", "https://arxiv.org/abs/2206.03382", Authors("Changho Hwang", "Wei Cui", "Yifan Xiong"), Ax("2206.03382"), null, Repo("microsoft", "tutel"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2206.03382"), (LinkKind.Code, "Github", "https://github.com/microsoft/tutel")), NoTags, null, "Systems", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {

        }, document);
    }

    /// <summary>Bullets in the other ways lists write them, and the papers that cannot be read (they must be reported).</summary>
    [Fact]
    public void OddBulletCatalog_every_field_of_every_row()
    {
        var document = CatalogParser.Parse(OddBulletCatalog, "probe.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models", "https://arxiv.org/abs/2306.14048", Authors("Zhenyu Zhang", "Ying Sheng", "Tianyi Zhou"), Ax("2306.14048"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023"), Repo("FMInference", "H2O"), NoLinks, NoTags, null, "KV Cache", false, null)),
            (3, B("SnapKV: LLM Knows What You are Looking for Before Generation", "https://arxiv.org/pdf/2404.14469v2.pdf", Authors("Yuhong Li", "Yingbing Huang"), Ax("2404.14469", 2), null, Repo("FasterDecoding", "SnapKV"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2404.14469v2.pdf"), (LinkKind.Code, "GitHub", "https://github.com/FasterDecoding/SnapKV")), NoTags, null, "KV Cache", false, null)),
            (5, B("Title with [escaped] brackets: and code_span & more", "https://arxiv.org/abs/2401.00011", Authors("A. One", "B. Two"), Ax("2401.00011"), null, null, NoLinks, NoTags, null, "KV Cache", false, null)),
            (6, B("Bullet Br Title", "https://arxiv.org/abs/2401.00012", Authors("Carl Three", "Dana Four"), Ax("2401.00012"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00012")), NoTags, null, "KV Cache", false, null)),
            (7, B("Bold Outside Title", "https://arxiv.org/abs/2401.00013", Authors("Eve Five", "Finn Six"), Ax("2401.00013"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00013")), NoTags, null, "KV Cache", false, null)),
            (8, B("Old Style Id", "https://arxiv.org/abs/cs/0112017", Authors("Gil Seven"), Ax("cs/0112017"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/cs/0112017")), NoTags, null, "KV Cache", false, null)),
            // A huggingface.co/papers/<id> link holds an arXiv id (read by PaperLinks).
            (9, B("HF Paper Page", "https://huggingface.co/papers/2401.04088", Authors("Hal Eight"), Ax("2401.04088"), null, null, Links((LinkKind.Paper, "Paper", "https://huggingface.co/papers/2401.04088")), NoTags, null, "KV Cache", false, null)),
            (10, B("Linked Badge Title", "https://openreview.net/forum?id=abc", Authors("Ian Nine"), null, new VenueInfo(VenueKind.Conference, "ICLR", 2024, null, "ICLR'24"), null, NoLinks, NoTags, null, "KV Cache", false, null)),
            (11, B("Export Host", "https://export.arxiv.org/abs/2401.00014", Authors("Jo Ten"), Ax("2401.00014"), null, null, NoLinks, NoTags, null, "KV Cache", false, null)),
            // "In Proceedings of ICML 2024.": a well-known venue's name and year anywhere outside the title (KnownVenues).
            (12, B("Trailing text", "https://arxiv.org/abs/2401.00015", Authors("Kim Eleven", "Lee Twelve"), Ax("2401.00015"), new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML 2024"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00015")), NoTags, null, "KV Cache", false, null)),
            (13, B("By Authors", "https://arxiv.org/abs/2401.00017", Authors("Olga One", "Pia Two"), Ax("2401.00017"), null, null, NoLinks, NoTags, null, "KV Cache", false, null)),
            (14, B("Particle Authors", "https://arxiv.org/abs/2401.00018", Authors("van der Berg", "Ann Two"), Ax("2401.00018"), null, null, NoLinks, NoTags, null, "KV Cache", false, null)),
            // A table's header says what its columns are: the Date/Title/Paper/Code table and the Venue column are read.
            (18, T("H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models", "https://arxiv.org/pdf/2306.14048.pdf", Authors(), Ax("2306.14048"), null, Repo("FMInference", "H2O"), Links((LinkKind.Paper, "pdf", "https://arxiv.org/pdf/2306.14048.pdf"), (LinkKind.Code, "H2O", "https://github.com/FMInference/H2O")), NoTags, null, "KV Cache", true, null)),
            (22, T("Venue Column Paper", "https://arxiv.org/abs/2401.00016", Authors("Mo Thirteen"), Ax("2401.00016"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024"), Repo("a", "b"), Links((LinkKind.Code, "Code", "https://github.com/a/b")), NoTags, null, "KV Cache", false, null)),
            // Plain-text titles whose paper link is labelled [[Paper]] or with the venue are read.
            (24, B("LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", "https://arxiv.org/abs/2208.07339", Authors(), Ax("2208.07339"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2022, null, "NeurIPS 2022"), Repo("timdettmers", "bitsandbytes"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2208.07339"), (LinkKind.Code, "Code", "https://github.com/timdettmers/bitsandbytes")), NoTags, null, "KV Cache", false, null)),
            (25, B("Switch Transformers: Scaling to Trillion Parameter Models", "https://arxiv.org/abs/2101.03961", Authors(), Ax("2101.03961"), new VenueInfo(VenueKind.Unspecified, "JMLR", 2022, null, "JMLR 2022"), null, Links((LinkKind.Paper, "JMLR 2022", "https://arxiv.org/abs/2101.03961")), NoTags, null, "KV Cache", false, null)),
            (27, T("Row With Github Title", "https://github.com/owner/repo-name", Authors("Ned Fourteen"), null, null, Repo("owner", "repo-name"), NoLinks, NoTags, null, "KV Cache", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0030", 4), // the news sentence links the survey: not a paper entry, said as an info
            ("EA0009", 18),
            ("EA0009", 24),
            ("EA0009", 25),
            ("EA0015", 27),
        }, document);
    }

    /// <summary>Table rows with pipes, brackets, extra line breaks, many links, odd spacing and a duplicate.</summary>
    [Fact]
    public void OddTableCatalog_every_field_of_every_row()
    {
        var document = CatalogParser.Parse(OddTableCatalog, "probe2.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (4, T("A | B: Pipes in Titles", "https://arxiv.org/abs/2401.00021/", Authors("Pat One", "Quinn Two"), Ax("2401.00021"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00021/")), NoTags, null, "More", false, null)),
            // The cell's third line, "ICLR 2024", after the authors: a well-known venue's name and year (KnownVenues).
            (5, T("Venue After Authors", "https://arxiv.org/abs/2401.00022?context=cs", Authors("Rae Three", "Sam Four"), Ax("2401.00022"), new VenueInfo(VenueKind.Unspecified, "ICLR", 2024, null, "ICLR 2024"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00022?context=cs")), NoTags, null, "More", false, null)),
            (6, T("Links Galore", "https://arxiv.org/abs/2401.00023", Authors("Tia Five"), Ax("2401.00023"), null, Repo("a", "repo-one"), Links((LinkKind.Code, "Github", "https://github.com/a/repo-one"), (LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00023"), (LinkKind.Model, "Model", "https://huggingface.co/a/m"), (LinkKind.Model, "Hugging Face", "https://huggingface.co/a/m2"), (LinkKind.Other, "Dataset", "https://huggingface.co/datasets/a/d")), NoTags, null, "More", false, null)),
            (7, T("Title [ICLR 2024]: Brackets", "https://arxiv.org/abs/2401.00024", Authors("Uma Six"), Ax("2401.00024"), null, null, NoLinks, NoTags, null, "More", false, null)),
            (8, T("Title With Code Link After", "https://arxiv.org/abs/2401.00025", Authors("Val Seven"), Ax("2401.00025"), null, Repo("b", "c"), Links((LinkKind.Code, "code", "https://github.com/b/c")), NoTags, null, "More", false, null)),
            (9, T("Spaces Everywhere", "https://arxiv.org/abs/2401.00026", Authors("Wes Eight", "Xia Nine"), Ax("2401.00026"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00026")), NoTags, null, "More", false, null)),
            (10, T("Underscore Track", "https://arxiv.org/abs/2401.00027", Authors("Yan Ten"), Ax("2401.00027"), new VenueInfo(VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS'24 Spotlight", "Spotlight"), null, NoLinks, NoTags, null, "More", false, null)),
            (11, T("Missing Closing Pipe", "https://arxiv.org/abs/2401.00028", Authors("Zed Eleven"), Ax("2401.00028"), new VenueInfo(VenueKind.Conference, "COLM", 2024, null, "COLM'24"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00028")), NoTags, null, "More", false, null)),
            (12, T("Authors Br End", "https://arxiv.org/abs/2401.00029", Authors("Amy Twelve", "Ben Thirteen"), Ax("2401.00029"), null, null, NoLinks, NoTags, null, "More", false, null)),
            (13, T("HTML Br Slash", "https://arxiv.org/abs/2401.00030", Authors("Cal Fourteen"), Ax("2401.00030"), null, null, NoLinks, NoTags, "figures/x.png", "More", false, null)),
            (14, T("Dup Row", "https://arxiv.org/abs/2401.00031", Authors("Dee One"), Ax("2401.00031"), null, null, NoLinks, NoTags, null, "More", false, null)),
            (15, T("Dup Row", "https://arxiv.org/abs/2401.00031", Authors("Dee One"), Ax("2401.00031"), null, null, NoLinks, NoTags, null, "More", false, null)),
            (17, B("Bullet Star Only", "https://arxiv.org/abs/2401.00032", Authors("Eli Two", "Fay Three"), Ax("2401.00032"), null, Repo("e", "f"), NoLinks, NoTags, null, "More", false, null)),
            (18, B("Title: with code", "https://arxiv.org/abs/2401.00033", Authors("Gus Four", "Hana Five"), Ax("2401.00033"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00033")), NoTags, null, "More", false, null)),
            (19, B("Title", "https://arxiv.org/abs/2401.00034", Authors("Ivy Six", "Jon Seven"), Ax("2401.00034"), null, Repo("g", "h"), Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00034"), (LinkKind.Code, "Code", "https://github.com/g/h")), NoTags, null, "More", false, null)),
            (20, B("Bullet Em Authors", "https://arxiv.org/abs/2401.00035", Authors("Kai Eight", "Lia Nine"), Ax("2401.00035"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00035")), NoTags, null, "More", false, null)),
            // The venue after a bullet's authors is read.
            (21, B("Bullet Colon", "https://arxiv.org/abs/2401.00036", Authors("Max Ten", "Nia Eleven"), Ax("2401.00036"), new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML'24"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00036")), NoTags, null, "More", false, null)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[]
        {
            ("EA0013", 6),
        }, document);
    }

    /// <summary>Venue badges with brackets, no year, a raw year or a workshop track; venues and linked authors written as text.</summary>
    [Fact]
    public void VenueAndAuthorCatalog_every_field_of_every_row()
    {
        var document = CatalogParser.Parse(VenueAndAuthorCatalog, "venue.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (4, T("V1", "https://arxiv.org/abs/2401.00041", Authors("A One"), Ax("2401.00041"), new VenueInfo(VenueKind.Conference, "ICLR", 2025, null, "ICLR'25 (Spotlight)", "Spotlight"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (5, T("V2", "https://arxiv.org/abs/2401.00042", Authors("A One"), Ax("2401.00042"), new VenueInfo(VenueKind.Journal, "IEEE TPAMI", null, null, "IEEE TPAMI"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (6, T("V3", "https://arxiv.org/abs/2401.00043", Authors("A One"), Ax("2401.00043"), new VenueInfo(VenueKind.Conference, "NeurIPS", 2024, null, "NeurIPS 2024"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (7, T("V4", "https://arxiv.org/abs/2401.00044", Authors("A One"), Ax("2401.00044"), null, null, NoLinks, NoTags, null, "Venues and linked authors", false, null)), // an arXiv badge shows the link's id again: no tag
            (8, T("V5", "https://arxiv.org/abs/2401.00045", Authors("Alice Linked", "Bob Plain"), Ax("2401.00045"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00045")), NoTags, null, "Venues and linked authors", false, null)),
            (9, T("V6", "https://arxiv.org/abs/2401.00046", Authors("A One"), Ax("2401.00046"), new VenueInfo(VenueKind.Workshop, "ICML", 2024, "ES-FoMo", "ICML'24 ES-FoMo"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (10, T("V7", "https://openaccess.thecvf.com/content/CVPR2024/html/x.html", Authors("A One"), null, new VenueInfo(VenueKind.Conference, "CVPR", 2024, null, "CVPR'24 Highlight", "Highlight"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (12, B("B1: Bracket Venue Prefix", "https://arxiv.org/abs/2401.00047", Authors("A One", "B Two"), Ax("2401.00047"), new VenueInfo(VenueKind.Unspecified, "ICLR", 2024, null, "ICLR 2024"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00047")), NoTags, null, "Venues and linked authors", false, null)),
            (13, B("B2", "https://arxiv.org/abs/2401.00048", Authors("A One"), Ax("2401.00048"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS'24"), null, NoLinks, NoTags, null, "Venues and linked authors", false, null)),
            (14, B("B3", "https://arxiv.org/abs/2401.00049", Authors("Alice Linked", "Bob Plain"), Ax("2401.00049"), null, null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00049")), NoTags, null, "Venues and linked authors", false, null)),
            (15, B("B4", "https://arxiv.org/abs/2401.00050", Authors("A One"), Ax("2401.00050"), new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML'24"), null, Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00050")), NoTags, null, "Venues and linked authors", false, null)),
        };
        AssertEntries(expected, document);
        Assert.Empty(document.Diagnostics);
    }

    /// <summary>
    /// Tables inside &lt;details&gt; and quotes, a table after a blank line, nested bullets, link titles and angle
    /// brackets, and a reference link (rows are read line by line, so it cannot resolve: reported, not dropped).
    /// A table that follows &lt;summary&gt; without a blank line is HTML to GitHub (shown as text) and is not read.
    /// </summary>
    [Fact]
    public void ContainerCatalog_rows_in_containers_are_read_and_the_unreadable_one_is_reported()
    {
        var document = CatalogParser.Parse(ContainerCatalog, "containers.md");
        Assert.Equal(
            new[]
            {
                (7, "D1: In Details", "P"), (20, "D3", "2024"), (22, "D4 After Blank", "2024"), (26, "D5 Quoted", "2024"),
                (29, "D6 Nested: Sub Bullet", "2024"), (33, "D7", "2024"), (34, "D8", "2024"), (35, "D9", "2024"),
            },
            document.Entries.Select(e => (e.Line, e.Title, e.Category)));
        Assert.All(document.Entries, e =>
        {
            Assert.Equal("https://arxiv.org/abs/2401.0006" + e.Line switch { 7 => "1", 20 => "3", 22 => "4", 26 => "5", 29 => "6", 33 => "7", 34 => "8", _ => "9" }, e.Url);
            Assert.Equal(e.Url.Substring("https://arxiv.org/abs/".Length), e.Arxiv!.Id);
            Assert.Equal("A One", e.Authors[0]);
            Assert.Null(e.Venue);
        });
        Assert.Equal(new[] { "A One", "B Two" }, document.Entries[4].Authors);
        Assert.Equal(Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00066")), document.Entries[4].Links);
        Assert.Equal(new RepositoryInfo("x", "y"), document.Entries[5].Repository);
        Assert.Equal(
            Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2401.00067"), (LinkKind.Code, "Github", "https://github.com/x/y")),
            document.Entries[5].Links);
        // D2, a table with no blank line after "<summary>", is HTML to CommonMark and GitHub: not read, but said (EA0030).
        AssertDiagnostics(new[] { ("EA0030", 14), ("EA0015", 22), ("EA0001", 36), ("EA0002", 36) }, document);
    }

    [Fact]
    public void Duplicate_rows_are_both_read_and_the_planner_reports_the_second()
    {
        var plan = CatalogPlanner.Plan(new[] { new CatalogSource("Fixtures", "Papers", "odd.md", CatalogParser.Parse(OddTableCatalog, "odd.md")) });
        Assert.Contains(plan.Diagnostics, d => d.RuleId == "EA0011" && d.Span.Line == 15);
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
