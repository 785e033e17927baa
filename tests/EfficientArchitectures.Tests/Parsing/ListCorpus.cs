using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;

namespace EfficientArchitectures.Tests.Parsing;

/// <summary>
/// The corpus (<c>Parsing/Corpus</c>): ninety paper lists, in twenty-eight batches, written in the styles of other
/// maintainers' public lists, each with an oracle written with it, before the reader was run on it. Reads a list and
/// its oracle, runs the reader, and measures what the issue measures: the share of paper-linked entries read as
/// papers, the share lost in silence (neither a paper nor a diagnostic at its lines), and field accuracy.
/// </summary>
internal static class ListCorpus
{
    /// <summary>The lists of the corpus, by file name without extension.</summary>
    internal static readonly string[] Names =
    {
        "awesome_efficient_llm",
        "efficient_llms_survey",
        "awesome_llm_kv_cache",
        "awesome_kv_cache_compression",
        "awesome_llm_inference",
        "awesome_mixture_of_experts",
        "awesome_llm_compression",
        "awesome_long_cot_reasoning",
        "awesome_system_for_ml",
        // Second batch, written after the first reader fixes, committed before the reader was run on it.
        "awesome_transformer_attention",
        "awesome_multimodal_llm",
        "awesome_llm_milestones",
        "plm_papers",
        // Third batch, likewise.
        "ml_papers_of_the_week",
        "llm_agent_paper_list",
        // Fourth batch (issue 15's venue forms), written by a helper that had not read the reader, committed before the
        // reader was run on it; its oracles add a sixth column, the venue note.
        "awesome_llm_reasoning_badges",
        "efficient_ml_venues_annotated",
        "llm_systems_reading_list",
        // Fifth batch, written by another helper that had not read the reader, committed after the fourth batch's fixes
        // and before the reader was run on it.
        "awesome_state_space_models",
        "efficient_inference_papers_weekly",
        "llm_architecture_reading_group",
        // Sixth batch, by a third helper that had read neither the reader nor the other lists, committed after the
        // fifth batch's fixes and before the reader was run on it.
        "awesome_linear_attention",
        "on_device_llm_papers",
        "efficient_reasoning_survey_list",
        // Seventh batch, by a fourth helper that had read neither the reader nor the other lists, committed after the
        // sixth batch's fixes and before the reader was run on it.
        "awesome_pruning",
        "speculative_decoding_papers",
        "awesome_llm_long_context_modeling",
        // Eighth batch, by a fifth helper that had read neither the reader nor the other lists, committed after the
        // seventh batch's fixes and before the reader was run on it.
        "awesome_model_quantization",
        "awesome_rlhf",
        "most_cited_efficient_dl_papers",
        // Ninth and tenth batches, by a sixth and a seventh helper that had read neither the reader nor the other lists,
        // written while the well-known-venue fallback (KnownVenues) was built from the first eight, and committed after
        // it and before the reader was run on them.
        "awesome_kd_of_llms",
        "efficient_deep_learning_collection",
        "awesome_text_to_image_efficient",
        "awesome_autodl_nas",
        "awesome_adapter_resources",
        "awesome_efficient_deep_learning",
        // Eleventh and twelfth batches, by an eighth and a ninth helper that had read neither the reader nor the other
        // lists, committed after the ninth and tenth batches' fixes and before the reader was run on them.
        "awesome_model_merging",
        "awesome_incremental_learning",
        "awesome_diffusion_acceleration",
        "awesome_hallucination_detection",
        "awesome_code_llm",
        "awesome_instruction_learning",
        // Thirteenth and fourteenth batches, by a tenth and an eleventh helper that had read neither the reader nor the
        // other lists, committed after the eleventh and twelfth batches' fixes and EA0030, before the reader was run on them.
        "awesome_fl_venue_tables",
        "awesome_nerf",
        "deep_learning_papers_reading_roadmap",
        "awesome_llms_for_video_understanding",
        "awesome_scientific_language_models",
        "llmsurvey_paper_list",
        // Fifteenth and sixteenth batches, by a twelfth and a thirteenth helper that had read neither the reader nor the
        // other lists, committed after the thirteenth and fourteenth batches' fixes, before the reader was run on them.
        "awesome_llm_robotics",
        "awesome_machine_unlearning",
        "awesome_video_diffusion",
        "awesome_jailbreak_on_llms",
        "awesome_self_supervised_learning",
        "awesome_self_supervised_gnn",
        // Seventeenth and eighteenth batches, by a fourteenth and a fifteenth helper that had read neither the reader nor
        // the other lists, committed after the fifteenth and sixteenth batches' fixes, before the reader was run on them;
        // held out for one stop, measured once (docs/benchmarks.md), then fixed for.
        "gnn_papers",
        "anomaly_detection",
        "point_cloud_analysis",
        "dair_ai_prompt_papers",
        "awesome_llm_reasoning",
        "speech_trident_speech_lm",
        // Nineteenth and twentieth batches, by a sixteenth and a seventeenth helper, likewise; held out for one measure
        // (docs/benchmarks.md), then fixed for. Two follow real lists whose styles the corpus had (transformer attention,
        // code LLM), written anew.
        "vit_transformer_attention",
        "llm_rag_papers",
        "code_llm_eval",
        "awesome_protein_representation_learning",
        "llm_serving_systems_papers",
        "gui_agents_paper_list",
        // Twenty-first and twenty-second batches, by an eighteenth and a nineteenth helper, likewise; held out for one
        // measure (docs/benchmarks.md), then fixed for. Two follow real lists whose styles the corpus had (the lists behind
        // awesome_incremental_learning and awesome_nerf), written anew.
        "incremental_learning_papers",
        "awesome_lm_ssp_safety",
        "awesome_audio_llm",
        "awesome_llm_for_recsys",
        "awesome_text_to_3d",
        "awesome_offline_rl",
        // Twenty-third and twenty-fourth batches, by a twentieth and a twenty-first helper, likewise; held out for one
        // measure on the reader of f145496 and one stop (docs/benchmarks.md), then fixed for. Three follow real lists whose
        // styles the corpus had (model_quantization_papers after the list behind awesome_model_quantization,
        // fl_youngfish_papers after awesome_fl_venue_tables', llm_robotics_papers after awesome_llm_robotics'), written anew.
        "sam4mis_medical_segmentation",
        "awesome_llm_kg",
        "model_quantization_papers",
        "awesome_end_to_end_autonomous_driving",
        "fl_youngfish_papers",
        "llm_robotics_papers",
        // Twenty-fifth and twenty-sixth batches, by a twenty-second and a twenty-third helper that had read neither the
        // reader nor the other lists, told the topics the corpus had; held out for one measure on the reader of a288b25
        // (docs/benchmarks.md), then fixed for.
        "awesome_3d_gaussian_splatting",
        "tsf_paper_tables",
        "deep_learning_theorem_proving",
        "deep_learning_object_detection_hoya",
        "awesome_domain_adaptation_zhaoxin",
        "awesome_super_resolution_chaofwang",
        // Twenty-seventh and twenty-eighth batches, by a twenty-fourth and a twenty-fifth helper, likewise; held out for
        // one measure on the reader of d6fb6cd (docs/benchmarks.md), then fixed for.
        "llm_eval_survey_jlu",
        "awesome_explainable_ai_tables",
        "awesome_test_time_adaptation",
        "thunlp_mt_reading_list",
        "awesome_qa_seriousran",
        "awesome_text2sql_eosphoros",
        // Twenty-ninth and thirtieth batches, by a twenty-sixth and a twenty-seventh helper, likewise; held out for one
        // measure on the reader of 0949cff (docs/benchmarks.md), then fixed for.
        "awesome_llm_watermark_hzy",
        "tool_learning_papers_thunlp",
        "awesome_human_pose_estimation_tables",
        "awesome_papers_fewshot_duanjm",
        "awesome_speech_recognition_synthesis_zzw922cn",
        "awesome_vqa_chingyaoc",
        // Thirty-first and thirty-second batches, by a twenty-eighth and a twenty-ninth helper, likewise; held out for one
        // measure on the reader of ac30e62 (docs/benchmarks.md), then fixed for.
        "backdoor_learning_resources_thuyimingli",
        "awesome_image_quality_assessment_chaofengc",
        "awesome_tensor_compilers_merrymercy",
        "knowledge_editing_papers_zjunlp",
        "awesome_model_based_rl_opendilab",
        "graph_adversarial_learning_literature_safe_graph",
        // Thirty-third and thirty-fourth batches, by a thirtieth and a thirty-first helper, likewise; held out for one
        // measure on the reader of 2949126 (docs/benchmarks.md), then fixed for.
        "awesome_llm_3d_activevisionlab",
        "awesome_llm4ad_thinklab_sjtu",
        "awesome_diffusion_models_in_medical_imaging_amirhossein_kz",
        "llm4ir_survey_ruc_nlpir",
        "code_switching_papers_gentaiscool",
        "awesome_mechanistic_interpretability_lm_papers_dakingrai",
        // Thirty-fifth batch, by a thirty-second helper, likewise; held out for one measure on the reader of d2ac585
        // (docs/benchmarks.md), then fixed for.
        "audio_ai_timeline_archinetai",
        "rspapers_hongleizhang",
        "awesome_robotics_manipulation_baishuanghao",
        // Thirty-sixth batch, by a thirty-third helper, likewise; held out for one measure on the reader of 9c1cfbc
        // (docs/benchmarks.md), then fixed for.
        "awesome_diffusion_models_heejkoo",
        "awesome_deep_text_detection_recognition_hwalsuklee",
        "awesome_embodied_agent_with_llms_zchoi",
        // Thirty-seventh batch, by a thirty-fourth helper, likewise; held out for one measure on the reader of d4cd3dd
        // (docs/benchmarks.md), then fixed for.
        "causal_ml_jvpoulos",
        "neural_tangent_kernel_papers_kwignb",
        "awesome_uncertainty_deeplearning_ensta_u2is_ai",
        // Thirty-eighth batch, by a thirty-fifth helper, likewise; held out for one measure on the reader of 62937fb
        // (docs/benchmarks.md), then fixed for.
        "icl_paperlist_dqxiu",
        "awesome_mllm_hallucination_showlab",
        "llm_multiagents_survey_papers_taichengguo",
        // Fortieth batch, by a thirty-seventh helper, likewise; held out for one measure on the reader of 7b9c8c8
        // (docs/benchmarks.md), then fixed for.
        "awesome_dataset_distillation_guang000",
        "awesome_spiking_neural_networks_thebrainlab",
        "meta_learning_papers_floodsung",
        // Thirty-ninth batch, by a thirty-sixth helper, likewise; held out for one measure on the reader of 555b8ad
        // (docs/benchmarks.md), then fixed for.
        "awesome_referring_image_segmentation_markmohr",
        "benchmark_results_foolwood",
        "rcpapers_thunlp",
        // Forty-first and forty-second batches, by a thirty-eighth and a thirty-ninth helper, likewise; held out for one
        // measure on the reader of 8f54caa (docs/benchmarks.md), then fixed for in this change.
        "awesome_remote_sensing_foundation_models_jack_bo1220",
        "awesome_machine_learning_on_source_code_src_d",
        "awesome_deep_learning_music_ybayle",
        "marl_papers_lantaoyu",
        "awesome_trustworthy_deep_learning_minghuichen43",
        // (the sign-language list is a layout of the helper's own, not a copy of a real list's)
        "awesome_sign_language_processing",
        // Forty-third and forty-fourth batches, by a fortieth and a forty-first helper, likewise; held out for one
        // measure on the reader of 4c00421 (docs/benchmarks.md), then fixed for.
        "safe_reinforcement_learning_baselines_chauncygu",
        "fuxictr_reczoo",
        "awesome_gradient_boosting_papers_benedekrozemberczki",
        "paper_reading_iwangjian",
        "summarization_papers_xcfcode",
        "membership_inference_machine_learning_literature_hongshenghu",
        // Forty-fifth and forty-sixth batches, by a forty-second and a forty-third helper, likewise; held out for one
        // measure on the reader of 6d75cac (docs/benchmarks.md), then fixed for. (The silicon list's 36 titles that
        // link nowhere have no id and are not counted: see ReadOracle.)
        "awesome_graphrag_deep_polyu",
        "medllms_practical_guide_ai_in_health",
        "neural_networks_on_silicon_fengbintu",
        "awesome_text_to_image_yutong_zhou_cv",
        "awesome_mim_lupin1998",
        "awesome_causality_in_cv_wangt_cn",

        // Batches 47-48 (held out until the fixes 9bb70cc and 500babd; their measures are in docs/benchmarks.md).
        // Batch 48: a flat list of nickname - title bullets, bullets of title, names, *Venue*, Year under
        // topic headings (papers repeated across sections), and tables of Year | Publication | Title | Abbr | Code.
        "the_gan_zoo_hindupuravinash",
        "deep_reinforcement_learning_papers_junhyukoh",
        "awesome_image_inpainting_1900zyh",

        // Batch 47: names, title, venue, year bullets beside title-first application bullets; tables of
        // Year | **Title** | Venue | paper | code; unbulleted lines of [Title](url), Venue Year [[code]](url).
        "awesome_rl_aikorea",
        "awesome_deep_graph_clustering_yueliu1999",
        "awesome_multimodal_ml_pliang279",

        // Batch 49 (held out until the fix after 7b3d444; its measure is in docs/benchmarks.md): a model's short name with a bare URL in brackets and a year; level-5 headings of a
        // bracketed venue link, the title, [PDF] and [Code] with italic names below; topic bullets of Title, *Venue Year*:
        // [Paper](url) [Github](url).
        "awesome_semantic_segmentation_mrgloom",
        "awesome_hand_pose_estimation_xinghaochen",
        "awesome_deepfakes_detection_daisy_zhang",

        // Batch 50 (held out until the fix after 50e053c; the measure is in docs/benchmarks.md): [Title](url), names, year bullets; YEAR-VENUE - Title. [[Paper]](url) bullets; items of
        // three lines (**Title** <br>, *names* <br>, Venue, Year (Award). [[Paper](url)]).
        "awesome_knowledge_distillation_dkozlov",
        "awesome_learning_with_label_noise_subeeshvasu",
        "awesome_embodied_vision_changanvr",

        // Batch 51 (likewise): [**Title**](url) (Surname et al., Year) bullets; paragraphs of :emoji: [Title (Year)](url);
        // **Title** [[paper](url)] with names and venue sub-bullets. (The first list's not-rows were listed by a script
        // of its helper that read the list; its paper rows were written by hand.)
        "awesome_ml_privacy_attacks_stratosphereips",
        "3d_machine_learning_timzhang642",
        "ml4db_paper_list_lumingsun",

        // Batch 52 (held out until the fixes after 811edce; the measure is in docs/benchmarks.md): bullets of an anchor, **[Nick]** Title (**Venue**) under year headings; three-line
        // bullets (title and links, names, venue); numbered **Title.** Venue, Year. items with names below. (The first
        // list's not-rows were listed with grep by its helper; its paper rows by hand.)
        "awesome_crowd_counting_gjy3035",
        "awesome_relation_extraction_roomylee",
        "question_generation_paper_list_teacherpeterpan",

        // Batch 53 (likewise): tables of Title | Venue | Paper | Code | Project; * **Title** - Names. `Venue Year`.
        // bullets under year headings; **Nick**(VenueYear) bullets with title:, paper:, code: sub-bullets. (The first
        // list's not-rows were copied with grep and sed; the others typed.)
        "awesome_talking_head_generation_harlanhong",
        "awesome_image_captioning_zhjohnchan",
        "awesome_multiple_object_tracking_luanshiyinyang",

        // Batch 58 (measured held out at 6d6c99a, then fixed for), written this stop by the engineer who works on the
        // reader, not by a helper session: four helper sessions asked for batches 54-57 wrote nothing in an hour. Three
        // real lists recreated from memory, generated from a table of their entries with their quirks by hand,
        // committed before the reader ran on them. Weaker than a helper's batch (the writer knows the reader's rules),
        // said wherever its figures are. Papers as plain titles
        // with "in *Venue* Year." and escaped-bracket links; paragraphs of "[Title](url), Venue Year [[code]](url)";
        // nickname bullets over a sub-bullet citation of commas (names, title, venue, year).
        "awesome_timeseries_spatiotemporal_lm_llm_qingsongedu",
        "awesome_vision_language_pretraining_papers_yuewang_cuhk",
        "awesome_deep_vision_kjw0612",

        // Batch 59 (measured held out at 429db4d: 170 / 175 read, venues 97.5%; then fixed for), written by three helper
        // sessions from memory, which read neither the reader nor the other lists: bullets of **Title (Venue Year)**
        // with names and [[Paper]] links as sub-bullets; "Title. [[pdf]](url)" bullets over "Names. *Venue Year*"
        // sub-bullets; "Nickname (notes): [Title](url) (Venue Year)" bullets with no names.
        "awesome_graph_classification_benedekrozemberczki",
        "awesome_imitation_learning_kristery",
        "speech_synthesis_paper_xcmyz",

        // Batch 60 (measured held out at b1a7fb4: 57 / 117 read, the first list lost whole; then fixed for), written by
        // two helper sessions from memory: APA names before the title link and "Venue, Year." after it, some after a
        // label in brackets; bold titles with the venue and year, [[pdf]] and [[code]] links and no names.
        "awesome_multi_task_learning_manchery",
        "awesome_slu_survey_yizhen20133868",

        // Batch 61's first list (measured held out at a823428: 58 / 58 read, venues 52 / 53; then fixed for), written by a
        // helper session from memory: tables of Year | Venue | Acronym | Paper Title | Code.
        "awesome_video_object_segmentation_gaomingqi",

        // Batch 61's second list (measured held out at af9e408: 53 / 56 read, venues 0 / 52; then fixed for), written by a
        // helper session from memory: "**Title.**<br>" over "*Names.*<br>" over "Venue Year (note). [[PDF](url)]".
        "awesome_neural_rendering_weihaox",

        // Batch 62's first list (measured held out at f8360fe: 58 / 58 read, venues 52 / 52; nothing to fix), written by a
        // helper session from memory: tables of Title | Venue | Code under year headings.
        "awesome_contrastive_self_supervised_learning_asheeshcric",

        // Batch 61's third list (measured held out at 11b7765: 0 / 58 read; then fixed for), written by a helper session
        // from memory: paragraphs of "**Title**<br>" over "*Names, et al*<br>" over "VENUE YEAR. [[Paper](url)]".
        "awesome_llm_uncertainty_reliability_robustness_jxzhangjhu",

        // Batch 62's second list (measured held out at 9d57307: 60 / 60 read, venues 38 / 41; then fixed for), written by a
        // helper session from memory: "- (*NeurIPS'23*) Title [[paper](url)][[code](url)]".
        "awesome_graph_llm_xiaoxinhe",

        // Batch 62's third list (measured held out at ead3e54: 59 / 59 read, titles 81.4%; then fixed for), written by a
        // helper session from memory: "- Title (Nickname) [[paper](url)][[code](url)] (CVPR 2022)".
        "awesome_clip_yzhuoning",

        // Batch 62's fourth list (measured held out at 55234e3: 60 / 60 read, venues 45 / 46, authors 91.7%; then fixed
        // for), written by a helper session from memory: "N. **Title.** VENUE. ![](badge)", a blank line, "   *Names.*
        // [[pdf](url)], [[project](url)], 2021.4".
        "promptpapers_thunlp",

        // Batch 63's first list (measured held out at d9dcc5d: 59 / 59 read, venues 35 / 35; nothing to fix), written by
        // a helper session from memory: "- \[[EMNLP 2023](https://arxiv.org/abs/ID)\] Title. `2023.05`".
        "kg_llm_papers_zjukg",

        // Batch 63's second list (measured held out at 953cbc1: 58 / 58 read, venues 21 / 22; then fixed for), written by
        // a helper session from memory: "- Title (Venue Year)[[Paper](url)] [[Code](url)]![Stars](badge)".
        "awesome_mamba_papers_yyyujintang",

        // Batch 64 (measured held out at a6d9a7f: 60 / 60 read, venues 55 / 55; 16 / 58 read, venues 16 / 16; the second
        // then fixed for), written by helper sessions from memory: "* Title (**VENUE YEAR**) [[paper](url)] [[code](url)]";
        // "- 20180530 NeurIPS-18 [Title](url)" over a sub-item of the maintainer's comments.
        "transformer_in_computer_vision_yangzhangcst",
        "transferlearning_awesome_paper_jindongwang",

        // Batch 64's third list (measured held out at 435fb4e: 0 / 15 read, all in silence; then fixed for), written by a
        // helper session from memory: "N. Title. Authors. Venue Year [[code]][x.y]", no paper links, arXiv ids as text.
        "awesome_knowledge_distillation_flhonker",

        // Batch 65 (measured held out at 174a215: 60 / 60 read; 0 / 59 read, then fixed for), written by helper sessions
        // from memory: "- **Title** (2015), K. He et al. [[pdf]](url)"; NLP-progress results tables, "| Model (Surname et
        // al., 2018) | scores | [Title](url) |" under "Paper / Source". (Its third list, a video index, is measured in
        // docs/benchmarks.md and not kept: see there.)
        "awesome_deep_learning_papers_terryum",
        "nlp_progress_question_answering_sebastianruder",

        // Batch 66's first list (measured held out at 8f51763: 59 / 59 read, venues 38 / 42; then fixed for), written by a
        // helper session from memory: tables "| Title | Introduction | Links | Conference | Year | Code |" by year.
        "awesome_llm_quantization_pprp",

        // Batch 66's second list (measured held out at 4a96fdf: 59 / 59 read, authors 33.9%; then fixed for), written by a
        // helper session from memory: "* **Title**, Names, arXiv:ID" over "  [[Paper](url)] [[Code](url)]".
        "mamba_ssm_paper_list_event_ahu",

        // Batch 67 (measured at 505a6b6 and 8757dc5: 57 / 58 read, venues 50 / 50; 52 / 56 read, venues 21 / 23), written by
        // helper sessions from memory; not independent: second renderings of awesome_llm_reasoning and
        // awesome_llm_milestones, lists already in the corpus.
        "awesome_llm_reasoning_atfortes",
        "awesome_llm_hannibal046",

        // Batch 68 (measured held out at de84662 and c8e904a: 60 / 60 and 58 / 58 read, venues 52 / 52 and 56 / 56, titles
        // and authors 100%; nothing to fix), written by helper sessions from memory: "1. **Title.** *Authors.* Venue
        // Year. [paper](url)"; tables "| Year | Pub | Paper | Repo |" by category.
        "awesome_graph_neural_networks_nnzhan",
        "awesome_deblurring_subeeshvasu",

        // Batch 69's second list (measured held out at 8de5427: 0 / 58 read, all reported; then fixed for), written by a
        // helper session from memory: "**Title**" over "- Paper: <bare URL>" and "- Code: <bare URL>" under Chinese
        // headings, the venue (CVPR 2024) only in the list's title.
        "cvpr2024_papers_with_code_amusi",

        // Batch 69's first list (measured held out at 8de5427: 16 / 16 read, but 15 read a venue from a company and a
        // year in two code spans; fixed for the next stop), written by a helper session from memory: "1. [Title](url)
        // `Company` `Year`", papers among blog posts.
        "applied_ml_eugeneyan",

        // Batch 70 (measured held out at ff5ef13: 55 / 60 and 58 / 58 read, venues 40 / 45 and 42 / 42; then fixed for),
        // written by helper sessions from memory: "* [Title](url), A. Author et al., VENUE YEAR" under bold
        // sub-headings, papers among blogs and talks; "- **Title** (Nickname), *Venue*. [[pdf](url)] [[code](url)]", no
        // authors.
        "awesome_adversarial_machine_learning_yenchenlin",
        "awesome_embodied_vla_jonyzhang2023",

        // Batch 71 (measured held out at bd8f9b1: 58 / 58 and 54 / 54 read, venues 56 / 56; the second list's titles and
        // authors 0%, then fixed for), written by helper sessions from memory, each unsure of the real list's style:
        // tables "| Paper | Conference | Year | Code | Used Datasets | Key Contribution |" by task; "* Title, Surname,
        // Year. [[Paper]](url) [[Code]](url)", no venues.
        "awesome_time_series_cuge1995",
        "awesome_speech_enhancement_nanahou",

        // Batch 72 (measured held out at effc7a9: 60 / 60 and 58 / 58 read, venues 0 / 24 and 42 / 48, titles 100% and
        // 89.7%; then fixed for), written by helper sessions from memory, each unsure of the real list's exact style:
        // "- \"Title\", YYYY-MM, Venue YY, `tag`, [[paper]](url) [[repo]](url)", no authors; "- **Nickname**" over
        // "  - [Title](url), Venue'YY" (or a title without a link) and "  - [[Python]](repo)", newest first.
        "awesome_llm_security_corca_ai",
        "awesome_network_embedding_chihming",

        // Batch 73 (measured held out at d1db2f1: 1 / 59 read, all but one reported, and 58 / 58 read with venues 52 / 56;
        // then fixed for), written by helper sessions from memory, each unsure of the real list's exact style: handong1587's
        // "**Title**" over "- intro: VENUE YEAR" and "- arxiv: <url>" fields, sections per method; "- [VENUE YEAR] **Title**
        // (Nickname) [[paper]](url) [[code]](url)", journals abbreviated, no authors.
        "awesome_object_detection_amusi",
        "yangnianzu_awesome_ai_drug_discovery",

        // Batch 74 (measured held out at 2abe8f9: 0 / 54 read, all reported, and 58 / 58 read with venues 1 / 57; then
        // fixed for), written by helper sessions from memory, each unsure of the real list's exact style: tables "| Name |
        // Paper | Code |" whose Paper cell is a Google Scholar citation ("Surname, First, et al. \"title.\" Venue. Year.
        // [[pdf]](url)"); tables "| Time | Paper | Repo |" with short venues ("CVPR23") and star badges.
        "awesome_causality_algorithms_rguo12",
        "awesome_optical_flow_hzwer",

        // Batch 75 (measured held out at 7f369a3: 57 / 58 read, one tutorial read as a paper, and 60 / 60 read with
        // authors 0%; then fixed for), written by helper sessions from memory, each unsure of the real list's exact
        // style: "- Title [[arXiv]](url) [[Code]](url)", no authors or venues, tutorials and blogs in sections of their
        // own; "- [Title](url) , (2019) by *Surname, Given and Surname, Given* [[bib]](url) *comment*".
        "really_awesome_gan_nightrome",
        "continual_learning_papers_optimass",

        // Batch 76 (measured held out at 91dd99c: 58 / 58 read with every field right, and 0 / 58 read, all reported; then
        // fixed for), written by helper sessions from memory, each unsure of the real list's exact style: "- [Venue Year]
        // Title (Nickname) [[paper]](url) [[code]](url)", no authors; lines (no bullets) "[arxiv 2023.11]Title
        // [[PDF](url), [Page](url)]" separated by blank lines.
        "awesome_graph_transformer_wehos",
        "yzhang2016_video_generation_survey",

        // Batch 77 (measured held out at 6b9be3a: 60 / 60 read with every field right, and 0 / 52 read, all reported; then
        // fixed for), written by helper sessions from memory, each unsure of the real list's exact style: "- [YYYY/MM/DD]
        // Title | [[paper]](url) | [[code]](url)", no authors or venues; a table "|Date|The First and Last Authors|Title|
        // Code|Reference|" whose Reference cell links the paper by its venue ("[MICCAI2021](url)").
        "agi_edgerunners_llm_agents_papers",
        "ssl4mis_medical_hilab_luoxd",

        // Batch 78 (measured held out at cfb61c8: 54 / 54 read with every field right, and 54 / 54 read with titles 3.7%;
        // then fixed for), written by helper sessions from memory, each unsure of the real list's exact style: "- [Title](url)"
        // alone under RAG's categories, no authors or venues; "- Title. **Venue Year**. [[pdf]](url) [[code]](url)" over
        // "  - *Authors*".
        "retrieval_rag_survey_hymie122",
        "awesome_tabular_deep_learning_johnnyhwu",

        // Batch 79 (measured held out at 9abfdf9, after the oracles were put in the corpus's format: 59 / 59 read
        // with every field right; and 58 / 59 read with venues 31 / 56, titles 72.4 %, authors 69.0 %; then fixed for),
        // written by helper sessions from memory, each unsure of the real list's exact style: "- (TAG) Title
        // [[paper](url)][[github](url)]" under "#### CVPR 2021"; Google Scholar's Chicago export with the title in bold,
        // "1. Surname, Given, Given Surname, and Given Surname. **Title.** In Source, pp. 1-9. Year. [[Paper]](url)", a
        // dataset's name and a colon before the names.
        "awesome_person_reid_bismex",
        "awesome_grounding_theshadow29",

        // Batch 80 (measured held out at 50d1abe, the reader of 18734f6: 60 / 60 read with every field right; and
        // 58 / 58 read with venues 47 / 49, titles 86.2 %; then fixed for), written by helper sessions from memory, each
        // unsure of the real list's exact style: "| date | paper | conf | code |" with "CVPR2019 oral" cells; "- Title,
        // Venue Year. \[[paper](url)\]" with a year alone, an abbreviated journal or ", oral" after the title's commas.
        "awesome_face_recognition_chanchichoi",
        "awesome_trajectory_prediction_jiachenli94",

        // Batch 81 (measured held out at 06b497e, the reader of 9010fe8: 59 / 59 read, authors 98.3 %, one bold nickname
        // in parentheses read as a name; and 58 / 58 read, venues 49 / 52, titles 94.8 %, 9 non-papers read; then fixed
        // for), written by helper sessions from memory: "- Title [[ECCV 2016 Workshop](url)] [[Code](url)] (**Deep
        // CORAL**)"; "* (ICCV 2021) **Title**, First Author et al. [[Paper](url)]" with datasets' "**Detailed information:**
        // ⇒ [[Paper](url)]" field lines. The second is the same public list as awesome_text_to_image_yutong_zhou_cv,
        // written again by another helper: not an unseen layout, so its first contact is no held-out figure.
        "awesome_domain_generalization_junkunyuan",
        "awesome_text_to_image_yutong_zhou",

        // Batch 82 (measured held out at 6160443, the reader of ebb1f1d: 59 / 59 read with every field right, two theses
        // under Thesis read as papers; and 54 / 54 read, venues 50 / 52; then fixed for), written by helper sessions from
        // memory, each unsure of the real list's exact style: "- Title." over "[[pdf]](url)" and "  - Authors. *Venue*";
        // "| Title | Venue | Code |" under "#### 2021" with "MIDL (short paper)" and "NeuroImage" cells.
        "awesome_semi_supervised_learning_yassouali",
        "awesome_image_registration",

        // Batch 83 (measured held out at a9cdae0, the reader of 3a79044: 59 / 59 read, venues 49 / 50, a technical report
        // the oracle calls a venue; and 58 / 58 read, venues 47 / 48; then fixed for), written by helper sessions from
        // memory, each unsure of the real list's exact style: "|Title|Publication|Paper|Code|" under year headings; "*
        // [Title](url) - A One, B Two. Journal Year" under "<b>Papers</b>" bullets, a journal's name with its own commas.
        "awesome_active_learning_baifanxxx",
        "awesome_quantum_machine_learning_krishnakumarsekar",

        // Batch 84 (measured held out: the sentence embedding list at 2e0932b on the reader of 5859863, 59 / 59 read with
        // titles 72.9 %; the emotion recognition list at 1d8ad36 on that reader and the sentence list's repository rule,
        // 57 / 57 read, venues 44 / 48; then fixed for), written by helper sessions from memory, each unsure of the real
        // list's exact style: "* [SIF](https://github.com/...): [Title](url)"; "1. Title. **A One, B Two**. IEEE
        // Transactions on Multimedia 2023. [[paper]](url)", "AAAI Workshops 2018".
        "awesome_sentence_embedding_separius",
        "awesome_erc_declare_lab",

        // Batch 85 (measured held out: the scene graphs list at d5509ae on the reader of 2d91cae, 60 / 60 read with every
        // field right; the video anomaly list at 713685d on the same reader, 56 / 56 read, venues 45 / 53, authors 89.3 %;
        // then fixed for), written by helper sessions from memory: "- [Title](url) - Authors. VENUE YEAR **(Oral)**.";
        // "1. <span id = \"1601\">[Conv-AE]</span> [Title](url), `CVPR 16`. [Code](url)", venues in code spans with years
        // of two digits.
        "awesome_scene_graphs_huoxingmeishi",
        "awesome_video_anomaly_detection_fjchange",

        // Batch 86 (measured held out: the fairness list at 815c4f5 on the reader of 6cb06e3, 60 / 60 read, venues 53 / 58,
        // titles 91.7 %; the image classification list at ab27a5a on that reader and the fairness list's journal rule,
        // 53 / 53 read, titles and authors 0 %; then fixed for), written by helper sessions from memory: "- Title, ACM
        // Computing Surveys 2021 [[paper]](url)"; "**Title.**  " over its names, then "- pdf: [url](url)", "- code: ...".
        "awesome_fairness_in_ai_datamllab",
        "awesome_image_classification_weiaicunzai",

        // Batch 87 (measured held out at 9193846 on the reader of f188d93: 60 / 60 read with every field right, two theses
        // under Theses read as papers, named), written by a helper session from memory: "* **Title** - Authors, Venue
        // Year [[pdf]](url)" and "* [Title](url), A One, B Two, VENUE YEAR [[code]](url)".
        "awesome_bayesian_deep_learning_robi56",

        // Batch 87 (committed at 5449b36, measured once held out on the reader of f188d93: 47 / 60 read, 13 reported, none
        // in silence; venues 21 / 26; titles 29.8 %; authors 66.0 %; then fixed for): "- [Repo](github) -> description,
        // code for the 2018 [paper](arxiv): Title (Venue)", prose whose remaining misses are named in KnownMisses.
        "satellite_image_deep_learning",

        // Batch 88 (committed at c96e486, measured once held out on the reader of ffdf690: 131 / 131 read, none in silence;
        // venues 60 / 65 and 63 / 66 against oracles that gave "arXiv 2016" as a venue, 60 / 61 and 63 / 63 with those
        // seven lines set to none as the corpus writes them; one title 98.5 %; then fixed for), written by helper sessions
        // from memory: "- **[NeurIPS 2022 Datasets and Benchmarks]** Title [[paper]](url)" over "  *Names*", an award
        // after the links as ":trophy: **Outstanding Paper Award**"; "* [Title](url) - Y. Zhu et al, CVPR 2017. [[code]](url)".
        "awesome_ood_detection_continuousml",
        "awesome_action_recognition_jinwchoi",

        // Batch 89 (committed at a999ba0, measured once held out on the reader of 564e35d: the implicit representations list
        // 52 / 69 read, 16 in silence, authors 0 % ("(Park" from "(Park et al. 2019)"), no venues given; the low-light
        // list 64 / 64 read, venues 52 / 62 (a Date column's year beside a Publication column); then fixed for), written
        // by helper sessions from memory: "* [Title](url) (Park et al. 2019) proposes ...", project pages as paper links;
        // "| Date | Publication | Title | Abbreviation | Code | Platform |" over "| 1997 | TIP | [Title](url) | SSR |".
        "awesome_implicit_representations_vsitzmann",
        "awesome_low_light_image_enhancement_zhihongz",

        // Batch 90 (committed at 0b8c032, measured once held out on the reader of ffd06d3: the neural ODE list 14 / 69 read,
        // the other 55 reported (EA0030), none in silence; the dehazing list 64 / 64 read, venues 62 / 63, one title;
        // then fixed for), written by helper sessions from memory: "* Title: [NeurIPS19](https://arxiv.org/abs/...)
        // (Best Paper Award)"; "- **[CVPRW 2020]** Title [[paper](url)] [[code](url)]" under year headings.
        "awesome_neural_ode_zymrael",
        "awesome_dehazing_xiaofeng_life",

        // Batch 91 (committed at a100898, measured once held out on the reader of 82be291: the 6D pose list 0 / 68 read,
        // every paper reported, none in silence; the graph generation list 75 / 75 read, venues 66 / 67; then fixed for),
        // written by helper sessions from memory: paragraphs "**[ICCV 2017]** Title, [[paper](url)] [[code](url)]" under
        // numbered headings; tables "| Paper | Venue | Year | Code |" with "| ICML (Long Presentation) | 2022 |".
        "6d_object_pose_estimation_georgedu",
        "awesome_graph_generation_yuanqidu",

        // Batch 92 (committed at 3511766, measured once held out on the reader of ec8a0ab: the visual SLAM list 18 / 66 read,
        // 21 in silence, venues 14 / 18; the legal list 66 / 66 read, every field right but two author lists where its
        // oracle counted "et al" as a name, set right before the fix; then fixed for), written by helper sessions from
        // memory: "* [Project](github)" over indented lines each citing a paper ("[1] A One and B Two, \"Title\", Proc.
        // ISMAR 2007 [PDF](url)", "Title, J. Engel, V. Koltun, ECCV '14 [PDF](url)"); "1. **Title.** *Names.* Venue.".
        "awesome_visual_slam_tzutalin",
        "legal_papers_thunlp",

        // Batch 93 (committed at 2193fcc, measured once held out on the reader of 8806fe3: the medical segmentation list
        // 64 / 64 read, venues 51 / 54, authors 89.1 %; the GNN recommender list 63 / 64 read (one reported), venues
        // 61 / 62; then fixed for), written by helper sessions from memory: "- **Title** | Names | Venue | [Paper](url)",
        // "- Title [MedIA 2019] [[arXiv](url)] - Simon Graham et al."; "1. Title. Names. KDD 2018. [paper](url)" and tables.
        "medical_image_segmentation_list",
        "gnn_recommender_systems_fib_lab",

        // Batch 94 (committed at ed18a3d, measured once held out on the reader of 9a35eff: the speech separation list 64 /
        // 64 read, venues 60 / 62; the document understanding list 67 / 67 with every field right; then fixed for),
        // written by helper sessions from memory: "- [x] [Title](url), Names. ICASSP 2019 (SI-SDR)" with task checkboxes;
        // "- **Title**, Names, Venue Year [[paper]](url)" under task headings.
        "speech_separation_papers_jusperlee",
        "awesome_document_understanding_tstanislawek",

        // Batch 95 (committed at 58db139, measured once held out on the reader of 906ca35: the sparsity list 64 / 64 read,
        // venues 58 / 59; the video captioning list 68 / 70 read (two reported), every field right on those read; then
        // fixed for), written by helper sessions from memory: "- Title. Names. [[ICLR 2016](arxiv)] :trophy: Best Paper";
        // "- **Title** - Names. *CVPR 2018*. [[paper]](CVF PDF)" under year headings.
        "awesome_sparsity_list",
        "awesome_video_captioning_tgc1997",

        // Batch 96 (committed at e29654e, measured once held out on the reader of 87a24d9: the time-series anomaly list
        // 67 / 67 read, venues 59 / 63, authors 94.0 %; the machine translation list 61 / 61, venues 56 / 57; then fixed
        // for), written by helper sessions from memory: "- A One, B Two. \"Title\". ACM Computing Surveys, 2021.
        // [[arXiv](url)]" and tables; "- Title. A One, B Two. (ACL'19, Best Long Paper) [[paper]](url)".
        "ts_anomaly_detection_list",
        "nmt_papers_list",

        // Batches 97-98 (committed at d582165, measured once held out on the reader of 58a951f: the event-based vision
        // list 20 / 66 read (46 reported, none in silence), venues 0 / 20; the weakly supervised segmentation list 65 /
        // 65, venues 59 / 63 against an oracle that wrote "IEEE TPAMI" where the list writes "TPAMI" (63 / 63 with the
        // four set to the list's text); the zero-shot list 68 / 68, every field right; the place recognition list 61 /
        // 61, venues 59 / 61, titles 80.3 %; then fixed for), written by helper sessions from memory: uzh-rpg's three
        // lines to an item ("Gallego, G., Rebecq, H.,  " / "*[Title](url)*,  " / "IEEE Conf. ... (CVPR), 2018, pp. 1-9.
        // **Spotlight**."), bold titles over names over venues, tables of nicknamed titles, "Title, *A One, B Two*, CVPR
        // 2018.".
        "event_based_vision_uzh_rpg",
        "awesome_wsss_list",
        "awesome_zero_shot_learning",
        "awesome_visual_place_recognition",

        // Batches 99-100 (committed at aabac7a, measured once held out on the reader of a7dff19: the point cloud
        // registration list 69 / 69 read, venues 66 / 67, titles 98.6 %; the human motion list 29 / 63 read (34 reported,
        // none in silence), every field right on those read; the audio-visual list 62 / 62, every field right; the
        // knowledge graph reasoning list 63 / 64 (one reported), every field right on those read; then fixed for),
        // written by helper sessions from memory: tables whose paper link wraps a badge, "- [[CVPR 2023](url)] Title.
        // **Best Paper Award Candidate**", a survey paragraph over its names.
        "awesome_point_cloud_registration",
        "awesome_human_motion_generation",
        "awesome_audio_visual_learning",
        "awesome_kg_reasoning",

        // Batches 101-102 (committed at 651118a, measured once held out on the reader of 26d7230: the video instance
        // segmentation list 61 / 61 read, every field right; the efficient ViT list 66 / 66, every field right; the
        // dialogue list 67 / 67, venues 62 / 63 (a journal's long name with its year glued read as two names); the graph
        // contrastive list 60 / 60, every field right; then fixed for), written by helper sessions from memory:
        // "* **Nickname**: \"Title\". Foundations and Trends in IR(2019) [[PDF]](url)", tables of bold titles over names.
        "awesome_video_instance_segmentation",
        "awesome_efficient_vit",
        "awesome_dialogue_systems",
        "awesome_graph_contrastive_learning",

        // Batches 103-104 (committed at dfb8101, measured once held out on the reader of e3f58ae: the monocular depth list
        // 65 / 65 read, venues 51 / 54, titles 66.2 %, authors 75.4 %; the session recommendation list 61 / 61, venues 50 /
        // 59, titles 68.9 %; the NER list 66 / 66, venues 61 / 63 (notes after the venue's sentence); the text adversarial
        // list 62 / 62, venues 55 / 59, authors 91.9 %; then fixed for), written by helper sessions from memory: "**[CVPR'17]**
        // Title - Names", "[KDD 2018] Title, Names", "Title. *arXiv 2023*.", "1. Title. CIKM 2020.", "*A One, et al.*. ACL 2021.".
        "awesome_monocular_depth",
        "awesome_session_recommendation",
        "awesome_ner_papers",
        "text_adversarial_papers",

        // Batches 105-106 (committed at 89b4b45, measured once held out on the reader of 876b6e4: the image matting list 65
        // / 67 read, 2 in silence (project pages of published papers), every field right on those read; the math reasoning
        // list 70 / 70, one author missed; the table and chart list 58 / 65 (7 reported: a bold nickname before the title
        // link), every field right on those read; the world models list 64 / 65 (one in silence), venues 46 / 47, authors
        // 93.8 %; then fixed for), written by helper sessions from memory: "* \"Title\", A One, B Two. **`NeurIPS 2018
        // Oral`**.", "- **WikiTableQuestions** [Title](url), ACL 2015", tables of Year | Pub | Title | Links.
        "awesome_image_matting",
        "awesome_math_reasoning_llm",
        "awesome_table_chart_llm",
        "awesome_world_models",

        // Batch 107 (committed at 12381b2, measured once held out on the reader of 553354f: the 3D detection list 65 / 65
        // read, venues 58 / 61, titles 95.4 % (workshops as the paper link's label); the program synthesis list 62 / 63
        // (one in silence: a research page with one name after a dash), venues 50 / 52 (one a "(D&B)" the measure now
        // reads as the track's name); then fixed for), written by a helper session from memory: "- [[ECCV W](url)] Title.",
        // "- [Title](url) - Sumit Gulwani. POPL 2011.".
        "awesome_3d_object_detection",
        "awesome_program_synthesis",

        // Batch 108 (committed at dcab4f1, measured once held out on the reader of 1accb68: the voice conversion list 64 /
        // 64 read, venues 56 / 57, titles 98.4 %; the graph anomaly detection list 61 / 61, venues 59 / 60 (one note);
        // not fixed for: the two misses named), written by a helper session from memory: "Title. A One, B Two. *Venue
        // Year*. [[paper]](url)", tables of Paper Title | Venue | Year | Materials.
        "awesome_voice_conversion",
        "awesome_graph_anomaly_detection",

        // Batch 109 (committed at 1f6f4c0, measured once held out on the reader of fca2be7: the HOI list 54 / 54 read and
        // the code search list 50 / 50, every field right on both; nothing to fix), written by a helper session from
        // memory, its oracle drafted by its own script over its own list and then read and set right by it (so less
        // independent than the others): "**[Short name]** Title (CVPR2021) [[Paper]](url)", "**Title.** Names. Venue.".
        "awesome_hoi_detection",
        "awesome_code_search",

        // Batch 110 (committed at 48f82cf, measured once held out on the reader of 591561b: the neural operators list 64 /
        // 64 read but venues 20 / 60 and authors 17.2 %, as the names line and the venue line below it ran together; the
        // open-vocabulary list 64 / 64, venues 62 / 63, one award after a comma in a venue's brackets), written by a
        // helper session from memory, its oracles drafted by its own scripts over its own lists and then read and set
        // right by it (so less independent than most): "- **[Title](url)**  " over "  *A One, B Two*  " over "  JCP 2018",
        // "| Title | Venue | Paper | Code |", "- [ICCV 2023, Best Paper Honorable Mention] **Title**. Names. [[Paper](url)]".
        "awesome_neural_operators",
        "awesome_open_vocabulary",

        // Batch 111 (committed at 591561b, measured once held out on the same reader: the speculative decoding list 68 /
        // 68 and the image editing list 68 / 68, every field right on both), written by a helper session from memory,
        // each list and its oracle generated from one data table by its own script: "**Title**  " over "*Names*. Venue.
        // [[pdf](url)]", "| [**Title**](url) | Venue | Date |". Its speculative decoding list re-creates the same public
        // list (hemingkx/SpeculativeDecodingPapers) as the seventh batch's and was written over that file; found in batch
        // 120's session (the name twice in Names, xunit running one), the seventh batch's file restored from git and this
        // one renamed. Not held out in the strict sense either.
        "speculative_decoding_papers_hemingkx",
        "awesome_image_editing",

        // Batch 112 (committed at 48f82cf, measured once held out on the reader of 591561b: the tool learning list 64 / 64,
        // every field right; the TTS list 62 / 67 read, five items reported, not in silence, for a short name of several
        // words before the colon and the title link), written by a helper session from memory: "1. **Title.** *Names.*
        // Venue. [[paper](url)]", "- Apple TTS system: [Title](url) (ASRU 2021)".
        "tool_learning_papers",
        "awesome_tts_papers",

        // Batches 113-115 (committed at 6f50b3b, 72e3121 and db4e60b, measured once held out on the reader of e9bcd17:
        // 390 papers, 385 read, 2 in silence, venues 286 / 310, titles and authors 96.1 %), written by hand by three
        // helper sessions from memory. The human mesh recovery list 65 / 65, every field right; the molecule list 60 /
        // 63 read, venues 40 / 56 (a title over sub-items of names and of the journal's source before the links,
        // "  * *J. Chem. Inf. Model.* 2019, 59, 8, 3370–3388 | [Paper](url)", read as an entry titled by the journal;
        // ACS citations, "Surname, I.; Surname, I. Title. *Science* **2018**, *361*, 360–365."); the weather list 67 /
        // 67, venues 49 / 55 ("*Phil. Trans. R. Soc. A 2021*", "*Geophysical Research Letters (GRL) 2018*", "*SC18*");
        // the lip reading list 63 / 63, venues 52 / 53 ("[IEEE Trans. Cybernetics 2022]"); the occupancy list 67 / 69,
        // two project pages beside their code lost in silence, and a challenge's placing read as the venue; the LLM
        // routing list 63 / 63, venues 37 / 38 (a badge its alternative text says again: "![ICWS 2024](.../ICWS-2024-blue)").
        "awesome_human_mesh_recovery",
        "awesome_molecule_generation",
        "awesome_ml_weather_climate",
        "awesome_lip_reading",
        "awesome_occupancy_prediction",
        "awesome_llm_routing",

        // Batch 118 (committed at 0a322ab, measured once held out on the reader of 430ee46: the software-engineering
        // agents list 70 / 70 read, venues 38 / 42, six titles read from a sub-item of the venue before links set apart
        // by middle dots, "  - ICLR 2024 (Oral) · [paper](url) · [code](url)"; the finance list 61 / 61, every field
        // right), written by hand by a helper session from memory.
        "awesome_swe_agents",
        "awesome_finance_llm",

        // Batch 116 (committed at 5316df1, measured once held out on the reader of d29c164: the point cloud completion
        // list 64 / 64, titles 93.8 % and authors 92.2 % ("- Song et al. **Title** (CVPR 2017, Oral)", a nickname alone
        // after a table's title link, "(3PU / MPU)"); the summarization list 52 / 66, thirteen reported and one in
        // silence: "* Rada Mihalcea, Paul Tarau. [Title](url). EMNLP 2004."), written by hand by a helper session from
        // memory. The summarization list re-creates the same public list as summarization_papers_xcfcode, which the
        // reader had been fixed for, so its figures are not held out in the strict sense (as batch 112's tool learning
        // and TTS lists re-create tool_learning_papers_thunlp's and speech_synthesis_paper_xcmyz's public lists).
        "awesome_point_cloud_completion",
        "awesome_text_summarization",

        // Batch 117 (committed at d016670, measured once held out on the reader of eeeac8c: the face anti-spoofing list
        // 66 / 66 read, venues 61 / 63, titles 89.4 %: "- Tan et al. \"Title\", ECCV 2010.", "- Wen, Han and Jain.
        // \"Title\", IEEE TIFS 2015.", surnames alone before a quoted title), written by hand by a helper session from
        // memory. Its gait recognition list stays in HeldOut, not fixed for: see there.
        "awesome_face_anti_spoofing",

        // Batch 119 (committed at 3898bad, measured once held out on the reader of 196aa81: neural style transfer 0 / 64
        // read, every one reported: ":white_check_mark: [**Title**] [[Paper]](url) *(CVPR 2016)*" as paragraphs; text style
        // transfer 68 / 68 read, venues 60 / 60, titles 0 %: "1. Title, A One, B Two, NAACL-2018, [[paper]](url)";
        // temporal action localization 60 / 60, venues 58 / 59; NLP data augmentation 63 / 63, venues 53 / 58: "[(BEA @ ACL
        // '19)](url)", "[(WebNLG+ '20)](url)"), written by hand by two helper sessions from memory.
        "neural_style_transfer_papers_ycjing",
        "style_transfer_in_text_fuzhenxin",
        "awesome_temporal_action_localization",
        "data_aug4nlp_styfeng",

        // Batch 117's gait list (committed at d016670, measured once on the reader of eeeac8c: 60 / 60 read, venues 47 /
        // 55, titles and authors 86.7 %: "Title, A One, B Two and C Three, *IEEE TPAMI*, 2006. [[pdf](url)]"), kept in
        // HeldOut until the reader read that form (after batch 119, once the names between a title and its venue were
        // split off: 55 / 55, every field right). Its misses had been seen, so its later figures are not held out.
        "awesome_gait_recognition",

        // Batch 120 (committed at 0bbcf9f, measured once held out on the reader of 9263f6e: image translation 60 / 65 read,
        // five reported: names linked to their pages under a bold title, "*[A One](https://a.io/), B Two.*<br>"; lane
        // detection 59 / 60, venues 47 / 50; fake news detection 63 / 63, venues 57 / 61: "*The Web Conference (WWW)
        // 2021*"; hyperbolic representation 61 / 61, venues 57 / 59, two notes: "[NeurIPS 2018] **Title** (Spotlight)";
        // together venues 219 / 229, 95.6 %, every list over 90 %, titles and authors 99.6 %), written by hand by two
        // helper sessions from memory.
        "awesome_image_translation_weihaox",
        "awesome_lane_detection_amusi",
        "fake_news_detection_ictmcg",
        "awesome_hyperbolic_representation",

        // Batch 121 (committed at 23334d1, measured once held out on the reader of cbc1221: radiology report generation 69 /
        // 69 read, venues 59 / 59, every field right; few-shot object detection 59 / 59, venues 55 / 55, every field right;
        // graph explainability 72 / 72, venues 1 / 56: "1. [ICLR 23] **Title** [[paper]](url)", a year of two digits
        // with no apostrophe in the tag), written by hand by two helper sessions from memory (a fourth list one of them
        // wrote, archinetai's audio AI timeline, re-creates a list already in the corpus and was not added).
        "awesome_radiology_report_generation",
        "awesome_few_shot_object_detection",
        "awesome_graph_explainability_papers",

        // Batch 122 (committed at bba6024, measured once held out on the reader of 0cf5525: mixup 61 / 61 read, venues 45 /
        // 48: "Journal of Big Data'2019"; image retrieval 61 / 61, every field right; change detection 64 / 64, venues 43 /
        // 61, titles 37.5 %: a model table's publication column holding the title, "Bruzzone L., Prieto D. F. \"Title\".
        // *IEEE TGRS*, 2000.", "Names, IJRS, 2004."; scene text recognition 64 / 64, venues 49 / 58: "[2016-IJCV, M.
        // Jaderberg] Title"), written by hand by two helper sessions from memory.
        "awesome_mixup_westlake",
        "awesome_cbir_papers_willard_yuan",
        "awesome_remote_sensing_change_detection",
        "awesome_scene_text_recognition_chongyangtao",

        // Batch 123 (committed at e7fa18b, measured once held out on the reader of 319693d: legged locomotion 64 / 64 read,
        // venues 57 / 57; video-text retrieval 63 / 63, venues 5 / 57, titles 3.2 %: "- [[Wang et al. CVPR24]](url) Title.
        // CVPR, 2024."; GNN systems 63 / 63, venues 58 / 60; Segment Anything's offspring 60 / 60, venues 20 / 21),
        // written by hand by two helper sessions from memory.
        "awesome_legged_locomotion_learning",
        "awesome_video_text_retrieval",
        "awesome_gnn_systems",
        "awesome_anything_vainf",

        // Batch 124 (committed at 37598ba, measured once held out on the reader of 005c9e6: tiny object detection 65 / 65
        // read, venues 56 / 56, five dataset lines read as papers; vehicle re-identification 57 / 57, venues 46 / 53;
        // image colorization 64 / 64, venues 42 / 56: a "Source" column; image harmonization 56 / 57, authors 0 %: "+ A
        // One, B Two: \"*Title.*\" CVPR (2024)"), written by hand by two helper sessions from memory.
        "awesome_tiny_object_detection",
        "awesome_vehicle_re_identification",
        "awesome_image_colorization",
        "awesome_image_harmonization_bcmi",
        // Batch 125 at first contact: 249 papers, 248 read, none in silence; venues 204 / 207 (98.6 %), every list at 93.5 %
        // or more; titles 90.7 %, authors 90.3 % (sentiment analysis 63.5 %: "[Liu and Zhang (2012)](url) Title."); one
        // line of slides read as a paper. Written by hand by two helper sessions from memory.
        "awesome_multi_view_stereo_walsvid",
        "awesome_sentiment_analysis_xiamx",
        "awesome_video_prediction",
        "awesome_reward_models",
        // Batch 126 at first contact: 253 papers, 253 read, none in silence; venues 207 / 216 (95.8 %), every list at 91.9 %
        // or more; titles 99.6 %, authors 95.7 % (a "·" between links read as a name); four dataset or tool lines read as
        // papers (1.6 %). Written by hand by two helper sessions from memory.
        "awesome_audio_captioning",
        "awesome_music_generation",
        "awesome_point_cloud_segmentation",
        "awesome_llm_agent_evaluation",
        // Batch 127 at first contact: 239 papers, 239 read, none in silence; venues 163 / 171 (95.3 %), the lowest list 89.7 %
        // (medical VQA: nested parentheses in a venue tag, "Track on Datasets and Benchmarks"); titles 98.7 %, authors
        // 94.6 % (diffusion language models: "· ICLR 2025" after the names, a nickname and a colon before a bold title);
        // two dataset lines read as papers (0.8 %). The federated graph learning list is in the table style of
        // youngfish42's lists, which fl_youngfish_papers already has. Written by hand by two helper sessions from memory.
        "awesome_medical_vqa",
        "awesome_graph_pooling",
        "awesome_diffusion_language_models",
        "awesome_federated_graph_learning",
        // Batch 128 at first contact: 250 papers, 250 read, none in silence; venues 230 / 230 (100 %); titles 95.2 % (video
        // super-resolution 81.0 %: "**[ECCV 2020] Title**", the venue's tag inside the bold title); authors 100 %; one
        // challenge's report read as a paper (0.4 %). The video super-resolution list is in the table layout of ChaofWang's
        // list and the knowledge graph list in thunlp's style, both of which the corpus has. Written by hand by two helper
        // sessions from memory.
        "awesome_video_super_resolution",
        "awesome_knowledge_graph_completion",
        "awesome_llm_hallucination_mitigation",
        "awesome_neural_architecture_search_hardware",
        // Batch 129 at first contact: 253 papers, 253 read, none in silence; venues 210 / 211 (99.5 %), every list at 98.1 %
        // or more; titles 98.8 %, authors 100 %; seven dataset lines read as papers (2.8 %: "- **Human3.6M**: ... [[website]]
        // [[paper]]", "- **LibriTTS**: [[paper]](url)"). The robot learning list is in the style of GT-RIPL's LLM robotics
        // list, which the corpus has. Written by hand by two helper sessions from memory.
        "awesome_3d_human_pose_estimation",
        "awesome_text_to_speech_expressive",
        "awesome_multimodal_rag",
        "awesome_robot_learning_from_video",
        // Batch 130 at first contact: 255 papers, 243 read, 12 in silence (papers published as web pages: "| [**Toy Models of
        // Superposition**](https://transformer-circuits.pub/...) | Blog | 2022-09 |"); venues 174 / 174 (100 %); titles and
        // authors 100 %; four dataset lines read as papers (1.6 %). The chemistry list is in thunlp's format and the
        // diffusion sampling list in heejkoo's, both of which the corpus has. Written by hand by two helper sessions from memory.
        "awesome_visual_anomaly_detection_industrial",
        "awesome_llm_for_chemistry",
        "awesome_efficient_diffusion_sampling",
        "awesome_sparse_autoencoders_interpretability",
        // Batch 131 at first contact: 251 papers, 247 read, none in silence (four reported: three on browse.arxiv.org, a
        // survey in a news line); venues 166 / 179 (92.7 %), the lowest list 84.3 % ("in *ICML* 2024" read with its "in");
        // titles 100 %, authors 99.6 %; one competition's line read as a paper (0.4 %). Each list is in the style of a
        // maintainer whose list the corpus has (ActiveVisionLab, qingsongedu, corca-ai, PeterGriffinJin): new papers and
        // sections, not new forms. Written by hand by two helper sessions from memory.
        "awesome_3d_scene_understanding_llm",
        "awesome_time_series_forecasting_transformers",
        "awesome_prompt_injection",
        "awesome_graph_foundation_models",
        // Batch 132 at first contact: 166 papers, 166 read, none in silence; venues 147 / 149 (98.7 %), every list at 96.8 %
        // or more; titles and authors 100 %; no non-paper read: the first batch over every held-out bar at first contact.
        // Written by hand by two helper sessions from memory.
        "awesome_video_question_answering",
        "awesome_image_captioning_evaluation",
        "awesome_llm_unlearning",
        "awesome_causal_representation_learning",

        // Batch 133 (held out until it was measured at first contact: 250 of 250 read, none in silence; venues 175 / 209,
        // 83.7 %, lowest list 22.7 %; titles 100 %, authors 74.8 %; 3 non-papers read), in styles the corpus has no
        // maintainer of. Written by hand by two helper sessions from memory.
        "awesome_weakly_supervised_semantic_segmentation",
        "awesome_event_camera_vision",
        "awesome_single_cell_foundation_models",
        "awesome_llm_reranking",

        // Batch 134 (measured at first contact with its HTML list: 180 of 245 read, 65 reported, none in silence;
        // venues 146 / 148, 98.6 %, lowest list 97.8 %; titles 100 %, authors 67.8 %; 2 non-papers read), in styles the
        // corpus has no maintainer of. Written by hand by two helper sessions from memory.
        "awesome_point_tracking",
        "awesome_speculative_decoding",
        "awesome_document_layout_analysis",
        "awesome_graph_structure_learning", // a list written in HTML: <h2> sections, an <li> per paper

        // Batch 135 (held out until it was measured at first contact: 248 of 248 read, none in silence; venues 113 / 211,
        // 53.6 %, lowest list 0 %; titles 49.6 %, authors 49.6 %; no non-paper read), in styles the corpus has no
        // maintainer of. Written by hand by two helper sessions from memory.
        "awesome_machine_translation_low_resource",
        "awesome_radar_perception",
        "awesome_agent_memory",
        "awesome_ocr_handwriting",

        // Batch 136 (held out until it was measured at first contact: 248 of 255 read, 7 reported, none in silence; venues
        // 210 / 212, 99.1 %, lowest list 96.5 %; titles and authors 100 %; 1 non-paper read), in styles the corpus has no
        // maintainer of. Written by hand by two helper sessions from memory.
        "awesome_model_editing",
        "awesome_lidar_place_recognition",
        "awesome_web_agents",
        "awesome_tabular_llm",

        // Batch 137's MoE inference list (its first-contact figures with its batch's, in HeldOut): read whole once a
        // proceedings site's index of a year was no paper.
        "awesome_moe_inference",

        // Batch 138, first half (committed at 925fd90, measured at first contact on the reader of 8686b38: 129 of 130 read,
        // one reported; venues 50 / 115, the materials list 0 / 60; titles 71.3 %, authors 81.4 %), written by hand by a
        // helper session from memory; fixed for: an item's Award and Comment fields, a venue field "ICCV Workshops
        // (CDPath), 2021", "- [2023] Title. Merchant et al. *Nature*." (130 of 130 read since, venues 115 / 116).
        "awesome_cell_segmentation_microscopy",
        "awesome_ai_for_materials",

        // Batch 137's other three lists (committed at d3045af, measured at first contact on the reader of 5474e18: 188 of 188
        // read; speech translation venues 51 / 57, pathology 0 / 56 (a venue column named "Journal/Conference") and four
        // dataset rows read as papers, protein design venues 57 / 57 and 6 summaries read as names), fixed for over two
        // sessions: the venue column, a venue cell ending in a parenthesis beside a Year column, a heading of datasets and
        // challenges, a citation's "In" source, an ACL Anthology venue page, a summary in italics under a bold title's
        // links. Left: KnownMisses.
        "awesome_speech_translation",
        "awesome_computational_pathology",
        "awesome_protein_design",

        // Batch 138, second half (committed at 6707eb8, measured at first contact on the reader of 7c3efcc: 124 of 124 read;
        // venues 94 / 100, audio codecs 44 / 50; titles and authors 100 %; 6 non-papers read), written by hand by a helper
        // session from memory; fixed for: an IEEE reference's abbreviated journal among commas ("IEEE/ACM Trans. Audio,
        // Speech, Lang. Process."), a publisher's label on the link after a citation ("[[PMLR](url)]"), a standard's PDF
        // under "## Toolkits, Demos & Leaderboards", a legend's symbols for libraries and blog posts (124 of 124 read
        // since, venues 100 / 100, no non-paper read).
        "awesome_neural_audio_codecs",
        "awesome_llm_tokenizers",

        // Batch 139, first two lists (committed at b821ea8, measured at first contact on the reader of aa920fa: 64 of 125
        // read, the 61 of the avatars list reported, none in silence; venues 51 / 53; titles 100 %, authors 1.6 %; no
        // non-paper read), each written by hand by its own helper session from memory; fixed for: a table's rows in raw
        // HTML after a thumbnail's cell, middle dots between an entry's fields (125 of 125 read since, venues 112 / 112).
        "awesome_human_avatars",
        "awesome_multilingual_llms",

        // Batch 139, four more lists (committed at d23e3de, measured at first contact on the reader of da16153: 139 of 262
        // read, 67 reported, 56 in silence (the footnotes' bare links); venues 67 / 117; titles 100 %, authors 47.5 %; no
        // non-paper read), each written by hand by its own helper session from memory; fixed for: a heading per paper over
        // a quoted line of names and venue, a <details> block per paper, footnotes that hold an item's names and links, a
        // quoted title before a dash and its venue (262 of 262 read since, venues 220 / 221). Left: KnownMisses.
        "awesome_efficient_attention_kernels",
        "awesome_3d_scene_generation",
        "awesome_graph_transformers",
        "awesome_robot_foundation_models",

        // Batch 139, seventh list (committed at 87c984c, measured at first contact on the reader of 917e95e: 68 of 68 read;
        // venues 41 / 43; titles 100 %, authors 60.3 %; no non-paper read), written by hand by a helper session from
        // memory; fixed for: names after 作者 ("Authors"), 等 as "et al.", 口头报告 as Oral (68 of 68 read since, venues 42 /
        // 43). Left: KnownMisses.
        "awesome_medical_llm_zh",

        // Batch 139, eighth list (committed at c981eb5, measured at first contact on the reader of c736e3a: 65 of 65 read;
        // venues 20 / 47; titles and authors 70.8 %; no non-paper read), written by hand by a helper session from memory in
        // APA references; fixed for: a proceedings' long name after "In", its volume and pages, a track after a journal's
        // volume, a distinction after the links (65 of 65 read since, venues 45 / 47, titles 96.9 %). Left: KnownMisses.
        "awesome_llm_data_curation",

        // Batch 140 (committed at 2232b53 and 7c8ea78, measured at first contact on the reader of 33bec8f: 121 of 197 read,
        // none in silence; venues 100 / 101; titles and authors 100 %; one non-paper read), written by hand by helper
        // sessions from memory. Molecular dynamics as blockquote cards of three lines joined by <br> (55 / 65 read: a
        // [paper] link to a publisher's site not taken, a mark after the title taken for names); fixed for: a title on a
        // line of its own linking its paper by a label, the mark, "Mach. Learn.: Sci. Technol." and "Phys. Rev. Materials".
        "awesome_molecular_dynamics_ml",

        // Time-series foundation models as definition lists ("**Title**" over ": names — *venue* — links"; 0 / 66 read,
        // all reported); fixed for: Markdig's definition lists read as a term and its definition, a spaced em dash
        // ending the names.
        "awesome_time_series_foundation_models",

        // Long video understanding in reference-style links (66 / 66 read, venues 49 / 49; a blog post read as a
        // paper); fixed for: "· blog post, April 2024" where the venue stands.
        "awesome_long_video_understanding",

        // Batch 141 (committed at 4e0c85d, measured at first contact on the reader of a6bfca0: 71 of 198 read, none in
        // silence; venues 0 / 54; titles 100 %, authors 9.9 %; one non-paper read), written by hand by helper sessions from
        // memory. NeRF compression in IEEE references, the URL written as text after "[Online]. Available:" (5 / 67 read);
        // fixed for: that URL as the paper's link, the proceedings' name as written, a journal before its volume, a
        // distinction after the pages, a title ending in "?".
        "awesome_neural_radiance_compression",

        // LLM unlearning as a task list of HTML links with the venue in <sup> (0 / 65 read; first committed under the name
        // of an older list, which it overwrote, and renamed at 171e13a); fixed for: an HTML link inside a markdown item,
        // a superscript venue, a mark before the names, a long name with an apostrophe's year, a well-known venue without
        // a year in parentheses.
        "awesome_llm_unlearning_tasklist",

        // Korean LLM papers with Korean field labels (66 / 66 read, authors 3 %, venues 0 / 54; a study's slides read as a
        // paper); fixed for: 저자, 학회, 외, 구두 발표 / 스포트라이트 / 최우수 논문상, a 형태 (type) field naming a blog post or
        // a website, slides named in Korean.
        "awesome_korean_llm_papers",

        // Batch 142, first list (committed at 11d9b2f, measured at first contact on the reader of da8d312: 65 of 65 read;
        // venues 2 / 51; titles and authors 4.6 %; no non-paper read), written by hand by a helper session from memory:
        // a dated changelog of numbered items, "(2023.10) Title [ICLR 2024 Oral] (A One, B Two, et al.) [[pdf]](url)";
        // fixed for: a plain title, its venue in brackets and its names in parentheses (65 of 65 since, venues 51 / 51).
        "awesome_code_llm_agents",

        // Batch 142, two more lists (committed at 52b329c, measured at first contact on the reader of 1e08bd1: 64 of 127 read,
        // none in silence; venues 53 / 57; titles and authors 100 %; one non-paper read), written by hand by helper sessions
        // from memory. Japanese vision-language papers, a level-4 heading over one paragraph of labelled lines (著者, 会議,
        // リンク, メモ; 0 / 63 read, all reported); fixed for: a paragraph of labelled lines under a heading, Japanese labels,
        // ほか, distinctions and ワークショップ, full-width parentheses, [論文] as a paper's link, a 種類 (type) field.
        "awesome_japanese_vision_language",

        // World models for robotics in two-column tables, the paper cell stacked with <br> (64 / 64 read, venues 53 / 57,
        // a course's slides read as a paper); fixed for: a distinction opening the Highlights cell, slides named by their
        // title in a table (one rule with the items').
        "awesome_world_models_robotics",

        // Batch 143 (committed at d68e5c6, measured at first contact on the reader of d68e5c6: 192 of 192 read, none in
        // silence; venues 83 / 169; titles 68.2 %, authors 34.4 %; four non-papers read), written by hand by helper sessions
        // from memory (two named apart from older lists they shared a name with). Speculative decoding, a bullet per paper
        // with its BibTeX in <details> under it (63 / 63, venues 46 / 51: names running into "(ICML 2023, Oral)", the whole
        // parenthesis as the note); fixed for: a venue's parenthesis after the names, the note among its pieces, a course
        // named by "(course, 2024)".
        "awesome_speculative_decoding_bibtex",

        // NLP papers kept in Spanish, labelled fields between bars on one line (68 / 68, venues 37 / 58, authors 1.5 %, three
        // non-papers read); fixed for: labelled fields after the title read as sub-items' are, Spanish labels, "y otros",
        // distinctions, "taller X de ..." as a workshop, "track de", "del" in a journal's name, a Tipo field.
        "awesome_nlp_espanol",

        // Efficient ViTs with emoji-introduced fields (61 / 61, venues 1 / 60, titles 0 %, a blog post read); fixed for:
        // 📄 👥 🏛️ 🏆 🔗 as the fields they introduce, a legend's table of symbols.
        "awesome_efficient_vit_emoji",

        // Batch 144, first list (committed at bf5a01f, measured at first contact on the reader of 67f766a: 64 of 64 read;
        // venues 51 / 58; titles 100 %, authors 1.6 %; no non-paper read), written by hand by a helper session from memory:
        // a list kept in French; fixed for: "et" between names and "et coll.", French distinctions, "prépublication arXiv",
        // "atelier X" and a track's name after a venue's comma (64 of 64 since, venues 58 / 58).
        "awesome_apprentissage_par_renforcement",

        // Batch 144, second list (committed at 87444a9, measured at first contact on the reader of 446a56e: 64 of 64 read;
        // venues 0 / 54; titles 100 %, authors 0 %; no non-paper read), written by hand by a helper session from memory: a
        // linked heading per paper over a line of labelled fields in code spans; fixed for: that line read as the
        // entry's fields (64 of 64 since, venues 54 / 54, authors 98.4 %). Left: KnownMisses.
        "awesome_retrieval_augmented_generation",

        // Batch 144, third list (committed at 88e398b, measured at first contact on the reader of 2aa4fb9: 66 of 66 read;
        // venues 7 / 60; titles 100 %, authors 97.0 %; no non-paper read), written by hand by a helper session from memory:
        // "## NeurIPS" over "### 2023" over numbered bold titles with their links and a distinction in bold after them;
        // fixed for: a year's heading under a well-known venue's, the distinction after an entry's last link (66 of 66
        // since, venues 60 / 60, authors 97.0 %). Left: KnownMisses.
        "awesome_graph_neural_networks_conferences",

        // Batch 145, first list (committed at 3e4af2c, measured at first contact on the reader of 6ab3371: 56 of 56 read;
        // venues 22 / 51; titles 100 %, authors 0 %; one non-paper read), written by hand by a helper session from memory:
        // a list kept in German, "**Title** — Autoren: A, B u. a. — Veröffentlicht: NeurIPS 2022 (Vortrag) — [Paper](url)";
        // fixed for: German labels, "u. a.", distinctions, a labelled venue field (its label, "Workshop bei ...") over a venue
        // seen elsewhere in the line, an "Art:" field naming a library (56 of 56 since, venues 51 / 51, every field right).
        "awesome_sprachmodelle_effizienz",

        // Batch 146: written by helper sessions from memory, committed (5b6b58a) before the reader ran on them, measured
        // once on the reader of 5b6b58a: together 128 of 193 read, venues 37 of 98. The list kept in Chinese (64/64 read,
        // every title wrong: the item's own line is "**标题**：Title" and the sub-items' labels were unknown, with
        // full-width colons; venues 0/46) reads whole once the labels, the full-width colon, the title's label and the field
        // list that "10." leaves out of its item are read (venues 45/46: "Transactions on Machine Learning Research (TMLR),
        // 2023" is read as TMLR). The list kept in Portuguese (64/64 read, venues 37/52, "e" and "e outros" in names) once
        // its names, venue phrases and "(destaque: Oral)" are; the list of raw HTML tables with <th> headers (0/65 read, all
        // reported) once an HTML table's rows are read by its header's columns (venues 57/58: "WWW Companion" of 2022 is
        // read as the track-less name).
        "awesome_speech_llm_zh",
        "awesome_tabular_deep_learning",
        "awesome_graph_transformers_table",
        // Batch 145, second list: written by a helper session from memory, committed (3e4af2c) before the reader ran on it,
        // measured once on the reader of 6ab3371 (23 of 56 read, 33 reported; venues 0 / 16) and held out a session; read
        // whole in 147 once Vancouver citations are (names, title, abbreviated source and year), a DOI or "PMLR" labels
        // the paper's link, and a distinction after a dash is the note (56/56, venues 49/49).
        "awesome_protein_language_models",

        // Batch 147: written by helper sessions from memory, committed (45d990c) before the reader ran on them, measured once
        // on the reader of 45d990c: together 64 of 129 read, venues 35 of 60. The list kept in Russian (0/65 read: its
        // links are labelled статья and код) reads once those labels, "и" and "и др." in names, "препринт arXiv" and its
        // distinctions are read, and names that end in an initial end at a spaced em dash (65/65, venues 43/46: see
        // KnownMisses). The tables whose leading Venue column is left empty under the row that names it (64/64 read, venues
        // 35/60) once such a cell is the row above's, and a heading's year completes "NeurIPS Datasets and Benchmarks" (60/60).
        "awesome_llm_alignment_ru",
        "awesome_ts_forecasting_tables",

        // Batch 148: written by a helper session from memory, committed (fd7e685) before the reader ran on it, measured once
        // on that reader: 66/66 read, venues 56/57, authors 0% (the names in parentheses after the title link kept their
        // parentheses and "et al.", a "[⭐ must-read]" mark before them). Read once names wholly in parentheses are and a
        // bracketed mark before them is passed over, and "D&B Spotlight" is a track and its note (66/66, venues 57/57; one
        // named miss).
        "awesome_code_generation_eval",
        // Batch 148's third list and batch 147's and 148's late lists, held out by the last session and fixed in this one.
        // Pipe tables kept in Japanese (| 年 | 会議/論文誌 | タイトル | 著者 | リンク |): 0/63 read at first contact, all
        // reported; read once the columns are named by the field labels of every language (63/63, venues 55/55).
        "awesome_medical_image_segmentation_jp",
        // Italian numbered items ("Pubblicato a ICML 2021", "e altri", "Workshop su FL a NeurIPS 2019"): 64/64 read, venues
        // 38/57, authors 76.6 % at first contact; 64/64, venues 56/57 after (one named miss).
        "awesome_federated_learning_it",
        // "#### (2021) Title" over one line of "**Authors:** ... **Published:** Nature Communications 12, 2631 **Links:** ...":
        // 0/64 read at first contact, all reported; 64/64, venues 60/60 once bold labels start fields and the year before
        // the title is the journal's.
        "awesome_quantum_ml_papers",
        // Batch 149: three lists, committed before the reader ran on them. Reference-style links with "(A One, B Two, ...;
        // _ACL 2022_)": 68/68 read, venues 47/49, authors 76.5 % at first contact; 68/68, venues 47/49, authors 97.1 % after
        // (two named misses).
        "awesome_llm_pretraining_data_refs",
        // "**Title** ([Ballé et al.](url), ICLR 2018) — summary": 0/66 read at first contact, all reported; 66/66, venues
        // 64/64 once a short citation labels the paper's link.
        "awesome_neural_codecs_footnotes",
        // Kept in Vietnamese: 63/63 read, venues 37/55, titles 79.4 %, authors 1.6 %, one non-paper read at first contact;
        // 63/63, venues 54/54 after (the slide deck still read).
        "awesome_vietnamese_nlp_llm",
        // Batch 150: three lists, committed before the reader ran on them. Tables with a First author column and emoji links:
        // 67/67 read, venues 59/59, authors 0 % at first contact; all right after.
        "awesome_efficient_inference_icons",
        // Kept in Turkish: 63/63 read, venues 23/58, titles 50.8 %, authors 1.6 %, one non-paper read at first contact;
        // 63/63, venues 56/58 after (two named misses).
        "awesome_turkce_dogal_dil_isleme",
        // Paragraphs of "**[Title](url)**", "<sub>names</sub>", "<sup>Venue · Oral</sup>" over hard breaks: 0/63 read at first
        // contact, 62 reported and one PDF-linked paper in silence; 63/63, venues 57/57 after.
        "awesome_graph_rl_subsup",
        // Batch 151: three lists, committed before the reader ran on them. Kept in Polish: 64/64 read, venues 34/56, titles
        // 78.1 %, authors 1.6 % at first contact; all right after (a table for Polish in ListLanguages).
        "awesome_polskie_nlp_llm",
        // "<details><summary><b>Title</b> · Venue (Oral)</summary>" over a list of **Authors:** / **Links:** items: 64/64
        // read, every title "Links" and venues 0/50 at first contact; 64/64, venues 50/50 after (one named miss).
        "awesome_multimodal_agents_details",
        // "N. Nickname — Title. *Surname et al.* [Nature 2021](url) | [GitHub](url)": 57/62 read, 3 in silence (journal hosts
        // unknown, links labelled by a venue), titles 0 % at first contact; 58/62, none in silence, venues 52/52 after (four
        // reported, two named misses).
        "awesome_protein_folding_venue_links",
        // Batch 152: three lists, committed before the reader ran on them. IEEE references, half their URLs bare: 63/63 read,
        // venues 55/60 (a venue's workshop in "Proc. NIPS Workshop on ..."), one course read as a paper at first contact;
        // 63/63, venues 60/60 after (the course named).
        "awesome_graph_learning_ieee_refs",
        // Definition lists ("**Title**" over ": names · *Venue* · [paper](url)"): 64/64 read, venues 54/54 at first contact,
        // every field right: a form the reader had read since an earlier batch.
        "awesome_rag_definition_lists",
        // Kept in Indonesian: 65/65 read, venues 32/48, titles 76.9 %, authors 1.5 %, one slide deck read at first contact;
        // 65/65, venues 47/48 after one more table in ListLanguages (one named miss, the slide deck named).
        "awesome_nlp_bahasa_indonesia",
        // Batch 153 (committed at the end of the session before, measured once there on the reader of c82f07f, fixed for in
        // the next). A nested outline, "- **2023**" over "  - **NeurIPS**" over the papers, the venue and year only in the
        // labels: 63/63 read, titles and authors right, venues 0/54 at first contact; all right after.
        "awesome_efficient_training_outline",
        // Raw HTML tables whose Venue cells span rows ("<td rowspan="3">CVPR 2024<br><sub>Highlight</sub></td>"): 68/68
        // read, venues 31/52, titles and authors 75 % at first contact; all right after (HtmlItems.RowSpans).
        "awesome_video_generation_html_rowspan",
        // Kept in Arabic inside <div dir="rtl"> ("A، B و C", "وآخرون", "(عرض شفهي)", sub-items المؤلفون / المؤتمر /
        // الروابط): 63/63 read, venues 32/54, titles 66.7 %, authors 0 %, a course's slides read as a paper at first
        // contact; all right after one more table in ListLanguages.
        "awesome_arabic_nlp_llm",
        // Batch 154: three lists, committed before the reader ran on them (at b78c023, measured once on the reader of eeeee7e, as
        // 02d2b57 reads). Kept in Dutch ("Auteurs:", "Gepubliceerd op:", "(mondelinge presentatie)", "e.a."): 65/65 read, venues
        // 40/57, titles 0 %, authors 0 % at first contact; all right after one more table in ListLanguages.
        "awesome_efficiente_taalmodellen_nl",
        // ACM Reference Format citations ("A One and B Two. 2018. Title. In *Proceedings of ...* (KDD '18). ACM, ..."): 63/71
        // read (8 linked by a bare DOI, reported), titles 0 %, venues 2/56 at first contact; 71/71, every field right after.
        "awesome_recsys_acm_reference_format",
        // Blockquote cards, venues in <kbd> tags, papers on Hugging Face Papers pages: 0/64 read, every one reported, at
        // first contact; 64/64, venues 51/51 after.
        "awesome_multimodal_reasoning_blockquote_kbd",
        // Batch 155: three lists, committed before the reader ran on them (at 6d1b7e4, measured once on the reader of
        // 6c29985). Chicago author-date citations linked to publisher and index pages more than to arXiv: 66/67 read, one
        // in silence (a Royal Society of Chemistry page), venues 0/60, authors 0 % at first contact; all right after.
        "awesome_graph_ml_chicago_scholar_links",
        // Kept in Ukrainian ("Автори:", "та ін.", "(усна доповідь)", fields over hard breaks): 66/66 read, venues 2/53,
        // authors 1.5 % at first contact; 66/66, venues 52/53 after one more table in ListLanguages (one named miss).
        "awesome_llm_ukrainian_bilingual",
        // "#### Title" over a two-column table of its fields: 0/69 read, 68 reported and one in silence (an ICML PDF) at
        // first contact; 69/69, venues 58/58 after.
        "awesome_world_models_heading_cards",
        // Batch 156: three lists, committed before the reader ran on them (at fc7554f, measured once on the reader of
        // 5434da7), each helper session told only its topic and to follow the style of a popular real list it remembered:
        // two in horseee/Awesome-Efficient-LLM's tables (the real catalog's form), one in heejkoo/Awesome-Diffusion-Models's
        // four-line blocks. 196/196 read, venues 165/165, every title and author right, no non-paper read at first contact.
        "awesome_dynamic_inference_early_exit",
        "awesome_token_reduction_vit_vlm",
        "awesome_diffusion_transformers_efficient",
        // Batch 157: written the same way as batch 156, in the styles of three more real lists (cmhungsteve's Ultimate-
        // Awesome-Transformer-Attention bullets, Xnhyacinth's Awesome-LLM-Long-Context-Modeling numbered items, he-y's
        // Awesome-Pruning tables by year); committed at 1750f3d, measured once on the reader of 27048d8: 191/191 read,
        // venues 163/164 ("Proceedings of the IEEE, 2020" read as IEEE 2020), titles and authors 100 %, one blog post read
        // as a paper (under "## 6. Blogs") at first contact; all right after.
        "awesome_efficient_vision_backbones",
        "awesome_context_extension_position_encoding",
        "awesome_llm_pruning_sparsity",
        // Batch 158: written the same way, in the styles of three more real lists (BradyFU's Awesome-Multimodal-Large-
        // Language-Models tables, WooooDyy's LLM-Agent-Paper-List bullets, yenchenlin's awesome-NeRF bullets); committed
        // at 39ca9c6, measured once on the reader of 35509e8: 204/204 read, venues 166/167 (a journal's long name where the
        // oracle has its acronym), titles 100 %, authors 90.2 % (the agents list's "*Jason Wei (Google Research) et al.*"
        // kept the affiliation: 71.4 %), one blog row read as a paper; after: authors 100 %, the two others named.
        "awesome_multimodal_instruction_tuning",
        "awesome_llm_agents_tool_use",
        "awesome_neural_3d_reconstruction",
        // Batch 159: written the same way, in the styles of four more real lists (xcmyz's speech-synthesis-paper, hoya012's
        // deep_learning_object_detection, opendilab's awesome-RLHF, thunlp's GNNPapers); committed at 2868825, measured
        // once on the reader of b926505: 262/262 read, venues 210/213 (an award of four words after a two-digit year,
        // "Proceedings of the IEEE 2023", "IA3 2020"), titles and authors 100 %, no non-paper read at first contact; after,
        // one named miss (IA3).
        "awesome_text_to_speech_neural",
        "awesome_semantic_segmentation_transformers",
        "awesome_rl_for_llm_reasoning",
        "awesome_graph_neural_networks_scalable",
        // Batch 160: written the same way, in the styles of four more real lists (yunlong10's Awesome-LLMs-for-Video-
        // Understanding, htqin's awesome-model-quantization, xmindflow's Awesome-Foundation-Models-in-Medical-Imaging,
        // Thinklab-SJTU's Awesome-LLM4AD); committed at b026065, measured once on the reader of 6a3ce5e: 267/267 read,
        // venues 206/208, titles and authors 100 %, no non-paper read at first contact; three named misses, not fixed.
        "awesome_video_understanding_llm",
        "awesome_llm_quantization_methods",
        "awesome_medical_image_analysis_foundation",
        "awesome_autonomous_driving_end_to_end",
        // Batch 161 (helper sessions given a topic and told to copy a real list's style; committed at e134edd, measured
        // once on the reader of 5394d4a): 397 papers, 332 read, one in silence; venues 181/220 (82.3 %). The reading
        // roadmap's numbered citations as paragraphs (floodsung's style, named in ListsNotRead until then) read none of
        // its list; a "Pub. & Date" column read no venue. Fixed for both, for a table under a Tutorials heading, a
        // journal's home page, and "OpenAI, Berner C, ..." names; left: two titles that begin or end with a parenthesis
        // and the MLA roadmap's "Proceedings of the 26th ACM ..." kept as written (KnownMisses).
        "nn_verification_resources",
        "ser_reading_roadmap",
        "marl_papers_lantaoyu_b161",
        "visual_tokenizers_chenhsing",
        "event_extraction_roomylee",
        "llm_serving_deftruth",
        // Batch 162 (committed at bf427e1 after batch 161's fixes, measured once on the reader of fded5c0): 259/259 read,
        // none in silence, venues 219/225 (97.3 %), every list over 94 %, titles 98.8 %, no non-paper read. Fixed for a bracketed venue
        // tag with a distinction ("[[ECCV spotlight](url)]"); left: "[APR 2022]" (April's abbreviation too) and a journal
        // abbreviation with no year (KnownMisses).
        "gnn_dti_rozemberczki",
        "llm_repair_review_codefuse",
        "point_cloud_ssl_yochengliu",
        "vit_peft_jianghaojun",
        // Batch 163 (committed at a845480 after batch 162's fixes, measured once on the reader of d8edb03; four styles the
        // corpus had lists of): 271 papers, 200 read (the 3D list's 71 reported, none in silence), venues 161/161 of those
        // read, titles 100 %, authors 99.5 %. Fixed for emoji marks and an HTML bold title over a paragraph, the paragraph under an
        // image's HTML (lost to a <details> look-up's side effect), and a BibTeX surname's particles; left: four project
        // pages labelled [[Paper]] (KnownNotRead).
        "vln_selfsup_style",
        "audio_diffusion_t2i_style",
        "single_image_3d_3dml",
        "text2sql_data_agents_atfortes",
        // Batch 164 (two helper sessions told of 53 styles used; committed at 37d9d22 after batches 161-163's fixes and the
        // review's mends, measured once on the reader of 282bc17): markdtw's awesome-architecture-search, EdinburghNLP's
        // awesome-hallucination-detection, subeeshvasu's Awesome-Learning-with-Label-Noise, RUCAIBox's LLMSurvey:
        // 255/255 read, none in silence, venues 170/170, titles 100 %, authors 99.6 %, no non-paper read. One named miss,
        // not fixed: "*Rubin O, Herzig J, Berant J.* NAACL 2022." keeps the venue in the last name.
        "edge_nas_markdtw",
        "hallucination_eval_edinburghnlp",
        "snn_vision_subeeshvasu",
        "rag_codegen_llmsurvey",
        // Batch 165 (two helper sessions told of 57 styles used; committed at 8bbd19a, measured once on the reader of
        // 0a48cb8; ChaofWang's Awesome-Super-Resolution, CHIANGEL's Awesome-LLM-for-RecSys, RenzeLou's
        // awesome-instruction-learning and ThuCCSLab's Awesome-LM-SSP, all styles the corpus had): 256/256 read, none in
        // silence, venues 182/187, lowest list 90.2 %, titles and authors 99.6 %, 2 non-papers read (0.8 %). Fixed for a
        // venue's parenthesised distinction on the line under a title ("<ins>ICML</ins> 2017 (Best Paper Award)."), whose
        // closing parenthesis a trim took; left named: a title's "(P5)", a name, Distill's venue, two tools' lines.
        "vfi_vsr_chaofwang",
        "llm4rec_chiangel",
        "instr_data_selection_awesome_il",
        "vlm_adv_attacks_lm_ssp",

        // Batch 166 (committed at 9383054, measured once held out on the reader of 2e33cdc; written by four helper sessions
        // from memory, each told to copy a real list's style: zhaoxin94's awesome-domain-adaptation for EEG, hijkzzz's
        // Awesome-LLM-Strawberry for test-time scaling, GT-RIPL's Awesome-LLM-Robotics for CAD, XiaoxinHe's
        // Awesome-Graph-LLM for LoRA variants): 252/252 read, none in silence, no non-paper read, titles 100 %, authors
        // 99.2 %; venues 190/218 as first written, 27 of the misses "[[arXiv 2021]]"-style labels the helpers' prompt had
        // asked to call venues (the corpus calls them none; the oracles were aligned, 190/191 then). Fixed for a journal's
        // long name with a month before its year ("*Journal of Mechanical Design, Jul 2022*"); left named: "  - OpenAI".
        "eeg_deep_learning",
        "test_time_scaling",
        "llm_for_cad",
        "lora_variants",

        // Batch 167 (committed at 69a5416, measured once held out on the reader of b25d6e3; written by three helper sessions
        // from memory, each told to copy a real list's style, with the corpus's convention that an arXiv label is no venue:
        // yuzhimanhua's Awesome-Scientific-Language-Models for AI scientists, jingyi0000's VLM_survey for small VLMs,
        // Wang-ML-Lab's llm-continual-learning-survey for continual pre-training): 125/189 read, the other 64 reported, none
        // in silence; venues 38/38, titles and authors 100 %, no non-paper read. The scientific-LM list's items sit right
        // under "<h2 id=...>" headings, in the HTML block each opens (GitHub shows them as raw text): read since, with EA0031.
        "ai_scientist_discovery",
        "efficient_small_vlms",
        "continual_pretraining_llm",

        // Batch 168 (committed at fca221d, measured once held out on the reader of fc798d5; written by three helper sessions
        // from memory, each told to copy a real list's style: MingSun-Tse's Efficient-Deep-Learning for TinyML ("- 2020-NeurIPSs-
        // [Title](url)"), opendilab's awesome-diffusion-model-in-rl for diffusion policies (venue headings over entries with
        // names, Key and Code sub-bullets), ChanganVR's awesome-embodied-vision for LLMs in EDA): 190/190 read, none in
        // silence, venues 133/133, titles and authors 100 %, no non-paper read. Every bar met at first contact.
        "tinyml_microcontrollers",
        "diffusion_policy_robotics",
        "llm_for_eda",

        // Batch 169 (committed at b1e4922, measured once held out on the reader of 2c877b4; written by four helper sessions
        // from memory, each told to copy a real list's style: jxzhangjhu's Awesome-LLM-Uncertainty-Reliability-Robustness
        // for machine-text detection, thunil's Physics-Based-Deep-Learning for PINNs ("Title ," over "PDF: <url>"),
        // zzw922cn's awesome-speech-recognition-speech-synthesis-papers for audio-visual speech, OSU-NLP-Group's
        // GUI-Agents-Paper-List for agentic RL): 186/248 read, the physics list's 62 reported, none in silence; venues
        // 71/71, titles and authors 100 %, no non-paper read. Fixed for a title over lines of link words and autolinks.
        "machine_text_detection",
        "physics_informed_nn",
        "audio_visual_speech",
        "agentic_rl_llm",

        // Batch 170 (committed at 3a5843d, measured once held out on the reader of 4ac53f5; three helper sessions, each told
        // to copy a real list's style it remembered, chose benedekrozemberczki's awesome-graph-classification for symbolic
        // regression and kjw0612's awesome-deep-vision for text-to-SQL and tokenization, styles already in the corpus):
        // 196/197 read, one reported, none in silence; venues 152/157; titles 92.3 %, authors 94.4 % ("et al." as no
        // author, as the corpus writes it; 89.8 % as the oracles were first written); no non-paper read. Fixed for a name
        // behind an elided particle, link-word sub-items to two paper hosts, "et al." before a citation line's title, a
        // distinction after its year, "EMNLP (Demo)" and "Title, ICONIP, 2023".
        "symbolic_regression_equations",
        "text_to_sql_llm",
        "tokenization_subword_lm",

        // Batch 171 (committed at 2aacde3, measured once held out on the reader of b769786; three helper sessions told this
        // time the corpus's list owners and that "et al." is no author): hibayesian's awesome-automl-papers style for
        // learned databases ("+ 2020 | Title | A One, et al. | SIGMOD | [`PDF`](url)"), HuaizhengZhang's
        // Awesome-System-for-Machine-Learning style for music information retrieval (the third list, legal NLP, is in
        // HeldOut): with it, 187/187 read, none in silence; venues 84/152, the pipe list's 0/54; titles 69.0 %, authors
        // 63.6 %; no non-paper read. Fixed for a list item written as a table's row.
        "learned_database_systems",
        "music_information_retrieval",

        // Batch 171's third list (uzh-rpg's event-based_vision_resources style, for legal NLP; a style already in the corpus,
        // its owner missing from the prompt's list): 64/64 read, venues 30/41, authors 87.5 % at first contact. Fixed for
        // "Surname, I., ..., et al.," before the title's link and long venue names with their acronym in parentheses.
        "legal_nlp_llm",

        // Batch 172 (committed at 81d83af, measured once held out on the reader of 5d5e2ad: 187 / 187 read, none in
        // silence, venues 156 / 160 (optimizers 52 / 52, education 53 / 55, privacy 51 / 53), titles and authors 100 %, no
        // non-paper on the oracles' lines, but one off them: a journal's home page on Wiley's site), written by helper sessions from memory: optimizers and differential privacy in youngfish42's
        // Awesome-FL style ("| Title | Affiliation | Venue | Year | TL;DR | Materials |", no authors), education in
        // yzhao062's anomaly-detection-resources style. Then fixed for: "NeurIPS :trophy: Outstanding Paper" in a Venue
        // column (the award the note), "L@S" a venue, not a workshop "L" at "S".
        "deep_learning_optimizers",
        "educational_nlp_ml",
        "differential_privacy_dl",

        // Batch 173 (committed at 52e4594, measured once held out on the reader of ef2f108: 194 / 194 read, none in
        // silence, venues 173 / 181 (ECG 63 / 64, combinatorial optimization 54 / 57, fair recommendation 56 / 60), titles
        // 100 %, authors 99.5 %, no non-paper on the oracles' lines), written by helper sessions from memory: ECG and
        // physiological signals in hanjuku-kaso's awesome-offline-rl style, neural combinatorial optimization in zwang4's
        // awesome-machine-learning-in-compilers style, fair recommendation in WooooDyy's LLM-Agent-Paper-List style. Then
        // fixed for: Chicago journal citations ("Nature 594, no. 7862 (2021): 207-212."), "FAT* 2018", "Plamen Ch.
        // Ivanov", "ICLR, 2024. (spotlight)"; and batch 172's education list's Wiley journal home page, read as a paper.
        "ecg_physiological_dl",
        "neural_combinatorial_optimization",
        "fair_recommendation_ranking",

        // Batch 174 (committed at 5578de2, measured once held out on the reader of 09d93d4: 184 / 184 read, none in
        // silence, venues 86 / 158 (agriculture 37 / 50, fraud 48 / 49, path finding 1 / 59), titles 65.8 %, authors
        // 97.8 %, no non-paper), written by helper sessions from memory: agriculture and graph fraud detection both in
        // MrNeRF's awesome-3D-gaussian-splatting style (a style the corpus has one list in), multi-agent path finding loosely
        // in lupantech's dl4math style ("1. **Title**" over sub-items of names, venue and links: the venue's line was read
        // as the title). Then fixed for that, a mark before the bold title, and short years after abbreviated journals
        // ("[Comput. Electron. Agric. '18]", "[Decision Support Systems '15]"), and a full stop in a tag's brackets ("### 2.
        // [Front. Plant Sci. '17] Title": split there into a title and names); its one miss left then (an award line with
        // its track in parentheses) read since 11cb633.
        "ml_for_agriculture",
        "graph_fraud_detection",
        "learned_multi_agent_path_finding",

        // Batch 175 (committed at 9a1b581, measured once held out on the reader of 11cb633: 198 / 198 read, none in silence,
        // venues 120 / 177 (quantum machine learning 52 / 61, protein design 9 / 57, speech emotion 59 / 59), titles
        // 75.8 %, authors 96.0 %, no non-paper), written by helper sessions from memory: quantum
        // machine learning in songhwanjun's Awesome-Noisy-Labels style ("| Year | Venue | Title | Implementation |"),
        // protein design in AspirinCode's papers-for-molecular-design style (Google Scholar's GB/T 7714 citations, "Huang P
        // S, Boyken S E, Baker D. **Title**[J]. Nature, 2016, 537(7620): 320-327."), speech emotion recognition in
        // xialeiliu's Awesome-Incremental-Learning style (a style the corpus has two lists in). Then fixed for GB/T 7714
        // citations, Nature's "Dauparas, J. et al.", the one-word journal Quantum in a Venue column, and a database's own
        // short name in its title ("... Database of Emotional Speech and Song (RAVDESS)"): 198 / 198, venues 177 / 177.
        "quantum_machine_learning",
        "protein_design",
        "speech_emotion_recognition",

        // Batch 176 (committed at 4b32a05, measured once held out on the reader of 6480b68: 187 / 187 read, none in silence,
        // venues 154 / 154 (causal ML 58 / 58, weather and climate 40 / 40, tabular 56 / 56), titles and authors 100 %, no
        // non-paper), written by helper sessions from memory: causal ML in cmhungsteve's Awesome-Transformer-Attention style
        // and weather and climate in PeterGriffinJin's Awesome-Language-Model-on-Graphs style (both styles the corpus has),
        // tabular deep learning in ydyjya's Awesome-LLM-Safety style ("| 23.05 | Yandex | ICLR2024(Oral) | [Title](url) |
        // keywords |"). Every field right at first contact; nothing fixed for.
        "causal_ml",
        "weather_climate_dl",
        "tabular_deep_learning",

        // Batch 177 (committed at d78bbf2, measured once held out on the reader of e0589ee: 193 papers, 131 read, 14 in
        // silence; venues 61 / 119, 51.3 % (single-cell 1 / 1 of 3 read, accessibility 0 / 57, fuzzing 60 / 61); titles
        // 52.7 %, authors 53.4 %; no non-paper), written by helper sessions from memory: single-cell genomics in mdozmorov's
        // scRNA-seq_notes style (a tool's link and notes, the paper's Chicago citation in a <details> or a sub-item, its DOI
        // written as text), LLMs and accessibility in Lee-JaeWon's Gaussian-Splatting paper-list style ("#### [N] Title" over
        // "- **🧑‍🔬 Authors**: ...", "- **📝 Note**: CHI 2024 | `tags`"), fuzzing in strongcourage's awesome-directed-fuzzing
        // style ("- [ICSE'24] [Title](url), A One, B Two"). Then fixed for: labels after an emoji, a heading that links the
        // paper over its fields, a note field's venue, a tag then a nickname before the title, an award behind an emoji
        // after the names, NDSS's paper pages, a details summary's citation, a bare URL's closing full stop, Chicago's dated
        // issues and editors: 192 / 193 read (one reported), venues 166 / 167; three misses named in KnownMisses/KnownNotRead.
        "single_cell_genomics_dl",
        "llm_accessibility_hci",
        "ml_for_fuzzing_testing",

        // Batch 178 (committed at e21d2d0, measured once held out on the reader of 2468c75: 189 papers, 185 read, none in
        // silence (4 reported); venues 144 / 147 (98.0 %; robots 54 / 54 of those read, economics 48 / 50, theorem proving
        // 42 / 43); titles 99.5 %, authors 98.4 %; no non-paper), written by helper sessions from memory: robot manipulation
        // in robotics-survey's Awesome-Robotics-Foundation-Models style ("* **Title**, Venue Year, [Paper](url), [Website](url)",
        // surveys as "**[Title](url)**<br />" over names and a venue), economics as APA references under topics, neural
        // theorem proving in Tebmer's Awesome-Knowledge-Distillation-of-LLMs tables. Then fixed for: an HTML break after
        // a bold title link, APA's "and" before the last name, a proceedings' acronym and year in parentheses, "Working
        // paper", an award after the title in a table's cell: 189 / 189 read, venues 147 / 149; three misses named.
        "robot_learning_manipulation",
        "computational_economics_ml",
        "neural_theorem_proving",

        // Batch 179 (committed at 7f1770a, measured once held out on the reader of 2b78ca6: 213 / 213 read, none in silence,
        // venues 102 / 103 (graph transformers 62 / 63, audio codecs none given, contamination 40 / 40), titles 98.6 %,
        // authors 98.6 %, no non-paper), written by helper sessions from memory: graph transformers as numbered "N. Title.
        // Authors. *Venue*, Year. [[pdf]](url)" lines under year sections, neural audio codecs in ga642381's speech-trident
        // tables, data contamination in chawins' llm-sp style. Measured at the session's end; its misses were then fixed
        // for in the next session (a title's own commas and question mark before the names, a venue's named workshop).
        "graph_transformers",
        "neural_audio_codecs",
        "llm_data_contamination",

        // Batch 180 (committed at 8d41236, measured once held out on the reader of d54fa67 and the batch 179 fixes: 195
        // papers, 128 read, none in silence (67 reported: every paper of the spiking list); venues 108 / 116 (93.1 %; DP
        // 49 / 57, optimization 59 / 59); titles 100 %, authors 96.9 %; no non-paper), written by helper sessions from
        // memory: differential privacy under venue-and-year headings ("- Title. [[paper]](url) :trophy: **Best Paper**"
        // over an italic names line), neural combinatorial optimization in Vanint's long-tailed-learning tables, spiking
        // networks in lopusz's "+ (Year) Title by Names" over bare URLs on sub-items. Then fixed for: a lone bare paper
        // URL on a sub-item, a dated title's names after its last "by", a two-word distinction over the names' line,
        // security and theory venues (CCS, IEEE S&P, CSF, TCC, ...), a method's acronym on a sub-item is no venue: 195 /
        // 195 read, venues 126 / 132 (95.5 %), titles and authors 99.0 %; the rest named in KnownMisses.
        "dp_deep_learning",
        "neural_combinatorial_optimization_vanint",
        "spiking_neural_networks",

        // Batch 181 (committed at a64dc99, measured once held out on the reader of 9851fdd: 201 / 201 read, none in
        // silence; venues 148 / 160 (92.5 %; anomaly detection 55 / 58 of those given, mixture of experts 44 / 46,
        // federated learning 49 / 56, lowest 87.5 %); titles 100 %, authors 98.0 %; no non-paper), written by helper
        // sessions from memory: time-series anomaly detection as IEEE-style numbered references, mixture of experts in
        // year-folded <details> bullets ("- **Title** [[paper](url)] *Venue 2023* - note"), federated learning in tables
        // of venue badges and affiliations. Then fixed for: "in *Proc. IEEE Big Data*, 2020", "in *ICLR Workshop on ...*",
        // a venue then a dash then "by" names or a description, two-word percent-escaped venue badges (IEEE%20S%26P,
        // USENIX%20Security), SysML, TIFS, JSAC, TDSC, and a badge's award in a Venue cell: every field of all 201 right.
        "ts_anomaly_detection",
        "mixture_of_experts_by_year",
        "federated_learning_tables",

        // Batch 182 (committed at c58095c, measured once held out on the reader of c9413b3: 195 papers, 186 read, none in
        // silence (9 reported); venues 99 / 146 (67.8 %; Korean RLHF 1 / 35 of those given, medical segmentation 43 / 56,
        // quantization 55 / 55); titles 64.5 %, authors 37.1 %; no non-paper), written by helper sessions from memory: RLHF
        // in Korean (a heading's nickname over fields labelled 제목, 저자, 학회), medical image segmentation as em-dash
        // separated lines, LLM quantization as numbered "(NeurIPS'23) Title." items. Then fixed for: a title field that
        // links the paper under a heading or a bold nickname (and a paper field labelled with the title), a table's paper
        // column named in Korean, Korean memo and data labels, a spaced em or en dash between title, names and venue,
        // hyphenated initials ("C.-W. Fu"), names joined by "&": 195 / 195 read, venues 153 / 153, titles 99.5 %, authors
        // 100 %; one miss named in KnownMisses.
        "rlhf_korean",
        "medical_segmentation",
        "llm_quantization",

        // Batch 183 (committed at f31f79f, measured once held out on the reader of 3dcaf3a: 195 / 195 read, none in
        // silence; venues 143 / 162 (88.3 %; agents' memory 32 / 38, point clouds 59 / 60, causal representation learning
        // 52 / 64); titles 65.6 %, authors 59.0 %; no non-paper), written by helper sessions from memory: LLM agents'
        // memory as dated bullets with venue badges and affiliations, point clouds in year tables with <sub> authors,
        // causal representation learning as APA citations with the year after the source. Then fixed for: that APA
        // form, a badge's year and track message (ACL-2023_Findings), institutions in a parenthesis after the names:
        // 195 / 195 read, venues 156 / 162 (96.3 %), titles 98.5 %, authors 96.4 %; the rest named in KnownMisses.
        "llm_agents_memory",
        "point_cloud_learning",
        "causal_representation_learning_citations",

        // Batch 184 (committed at 699d5de, measured once held out on the reader of f562cba: 178 / 192 read, 14 reported, none
        // in silence; venues 126 / 151 (83.4 %; DNA language models 1 / 26, navigation 64 / 64, compression 61 / 61);
        // titles 73.6 %, authors 73.0 %; no non-paper), written by helper sessions from memory: DNA language models as
        // Harvard citations under bold years (the last section as paragraphs), vision-and-language navigation as a table
        // a year with the year in the heading only, learned compression as numbered "[Venue Year] **Title** *Names*" lines.
        // Then fixed for: Harvard citations in bullets and paragraphs, a track after a long name's acronym, a distinction
        // in parentheses after a bold title, initialled names right after a bold title (and the corpus's oracles that
        // write a citation's long name by its acronym agree: ListCorpus.AgreesByAcronym): 192 / 192 read, venues 165 / 165,
        // titles and authors 100 %; one note named in KnownMisses.
        "dna_language_models",
        "vision_language_navigation",
        "learned_image_video_compression",

        // Batch 185 (committed at a65f0d2, measured once held out on the reader of 22f8652: 140 / 195 read, 55 reported, none
        // in silence; venues 120 / 129 (93.0 %; music information retrieval 57 / 60, program repair 5 / 9, astronomy 58 /
        // 60); titles 93.6 %, authors 93.6 %; no non-paper), written by helper sessions from memory: music information
        // retrieval in Japanese (title bullets over 著者, 会議 and 備考 fields), automated program repair as <details> blocks
        // (the summary on the line after <details>, a links paragraph, a BibTeX block), ML for astronomy in topic tables
        // with emoji venues. Then fixed for: a details block's summary on its own line, its links with no label, its
        // authors from the BibTeX block under them (BibTeXFields: LaTeX's accents decoded), a heading over such blocks no
        // title; a mark before a Venue cell's venue; "&" and "/" in a track ("Datasets & Benchmarks", "Late-Breaking/Demo");
        // a challenge's place or win as a note (1位, 優勝): 193 / 195 read (two named in KnownNotRead), venues 174 / 176,
        // titles and authors 100 %; two venues named in KnownMisses.
        "music_information_retrieval_ja",
        "automated_program_repair_bibtex",
        "ml_for_astronomy",

        // Batch 186 (committed at 73eeb50, measured once held out on the reader of 3aa69b1: 159 / 188 read, 5 reported, 24 in
        // silence (IACR ePrint links on no paper host); venues 66 / 125 (52.8 %; cryptography 0 / 35, brain decoding 50 / 58,
        // Portuguese 16 / 32); titles 99.4 %, authors 76.1 %; no non-paper), written by helper sessions from memory: private
        // inference as "#### [Title](url)" headings over "> Names. *Venue*." quotes, brain decoding as rule-separated
        // paragraphs of "<br>" lines, Portuguese NLP models in tables in Portuguese. Then fixed for: the IACR ePrint as a
        // paper host, names as a quoted sentence with the venue after it (a links paragraph after them in the quote), a
        // mark after a heading's title link, a journal's long name with its year in parentheses ("*PLoS Computational
        // Biology* (2014)"), Portuguese "Publicação" columns and "Melhor Artigo", and a shortcode after a title link
        // (":star:", a gap older than the batch): 188 / 188 read, the rest named in KnownMisses.
        "private_inference_cryptography",
        "brain_decoding_neuroai",
        "portuguese_nlp_models",
        // Batch 187 (first contact, held out: 188/189 read, one in silence; venues 149/154, the course list's 51/56):
        // neural network verification (bold venue tags over italic names, hard line breaks), LLMs for hardware design (a
        // Date | Title | Venue | Paper | Code table), a course's reading list on ML for systems (ACM-like references
        // under week headings); read whole after the fixes.
        "nn_verification_certified_robustness",
        "llm_hardware_design_verilog",
        "ml_for_systems_networking_reading_list",
        // Batch 188 (first contact, held out: 187/190 read, three in silence; venues 156/159; authors 78.1%, the scaling
        // list's 31.7%): audio-visual separation (a lab's HTML table rows), in-context learning (a personal tracker of
        // task-list items), scaling laws (reference-style links, venues in <sub> and <sup>, "<sub>by ...</sub>" names).
        "audio_visual_sound_separation",
        "in_context_learning_reading_progress",
        "neural_scaling_laws_reference_links",
        // Batch 189 (first contact, held out: 16/186 read, the rest reported, none in silence; three layouts the reader did
        // not know): LLMs for software testing (a heading per paper over a one-row metadata table), time-series anomaly
        // detection (bullets of bar-separated fields), the lottery ticket hypothesis (a reading log's paragraphs under
        // date headings).
        "llm_agents_software_testing",
        "time_series_anomaly_detection_bars",
        "lottery_ticket_pruning_changelog",
        // Batch 190 (first contact, held out: 63/190 read, 11 in silence; venues 11/63, titles 22.2 %, authors 23.8 %):
        // dense retrieval as a weekly digest (a bold title link over "*names* · venue · [code](url)" and a summary, Hugging
        // Face and alphaXiv paper pages), learned simulators (tables with plain titles and bare arXiv ids in an arXiv
        // column), equivariant networks (Nature's numbered references, "Preprint at URL (year)").
        "dense_retrieval_digest",
        "learned_simulators_bare_ids",
        "equivariant_networks_nature_refs",
        // Batch 191 (first contact, held out: 133/193 read, 8 in silence; venues 51/109, titles 49.6 %, authors 47.4 %): GNN
        // expressivity as pandoc citation keys ("- **GIN** [@xu2019powerful]: ...") over one BibTeX block, self-supervised
        // speech with OpenReview decisions ("— ICLR 2020 (Poster) · ratings 6/6/8"), MLLM benchmarks in Chinese
        // ("1. ⭐【CVPR 2024】《Title》 作者：A One, B Two 等").
        "gnn_expressivity_citation_keys",
        "self_supervised_speech_openreview",
        "mllm_benchmarks_zh_brackets",
        // Batch 192 (first contact, held out: 66/195 read, 1 in silence; venues 3/6, titles 98.5 %, authors 89.4 %):
        // vision explainability as Harvard references ("★ Lipton, Z.C. (2018) 'Title', *Source*, 61(10), pp. 36-43.
        // Available at: URL (Accessed: ...)."), preference optimization as a Notion database export ("| Name | Authors |
        // Publication | Date | ... | URL |", bare URLs, long venue names), scientific document processing in the style of a
        // databases reading list ("* [Title](url) (2022): comment").
        "vision_explainability_harvard_refs",
        "preference_optimization_notion_export",
        "scientific_document_processing",
        // Batch 193 (first contact, held out: 89/188 read, 57 in silence; venues 62/73, titles 75.3 %, authors 94.4 %): fast
        // neural rendering as an Obsidian vault ("### [[NeRF|NeRF: ...]]" over "authors:: ...", "venue:: ECCV 2020",
        // "arxiv:: 2003.08934"; bullets of "[title:: ...] [arxiv:: ...]"), efficient video understanding as pasted arXiv
        // listings ("> arXiv:2210.09461", "> Title: ...", "> Comments: ICLR 2023 Oral", and arXiv's mailing in a code
        // block), ML for mathematics in the style of papers-we-love.
        "fast_neural_rendering_obsidian",
        "efficient_video_arxiv_listing",
        "ml_for_mathematics",
        // Batch 194 (first contact, held out: 85/203 read, none in silence, 118 reported; venues 73/77, titles 100 %,
        // authors 98.8 %): conformal prediction as a reading tracker's task list ("- [x] **Title** — A One, B Two (Annals
        // of Statistics 2021) · [arXiv:1905.02928](url) · ★★★★★ · read 2023-10-20 · #theory"), optimal transport as a
        // newsletter's archive ("### 3. Title" over "**Authors:** ...", "**Published at:** NeurIPS 2021 — Spotlight",
        // "**Paper:** [arxiv.org/abs/...](url)"), contextual bandits as an MkDocs Material page (year tabs "=== \"2021\""
        // holding admonitions "??? abstract \"Title\"" over their indented fields and "[:material-file-document: Paper](url)").
        "conformal_prediction_reading_tracker",
        "optimal_transport_ml_newsletter",
        "contextual_bandits_mkdocs",
        // Batch 195 (first contact, held out: 92/200 read, none in silence, 108 reported; venues 23/78, titles 1.1 %, authors
        // 1.1 %): hyperparameter optimization as a Zotero library exported to markdown ("## Title" over "* Item Type:
        // [[Conference Paper]]", "* Authors: [[Falkner, Stefan]], ...", "* Proceedings Title: ...", "* Date: 2018", "* URL:
        // ..."), LLM decoding as a Hugging Face Daily Papers digest ("**[Title](https://huggingface.co/papers/...)** · ▲ 142 ·
        // submitted by @akhaliq" over "by A One, B Two — summary"), time series imputation as a prose roundup ("[GAIN](url)
        // (Yoon, Jordon and van der Schaar, ICML 2018)", and "- Title — A One, B Two, Venue Year [[paper]](url)").
        "hyperparameter_optimization_zotero",
        "decoding_strategies_hf_daily",
        "time_series_imputation_roundup",
        // Batch 196 (first contact, held out: 77/203 read, 64 in silence, 62 reported; venues 72/73, titles 88.3 %, authors
        // 89.6 %): scientific ML as a Docusaurus MDX page of components ("<PaperCard title=\"...\" authors={['A One', 'B
        // Two']} venue=\"NeurIPS\" year={2023} arxiv=\"2010.08895\" />", its props on one line or several; 64 of its 67
        // papers lost in silence, their ids no URL), self-supervised vision as a course's schedule ("| Week | Date | Topic |
        // Readings | Materials |", several readings to a cell between "<br>"s, and "- A One, B Two. Title. ICCV 2015.
        // [arXiv](url)" below), efficient vision backbones as a Papers with Code leaderboard (read whole at first contact).
        "scientific_ml_mdx",
        "self_supervised_vision_syllabus",
        "imagenet_backbones_leaderboard",
        // Batch 197 (first contact, held out: 125/200 read, 5 in silence, 70 reported; venues 8/99, titles 1.6 %, authors
        // 12.8 %, 7 non-papers read): mechanistic interpretability as a paper-notes README generated from GitHub issues ("- ✅
        // [#74](.../issues/74) **Title** by A One, B Two ![](https://img.shields.io/badge/-NeurIPS--2024-green) · [paper](url)
        // · 💬 6"), graph transformers as a list converted by pandoc (loose "-   " items hard-wrapped at 72 columns, "*Title*",
        // "[arXiv][12]" with the definitions at the bottom), protein ML as a Quarto page's citeproc bibliography ("::: {#ref-x
        // .csl-entry}" over a Chicago author-date reference with its "<https://doi.org/...>" and ":::").
        "mech_interp_issue_notes",
        "graph_transformers_pandoc",
        "protein_ml_quarto_refs",
        // Batch 198 (first contact, held out: 68/201 read, 125 in silence, 8 reported; venues 60/60, titles 100 %, no
        // non-paper read): speech synthesis as a Hugo page of shortcodes ("{{< paper title=\"...\" authors=\"...\"
        // venue=\"ICLR 2021\" arxiv=\"2006.04558\" >}}", "{{% paper ... %}}", some one parameter to a line), causal ML as a
        // Google Doc exported to markdown (every link through "https://www.google.com/url?q=...&sa=D...", escaped
        // punctuation, "**Title**\. Names\. *Venue Year*\." and "[Title](...) \- Names \(Venue Year\)"), PEFT methods as a
        // survey's comparison matrix ("| Method | Paper | Venue | Additive | Reparam. | Selective | Code |", read whole).
        "speech_synthesis_hugo_shortcodes",
        "causal_ml_gdocs_export",
        "llm_peft_comparison_matrix",
        // Batch 199 (first contact, held out: 60/201 read, 141 reported, none in silence; venues 52/54, titles 100 %, no
        // non-paper read): preference alignment as a Jekyll page of Liquid includes ("{% include paper.html title=\"...\"
        // authors=\"...\" venue=\"NeurIPS 2023\" arxiv=\"2305.18290\" %}", some one parameter to a line), neural architecture
        // search as a Logseq page exported as markdown ("- [[Title]]" over "  authors:: [[A One]], ...", "  venue:: [[ICLR]]
        // 2019", "  url:: https://arxiv.org/abs/..."), recommender systems linked through scholarly index pages
        // ("[Semantic Scholar](https://api.semanticscholar.org/arXiv:...)", "[Papers with Code](...)", "[ACM DL](...)").
        "preference_alignment_jekyll_includes",
        "architecture_search_logseq_export",
        "recsys_scholar_links",
        // Batch 200 (first contact, held out: 132/198 read, 66 reported, none in silence; venues 52/122, titles 75.8 %,
        // authors 28.8 %, no non-paper read): a robotics lab's publications page (names first, the lab's members in bold:
        // "1. **A One**, B Two, and **C Three**. Title. In *Conference (CVPR)*, 2024. **(Oral)** [[PDF]](url)"), time series
        // forecasting as a Jupyter Book page of MyST cards (":::{card} Title" over ":link: url", "Names · Venue · **Award**",
        // "+++" and the code's link; some in backtick fences, some with ":header: 🎤 Oral"), text-to-image models as a README
        // generated from YAML ("#### [Title](url)" over "*Names*", "`NeurIPS 2022` `Oral` `diffusion`" and "[code](url)").
        "robot_perception_lab_publications",
        "time_series_jupyter_book_cards",
        "text_to_image_generated_readme",
        // Batch 201's Docusaurus page (first contact, held out, with its batch's two other lists, which stay in HeldOut: 68/68
        // read, venues 55/61): speech recognition as "<Tabs>" of "<TabItem>"s around ordinary bullets ("- **Title** — A One,
        // B Two. *Interspeech 2020*. [[arXiv](url)]"), read whole at first contact.
        "speech_recognition_docusaurus_tabs",
        // Batch 201's two other lists (first contact with the batch's: 135/202 read, 67 reported, none in silence; venues
        // 101/116), fixed for at the next session: an agents team's status table whose Notes column is free text ("NeurIPS
        // 2023 oral. Strong baseline for us.": the venue's note, not the remark), and a chat digest ("1) Title — Venue
        // Year" over the paper's URL alone on its line: the venue after the spaced dash, no part of the title).
        "llm_tool_use_status_table",
        "molecular_gnn_bare_url_digest",
        // Batch 202 (first contact, held out: 0/202 read, 201 reported, 1 in silence; all three layouts lost whole): continual
        // learning in pandoc grid tables ("+------+------+" borders, "+======+" under the header, cells wrapped over several
        // lines: read since with Markdig's grid-table extension, 67/67), neural ODEs as a reading list generated from BibTeX
        // in the alpha style ("**[CRBD18]** Names. Title. In *Venue (ACRO)*, 2018. [arXiv](url)" paragraphs: the bold key a
        // label, 67/67), and retrieval-augmented generation as an unrolled thread (in ListsNotRead).
        "continual_learning_grid_tables",
        "neural_odes_alpha_keys",
        "rag_thread_unrolled",
        // Batch 203 (first contact, held out: 103/198 read, 89 reported, 6 in silence; venues 90/93, titles 34.0 %, authors
        // 84.5 %): robot foundation models with a colour legend for venues ("- 🟧'23 🏅 [Title](url) — Names" under "| 🟦
        // NeurIPS | 🟧 CoRL | ... |" and "Marks: 🏅 oral": read since as CoRL 2023, Oral), GNN expressivity as a kramdown Jekyll
        // page ("**Title**{: .paper-title}": the attribute lists blanked since), interpretability as a reading group's issue
        // queue (task items in four members' styles: "https://arxiv.org/abs/... — Title (Names, Venue)", "Title https://... (Names,
        // 2024)": read since).
        "vla_emoji_legend_venues",
        "gnn_expressivity_kramdown_ial",
        "interpretability_issue_queue",
        // Batch 204 (first contact, held out: 200/200 read, none in silence; venues 168/171, lowest list 95.0 %, titles and
        // authors 100 %, no non-paper read), three layouts the helpers chose as the most typical of GitHub lists: table
        // reasoning as bullets ("- **Title.** *A One, B Two, et al.* ICLR 2023, **Spotlight**. [[paper](url)] [[code](url)]"),
        // agent safety as a table per section ("| Date | Title | Authors | Venue | Paper | Code |", "ACL'24 Findings", "NeurIPS'24
        // D&B", "🏆 Best Paper Award" in the Venue cell), neural SLAM as a student's list ("- **Title**<br>Names<br>*Venue Year*
        // **(Award)** [[Paper](url)]"). Fixed since: a journal in parentheses after the venue's year ("*SIGGRAPH 2023 (ACM
        // TOG)* 🏆 **Best Paper**") is neither its track nor in the way of the award after it.
        "table_reasoning_qa",
        "llm_agent_safety_injection",
        "neural_slam_fields",
        // Batch 205 (first contact, held out: 199/199 read, none in silence; venues 131/136, lowest list 88.9 %, titles 100 %,
        // authors 89.4 %, 3 non-papers read), layouts the helpers chose: Segment Anything as a survey's companion tables
        // ("| [**Title**](url) (HQ-SAM) <br> Names | NeurIPS 2023 <br> 🏆 *Award* | 2023-06 | [GitHub](url) |": the nickname
        // before the <br> ended the names, read since), graph prompting as bullets ("- **Title**. Names. *KDD 2023*. **(Best
        // Research Paper Award)** [[paper](url)]", a "– Distill blog post, 2021." resource read as a paper: no longer), video
        // editing by venue headings ("- **Title** ⭐ Oral  " over the names' line and the links, the names and the note lost:
        // read since).
        "segment_anything_followups",
        "graph_prompt_learning",
        "video_editing_diffusion",
        // Batch 206 (first contact, held out: 182/183 read, 1 in silence; venues 140/145, lowest list 88.1 %, titles and
        // authors 100 %, 3 non-papers read), layouts the helpers chose: data attribution as thunlp-style bullets ("- **Title**.
        // *Names*. ICML 2017 **(Best Paper Award)**. [[paper](url)]": read whole), spoken dialogue models as a table per
        // section ("| Date | Title | Authors | Venue | Code |", "IEEE/ACM TASLP 2022", rows for a course and a model's release:
        // no papers since), compact 3DGS as a group's three-line entries ("*I3D 2024 (PACMCGIT)* | [[project/paper](url)]":
        // the slashed label the paper's link since, so the paper is no longer lost in silence).
        "data_attribution_influence",
        "spoken_dialogue_models",
        "gaussian_splatting_compression",
        // Batch 207 (first contact, held out: 204/204 read, none in silence; venues 161/161, titles 99.5 %, authors 95.1 %, 3
        // non-papers read), layouts the helpers chose: autoformalization as thunlp-style bullets (read whole), chart and
        // document understanding as a table whose title cell holds the names ("| [**Title**](url) `Donut` <br> Names | CVPR
        // 2024 <br> 🏆 **Oral** | 2023-11 | [![Star](badge)](repo) |": the model's name in code read as the names, and rows
        // whose names' place says "blog post" or whose Venue cell says Leaderboard read as papers: no longer), continual RL by
        // year with a bold venue tag ("- **[ICML 2023, Oral]** Title. *Names.* [[paper](url)]", one title with no full stop
        // before the names: read since).
        "autoformalization_lean",
        "chart_document_understanding",
        "continual_reinforcement_learning",
        // Batch 208 (first contact, held out: 202/202 read, none in silence; venues 168/168, titles and authors 100 %, 1
        // non-paper read, 0.5 %): every bar of issue 15 met at first contact. Text-to-audio as bullets ("- **Title**
        // (MusicGen). Names. *IEEE/ACM TASLP 2024*. **(Oral)** [[paper](url)]"), visual token pruning as a table with the
        // names in the title cell and star badges, dexterous manipulation as a lab's one-line entries.
        "text_to_audio_generation",
        "visual_token_pruning",
        "dexterous_manipulation_learning",
        // Batch 209 (first contact, held out: 204/204 read, none in silence; venues 158/160, lowest list 98.1 %, titles 100 %,
        // authors 99.0 %, 1 non-paper read, 0.5 %): every bar of issue 15 met at first contact. LLM-as-a-judge as bullets
        // with italic names, multi-agent LLMs as a table with star badges, weather forecasting as a group's list of journals
        // in abbreviation ("*npj Clim. Atmos. Sci. 2023.*": read since).
        "llm_as_a_judge",
        "multi_agent_debate_llm",
        "ml_weather_forecasting",
        // Batch 210 (first contact, held out: 202/202 read, none in silence; venues 173/174, lowest list 98.4 %, titles and
        // authors 100 %, 2 non-papers read, 1.0 %): preference optimisation as thunlp-style numbered items, open-vocabulary
        // 3D scenes as a Title/Venue/Date/Code table with the names in the title cell, graph transformers for molecules in
        // GNNPapers' two-line entries. Not fixed for (the session's last batch): its misses are in KnownMisses and
        // KnownNotPapersRead.
        "preference_optimization_dpo",
        "open_vocabulary_3d_scene",
        "graph_transformers_molecules",
        // Batch 211 (first contact, held out: 204/204 read, none in silence; venues 167/167, titles 98.0 %, authors 98.5 %, 4
        // non-papers read, 2.0 %): LLM quantization as venue-tag-first bullets ("- [ICML 2024] Title. Names. [[Paper](url)]"),
        // video LLMs as a table with Model and Authors columns, neural PDE solvers as GNNPapers-style numbered items. Fixed
        // for the session after: names with initials after a title's full stop, resource rows by their Venue cell.
        "llm_quantization_kernels",
        "video_llm_understanding",
        "neural_pde_solvers",
        // Batch 212 (first contact, held out: 202/202 read, none in silence; venues 189/189, titles 99.5 %, authors 100 %, no
        // non-paper read of 219 entries: every bar met): deep metric learning as bold-title bullets with an italic venue,
        // table QA as a Year/Title/Authors/Venue/Links table, video frame interpolation as a student's three-line entries.
        "deep_metric_learning",
        "table_question_answering",
        "video_frame_interpolation",
        // Batch 213 (first contact, held out: 198/198 read, none in silence; venues 182/184, lowest list 98.4 %, titles and
        // authors 100 %, 4 non-papers read of 215 entries, 1.9 %): continual RL as bold-title bullets with an italic venue,
        // sketches as a Title/Authors/Venue/Links table per section, LiDAR SLAM as a student's three-line entries.
        "continual_rl_plasticity",
        "sketch_understanding_generation",
        "lidar_odometry_slam",
        // Batch 214 (first contact, held out: 205/205 read, none in silence; venues 187/192, lowest list 96.8 %, titles and
        // authors 100 %, 1 non-paper read of 221 entries, 0.5 %: every bar met): Bayesian optimisation as linked-title bullets
        // with a bold venue, head avatars as a Title/Authors/Venue/Code table per section, Gaussian processes as a group's
        // one-line bullets with an italic venue and a trophy before awards.
        "bayesian_optimization_methods",
        "neural_head_avatars",
        "gaussian_process_regression",
        // Batch 215 (first contact, held out: 199/199 read, none in silence; venues 169/169, titles and authors 100 %, 1
        // non-paper read of 216 entries, 0.5 %: every bar met): mixed-precision training as bold-title bullets with italic
        // names, tactile sensing as a Title & Authors/Venue/Date/Code table, UAV vision as GNNPapers-style numbered items.
        "mixed_precision_training",
        "tactile_sensing_robotics",
        "uav_aerial_vision",
        // Batch 216 (first contact, held out: 202/202 read, none in silence; venues 191/191, titles and authors 100 %, 2
        // non-papers read of 214 entries, 0.9 %): weak supervision as thunlp-style bullets with the award inside the italic
        // venue, open-set recognition as a Title/Authors/Venue/Code table per section, implicit surfaces as a student's
        // three-line entries joined by <br>.
        "weak_supervision_labeling",
        "open_set_recognition",
        "neural_implicit_surfaces",
        // Batch 217 (first contact, held out: 201/201 read, none in silence; venues 186/188, titles and authors 100 %, 3
        // non-papers read of 204 entries, 1.5 %): point cloud registration as a Title/Authors/Venue/Code table per section
        // (resource rows with a dash for authors and "Dataset" or "Tutorial" as venue), scene text recognition as
        // thunlp-style numbered bold-title items, symbolic music as a student's three-line entries.
        "point_cloud_registration",
        "scene_text_recognition",
        "symbolic_music_generation",
        // Batch 218 (first contact, held out: 196/196 read, none in silence; venues 172/174, titles 99.5 %, authors 99.0 %,
        // 3 non-papers read of 199 entries, 1.5 %): table structure recognition as linked-title bullets with names and
        // venue after a dash, music source separation as a Title/Authors/Venue/Code table per section (awards after a
        // <br> in the Venue cell), event cameras as a student's three-line entries with hard breaks.
        "table_structure_recognition",
        "music_source_separation",
        "event_camera_vision",
        // Batch 219 (first contact, held out: 187/187 read, none in silence; venues 149/150, titles and authors 100 %, no
        // non-paper read of 187 entries: every bar met): retrosynthesis as PLMpapers-style numbered items with a bold
        // nickname at the end, wildlife camera traps as a Title/Venue/Authors/Paper/Code table per section, legal NLP as
        // thunlp-style numbered items.
        "retrosynthesis_prediction",
        "wildlife_camera_trap",
        "legal_nlp_reasoning",
        // Batch 220 (first contact, held out: 197/197 read, none in silence; venues 167/173, the lowest list 91.4 %; titles
        // 100 %, authors 98.5 %; 3 non-papers read of 200 entries, 1.5 %): virtual try-on as a Model/Paper/Authors/Venue/Code
        // table per section, hand-object interaction as bold-title bullets with an italic venue, change detection as a
        // group's one-line bullets with nicknames in parentheses and a bold distinction.
        "virtual_try_on",
        "hand_object_interaction",
        "change_detection_remote_sensing",
        // Batch 221 (first contact, held out: 202/202 read, none in silence; venues 180/180, titles and authors 100 %, no
        // non-paper read of 202 entries: every bar met): image captioning as bold-title bullets with the award inside the
        // italic venue, interatomic potentials as a Year/Title/Authors/Venue/Links table per section, traffic forecasting
        // as a student's one-line bullets.
        "image_captioning_eval",
        "molecular_dynamics_ml",
        "traffic_forecasting_gnn",
        // Batch 222 (first contact, held out, measured at 91d413f: 220/220 read, none in silence; venues 205/206 (99.5 %),
        // lowest list 98.6 %; titles 99.5 %, authors 99.5 %; no non-paper read of 221 entries: every bar met): optical flow
        // as bold-title bullets over a names line and a venue line (one section one line per paper, one a table of first
        // authors), sign language recognition as one table per section in two contributors' column sets, LLM watermarking
        // as a student's numbered items with a second contributor's section and a dataset table.
        "optical_flow_estimation",
        "sign_language_recognition",
        "llm_watermarking",
        // Batch 223 (first contact, held out, measured at 9655903: 219/219 read, none in silence; venues 174/188 (92.6 %),
        // lowest list 82.9 %; titles 100 %, authors 95.9 %; 3 non-papers read of 222 entries, 1.4 %; then fixed for: every
        // field right, no non-paper): robot grasping as GT-RIPL-style nickname bullets with a quoted title, names after its
        // comma and the venue in emphasis after their full stop (names ending in an initial, journals not known by name),
        // clinical NLP as a Title/Venue/Date/Code/Other table with names in italics under the title (nicknames of two words,
        // a bracketed venue before its distinction, a blog's, a leaderboard's and a dataset page's rows), conditional
        // computation as one researcher's README grouped by year.
        "robot_grasping_dl",
        "clinical_nlp_llm",
        "mixture_of_depths_routing",
        // Batch 224 (first contact, held out, measured at 4f040f0: 221/221 read, none in silence; venues 190/198 (96.0 %),
        // lowest list 91.8 %; titles 98.2 %, authors 100 %; no non-paper read of 221 entries; then fixed for: venues 194/198,
        // titles 100 %): human avatars as three-line entries under a bold venue tag with a second contributor's section of
        // a venue in code before a bold title, weather forecasting as a Title/Authors/Venue/Date/Code table (a workshop
        // with its long name in the Venue cell), program synthesis as thunlp-style numbered items (a bold distinction
        // after the venue's full stop).
        "neural_rendering_avatars",
        "weather_forecasting_ml",
        "program_synthesis_llm",
        // Batch 225 (first contact, held out, measured at b9e8bfc: 214/214 read, none in silence; venues 158/193 (81.9 %),
        // lowest list 55.1 %; titles 83.2 %, authors 95.3 %; no non-paper read of 214 entries; then fixed for: venues
        // 187/193, lowest list 95.5 %, titles and authors 99.1 %): medical image registration as bold-title bullets with an
        // italic venue, LLM quantization as a DefTruth-style table, graph contrastive learning as a student's bullets of a
        // bold bracketed venue tag, the paper's name in code and the title (names on a sub-bullet), with a background
        // section of "Title — Surname et al., Venue Year".
        "medical_image_registration_dl",
        "llm_quantization_methods",
        "graph_contrastive_learning",
        // Batch 226 (first contact, held out, measured at 14ed214: 215/219 read, 4 reported, none in silence; venues 184/185
        // (99.5 %), lowest list 98.5 %; titles and authors 100 %; no non-paper read; then fixed for: 219/219 read, one
        // non-paper read): video anomaly detection as fjchange-style numbered items, machine unlearning as tables in three
        // contributors' column sets (a "| Name | Paper / Page | Venue | Links |" table of benchmarks not read at first),
        // tabular deep learning as thunlp-style numbered items.
        "video_anomaly_detection_dl",
        "federated_unlearning",
        "tabular_deep_learning_papers",
        // Batch 227 (first contact, held out, measured at 27c7452: 219/219 read, none in silence; venues 182/184 (98.9 %),
        // lowest list 98.4 %; titles 98.2 %, authors 99.5 %; no non-paper read; then fixed for: titles 100 %, venues
        // 183/184): LLM recommender systems as single-line bold-title bullets (a bracketed nickname at the start of four
        // titles), visually rich document understanding as a Year/Title/Authors/Venue/Links table, molecule generation as
        // a lab's bold-title entries over names and venue lines.
        "llm_recommendation_papers",
        "visually_rich_document_understanding",
        "diffusion_molecule_generation",
        // Batch 228 (first contact, held out, measured at 495d497: 221/221 read, none in silence; venues 189/190 (99.5 %),
        // lowest list 98.5 %; titles 98.2 %, authors 99.5 %; no non-paper read; not fixed for: six misses in KnownMisses):
        // learned optimizers as thunlp-style numbered items, LLM watermarking as DefTruth-style tables with Authors and
        // Venue columns, multi-object tracking as a lab's bold-nickname bullets.
        "learned_optimizers_papers",
        "llm_text_watermark_detection",
        "multi_object_tracking_lab",
        // Batch 229 (first contact, held out, measured at d82b551: 215/215 read, none in silence; venues 177/178 (99.4 %),
        // lowest list 98.4 %; titles and authors 100 %; one non-paper read of 216 entries; then fixed for: venues 178/178):
        // audio-language models as single-line bold-title bullets (a model's name and year in parentheses before the
        // names), traffic forecasting as TSFpaper-style tables, LLM agents for science as thunlp-style numbered items.
        "audio_language_models_papers",
        "traffic_forecasting_gnn_tables",
        "ai_for_science_agents_lab",
        // Batch 230 (first contact, held out, measured at 6b223c7: 214/215 read, one reported, none in silence; venues
        // 194/198 (98.0 %), lowest list 95.5 %; titles 96.3 %, authors 97.2 %; one non-paper of 216; then fixed for:
        // 215/215 read, venues 199/199, titles 98.6 %, authors 100 %, no non-paper): vision-and-language navigation as
        // three-line entries joined by <br>, deepfake detection as BradyFU-style tables, concept-based interpretability as
        // thunlp-style bullets with a "Title — Surnames [VENUE YEAR]" section.
        "vision_language_navigation_papers",
        "deepfake_detection_tables",
        "concept_bottleneck_interpretability_lab",
        // Batch 231 (first contact, held out, measured at 0efb03d: 220/220 read, none in silence; venues 203/204 (99.5 %),
        // lowest list 98.5 %; titles 99.5 %, authors 100 %; one non-paper of 221: every bar met; then fixed for: titles
        // 100 %): time-series foundation models as bold-title bullets with a nickname in code, knowledge-graph embedding
        // as tables with Model and Authors columns, object detection as a long-lived list of seven layouts.
        "time_series_foundation_models",
        "knowledge_graph_embedding_tables",
        "object_detection_longlived",
        // Batch 232 (first contact, held out, measured at 09018c8: 219/219 read, none in silence; venues 196/204 (96.1 %),
        // lowest list 92.5 %; titles and authors 98.6 %; one non-paper of 220; then fixed for: venues 200/204, lowest list
        // 95.6 %, titles and authors 100 %): backdoor learning as THUYimingLi-style titles over a names-and-venue sub-item,
        // differential privacy as a reading group's three-line entries, segmentation as a long-lived list of seven layouts.
        "backdoor_attacks_defenses",
        "differential_privacy_dl_lab",
        "image_segmentation_longlived",
        // Batch 233 (first contact, held out, measured at 5819037: 216/216 read, none in silence; venues 184/188 (97.9 %),
        // lowest list 96.8 %; titles and authors 99.5 %; one non-paper of 217: every bar met; then fixed for: titles and
        // authors 100 %): EEG decoding as thunlp-style bold-title bullets, quantum machine learning as BradyFU-style
        // tables, ML for compilers as a long-lived list of six layouts.
        "eeg_brain_decoding_papers",
        "quantum_ml_tables",
        "llm_compilers_longlived",
        // Batch 234 (first contact, held out, measured at c545130: 218/218 read, none in silence; venues 201/206 (97.6 %),
        // lowest list 95.5 %; titles 100 %, authors 98.6 % (under the bar); one non-paper of 219; then fixed for: authors
        // 100 %): human motion generation as bracketed-venue bullets with a must-read shortcode after the names, fairness
        // as a reading group's thunlp-style items, speech enhancement as a long-lived list of five layouts.
        "human_motion_generation_papers",
        "fairness_ml_lab",
        "speech_enhancement_longlived",
        // Batch 235 (first contact, held out, measured at a37952b: 220/220 read, none in silence; venues 183/183, titles
        // and authors 100 %, no non-paper of 220: every field of every paper right, nothing to fix): video LLMs as
        // yunlong10-style tables, LLMs for tabular data as BradyFU-style tables, deep RL as a long-lived list of five
        // layouts (papers under venue headings among them).
        "video_llm_understanding_papers",
        "tabular_llm_tables",
        "reinforcement_learning_longlived",
        // Batch 236 (first contact, held out, measured at 0fc1b3a: 211/212 read, one reported, none in silence; venues
        // 200/207 (96.6 %), lowest list 92.2 %; titles 95.7 %, authors 97.2 % (both under the bar); no non-paper of 233;
        // then fixed for: 212 read, venues 207/208, titles 98.6 %, authors 100 %): hyperspectral imaging as bullets with
        // "*CVPR Workshops (NTIRE)*, 2020" and challenge placings, image denoising as tables, visual SLAM as a long-lived
        // list of six layouts (surnames alone after a plain title's full stop, an IEEE reference's bare arXiv URL).
        "hyperspectral_imaging_papers",
        "image_denoising_tables",
        "visual_slam_longlived",
        // Batch 237 (first contact, held out, measured at 6a73a55: 217/217 read, none in silence; venues 158/162 (97.5 %),
        // lowest list 93.8 %; titles 98.6 %, authors 94.9 % (under the bar; the driving group's list 84.9 %); no non-paper
        // of 238; then fixed for: every field of every paper right): radiology report generation as bullets, vision Mamba
        // as tables, a driving group's reading list (names in parentheses after a bold title, a venue between spaced
        // dashes, nicknames and status marks before the bold title).
        "radiology_report_generation_papers",
        "vision_mamba_tables",
        "motion_planning_driving_group",
        // Batch 238 (first contact, held out, measured at b30c5f8: 201/215 read, 14 reported, none in silence; venues
        // 164/177 (92.7 %, under the bar), lowest list 88.5 %; titles 100 %, authors 99.5 %; no non-paper of 237; then
        // fixed for: 215 read, venues 187/187, authors 99.5 %): few-shot segmentation as bullets with notes in code spans,
        // LLM math reasoning as tables, audio deepfake detection as a long-lived list of six layouts (a "Dataset / Paper"
        // table, an IEEE reference list with bare DOIs).
        "few_shot_segmentation_papers",
        "llm_math_reasoning_tables",
        "audio_deepfake_longlived",
        // Batch 239 (first contact, held out, measured at e6071bc: 214/214 read, none in silence; venues 195/200 (97.5 %),
        // lowest list 94.1 %; titles 100 %, authors 76.2 % (the reading list's "| Who |" column: 31.5 %); no non-paper of
        // 236; then fixed for: venues 198/200, authors 98.6 %): NeRF and Gaussian-splatting editing as bullets, continual
        // learning as tables, a PhD student's graph-RL reading list.
        "nerf_scene_editing_papers",
        "continual_learning_tables",
        "graph_rl_phd_reading",
        // Batch 240 (first contact, held out, measured at f843c1d: 198/216 read, 18 reported, none in silence; venues
        // 186/190 (97.9 %), lowest list 95.0 %; titles 99.5 %, authors 100 %; one non-paper of 236 (0.4 %); then fixed for:
        // 213 read, venues 202/203, titles 99.1 %): weakly supervised localization as bullets, speech translation as tables
        // (a "Dataset / Paper" column of plain titles, a workshop's long name beside a Year column), scene text as a
        // long-lived list of six layouts (a "Venue" cell with "**Oral**" beside a Year column, references with bare arXiv URLs).
        "weak_supervised_object_localization",
        "speech_translation_tables",
        "scene_text_longlived",
        // Batch 241 (first contact, held out, measured at 816269a: 211/211 read, none in silence; venues 187/193 (96.9 %),
        // lowest list 95.2 %; titles 100 %, authors 99.5 %; one non-paper of 233 (0.4 %); then fixed for: venues 191/193,
        // authors 100 %, no non-paper): code review as bullets, diffusion policies as tables, a group's ML-systems reading
        // list (session tables with a "not a paper" note, remarks before the names and between the venue's fields).
        "code_review_llm_papers",
        "robot_diffusion_policy_tables",
        "ml_systems_group_reading",
        // Batch 242 (first contact, held out, measured at af56923: 204/212 read, 8 reported, none in silence; venues 188/191
        // (98.4 %), lowest list 95.0 %; titles 100 %, authors 99.5 %; no non-paper of 230; then fixed for: 211 read, venues
        // 193/197): video object segmentation as bullets, sparse training as tables, ML for quantum chemistry as a long-lived
        // list of five layouts ("**CGCNN** · [Title](url)", a workshop's long name after a spaced hyphen).
        "video_object_segmentation_papers",
        "sparse_training_tables",
        "quantum_chem_ml_longlived",
        // Batch 243 (first contact, held out, measured at 2d1f6e7 at the end of the session that wrote it, on the reader of
        // 6754e21: 194/211 read, 17 reported, none in silence; venues 172/181 (95.0 %), lowest list 87.0 %; titles 99.0 %,
        // authors 95.9 %; one non-paper of 234; then fixed for in the next session: 211 read, venues 197/197, titles 99.5 %,
        // authors 100 %, no non-paper): domain generalization for segmentation as bullets ("🔥 `AdaptSegNet` [Title](url)", a
        // book's page), LLM bias evaluation as tables ("1st Workshop on Gender Bias in NLP @ ACL" beside a Year column), an MRI
        // reconstruction group's reading list (the paper's link in a Notes column, Vancouver names ending in one initial,
        // "Title, *IEEE TIP 2017* (Jin et al.)").
        "domain_generalization_segmentation",
        "llm_evaluation_bias_tables",
        "mri_reconstruction_group",
        // Batch 244 (first contact, held out, measured at 046c2aa: 207/215 read, 7 reported, one in silence; venues 189/190
        // (99.5 %), lowest list 98.5 %; titles 100 %, authors 100 %; no non-paper of 237; then fixed for: 215 read, every
        // field right): pedestrian detection as bullets, sound event detection as tables (a distinction after the title in
        // its cell beside an Authors column), deep learning for docking as a long-lived list (APA references ending in a bare
        // arXiv, Nature or PLOS URL; a BioMed Central journal).
        "pedestrian_detection_papers",
        "sound_event_detection_tables",
        "molecular_docking_longlived",
        // Batch 245 (first contact, held out, measured at 3e6d6b1: 199/201 read, 2 reported, none in silence; venues 170/180
        // (94.4 %), lowest list 85.9 %; titles 100 %, authors 99.5 %; no non-paper of 222; then fixed for: 201 read, venues
        // 180/182, authors 100 %): code translation as bullets ("Dawn Song.*NeurIPS 2018*"), SAR imaging as tables, a
        // gesture-generation PhD reading list ("| Paper | Who | Where |", "| Dataset | Who | Where |").
        "code_translation_llm_papers",
        "sar_image_dl_tables",
        "gesture_generation_group",
        // Batch 246 (first contact, held out, measured at 80291b0: 208/209 read, 1 reported, none in silence; venues 188/189
        // (99.5 %), lowest list 98.4 %; titles 97.1 %, authors 97.1 %; no non-paper of 232; then fixed for: 209 read, titles
        // and authors 100 %): LLM data-science agents as bullets, CTR prediction as tables, wearable activity recognition as
        // a long-lived list ("**[ICLR 2024]** Title — Surname et al.", an IEEE reference whose arXiv id is text).
        "data_science_agents_papers",
        "ctr_prediction_tables",
        "har_wearables_longlived",
        // Batch 247 (first contact, held out, measured at d17657d: 209/209 read, none in silence; venues 179/181 (98.9 %),
        // lowest list 98.3 %; titles 98.6 %, authors 100 %; two non-papers of 229 (0.9 %); the rules fixed for were undone
        // after the second review, so these figures stand and its misses are known misses): video moment retrieval as
        // bullets, precipitation nowcasting as tables ("(the attention used in MetNet)" after a plain title, "| WeatherBench |
        // WeatherBench: A benchmark ... |"), a federated-learning-for-health group's reading list (tools' rows with their
        // makers in the Who column, a remark in lower case in Notes).
        "video_moment_retrieval_papers",
        "precipitation_nowcasting_tables",
        "fl_healthcare_group",
        // Batch 248 (first contact, held out, measured at eef6aa3: 218/218 read, none in silence; venues 178/188 (94.7 %),
        // lowest list 84.4 %; titles 98.2 %, authors 96.8 %; no non-paper of 241; then fixed for, as narrowed by the second
        // review: venues 183/188, titles 99.1 %, authors 98.6 %): vision-transformer robustness as bullets, byte-level language models as tables, ML for
        // particle physics as a long-lived list ("Butter, Plehn, Winterhalder, SciPost Phys. (2019)", "`SciPost Phys. 2022`
        // Title — Names").
        "vit_robustness_papers",
        "byte_level_lm_tables",
        "hep_gnn_longlived",
        // Batch 249 (first contact, held out, measured at 93aa4c3: 202/207 read, 5 reported, none in silence; venues 183/192
        // (95.3 %), lowest list 93.8 %; titles 95.0 %, authors 95.0 %; no non-paper of 228; then fixed for: venues 184/192,
        // titles and authors 100 %): soft prompt tuning as bullets, music emotion recognition as tables, a robot lab's
        // sim-to-real reading list ("- [x] Yu, Tan, Liu, Turk. **Title**. RSS'17.", "- [ ] Nagabandi et al. **Title**").
        "soft_prompt_tuning_papers",
        "music_emotion_tables",
        "sim2real_lab_reading",
        // Batch 250 (first contact, held out, measured at d661382: 211/211 read, none in silence; venues 177/181 (97.8 %),
        // lowest list 96.8 %; titles 100 %, authors 100 %; no non-paper of 231; then fixed for: venues 178/181): LLM code
        // security as bullets ("*IEEE S&P 2022* 🏆 **Distinguished Practical Paper Award**"), crop yield from satellites as
        // tables, neural program induction as a long-lived list.
        "llm_code_security_papers",
        "crop_yield_remote_sensing_tables",
        "neural_program_induction_longlived",
    };

    /// <summary>
    /// Lists held out: written by helper sessions that read neither the reader nor the other lists, committed before the
    /// reader was run on them, measured once, and not tuned to. Their figures are printed by
    /// <c>ListCorpusTests.The_held_out_lists_are_measured_and_not_tuned_to</c> and written in docs/benchmarks.md; the
    /// next change to the reader is measured on them before anyone looks at what they miss, and only then are they
    /// fixed for and moved to <see cref="Names"/>.
    /// </summary>
    internal static readonly string[] HeldOut =
    {
    };

    /// <summary>
    /// Lists the reader does not read, with the reason: their papers are reported (EA0030) where they link a paper host,
    /// and the rest of the list's figures still count them as papers not read.
    /// </summary>
    internal static readonly Dictionary<string, string> ListsNotRead = new(StringComparer.Ordinal)
    {
        ["rag_thread_unrolled"] = "batch 202: a thread unrolled into markdown, one paragraph per post (\"4/ 'REALM: Retrieval-Augmented Language Model Pre-Training' from Kelvin Guu, ... (Google). Retrieval inside pretraining. ICML'20. arxiv.org/abs/2002.08909\"): prose around a quoted title, names after \"by\" or \"from\", a casual venue and a bare URL, mostly without its scheme; not read, every paper on a paper host reported by EA0030 (the one on nowpublishers.com, no paper host, is lost in silence)",
        ["awesome_semantic_segmentation_mrgloom"] = "a model's short name and a bare URL in square brackets (- U-Net [https://arxiv.org/pdf/1505.04597.pdf] [2015]): CommonMark makes no link of the URL, nor does GFM's autolink extension after a bracket, so the item has no link to read; not read, every paper reported by EA0030 (a bare PDF URL counts)",
    };

    /// <summary>
    /// Lines an oracle says are no paper that the reader reads as one, with the reason (the start of the line's
    /// not-row text, by list): a tool or a page that links its paper is as often a paper entry in other lists.
    /// </summary>
    internal static readonly Dictionary<(string List, string Marker), string> KnownNotPapersRead = new()
    {
        [("fl_healthcare_group", "| ✅ | [Opacus")] = "batch 247: a library's row linking its repository, no venue, its maker in the Who column (\"Meta AI\"): read as a paper, as a repository's row with authors is; a rule for makers in the Who column was tried and undone, as papers link their code so too (\"| [Attention Is All You Need](https://github.com/...) | Google |\")",
        [("fl_healthcare_group", "| ✅ | [PySyft]")] = "batch 247: the same (\"OpenMined\")",
        [("weak_supervised_object_localization", "- :memo: [The Building Blocks of Interpretability](https://d")] = "batch 240: a Distill article under a memo shortcode (\"- :memo: [The Building Blocks of Interpretability](https://distill.pub/2018/building-blocks/) - Distill article on ...\"): Distill publishes peer-reviewed articles, and nothing but the shortcode says this one is read as other material",
        [("fairness_ml_lab", "- 📰 *Machine Bias.* Julia Angwin, Jeff Larson, Surya Mattu")] = "batch 234: a newspaper's article written as a paper is (\"- 📰 *Machine Bias.* Julia Angwin, Jeff Larson, Surya Mattu, Lauren Kirchner. ProPublica, May 2016. [[article](https://www.propublica.org/...)]\"): names and a dated publisher keep it; the newspaper's emoji is the only sign",
        [("quantum_ml_tables", "| 📓 [Barren plateaus in quantum neural networks](https://p")] = "batch 233: a library's notebook written as a paper's row (\"| 📓 [Barren plateaus in quantum neural networks](https://pennylane.ai/qml/demos/...) | PennyLane team | PennyLane demo | 2019 | notebook |\"): its Venue cell names the kind after the library's name, and a team's name stands in the Authors cell, as a paper's team does",
        [("backdoor_attacks_defenses", "- Trojan Detection Challenge (NeurIPS 2022 Competition Track).")] = "batch 232: a competition written as a paper is (\"- Trojan Detection Challenge (NeurIPS 2022 Competition Track). [[website]](https://trojandetection.ai/)\"): a dated venue and a track of the conference keep it, as they keep a competition track's papers",
        [("object_detection_longlived", "| Leaderboard | [Papers with Code: Object Detection on COCO")] = "batch 231: a leaderboard's row in a table of papers (\"| Leaderboard | [Papers with Code: Object Detection on COCO test-dev](https://paperswithcode.com/sota/...) | - | - | - |\"): the kind of resource stands in the Model column, which the reader does not keep, and the page's title reads as a paper's",
        [("federated_unlearning", "| NeurIPS 2023 Machine Unlearning Challenge | [Kaggle co")] = "batch 226: a competition's page in a table of benchmarks (\"| NeurIPS 2023 Machine Unlearning Challenge | [Kaggle competition page](https://www.kaggle.com/...) | NeurIPS 2023 Competition Track |\"): a dated venue keeps a row whose title names a page (\"Sketch2Code: Generating a Website\" is a paper), so it is read as one",
        [("clinical_nlp_llm", "| [**Stanford CRFM introduces PubMedGPT 2.7B**]")] = "batch 223: a blog post's row in a table of papers (\"| [**Stanford CRFM introduces PubMedGPT 2.7B**](https://crfm.stanford.edu/...) <br> *Blog post announcing the model later renamed BioMedLM* | Blog |\"): a rule for a names' place that says \"Blog post\" or \"Dataset page\" was made and dropped after a review found real papers so described (\"Page, L., Brin, S.\", \"Website generation from sketches\")",
        [("clinical_nlp_llm", "| [**MIMIC-IV-Note: Deidentified free-text clinical notes*")] = "batch 223: a dataset page's row in a table of papers (\"... <br> *Dataset page on PhysioNet (credentialed access)* | PhysioNet |\"): see the blog post's row above",
        [("clinical_nlp_llm", "| [**BLURB Leaderboard**]")] = "batch 223: a leaderboard's row in a table of papers (\"| [**BLURB Leaderboard**](https://microsoft.github.io/BLURB/) <br> *Biomedical Language Understanding & Reasoning Benchmark, companion leaderboard of PubMedBERT* | - |\"), its description read as two names; a title ending in \"Leaderboard\" is as often a paper's (\"The Open Ko-LLM Leaderboard\"), so no rule was made of it",
        [("music_source_separation", "| [MUSDB18 / MUSDB18-HQ – the standard 4-stem benchmark](htt")] = "batch 218: a dataset's page with its makers' names in the Authors cell and \"Dataset (2017)\" as venue: a dataset's row with people's names stays a paper (a dataset's paper is written so), the page not told from the paper",
        [("sketch_understanding_generation", "| [TU-Berlin Sketch Dataset](http://cybertron.cg.tu-berlin.d")] = "batch 213: a dataset's page with its university in the Authors cell (\"| TU Berlin | - |\"): an acronym and a city are not told from a person's name with the surname in capitals (\"LI Wei\")",
        [("sketch_understanding_generation", "| [Teaching Machines to Draw](https://ai.googleblog.com/2017")] = "batch 213: a blog post in a table whose header says Type, not Venue (\"| Name | Authors | Type | Notes |\", \"| Google AI Blog |\"): the Type column is read as no venue, so the blog's cell is not seen",
        [("open_vocabulary_3d_scene", "| [**ScanNet Benchmark**](https://kaldir")] = "batch 210: a benchmark's leaderboard page in a table whose Venue cell says Benchmark and whose names' place describes it (\"<br> Hidden-test-set leaderboards for ScanNet ... | Benchmark |\"): a Benchmark cell is as often a benchmark paper's, and a description where the names stand is not told from names",
        [("open_vocabulary_3d_scene", "| [**OpenSUN3D Workshop**](https://opensun3d")] = "batch 210: a workshop series' page in a table whose Venue cell says Workshop (\"<br> Workshop series on ... | Workshop |\"): read as a workshop paper; a Workshop cell is as often a workshop paper's",
        [("segment_anything_followups", "| [**SA-1B: the Segment Anything 1-Billion ma")] = "batch 205: an organisation's dataset page in a table whose Venue cell says Dataset (\"| [**SA-1B: ...**](https://ai.meta.com/datasets/...) <br> Meta AI | Dataset |\"): read as a paper by Meta AI; a dataset's row with names stays a paper (batch 202's review), and nothing tells an organisation from a name",
        [("neural_odes_alpha_keys", "**[Kid22]** Patrick Kidger. *On Neural Differential Equations*")] = "batch 202: a PhD thesis cited as a paper is (\"**[Kid22]** Patrick Kidger. *On Neural Differential Equations*. PhD thesis, University of Oxford, 2022. [arXiv](url)\"): read as a paper titled by the name, the thesis's title as names; the oracle calls it a thesis",
        [("graph_transformers_pandoc", "-   PyG Team. *PyTorch Geometric* (torch\\_geometric), a library")] = "batch 197: a library cited as a paper is (\"-   PyG Team. *PyTorch Geometric* (torch\\_geometric), a library for deep learning on graphs. Software, 2019-- [docs][85]\"): read as a paper; the oracle calls it software",
        [("scientific_document_processing", "* [Semantic Scholar API and datasets]")] = "batch 192: a product page linked as a bullet of its own under a list of external reading lists, read as a paper with no venue or names; the oracle calls it no paper",
        [("vlm_adv_attacks_lm_ssp", "- [AttackVLM](https://github.com/yunqing-me/AttackVLM)")] = "batch 165: a repository's line in a list of papers, a model badge after it (\"- [AttackVLM](https://github.com/...) ![VLM](badge)\"), read as a project's paper; the oracle calls it a tool",
        [("vlm_adv_attacks_lm_ssp", "- [RobustBench](https://robustbench.github.io/)")] = "batch 165: the same, a benchmark's site with a Benchmark badge",
        [("awesome_graph_learning_ieee_refs", "**Stanford CS224W: Machine Learning with Graphs**")] = "batch 152: a course in a paper's shape, its lecture slides linked as [[PDF]] (\"- **Stanford CS224W: Machine Learning with Graphs** (J. Leskovec), course page: http://... — intro lecture slides [[PDF]](url.pdf)\"): read as a paper",
        [("awesome_nlp_bahasa_indonesia", "Slide Kuliah Pemrosesan Bahasa Alami")] = "batch 152: lecture slides named as such only by their first words (\"Slide Kuliah ...\"), linked as a PDF: read as a paper",
        [("awesome_vietnamese_nlp_llm", "[Slide tutorial \"Large Language Models for Vietnamese\"")] = "batch 149: a tutorial's slide deck linked by its title, a PDF (\"- [Slide tutorial \\\"Large Language Models for Vietnamese\\\" tại VLSP 2023 (PDF)](url.pdf)\"), named as slides only by its first word: read as a paper with no names",
        [("awesome_llm_alignment_ru", "**PRM800K** — датасет из 800 тыс. пошаговых оценок")] = "batch 147, since a label of one lower-case word is a link's word (a list's own, unknown to the reader): a dataset's bullet that links its data and its paper (\"- **PRM800K** — датасет ... — [данные](github) · [статья](arxiv)\") is read as that paper, as other lists' datasets are",
        [("awesome_llm_alignment_ru", "**Anthropic HH-RLHF** — датасет Anthropic HH-RLHF")] = "batch 147: the same, a dataset's bullet linking its data and its paper",
        [("awesome_llm_alignment_ru", "**Иллюстрированный RLHF: от нуля до ChatGPT**")] = "batch 147: a translated blog post on Habr in a paper's shape, its link labelled статья (which is a paper as often as an article) and a description where the names stand (\"- **Иллюстрированный RLHF: ...** — статья на Хабре, перевод поста Hugging Face — [статья](https://habr.com/...)\"): read as a paper with no names",
        [("awesome_prompt_injection", "- [LLM CTF @ SaTML 2024]")] = "batch 131: a competition's page linked by its name with a venue in it, its dataset paper linked after (\"- [LLM CTF @ SaTML 2024](https://ctf.spylab.ai/): capture-the-flag competition ..., [[dataset paper]](arxiv)\"): read as that paper, the name read as a workshop at a venue",
        [("awesome_efficient_diffusion_sampling", "- **ImageNet 64x64**")] = "batch 130: a dataset's bullet that links its paper under \"# Benchmarks and Datasets\" (\"- **ImageNet 64x64** [[Paper](arxiv)]\"): a heading of benchmarks holds papers as often (agents' benchmarks), so the dataset's name is read as its paper's",
        [("awesome_efficient_diffusion_sampling", "- **MS-COCO**")] = "batch 130: the same, a dataset's bullet linking its paper under a heading of benchmarks and datasets",
        [("awesome_efficient_diffusion_sampling", "- **FID**")] = "batch 130: the same, a metric's bullet linking its paper under a heading of benchmarks and datasets",
        [("awesome_sparse_autoencoders_interpretability", "| [**The Pile: An 800GB Dataset")] = "batch 130: a dataset's paper on arXiv in a table whose Venue column says \"Dataset\" (\"| [**The Pile: An 800GB Dataset of Diverse Text for Language Modeling**](arxiv) | Dataset | 2020-12 |\"): the paper it links is read, its oracle calls the row no paper",
        [("awesome_video_super_resolution", "- NTIRE 2021 Challenge on Video Super-Resolution")] = "batch 128: a challenge's report on arXiv under \"## Benchmarks & Challenges\" (\"- NTIRE 2021 Challenge on Video Super-Resolution [[report]](arxiv)\"): the report is a paper on arXiv as far as the line says; its oracle calls the challenge no paper",
        [("awesome_tiny_object_detection", "- **TinyPerson**")] = "batch 124: a dataset's bullet under Datasets that links its paper (\"- **TinyPerson** - description (WACV 2020) [[Paper](arxiv)]\"): read as that paper under the dataset's name, as other lists' oracles count such lines",
        [("awesome_tiny_object_detection", "- **VisDrone**")] = "batch 124: the same, a dataset's bullet linking its paper",
        [("awesome_tiny_object_detection", "- **DOTA**")] = "batch 124: the same, a dataset's bullet linking its paper",
        [("awesome_tiny_object_detection", "- **WIDER FACE**")] = "batch 124: the same, a dataset's bullet linking its paper",
        [("awesome_tiny_object_detection", "- **TT100K**")] = "batch 124: the same, a dataset's bullet linking its paper's PDF",
        [("awesome_image_harmonization_bcmi", "+ **iHarmony4**")] = "batch 124: a dataset's bullet linking the paper that made it: read as that paper",
        [("awesome_tabular_deep_learning_johnnyhwu", "- [TALENT]")] = "a library's bullet under Libraries that links its own paper's PDF ([[pdf]](https://arxiv.org/pdf/2407.00956)): read as a paper under the library's name; a Library section of another list holds a paper (Avalanche), so the heading decides nothing",
        [("awesome_crowd_counting_gjy3035", "- [[JHU-CROWD++]")] = "a dataset's bullet under Datasets whose [[paper]] link points at a paper's anchor in the list: read as a paper (the dataset's link its title); Datasets sections of other lists hold papers, so the heading decides nothing",
        [("awesome_crowd_counting_gjy3035", "- [[ShanghaiTech Part A/B]")] = "a dataset's bullet under Datasets whose [[paper]] link points at a paper's anchor in the list: read as a paper (the dataset's link its title); Datasets sections of other lists hold papers, so the heading decides nothing",
        [("awesome_relation_extraction_roomylee", "* [SemEval-2010 Task 8]")] = "a dataset's bullet with a [[paper]] link to its paper: read as that paper under the dataset's name (the oracle calls it no paper)",
        [("awesome_relation_extraction_roomylee", "* [New York Times (NYT) Corpus]")] = "a dataset's bullet with a [[paper]] link to its paper: read as that paper under the dataset's name (the oracle calls it no paper)",
        [("awesome_ml_privacy_attacks_stratosphereips", "- [**Machine Learning Privacy: an introductory talk")] = "a talk's bullet in the papers' shape, its venue in the title's parenthesis (USENIX Enigma 2021): read as a paper; the word \"talk\" decides only for a plain title",
        [("awesome_text_to_image_yutong_zhou_cv", "* Inception Score (IS)")] = "an evaluation metric's bullet that links the paper defining it: read as that paper",
        [("awesome_text_to_image_yutong_zhou_cv", "* Fr\u00e9chet Inception Distance (FID)")] = "an evaluation metric's bullet that links the paper defining it: read as that paper",
        [("awesome_text_to_image_yutong_zhou_cv", "* R-precision")] = "an evaluation metric's bullet that links the paper defining it: read as that paper",
        [("awesome_text_to_image_yutong_zhou_cv", "* CLIPScore")] = "an evaluation metric's bullet that links the paper defining it: read as that paper",
        [("awesome_text_to_image_yutong_zhou", "Inception Score (IS) </span> [[Paper](https://arxiv.org/pdf/1606.03498.pdf)]")] = "an evaluation metric's bullet that links the paper defining it: read as that paper (as in the same list's earlier writing)",
        [("awesome_text_to_image_yutong_zhou", "Fr\u00e9chet Inception Distance (FID) </span> [[Paper](https://arxiv.org/pdf/1706.08500.pdf)]")] = "an evaluation metric's bullet that links the paper defining it: read as that paper (as in the same list's earlier writing)",
        [("awesome_text_to_image_yutong_zhou", "R-precision </span> [[Paper](")] = "an evaluation metric's bullet that links the paper defining it (AttnGAN, which the list gives again under its title, the duplicate left out with EA0011): read as that paper",
        [("awesome_text_to_image_yutong_zhou", "Learned Perceptual Image Patch Similarity (LPIPS) </span> [[Paper](https://arxiv.org/abs/1801.03924)]")] = "an evaluation metric's bullet that links the paper defining it: read as that paper (as in the same list's earlier writing)",
        [("awesome_semi_supervised_learning_yassouali", "- Semi-Supervised Learning with Graphs.")] = "a PhD thesis under Thesis, in the list's papers' shape: read as a paper (other lists' oracles count their Thesis sections' theses as papers: continual_learning_papers_optimass)",
        [("awesome_semi_supervised_learning_yassouali", "- Semi-Supervised Learning for Natural Language.")] = "a master's thesis under Thesis, in the list's papers' shape: read as a paper (other lists' oracles count their Thesis sections' theses as papers: continual_learning_papers_optimass)",
        [("awesome_video_anomaly_detection_fjchange", "DAD [paper](https://yuxng.github.io/chan_accv16.pdf)")] = "a dataset's numbered line, its name then a [paper] link to its paper: read as that paper under the dataset's name (the shape of '- Name [paper](url)' papers)",
        [("awesome_video_anomaly_detection_fjchange", "A3D [paper](https://arxiv.org/pdf/1903.00618.pdf)")] = "a dataset's numbered line, its name then a [paper] link to its paper (which the list gives again as an IROS 2019 paper further down, the duplicate left out with EA0011): read as that paper under the dataset's name",
        [("awesome_bayesian_deep_learning_robi56", "Uncertainty in Deep Learning** - Yarin Gal, PhD Thesis")] = "a PhD thesis under Theses, in the list's papers' shape: read as a paper (other lists' oracles count their Thesis sections' theses as papers: continual_learning_papers_optimass)",
        [("awesome_bayesian_deep_learning_robi56", "Bayesian Learning for Neural Networks** - Radford M. Neal")] = "a PhD thesis under Theses, in the list's papers' shape: read as a paper (other lists' oracles count their Thesis sections' theses as papers: continual_learning_papers_optimass)",
        [("awesome_mim_lupin1998", "* To export BibTeX citations of papers, check out")] = "a sentence whose link (to a paper page) ends it mid-sentence with no function word: read as a title",
        [("awesome_graph_llm_xiaoxinhe", "- [GraphML: Graph markup language]")] = "a handbook chapter's PDF linked like a paper's, under Resources & Tools: read as a paper; headings that name tools hold papers in other lists (tool learning)",
        [("awesome_fl_venue_tables", "- [LEAF](https://leaf.cmu.edu/)")] = "a benchmark's page with its paper's [[PDF]] link: read as the paper",
        [("awesome_nerf", "- [Nerfstudio](https://github.com/nerfstudio-project/nerfstudio)")] = "a framework's repository with its paper's [paper] link: read as the paper",
        [("awesome_self_supervised_learning", "- Graph Embeddings, Content Understanding, & Self-Supervised Learning")] = "a talk written as the list writes its papers (a title, a name, a [[pdf]] link to an abstract page): read as a paper",
        [("code_llm_eval", "- [SWE-bench Leaderboard](https://www.swebench.com/)")] = "a leaderboard's page whose description quotes its paper's title and links the paper ([paper](arXiv link)): read as the paper",
        [("speech_synthesis_paper_xcmyz", "[A Survey on Neural Speech Synthesis]")] = "a survey's arXiv link among the list's links to other repositories, written as a bare link to a paper with its title: read as the paper (the oracle calls it a resource, not an entry)",
        [("point_cloud_analysis", "- [[ScanObjectNN](https://arxiv.org/abs/1908.04616)]")] = "a dataset under the list's Datasets heading, written as its papers are ([[Name](arXiv link)] Description.): read as a paper",
    };

    /// <summary>Papers the reader does not read, by list and key, with the reason.</summary>
    internal static readonly Dictionary<(string List, string Key), string> KnownNotRead = new()
    {
        [("sim2real_lab_reading", "1707.05110")] = "batch 249: \"- ✅ Hwangbo et al., *Title*, RA-L 2017 → https://arxiv.org/abs/...\": the paper's URL as text after an arrow, no link; reported",
        [("sim2real_lab_reading", "1905.09727")] = "batch 249: \"- ✅ Hwangbo et al., *Title*, RA-L 2017 → https://arxiv.org/abs/...\": the paper's URL as text after an arrow, no link; reported",
        [("sim2real_lab_reading", "2006.05768")] = "batch 249: \"- ✅ Hwangbo et al., *Title*, RA-L 2017 → https://arxiv.org/abs/...\": the paper's URL as text after an arrow, no link; reported",
        [("sim2real_lab_reading", "2110.05113")] = "batch 249: \"- ✅ Hwangbo et al., *Title*, RA-L 2017 → https://arxiv.org/abs/...\": the paper's URL as text after an arrow, no link; reported",
        [("sim2real_lab_reading", "https://www.nature.com/articles/s41586-023-06419-4")] = "batch 249: \"- ✅ Hwangbo et al., *Title*, RA-L 2017 → https://arxiv.org/abs/...\": the paper's URL as text after an arrow, no link; reported",
        [("quantum_chem_ml_longlived", "https://www.science.org/doi/10.1126/science.abj6511")] = "batch 242: a Nature-style reference whose only link is Science's DOI page written as text after the year (\"*Science* (2021). https://www.science.org/doi/...\"); only an arXiv URL is linked so (the second review's guard), and the line is reported",
        [("speech_translation_tables", "2004.10234")] = "batch 240: a toolkit table \"| Name | Paper | Venue | Code |\" whose Paper column holds only \"[arXiv](url)\" and whose Name column the title: read as a leaderboard's (reported)",
        [("speech_translation_tables", "2010.05171")] = "batch 240: the same",
        [("speech_translation_tables", "2007.16193")] = "batch 240: the same",
        [("vla_emoji_legend_venues", "2310.08864")] = "batch 203: a collaboration's name with \"et al.\" as the names after the legend's marks (\"- 🟨'24 🏆 [Title](url) — Open X-Embodiment Collaboration et al.\"); reported (EA0030)",
        [("interpretability_issue_queue", "2303.08112")] = "batch 203: a task item whose only venue word is \"preprint\" between dashes (\"[Title](url) — preprint — presented by @eitan on 2024-12-19\"), read as news; reported (EA0030)",
        [("interpretability_issue_queue", "https://openaipublic.blob.core.windows.net/neuron-explainer/paper/index.html")] = "batch 203: a paper on a blob store's page (openaipublic.blob.core.windows.net/neuron-explainer/paper/), no paper host: not read, and lost in silence",
        [("molecular_gnn_bare_url_digest", "2106.04399")] = "batch 201: an item number glued to its title (\"41)Flow Network based ...\"), no item; its URL line reported (EA0030)",
        [("time_series_imputation_roundup", "2111.00396")] = "batch 195: a model linked in prose with its citation after the sentence's next words (\"[S4](url) layers (Gu, Goel and Ré, ICLR 2022 — ...)\"), not right after the link; reported (EA0030)",
        [("time_series_imputation_roundup", "2402.02368")] = "batch 195: a citation in a paragraph that opens with another paper's link, read as that paper's paragraph entry (\"Timer ([Liu et al., ICML 2024](url))\"); reported (EA0030)",
        [("time_series_imputation_roundup", "2403.00131")] = "batch 195: the same paragraph's other citation (\"UniTS (Gao, ..., NeurIPS 2024; [paper](url))\"); reported (EA0030)",
        [("ml_for_mathematics", "deepmath-deep-sequence-models-for-premise-selection.pdf")] = "batch 193: a paper the repository stores, linked by its file name alone (\"[DeepMath - ...](deepmath-....pdf) :scroll:\"), no paper host's URL; reported (EA0030)",
        [("ml_for_mathematics", "generative-language-modeling-for-automated-theorem-proving.pdf")] = "batch 193: the same, a stored PDF by its file name; reported (EA0030)",
        [("fast_neural_rendering_obsidian", "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/")] = "batch 193: an Obsidian note whose only link is the project's page (\"url:: https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/\"), no paper host's; not read, and not reported: a project page is no paper link",
        [("scientific_document_processing", "2007.14062")] = "batch 192: the second of two papers on one bullet (\"* [Longformer: ...](url) (2020) and [Big Bird: ...](url) (2020): comment\"), read as a link of the first's entry; reported (EA0030)",
        [("mllm_benchmarks_zh_brackets", "2309.14181")] = "batch 191: the title's link around its double angle brackets after the venue's lenticular ones (\"5. 【ICLR 2024 Spotlight】[《Q-Bench: ...》](url) 作者：...\"), where the list's other titles stand outside their links; reported (EA0030)",
        [("automated_program_repair_bibtex", "2308.07124")] = "batch 185: a <details> block whose summary has no blank line after it, so its links are inside the HTML block, no paragraph of fields; reported (EA0030)",
        [("automated_program_repair_bibtex", "2309.00608")] = "batch 185: the same, no blank line after the summary; reported (EA0030)",
        [("physics_informed_nn", "2306.15969")] = "batch 169: the one title of the list without its trailing \" ,\" over \"PDF: <url>\" lines; a title line over link lines is read only when it ends in that comma, since intros write a sentence over \"Paper: <url>\" (\"Please cite our survey\"); reported (EA0030)",
        [("single_image_3d_3dml", "https://shubhtuls.github.io/drc/")] = "batch 163: a paragraph whose only paper link, labelled [[Paper]], is a project's home page (no paper host, no PDF): read as no entry, as 3d_machine_learning_timzhang642's home page links are; reported (EA0030)",
        [("single_image_3d_3dml", "http://marrnet.csail.mit.edu/")] = "batch 163: a paragraph whose only paper link, labelled [[Paper]], is a project's home page (no paper host, no PDF): read as no entry, as 3d_machine_learning_timzhang642's home page links are; reported (EA0030)",
        [("single_image_3d_3dml", "http://genre.csail.mit.edu/")] = "batch 163: a paragraph whose only paper link, labelled [[Paper]], is a project's home page (no paper host, no PDF): read as no entry, as 3d_machine_learning_timzhang642's home page links are; reported (EA0030)",
        [("single_image_3d_3dml", "https://akanazawa.github.io/cmr/")] = "batch 163: a paragraph whose only paper link, labelled [[Paper]], is a project's home page (no paper host, no PDF): read as no entry, as 3d_machine_learning_timzhang642's home page links are; reported (EA0030)",
        [("awesome_protein_folding_venue_links", "https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005324")] = "batch 151: a paper linked only by its journal's long name and year (\"5. RaptorX-Contact — Title. *Wang et al.* [PLOS Computational Biology 2017](url)\"): a long name is read as a venue from a label only where it cannot be a title (\"[ImageNet Large Scale Visual Recognition Challenge 2015](url)\" reads as one too), so the label is taken for the title and the entry for no paper; reported (EA0030)",
        [("awesome_protein_folding_venue_links", "https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.129.238101")] = "batch 151: the same, [Physical Review Letters 2022](url); reported (EA0030)",
        [("awesome_protein_folding_venue_links", "2306.05445")] = "batch 151: the same, [Nature Machine Intelligence 2024](https://arxiv.org/...); reported (EA0030)",
        [("awesome_protein_folding_venue_links", "https://academic.oup.com/nar/article/50/D1/D439/6430488")] = "batch 151: the same, [Nucleic Acids Research 2022](url); reported (EA0030)",
        [("awesome_text2sql_eosphoros", "2305.03111")] = "a bold nickname, a venue in a code span with an emoji and a bold note after it, and the title link, between middle dots (- **BIRD** · `NeurIPS 2023 Datasets and Benchmarks` 🌟 **Spotlight** · [Title](https://arxiv.org/...) · *A One, B Two, et al.*): not read, reported (EA0030); the list's eight such items with no note are read since a middle dot counts as a mark, not words, before the title (batch 243's fixes)",
        [("awesome_text2sql_eosphoros", "2411.07763")] = "a bold nickname, a venue in a code span with an emoji and a bold note after it, and the title link, between middle dots (- **BIRD** · `NeurIPS 2023 Datasets and Benchmarks` 🌟 **Spotlight** · [Title](https://arxiv.org/...) · *A One, B Two, et al.*): not read, reported (EA0030); the list's eight such items with no note are read since a middle dot counts as a mark, not words, before the title (batch 243's fixes)",
        [("awesome_3d_scene_understanding_llm", "2405.10255")] = "batch 131: the list's own survey announced in a news line at its top (\"🔥 ... our survey [...](url)\") and linked by an arXiv badge: news and a badge, not an entry; reported (EA0030)",
        [("awesome_music_generation", "2008.07142")] = "batch 126: a dataset's item under \"## Datasets\" that cites its paper by a label and a title in bold (\"- [POP909](https://github.com/...) - 909 pop songs ... Paper: **Title** (ISMIR 2020) [[paper]](url)\"): a dataset named by its page, not read; its paper link reported (EA0030)",
        [("awesome_multi_view_stereo_walsvid", "https://www.nowpublishers.com/article/Details/CGV-052")] = "batch 125: a monograph under the list's \"## Tutorial\" heading (\"- **Multi-View Stereo: A Tutorial.** *Names.* [[paper]](url)\"): a section of tutorials holds other material than papers; its publisher's link is reported (EA0030)",
        [("awesome_image_harmonization_bcmi", "2106.14490")] = "batch 124: the survey the list introduces in a paragraph of prose before its papers (\"A brief review ... is included in the following survey:\" over \"Names: \"*Title.*\" arXiv preprint ... [[arXiv]](url)\"): a paragraph to the reader; reported (EA0030)",
        [("awesome_world_models", "https://openai.com/research/video-generation-models-as-world-simulators")] = "batch 106: a company's technical report linked from its web page ('* **`[2024.02]`** **Sora**: \"Video generation models as world simulators\". [[Technical Report](https://openai.com/research/...)]'), no names, venue or paper host: a web page as far as the line says; neither read nor reported",
        [("gnn_recommender_systems_fib_lab", "2109.12843")] = "batch 93: the list's own survey, introduced as a paragraph under its title (\"**Title.** Names. TORS 2023. [[arXiv]](url)\") before any heading of papers: a paragraph of prose to the reader; reported (EA0030)",
        [("awesome_implicit_representations_vsitzmann", "https://vsitzmann.github.io/srns/")] = "batch 89: a project page (on no paper host) linked by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/srns/)'), with no names, venue or other link: a web page as far as the line says; neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "https://vsitzmann.github.io/siren/#2")] = "batch 89: the list gives SIREN's project page three times, first by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/siren/)'): a web page as far as that line says, neither read nor reported; its two later lines cite its author and are read (so the third repeat finds no third entry)",
        [("awesome_implicit_representations_vsitzmann", "https://vsitzmann.github.io/metasdf/")] = "batch 89: a project page (on no paper host) linked by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/srns/)'), with no names, venue or other link: a web page as far as the line says; neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "https://www.computationalimaging.org/publications/semantic-srn/")] = "batch 89: a project page (on no paper host) linked by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/srns/)'), with no names, venue or other link: a web page as far as the line says; neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "https://vsitzmann.github.io/lfns/")] = "batch 89: a project page (on no paper host) linked by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/srns/)'), with no names, venue or other link: a web page as far as the line says; neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "https://yilundu.github.io/ndf/")] = "batch 89: a project page (on no paper host) linked by its title alone under the author's disclosure ('* [Title](https://vsitzmann.github.io/srns/)'), with no names, venue or other link: a web page as far as the line says; neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "https://nvlabs.github.io/stylegan3/")] = "batch 89: a project page (on no paper host) linked by its title and followed by a description, no citation ('* [Title (StyleGAN3)](https://nvlabs.github.io/stylegan3/) uses FILM-conditioned MLP as an image GAN.'): neither read nor reported",
        [("awesome_implicit_representations_vsitzmann", "2106.12052")] = "batch 89: the second of two papers in one bullet ('* [NeuS](arxiv) (Wang et al. 2021) and [Volume Rendering of ...](arxiv) (Yariv et al. 2021) concurrently propose ...'): one entry per item, the first read; reported (EA0030)",
        [("satellite_image_deep_learning", "2204.02825")] = "batch 87: '- [RSP](github) -> An Empirical Study of Remote Sensing Pretraining, official repository of the [paper](url)': the title after the arrow is followed by a description, not by the paper's link; reported (EA0030)",
        [("really_awesome_gan_nightrome", "http://web.mit.edu/vondrick/tinyvideo/paper.pdf")] = "a plain title with \"Videos\" in it (Generating Videos with Scene Dynamics) linked only by a PDF off any paper host: read as a video, not a paper; reported (EA0030)",
        [("awesome_adversarial_machine_learning_yenchenlin", "http://pralab.diee.unica.it/en/node/1121")] = "a lab's publication page (pralab.diee.unica.it/en/node/N) under the list's Talks heading, beside talks written the same way: a section of talks holds no papers, and the page is on no paper host, so neither read nor reported",
        [("awesome_adversarial_machine_learning_yenchenlin", "http://pralab.diee.unica.it/en/node/955")] = "a lab's publication page (pralab.diee.unica.it/en/node/N) under the list's Talks heading, beside talks written the same way: a section of talks holds no papers, and the page is on no paper host, so neither read nor reported",
        [("awesome_adversarial_machine_learning_yenchenlin", "http://pralab.diee.unica.it/en/node/1089")] = "a lab's publication page (pralab.diee.unica.it/en/node/N) under the list's Talks heading, beside talks written the same way: a section of talks holds no papers, and the page is on no paper host, so neither read nor reported",
        [("awesome_adversarial_machine_learning_yenchenlin", "https://pralab.diee.unica.it/en/node/1137")] = "a lab's publication page (pralab.diee.unica.it/en/node/N) under the list's Talks heading, beside talks written the same way: a section of talks holds no papers, and the page is on no paper host, so neither read nor reported",
        [("awesome_adversarial_machine_learning_yenchenlin", "https://pralab.diee.unica.it/en/node/1188")] = "a lab's publication page (pralab.diee.unica.it/en/node/N) under the list's Talks heading, beside talks written the same way: a section of talks holds no papers, and the page is on no paper host, so neither read nor reported",
        [("awesome_llm_reasoning_atfortes", "https://openai.com/index/learning-to-reason-with-llms/")] = "a technical report linked only by its blog page (openai.com): no paper host, so read as no entry and not reported",
        [("awesome_llm_hannibal046", "https://github.com/google/BIG-bench")] = "a paper linked only by its repository: read as no entry (a repository is no paper's link) and not reported",
        [("awesome_llm_hannibal046", "https://research.facebook.com/publications/llama-open-and-efficient-foundation-language-models/")] = "a paper linked by its publisher's page on no paper host: read as no entry and not reported",
        [("awesome_llm_hannibal046", "https://openai.com/research/gpt-4")] = "a technical report linked only by its blog page (openai.com): read as no entry and not reported",
        [("transferlearning_awesome_paper_jindongwang", "1911.02685")] = "a journal's name without a year between the date the list added the paper and its title link (- 20191108 Proceedings of the IEEE [Title](url)): words with no year before a link read as prose; reported (EA0030)",
        [("transferlearning_awesome_paper_jindongwang", "1907.09173")] = "a workshop by acronym after the venue's short year before the title link (- 20190722 IJCAI-19 FL workshop [Title](url)): not read as a venue, so the words before the link read as prose; reported (EA0030)",
        [("awesome_vision_language_pretraining_papers_yuewang_cuhk", "1906.05743")] = "a paragraph whose title link is followed by a preprint and a nickname in bold parentheses (, arXiv 2019/06 (**CBT**)): the parenthesis hides the preprint, and with no venue, names or other link the paragraph is no entry; reported (EA0030)",
        [("3d_machine_learning_timzhang642", "1801.07791")] = "a one-word title and its year in parentheses as a link's label ([PointCNN (2018)](url)) has a venue label's shape (a name and a year, as [ICML (2018)](url)): read as a paper link with no title; reported (EA0030)",
        [("3d_machine_learning_timzhang642", "http://3dshapenets.cs.princeton.edu/")] = "a paragraph whose title links the project's home page (no paper host, no PDF) and no other paper link: read as no entry, and not reported either (a home page is no paper's link)",
        [("awesome_rl_aikorea", "https://scholar.google.com/scholar?q=reinforcement+learning+method+for+maximizing+undiscounted+rewards&hl=en&as_sdt=0&as_vis=1&oi=scholart&sa=X&ved=0CBsQgQMwAGoVChMI_LfsqrOiyAIVQxCOCh3fPwTh")] = "a citation of commas whose only link is a Google Scholar search labelled [[Paper-Google Scholar]]: a search is no paper's link and the label no paper label, so the line is read as no entry and, the search being on no paper host, not reported",
        [("awesome_jailbreak_on_llms", "https://www.anthropic.com/research/many-shot-jailbreaking")] = "a research page off any paper host in the Paper column, the only link: read as a project's row, and not on a paper host, so not reported either",
        [("awesome_super_resolution_chaofwang", "https://ieeexplore.ieee.org/document/5466111/?arnumber=5466111")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "http://www.vision.ee.ethz.ch/~timofter/publications/Timofte-ICCV-2013.pdf")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "http://www.vision.ee.ethz.ch/~timofter/publications/Timofte-ACCV-2014.pdf")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "http://www.vision.ee.ethz.ch/~timofter/publications/Timofte-CVPR-2016.pdf")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Huang_Single_Image_Super-Resolution_2015_CVPR_paper.pdf")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "http://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=7410677")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("awesome_super_resolution_chaofwang", "https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Schulter_Fast_and_Accurate_2015_CVPR_paper.pdf")] = "a paragraph of a method's abbreviation, its venue and one name (SCSR: TIP2010, Jianchao Yang et al.[[Paper]](url)): no title is written, and a paragraph is read as an entry only when it starts with a title (in emphasis, or a link); reported (EA0030)",
        [("deep_learning_theorem_proving", "2404.09939")] = "the survey the list accompanies, presented in a blockquote of three lines (> **[Title](url)** / > names / > venue): a quotation is not read as entries; reported (EA0030)",
        [("awesome_qa_seriousran", "2010.08422")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2005.00700")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2003.05002")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2001.09694")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "1911.04118")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2002.08909")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2004.04906")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2005.11401")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "2007.01282")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
        [("awesome_qa_seriousran", "1906.00300")] = "an untitled sub-item holds the paper's link as a bare URL (- Title (2020) / - paper: https://arxiv.org/pdf/...): bare URLs are no links to the reader (Markdig's autolinks are off); reported (EA0030)",
    };

    internal static bool IsKnownNotPaperRead(string list, string marker)
        => KnownNotPapersRead.Keys.Any(key => key.List == list && marker.StartsWith(key.Marker, StringComparison.Ordinal));

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.CultureInvariant);

    internal static string Directory => Path.Combine(AppContext.BaseDirectory, "Parsing", "Corpus");

    internal static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    internal static Oracle ReadOracle(string name)
    {
        var papers = new List<ExpectedPaper>();
        var notPapers = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, name + ".oracle.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields[0] == "paper" && fields[1].Length == 0)
            {
                continue; // an entry the list links nowhere (a title alone): no id to find it by, and no paper to export
            }

            if (fields[0] == "paper")
            {
                var authors = fields[3].Length == 0 ? Array.Empty<string>() : fields[3].Split("; ");
                papers.Add(new ExpectedPaper(fields[1], fields[2], authors, fields[4], fields.Length > 5 && fields[5].Length > 0 ? fields[5] : null)
                {
                    HasNoteColumn = fields.Length > 5,
                    Occurrence = papers.Count(earlier => earlier.Key == fields[1]), // a paper listed again under another heading
                });
            }
            else
            {
                notPapers.Add(fields[1]);
            }
        }

        return new Oracle(papers, notPapers);
    }

    /// <summary>The venue as the oracle writes it: name, year, track, single spaces.</summary>
    internal static string VenueText(VenueInfo? venue)
        => venue is null ? string.Empty : Normalize(string.Join(" ", new[] { venue.Name, venue.Year?.ToString(CultureInfo.InvariantCulture), venue.Track }.Where(part => !string.IsNullOrEmpty(part))));

    /// <summary>
    /// Whether an entry's venue is the oracle's. Oracles written since the nineteenth batch were asked to write a workshop
    /// as <c>Name Year Workshop</c>; the reader keeps the workshop's own name in the track (<c>NeurIPS 2023 ENLSP
    /// Workshop</c>), as the older oracles do, so a workshop of the same venue and year agrees with either; and with an
    /// oracle that writes a venue's workshops in one word as the list does (<c>CVPRW 2023</c>); and with one that writes no
    /// year after a long name that holds it (<c>Proceedings of the 2021 Conference on ...</c>).
    /// </summary>
    internal static bool VenueAgrees(CatalogEntry entry, ExpectedPaper paper)
    {
        var read = VenueText(entry.Venue);
        return read == paper.Venue
               // "Proceedings of the 2021 Conference on Empirical Methods ...": an oracle that does not write the year again
               // after a long name that holds it.
               || (entry.Venue is { Year: { } namedYear } named && named.Name.Contains(namedYear.ToString(CultureInfo.InvariantCulture))
                   && paper.Venue == Normalize(named.Name + (named.Track is null ? string.Empty : " " + named.Track)))
               || paper.Venue == read + " Track" // "EMNLP 2023 Industry Track": the track is "Industry"
               // "NIPS 2011": the list's name for the conference before 2018, an oracle that writes its name of today.
               || (entry.Venue is { Name: "NIPS" } && paper.Venue == "NeurIPS" + read.Substring("NIPS".Length))
               || paper.Venue.Replace("D&B", "Datasets and Benchmarks").Replace("Datasets & Benchmarks", "Datasets and Benchmarks") == read // "NeurIPS 2023 (D&B)": the reader writes the track's name
               || (entry.Venue is { Kind: Catalog.Model.VenueKind.Workshop, Year: { } year } venue && paper.Venue.EndsWith(" Workshop", StringComparison.Ordinal)
                   && paper.Venue == Normalize(venue.Name + " " + year.ToString(CultureInfo.InvariantCulture) + " Workshop"))
               // "CVPRW'23": an oracle that keeps the one word as written, the reader reads CVPR 2023's workshops.
               // "MLGWorkshop 2017" likewise: the one word as written, the reader reads MLG 2017's workshop.
               // "ASVspoof Workshop 2021": an oracle that names the workshop by its host and the word, then the year.
               || (entry.Venue is { Kind: Catalog.Model.VenueKind.Workshop, Year: { } workshopYear, Track: "Workshop" } workshop
                   && (paper.Venue == workshop.Name + "W " + workshopYear.ToString(CultureInfo.InvariantCulture)
                       || paper.Venue == workshop.Name + "Workshop " + workshopYear.ToString(CultureInfo.InvariantCulture)
                       || paper.Venue == workshop.Name + " Workshop " + workshopYear.ToString(CultureInfo.InvariantCulture)
                       || paper.Venue == read + "s")) // "CVPR 2021 Workshops": the plural, as the list's column writes it
               || AgreesByLongName(entry.Venue, paper.Venue)
               || AgreesByAcronym(entry.Venue, paper.Venue)
               || AgreesByPublisher(read, paper.Venue)
               // "AISec@CCS 2023": an oracle that keeps a workshop at a venue as written, the reader reads the venue, its
               // year and the workshop as the track.
               || (entry.Venue is { Kind: Catalog.Model.VenueKind.Workshop, Year: { } atYear, Track: { } atWorkshop } at
                   && paper.Venue == atWorkshop + "@" + at.Name + " " + atYear.ToString(CultureInfo.InvariantCulture));
    }

    // The long names of the venues whose citations' oracles write the acronym instead, or the long name where the reader
    // writes the acronym (AgreesByAcronym).
    private static readonly (string LongName, string Acronym)[] OracleAcronyms =
    {
        ("Neural Information Processing Systems", "NeurIPS"),
        ("International Conference on Learning Representations", "ICLR"),
        ("International Conference on Machine Learning", "ICML"),
        ("International Conference on Artificial Intelligence and Statistics", "AISTATS"),
        ("Conference on Language Modeling", "COLM"),
        // and the other way round: a citation's long name the reader reads as the acronym (AcronymOfSource), an oracle keeps
        ("Computing Surveys", "CSUR"),
        ("Transactions on Machine Learning Research", "TMLR"),
        ("Journal of Machine Learning Research", "JMLR"),
        ("International Journal of Computer Vision", "IJCV"),
        ("Transactions on Neural Networks and Learning Systems", "TNNLS"),
        ("Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"),
        ("Conference on Computer Vision and Pattern Recognition", "CVPR"),
        ("International Conference on Computer Vision", "ICCV"),
        ("European Conference on Computer Vision", "ECCV"),
        ("International Conference on Acoustics, Speech and Signal Processing", "ICASSP"),
        ("Empirical Methods in Natural Language Processing", "EMNLP"),
        ("Annual Meeting of the Association for Computational Linguistics", "ACL"),
        ("North American Chapter of the Association for Computational Linguistics", "NAACL"),
        ("AAAI Conference on Artificial Intelligence", "AAAI"),
        ("International Joint Conference on Artificial Intelligence", "IJCAI"),
        ("Knowledge Discovery and Data Mining", "KDD"),
        // a journal's or a series' name a reference manager gives in full, an oracle by its acronym (batch 195)
        ("Journal of Artificial Intelligence Research", "JAIR"),
        ("Learning and Intelligent Optimization", "LION"),
        ("WIREs Data Mining and Knowledge Discovery", "WIREs DMKD"),
        ("Proceedings of the National Academy of Sciences", "PNAS"), // (batch 197: citeproc writes it in full)
        ("Commun. ACM", "CACM"), // (batch 217: the ACM's abbreviation as the list writes it, the oracle's acronym)
    };

    /// <summary>
    /// Whether the oracle names by its acronym a venue a citation writes by its long name, which the reader keeps as
    /// written: <c>*Advances in Neural Information Processing Systems*, 36</c> of 2023 is read as that name and 2023, and an
    /// oracle may write NeurIPS 2023; or the acronym a kept name ends in, in parentheses (as <see cref="AgreesByLongName"/>
    /// takes the other way round).
    /// </summary>
    private static bool AgreesByAcronym(VenueInfo? venue, string expected)
    {
        if (venue is not { Year: { } year } || venue.Kind == Catalog.Model.VenueKind.Workshop || venue.Name.IndexOf("Workshop", StringComparison.OrdinalIgnoreCase) >= 0
            || venue.Name.IndexOf("Findings", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false; // a workshop's or Findings' long name is no main conference's
        }

        var yearAndTrack = " " + year.ToString(CultureInfo.InvariantCulture) + (venue.Track is null ? string.Empty : " " + venue.Track);
        return Array.Exists(OracleAcronyms, pair => venue.Name.EndsWith(pair.LongName, StringComparison.OrdinalIgnoreCase) && expected == pair.Acronym + yearAndTrack)
               // "*ACM Computing Surveys*, 55(11)": read as CSUR, the acronym of the long name the oracle keeps as written,
               // its year after it or in it ("Proceedings of the 2021 Conference on Empirical Methods ...").
               || (LongNameOf(expected, yearAndTrack, year) is { } longName
                   && Array.Exists(OracleAcronyms, pair => pair.Acronym == venue.Name && longName.IndexOf(pair.LongName, StringComparison.OrdinalIgnoreCase) >= 0))
               // "Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (ACL)": the acronym the name ends in.
               || (venue.Name.EndsWith(")", StringComparison.Ordinal) && expected.EndsWith(yearAndTrack, StringComparison.Ordinal)
                   && venue.Name.EndsWith(" (" + expected.Substring(0, expected.Length - yearAndTrack.Length) + ")", StringComparison.Ordinal));
    }

    // The publishers lists write before a journal's or a conference's acronym: "IEEE TPAMI", "ACM TOG", "IEEE/ACM TASLP".
    private static readonly string[] Publishers = { "IEEE/ACM ", "IEEE ", "ACM " };

    /// <summary>
    /// Whether the reader's venue and the oracle's differ only by a publisher's name before the acronym: the reader keeps
    /// <c>IEEE/ACM TASLP 2022</c> as the list writes it, and an oracle may write TASLP 2022 (most of the corpus's oracles
    /// do: 213 <c>TPAMI</c> to 17 <c>IEEE TPAMI</c>), or the other way round.
    /// </summary>
    private static bool AgreesByPublisher(string read, string expected)
        => Array.Exists(Publishers, publisher => (read.StartsWith(publisher, StringComparison.Ordinal) && read.Substring(publisher.Length) == expected)
                                                 || (expected.StartsWith(publisher, StringComparison.Ordinal) && expected.Substring(publisher.Length) == read));

    /// <summary>The oracle's venue without the year and track the reader read (or with them, when its name holds the year itself), or null.</summary>
    private static string? LongNameOf(string expected, string yearAndTrack, int year)
        => expected.EndsWith(yearAndTrack, StringComparison.Ordinal) && expected.Length > yearAndTrack.Length ? expected.Substring(0, expected.Length - yearAndTrack.Length)
            : expected.EndsWith(yearAndTrack + " Track", StringComparison.Ordinal) ? expected.Substring(0, expected.Length - yearAndTrack.Length - 6) // "... Datasets and Benchmarks Track"
            : yearAndTrack.Trim().Length == 4 && expected.Contains(year.ToString(CultureInfo.InvariantCulture)) ? expected
            : null;

    /// <summary>
    /// Whether the oracle names by its long name a venue the list writes with its acronym after it and the reader names by
    /// the acronym: <c>Transactions on Machine Learning Research (TMLR), 2023</c> is read as TMLR 2023, and an oracle
    /// may write either.
    /// </summary>
    private static bool AgreesByLongName(VenueInfo? venue, string expected)
    {
        if (venue is not { Year: { } year } || venue.Text.IndexOf(" (" + venue.Name + ")", StringComparison.Ordinal) is not (var acronymAt and > 0))
        {
            return false;
        }

        var yearAndTrack = " " + year.ToString(CultureInfo.InvariantCulture) + (venue.Track is null ? string.Empty : " " + venue.Track);
        return expected.EndsWith(yearAndTrack, StringComparison.Ordinal) && expected.Length > yearAndTrack.Length
               && venue.Text.Substring(0, acronymAt).EndsWith(expected.Substring(0, expected.Length - yearAndTrack.Length), StringComparison.Ordinal);
    }

    internal static string Normalize(string text) => WhiteSpace.Replace(text, " ").Trim();

    /// <summary>
    /// Papers the reader reads into another paper's entry, by list and key: the key of the paper whose entry it is, and
    /// why. The per-list test asserts that the paper's entry is that one (not an entry of its own, nor none).
    /// </summary>
    internal static readonly Dictionary<(string List, string Key), (string Host, string Reason)> KnownReadInAnother = new()
    {
        [("tokenization_subword_lm", "1609.08144")] = ("https://doi.org/10.1109/ICASSP.2012.6289079", "batch 170: one label line (\"* Google (WordPiece) [[Paper-ICASSP12]](doi) [[Paper-arXiv16]](arxiv)\") over two citation lines, two papers: read as one entry, the first citation's (its title, names and venue right), which carries the second paper's arXiv link and so its arXiv id"),
    };

    /// <summary>Whether the oracle's paper is named in <see cref="KnownNotRead"/>: by its key, or (a paper the list gives
    /// again) by "key#k" for its k-th repeat.</summary>
    internal static bool IsKnownNotRead(string list, ExpectedPaper paper)
        => KnownNotRead.ContainsKey((list, paper.Key)) || (paper.Occurrence > 0 && KnownNotRead.ContainsKey((list, paper.Key + "#" + paper.Occurrence.ToString(CultureInfo.InvariantCulture))));

    /// <summary>
    /// The entry read for an oracle's paper: the one with its key (same arXiv id, or the key as its URL or one of its
    /// links), or, for a paper the list gives again (under a second heading), the entry of that occurrence, in file order.
    /// </summary>
    /// <param name="notPaperLines">Lines of entries known to be read from what the oracle calls no paper (<see
    /// cref="KnownNotPapersRead"/>): a metric's bullet that links the paper defining it is not that paper's reading when
    /// the list gives the paper again under its title.</param>
    internal static CatalogEntry? Find(CatalogDocument document, ExpectedPaper paper, ISet<int>? notPaperLines = null)
        => document.Entries.Where(entry => (notPaperLines is null || !notPaperLines.Contains(entry.Line)) && (paper.IsArxivKey
            ? entry.Arxiv?.Id == paper.Key
            : entry.Url == paper.Key || entry.Links.Any(link => link.Url == paper.Key))).Skip(paper.Occurrence).FirstOrDefault();

    /// <summary>The lines of a list's entries known to be read from what its oracle calls no paper.</summary>
    internal static ISet<int> KnownNotPaperLines(string list, string text, Oracle oracle)
        => oracle.NotPapers.Where(marker => IsKnownNotPaperRead(list, marker)).SelectMany(marker => LinesHolding(text, marker)).ToHashSet();

    /// <summary>Which fields of a read paper differ from the oracle (empty: all right).</summary>
    internal static IEnumerable<string> Mismatches(CatalogEntry entry, ExpectedPaper paper)
    {
        if (Normalize(entry.Title) != paper.Title)
        {
            yield return "title '" + entry.Title + "'";
        }

        if (!entry.Authors.Select(Normalize).SequenceEqual(paper.Authors))
        {
            yield return "authors '" + string.Join("; ", entry.Authors) + "'";
        }

        if (!VenueAgrees(entry, paper))
        {
            yield return "venue '" + VenueText(entry.Venue) + "'";
        }

        if (!NoteAgrees(entry, paper))
        {
            yield return "note '" + entry.Venue?.Note + "'";
        }
    }

    /// <summary>Whether the venue's note is the oracle's (checked where the oracle has the note column).</summary>
    /// <summary>
    /// Whether an entry's note is the oracle's. Oracles differ on a last word "Award" (one keeps "Best Paper Award" as
    /// written, another writes "Best Paper" for "🏆 **Best Paper Award**"); it names the same award, so it is left out
    /// on both sides.
    /// </summary>
    internal static bool NoteAgrees(CatalogEntry entry, ExpectedPaper paper)
        => !paper.HasNoteColumn || string.Equals(WithoutAwardWord(entry.Venue?.Note), WithoutAwardWord(paper.Note), StringComparison.OrdinalIgnoreCase);

    private static string? WithoutAwardWord(string? note)
        => note is not null && note.EndsWith(" Award", StringComparison.Ordinal) ? note.Substring(0, note.Length - " Award".Length) : note;

    /// <summary>1-based line numbers of the lines that hold <paramref name="text"/>.</summary>
    internal static IEnumerable<int> LinesHolding(string listText, string text)
        => listText.Split('\n').Select((line, index) => (line, index)).Where(pair => pair.line.Contains(text, StringComparison.Ordinal)).Select(pair => pair.index + 1);

    internal static Measure Measure(string name)
    {
        var text = Text(name);
        var oracle = ReadOracle(name);
        var document = CatalogParser.Parse(text, name + ".md");
        var items = NeverSilencePropertyTests.Items(text).ToArray();
        var knownNotPaperLines = KnownNotPaperLines(name, text, oracle);
        int read = 0, silent = 0, titles = 0, authors = 0, venues = 0, allRight = 0, venuesGiven = 0, venuesGivenRight = 0;
        var problems = new List<string>();
        foreach (var paper in oracle.Papers)
        {
            var entry = Find(document, paper, knownNotPaperLines);
            if (entry is null)
            {
                // A paper the list gives again: the line of this copy (the first copy may be read, and reported nothing).
                var keyLines = LinesHolding(text, paper.Key).ToList();
                var keyLine = keyLines[Math.Min(paper.Occurrence, keyLines.Count - 1)];
                // The list item or table row that holds the paper's link; a paragraph or a heading is its line alone.
                var (first, last) = items.Where(i => keyLine >= i.First && keyLine <= i.Last).Select(i => (i.First, i.Last)).DefaultIfEmpty((keyLine, keyLine)).First();
                var reported = document.Diagnostics.Any(d => d.Span.Line >= first && d.Span.Line <= last);
                silent += reported ? 0 : 1;
                problems.Add((reported ? "not read (reported) " : "LOST IN SILENCE ") + paper.Key + " line " + keyLine.ToString(CultureInfo.InvariantCulture) + ": " + paper.Title);
                continue;
            }

            read++;
            titles += Normalize(entry.Title) == paper.Title ? 1 : 0;
            authors += entry.Authors.Select(Normalize).SequenceEqual(paper.Authors) ? 1 : 0;
            venues += VenueAgrees(entry, paper) && NoteAgrees(entry, paper) ? 1 : 0;
            venuesGiven += paper.Venue.Length > 0 ? 1 : 0;
            venuesGivenRight += paper.Venue.Length > 0 && VenueAgrees(entry, paper) && NoteAgrees(entry, paper) ? 1 : 0;
            var wrong = Mismatches(entry, paper).ToArray();
            allRight += wrong.Length == 0 ? 1 : 0;
            if (wrong.Length > 0)
            {
                problems.Add("wrong " + paper.Key + " line " + entry.Line.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", wrong));
            }
        }

        var notPaperEntries = 0;
        foreach (var marker in oracle.NotPapers.Where(marker => !IsKnownNotPaperRead(name, marker)))
        {
            foreach (var line in LinesHolding(text, marker))
            {
                // A line the oracle calls no paper may repeat, word for word, a paper's line elsewhere (a blog post
                // titled as the paper it explains): an entry that is one of the oracle's papers is no non-paper.
                if (document.Entries.FirstOrDefault(e => e.Line == line) is { } entry && !oracle.Papers.Any(paper => Find(document, paper, knownNotPaperLines) == entry))
                {
                    notPaperEntries++;
                    problems.Add("not a paper, read as one: line " + line.ToString(CultureInfo.InvariantCulture) + " '" + entry.Title + "'");
                }
            }
        }

        var extra = document.Entries.Count(entry => !oracle.Papers.Any(paper => ReferenceEquals(Find(document, paper, knownNotPaperLines), entry)));
        return new Measure(name, oracle.Papers.Count, read, silent, titles, authors, venues, allRight, notPaperEntries, extra, document.Diagnostics.Count, problems) { VenuesGiven = venuesGiven, VenuesGivenRight = venuesGivenRight };
    }
}

/// <summary>A paper as its oracle line says; <paramref name="Note"/> is the venue's note where the oracle has that column
/// (the fourth batch on), and null otherwise.</summary>
internal sealed record ExpectedPaper(string Key, string Title, string[] Authors, string Venue, string? Note = null)
{
    /// <summary>The oracle states notes (an empty note column is "no note"); older oracles do not.</summary>
    public bool HasNoteColumn { get; init; }

    /// <summary>How many rows before this one in the oracle have its key: 0, or more for a paper the list gives again.</summary>
    public int Occurrence { get; init; }

    public bool IsArxivKey => !Key.StartsWith("http", StringComparison.Ordinal);
}

internal sealed record Oracle(IReadOnlyList<ExpectedPaper> Papers, IReadOnlyList<string> NotPapers);

internal sealed record Measure(string Name, int Papers, int Read, int Silent, int Titles, int Authors, int Venues, int AllRight, int NotPapersRead, int Extra, int Diagnostics, IReadOnlyList<string> Problems)
{
    public double ReadShare => (double)Read / Papers;

    public double SilentShare => (double)Silent / Papers;

    public double FieldShare => Read == 0 ? 0 : (double)AllRight / Read;

    /// <summary>Papers read whose oracle gives a venue (the issue's "entries that give one").</summary>
    public int VenuesGiven { get; init; }

    /// <summary>Of <see cref="VenuesGiven"/>, those read with the oracle's venue (and note, where it has one).</summary>
    public int VenuesGivenRight { get; init; }

    public string Row => string.Format(
        CultureInfo.InvariantCulture,
        "| {0} | {1} | {2} ({3:P1}) | {4} ({5:P1}) | {6:P1} | {7:P1} | {8:P1} | {9:P1} | {10} | {11} |",
        Name, Papers, Read, ReadShare, Silent, SilentShare, Read == 0 ? 0 : (double)Titles / Read, Read == 0 ? 0 : (double)Authors / Read, Read == 0 ? 0 : (double)Venues / Read, FieldShare, NotPapersRead, Diagnostics);
}
