using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// Venues as other maintainers write them: a shields.io badge whose one text is the venue, venues with an award, a
/// certification, a workshop or a track around them, a journal as the paper link's label, an update in a title; and
/// the author lists next to them (a track's "and", a description, a team, a single author, a nickname glued to the
/// title). Written from the descriptions of these conventions, not copied from a list; every field of every entry
/// and every diagnostic asserted.
/// </summary>
public sealed class VenueConventionTests
{
    /// <summary>Every fixture of this class, for the never-silence property.</summary>
    internal static readonly (string Name, string Text)[] All =
    {
        (nameof(OneTextBadges), OneTextBadges),
        (nameof(VenuesWithSomethingAround), VenuesWithSomethingAround),
        (nameof(AuthorsNextToVenues), AuthorsNextToVenues),
        (nameof(VenueColumn), VenueColumn),
        (nameof(LayoutsAroundVenues), LayoutsAroundVenues),
        (nameof(SeparatorsAndDistinctions), SeparatorsAndDistinctions),
        (nameof(CitationsAndSentences), CitationsAndSentences),
        (nameof(YearHeadings), YearHeadings),
        (nameof(FieldsAndTags), FieldsAndTags),
        (nameof(VenuesAnywhere), VenuesAnywhere),
        (nameof(PrefixesBadgesAndRemarks), PrefixesBadgesAndRemarks),
        (nameof(ParagraphsHeadingsAndColumns), ParagraphsHeadingsAndColumns),
        (nameof(CitationsAfterTitles), CitationsAfterTitles),
        (nameof(DatesNamesAndTalks), DatesNamesAndTalks),
        (nameof(ParagraphFieldsAndApostrophes), ParagraphFieldsAndApostrophes),
        (nameof(NicknamesAwardsAndFieldLabels), NicknamesAwardsAndFieldLabels),
        (nameof(SubItemEntriesAndBadgeTexts), SubItemEntriesAndBadgeTexts),
        (nameof(TrailingParenthesesAndParagraphNames), TrailingParenthesesAndParagraphNames),
        (nameof(HeadingBlocksModelTablesAndVenueLines), HeadingBlocksModelTablesAndVenueLines),
        (nameof(QuotedTitlesAndVenuesBetweenCommas), QuotedTitlesAndVenuesBetweenCommas),
        (nameof(TitleLinesOverLinkSubItemsAndNamesFirst), TitleLinesOverLinkSubItemsAndNamesFirst),
        (nameof(VenueHeadingsPubColumnsAndLongJournals), VenueHeadingsPubColumnsAndLongJournals),
        (nameof(VenueNamesUnderYearHeadingsAndPaperAuthorColumns), VenueNamesUnderYearHeadingsAndPaperAuthorColumns),
        (nameof(CitationNamesFirstReleaseTablesAndAwardsAfterTrophies), CitationNamesFirstReleaseTablesAndAwardsAfterTrophies),
        (nameof(CodeSpanVenuesNotesAndNicknames), CodeSpanVenuesNotesAndNicknames),
        (nameof(ApaReferences), ApaReferences),
        (nameof(NicknamesAfterTitleLinksAndArxivBadges), NicknamesAfterTitleLinksAndArxivBadges),
        (nameof(VenueHeadingsUnderYearHeadingsAndCitedYears), VenueHeadingsUnderYearHeadingsAndCitedYears),
        (nameof(NicknameAndNamesOverAQuotedTitle), NicknameAndNamesOverAQuotedTitle),
        (nameof(ByNamesThenVenueCommaYearAndArticleColumns), ByNamesThenVenueCommaYearAndArticleColumns),
        (nameof(IntroducedVenuesFlagsAndTheses), IntroducedVenuesFlagsAndTheses),
        (nameof(GluedYearsAndCodeSpanVenuesAfterNames), GluedYearsAndCodeSpanVenuesAfterNames),
        (nameof(NamesTitleVenueLinesAndYearFirstHeadings), NamesTitleVenueLinesAndYearFirstHeadings),
        (nameof(NicknameDashTitles), NicknameDashTitles),
        (nameof(CommaCitationsAndParagraphLines), CommaCitationsAndParagraphLines),
        (nameof(HeadingEntriesAndEmphasisVenues), HeadingEntriesAndEmphasisVenues),
        (nameof(YearVenuePrefixesCommaVenueLinesAndEmojiParagraphs), YearVenuePrefixesCommaVenueLinesAndEmojiParagraphs),
        (nameof(LabelledSubItemFields), LabelledSubItemFields),
        (nameof(NestedVenueParenthesesAndCommaWorkshops), NestedVenueParenthesesAndCommaWorkshops),
        (nameof(NicknameCitationsAndInVenueEmphasis), NicknameCitationsAndInVenueEmphasis),
        (nameof(NicknameNotesAndWorkshopsByName), NicknameNotesAndWorkshopsByName),
        (nameof(LabelledParagraphsAndPreprintFirst), LabelledParagraphsAndPreprintFirst),
        (nameof(ApaNamesBeforeTitleYearAfter), ApaNamesBeforeTitleYearAfter),
        (nameof(ThreeLineItemsWithBracketedPdfLinks), ThreeLineItemsWithBracketedPdfLinks),
        (nameof(ThreeLineParagraphsEndedByBr), ThreeLineParagraphsEndedByBr),
        (nameof(NicknamesAfterPlainTitles), NicknamesAfterPlainTitles),
        (nameof(BoldTitleVenueThenNamesParagraph), BoldTitleVenueThenNamesParagraph),
        (nameof(DatedVenueTagsWithComments), DatedVenueTagsWithComments),
        (nameof(ArxivIdsWrittenAsText), ArxivIdsWrittenAsText),
        (nameof(ResultsTablesCitingPapers), ResultsTablesCitingPapers),
        (nameof(NotesOpeningAnIntroduction), NotesOpeningAnIntroduction),
        (nameof(PreprintIdsEndingNames), PreprintIdsEndingNames),
        (nameof(MilestoneTableSpellings), MilestoneTableSpellings),
        (nameof(BoldTitlesOverLinkFields), BoldTitlesOverLinkFields),
        (nameof(OrganisationAndYearCodeSpans), OrganisationAndYearCodeSpans),
        (nameof(FirstAuthorEtAlThenVenue), FirstAuthorEtAlThenVenue),
        (nameof(TitleSurnameAndYear), TitleSurnameAndYear),
        (nameof(QuotedTitleMonthThenVenue), QuotedTitleMonthThenVenue),
        (nameof(NicknameOverPlainTitleAndVenue), NicknameOverPlainTitleAndVenue),
        (nameof(BoldTitlesOverIntroAndLinkFields), BoldTitlesOverIntroAndLinkFields),
        (nameof(AbbreviatedJournalTags), AbbreviatedJournalTags),
        (nameof(TimeColumnVenues), TimeColumnVenues),
        (nameof(MlaCitations), MlaCitations),
        (nameof(YearThenNamesByBibliography), YearThenNamesByBibliography),
        (nameof(VenueTagParagraphs), VenueTagParagraphs),
        (nameof(FirstAndLastAuthorsTable), FirstAndLastAuthorsTable),
        (nameof(PlainTitleFullStopBoldVenue), PlainTitleFullStopBoldVenue),
        (nameof(ChicagoCitationsWithBoldTitles), ChicagoCitationsWithBoldTitles),
        (nameof(TitleCommaVenueTails), TitleCommaVenueTails),
        (nameof(VenueLinksThenBoldNickname), VenueLinksThenBoldNickname),
        (nameof(VenueCellTracksUnderYearHeadings), VenueCellTracksUnderYearHeadings),
        (nameof(NamesThenJournalWithCommas), NamesThenJournalWithCommas),
        (nameof(RepositoryThenTitleAndBoldNamesThenJournal), RepositoryThenTitleAndBoldNamesThenJournal),
        (nameof(CodeSpanVenuesWithShortYears), CodeSpanVenuesWithShortYears),
        (nameof(JournalAfterTitleCommaAndBoldTitleWithNamesOverFields), JournalAfterTitleCommaAndBoldTitleWithNamesOverFields),
        (nameof(RepositoryArrowDescriptions), RepositoryArrowDescriptions),
        (nameof(BoldBracketedVenueWithTrackBeforeTitle), BoldBracketedVenueWithTrackBeforeTitle),
        (nameof(CitedNamesAndYearAfterProjectPages), CitedNamesAndYearAfterProjectPages),
        (nameof(DateColumnBesideVenueColumn), DateColumnBesideVenueColumn),
        (nameof(TitleColonThenVenueLabelledPaperLink), TitleColonThenVenueLabelledPaperLink),
        (nameof(BoldVenueTagParagraphsAndPresentationNotes), BoldVenueTagParagraphsAndPresentationNotes),
        (nameof(CitationLinesUnderProjectItems), CitationLinesUnderProjectItems),
        (nameof(PipedFieldsAndOneNameAfterDash), PipedFieldsAndOneNameAfterDash),
        (nameof(AcronymsAfterTheVenue), AcronymsAfterTheVenue),
        (nameof(VideoTitlesLinkedToProceedingsPdfs), VideoTitlesLinkedToProceedingsPdfs),
        (nameof(NamesStopThenQuotedTitleAndParenthesisedVenue), NamesStopThenQuotedTitleAndParenthesisedVenue),
        (nameof(TrackInParenthesesBesideYearColumn), TrackInParenthesesBesideYearColumn),
        (nameof(QuestionTitleThenNamesAndAwardAfterVenueLink), QuestionTitleThenNamesAndAwardAfterVenueLink),
        (nameof(InvertedNamesOverEmphasisedTitleOverSource), InvertedNamesOverEmphasisedTitleOverSource),
        (nameof(AcronymVenueCommaYearNicknamedTableTitlesAndCommaNames), AcronymVenueCommaYearNicknamedTableTitlesAndCommaNames),
        (nameof(BadgeWrappedPaperLinksTitleNotesAndSurveyParagraphs), BadgeWrappedPaperLinksTitleNotesAndSurveyParagraphs),
        (nameof(JournalLongNameWithGluedYearAfterQuotedTitle), JournalLongNameWithGluedYearAfterQuotedTitle),
        (nameof(NamesAfterDashOrCommaAndVenueSentencesWithNotes), NamesAfterDashOrCommaAndVenueSentencesWithNotes),
        (nameof(QuotedTitlesCommaNamesBoldNicknamesAndProjectPages), QuotedTitlesCommaNamesBoldNicknamesAndProjectPages),
        (nameof(WorkshopLabelledPaperLinksAndOneNameAfterDash), WorkshopLabelledPaperLinksAndOneNameAfterDash),
        (nameof(NamesLinesNicknamePhrasesAndAwardsAfterComma), NamesLinesNicknamePhrasesAndAwardsAfterComma),
        (nameof(JournalSourcesProjectPagesAndChallengePlacings), JournalSourcesProjectPagesAndChallengePlacings),
        (nameof(NamesToAFullStopBeforeTitleLinks), NamesToAFullStopBeforeTitleLinks),
        (nameof(BracketedBoldTitlesNamesAfterTitlesAndSpacedWorkshops), BracketedBoldTitlesNamesAfterTitlesAndSpacedWorkshops),
        (nameof(LinkedNamesUnderPlainTitlesAndAcronymsBeforeYears), LinkedNamesUnderPlainTitlesAndAcronymsBeforeYears),
        (nameof(ShortYearTagsBeforeTitles), ShortYearTagsBeforeTitles),
        (nameof(JournalNamesSurnameInitialsAndAuthorTags), JournalNamesSurnameInitialsAndAuthorTags),
        (nameof(CitationKeyLinksAndSurnameSentences), CitationKeyLinksAndSurnameSentences),
        (nameof(SourceColumnsColonNamesAndCommaAcronyms), SourceColumnsColonNamesAndCommaAcronyms),
        (nameof(NamesAndYearKeysTrackBadgesAndAwardsAfterEmoji), NamesAndYearKeysTrackBadgesAndAwardsAfterEmoji),
        (nameof(AwardsAfterBracketedVenuesAndSeparatorsBetweenLinks), AwardsAfterBracketedVenuesAndSeparatorsBetweenLinks),
        (nameof(NestedVenueTagsNicknameColonsAndMiddleDots), NestedVenueTagsNicknameColonsAndMiddleDots),
    };

    /// <summary>Venue badges with one text (no label): the venue, shields.io's "--" a dash; Arxiv and submissions are tags.</summary>
    internal const string OneTextBadges =
        """
        ## Efficient Reasoning
        - [Thinking Less: Short Chains of Thought](https://arxiv.org/abs/2501.00011) ![](https://img.shields.io/badge/ICLR2025-orange)
        - [Pruned Reasoning in Findings](https://arxiv.org/abs/2501.00012) ![](https://img.shields.io/badge/ACL2024--findings-orange)
        - ![](https://img.shields.io/badge/NAACL2025-orange) [Badge Before the Title](https://arxiv.org/abs/2501.00013)
        - [Token Budgets for Reasoning](https://arxiv.org/abs/2501.00014) ![](https://img.shields.io/badge/EMNLP2023-orange) ![](https://img.shields.io/badge/Reasoning-blue)
        - [A Preprint Only](https://arxiv.org/abs/2501.00015) ![](https://img.shields.io/badge/Arxiv-orange)
        - [Under Review Somewhere](https://arxiv.org/abs/2501.00016) ![](https://img.shields.io/badge/ICLR2026_submission-orange)

        """;

    /// <summary>Awards and certifications, workshops, tracks, a venue inside a workshop's name, a journal as a link label, an update in a title.</summary>
    internal const string VenuesWithSomethingAround =
        """
        ## Systems
        - [Serving at Scale: A Best Paper](https://arxiv.org/abs/2501.00021). Ann One, Bob Two. MLSys 2024 (Best Paper 🏆).
        - [Certified Efficient Transformers](https://arxiv.org/abs/2501.00022). Cy Three. TMLR (Featured Certification 🌟).
        - [Locking Language Models](https://arxiv.org/abs/2501.00023). Di Four, Ed Five. NeurIPS 2025 Lock-LLM Workshop.
        - [A Benchmark of Long Contexts](https://arxiv.org/abs/2501.00024). Fay Six and Gus Seven. NeurIPS 2024 Datasets and Benchmarks Track.
        - [Reasoning at Scale, Briefly](https://arxiv.org/abs/2501.00025). Hal Eight. SCALR@COLM-2025.
        - **Pre-Trained Models: Past, Present and Future**. *Ivy Nine, Jon Ten*. [[AI Open]](https://www.sciencedirect.com/science/article/pii/S2666651021000231)
        - [In-Memory Attention Accelerator (arXiv'23, update: ISCA'24)](https://arxiv.org/abs/2501.00027). Kim Eleven, Lou Twelve.
        - A Benchmark Written as Text <br> NeurIPS 2024 Datasets and Benchmarks Track [[Paper]](https://arxiv.org/abs/2501.00028)

        """;

    /// <summary>The same venues in a table's Venue column.</summary>
    internal const string VenueColumn =
        """
        ## Table
        | Title | Venue | Code |
        |---|---|---|
        | [Serving at Scale Again](https://arxiv.org/abs/2501.00041) | MLSys 2024 (Best Paper 🏆) | |
        | [Certified Again](https://arxiv.org/abs/2501.00042) | TMLR (Featured Certification 🌟) | |
        | [Locked Again](https://arxiv.org/abs/2501.00043) | NeurIPS 2025 Lock-LLM Workshop | |
        | [Briefly Again](https://arxiv.org/abs/2501.00044) | SCALR@COLM-2025 | |

        """;

    /// <summary>Author lists next to venues: a team alone, a single author, a description, a nickname glued to the title.</summary>
    internal const string AuthorsNextToVenues =
        """
        ## Models
        - **DeepSeek-V3 Technical Report** [[Paper]](https://arxiv.org/abs/2412.19437) *DeepSeek Team*.
        - **Speculative Decoding Without Drafts** [[Paper]](https://arxiv.org/abs/2501.00031) *Bradley McDanel*.
        - [Fast Serving of Adapters](https://arxiv.org/abs/2501.00032) - A serving engine that batches many adapters on one GPU.
        - [[KVMerger]Model Tells You Where to Merge: Adaptive KV Cache Merging](https://arxiv.org/abs/2407.08454). Zheng Wang, Boxiao Jin. ICLR 2025.

        """;

    /// <summary>
    /// The same forms in other layouts (found by the corpus's fourth batch): a one-text badge in a Venue column, a note
    /// on the venue line of a numbered bold title with its authors on the line above, a plain title with a glued
    /// nickname followed by italic authors and the venue, and a description after a dash that has a comma.
    /// </summary>
    internal const string LayoutsAroundVenues =
        """
        ## Layouts
        | Date | Title | Venue | Code |
        |:----:|:------|:-----:|:----:|
        | 2023.05 | [Sampling Step by Step](https://arxiv.org/abs/2501.00051) | ![](https://img.shields.io/badge/EMNLP2023-purple) | - |
        | 2025.01 | [Scaling at Test Time](https://arxiv.org/abs/2501.00052) | ![](https://img.shields.io/badge/Arxiv-red) | - |

        1. **Quantized Weights for Devices**  
           *Ann One, Bob Two*  
           MLSys 2024 (Best Paper 🏆)  
           [[Paper]](https://arxiv.org/abs/2501.00053)

        2. **Pruning in One Shot**  
           *Cy Three*  
           ICML 2023 (Oral)  
           [[Paper]](https://arxiv.org/abs/2501.00054)

        - [KVMerger]Model Tells You Where to Merge: Adaptive Merging. *Di Four, Ed Five*. NeurIPS 2024. [[paper](https://arxiv.org/abs/2501.00055)]
        - [Sparse Experts Without Drops](https://arxiv.org/abs/2501.00056) - Block-sparse kernels, so that no token is dropped.

        """;

    [Fact]
    public void LayoutsAroundVenues_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(LayoutsAroundVenues, "e.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (4, B("Sampling Step by Step", "https://arxiv.org/abs/2501.00051", Authors(), Ax("2501.00051"), new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP2023"), NoTags) with { Shape = EntryShape.TableRow }),
            (5, B("Scaling at Test Time", "https://arxiv.org/abs/2501.00052", Authors(), Ax("2501.00052"), null, NoTags) with { Shape = EntryShape.TableRow }),
            (7, B("Quantized Weights for Devices", "https://arxiv.org/abs/2501.00053", Authors("Ann One", "Bob Two"), Ax("2501.00053"), new VenueInfo(VenueKind.Unspecified, "MLSys", 2024, null, "MLSys 2024 (Best Paper 🏆)", "Best Paper"), NoTags) with
            {
                Links = Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2501.00053")),
            }),
            (12, B("Pruning in One Shot", "https://arxiv.org/abs/2501.00054", Authors("Cy Three"), Ax("2501.00054"), new VenueInfo(VenueKind.Unspecified, "ICML", 2023, null, "ICML 2023 (Oral)", "Oral"), NoTags) with
            {
                Links = Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2501.00054")),
            }),
            (17, B("Model Tells You Where to Merge: Adaptive Merging", "https://arxiv.org/abs/2501.00055", Authors("Di Four", "Ed Five"), Ax("2501.00055"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024"), NoTags) with
            {
                Links = Links((LinkKind.Paper, "paper", "https://arxiv.org/abs/2501.00055")),
            }),
            (18, B("Sparse Experts Without Drops", "https://arxiv.org/abs/2501.00056", Authors(), Ax("2501.00056"), null, NoTags)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 4), ("EA0009", 5), ("EA0009", 18) }, document);
    }

    /// <summary>
    /// Forms the corpus's fifth batch found (written from its descriptions): venues between middle dots, a distinction
    /// after the year (<c>ICLR'25 Oral</c>) or after a comma (<c>NeurIPS 2023, Outstanding Paper</c>) or on a line of
    /// its own is the note, a venue in parentheses after a title link with the authors on the next line, a bracketed
    /// nickname in bold before a plain title, and a workshop badge.
    /// </summary>
    internal const string SeparatorsAndDistinctions =
        """
        ## Weekly
        - [Disaggregated Serving](https://arxiv.org/abs/2501.00061) · FAST 2025 (Best Paper) · [GitHub](https://github.com/owner/serving)
        - [Test-Time Compute](https://arxiv.org/abs/2501.00062) (ICLR'25 Oral)
        - [Structured Programs](https://arxiv.org/abs/2501.00063) · NeurIPS 2024 · [GitHub](https://github.com/owner/programs)
        - [Shared Prefixes](https://arxiv.org/abs/2501.00064) · ES-FoMo@ICML-2024
        - [Dynamic Networks: A Survey](https://arxiv.org/abs/2501.00065) · IEEE TPAMI 2022

        1. [Grouped Queries](https://arxiv.org/abs/2501.00066) (EMNLP 2023)
           Ann One, Bob Two
        2. [Gated Recurrences](https://arxiv.org/abs/2501.00067) (arXiv 2024)
           Mistral AI Team
        3. Are Abilities a Mirage? (NeurIPS 2023, Outstanding Paper)
           Cy Three, Di Four
           [[pdf](https://arxiv.org/pdf/2501.00068)]
        4. **[RWKV]** RWKV: Recurrent Networks Again (Findings of EMNLP 2023)
           Ed Five, Fay Six
           [[pdf](https://arxiv.org/pdf/2501.00069)]
        5. **Native Sparse Attention** (ACL 2025)
           Gus Seven, Hal Eight
           🏆 Best Paper Award
           [[pdf](https://arxiv.org/pdf/2501.00070)]

        | Paper | Venue | Date |
        |---|---|---|
        | [Mixture of Mambas](https://arxiv.org/abs/2501.00071) | ![](https://img.shields.io/badge/ICLR2024--workshop-green) | 2024.01 |

        """;

    [Fact]
    public void SeparatorsAndDistinctions_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(SeparatorsAndDistinctions, "f.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Disaggregated Serving", new string[0], "2501.00061", new VenueInfo(VenueKind.Unspecified, "FAST", 2025, null, "FAST 2025 (Best Paper)", "Best Paper")),
            (3, "Test-Time Compute", new string[0], "2501.00062", new VenueInfo(VenueKind.Unspecified, "ICLR", 2025, null, "ICLR'25 Oral", "Oral")),
            (4, "Structured Programs", new string[0], "2501.00063", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024")),
            (5, "Shared Prefixes", new string[0], "2501.00064", new VenueInfo(VenueKind.Workshop, "ICML", 2024, "ES-FoMo", "ES-FoMo@ICML-2024")),
            (6, "Dynamic Networks: A Survey", new string[0], "2501.00065", new VenueInfo(VenueKind.Unspecified, "IEEE TPAMI", 2022, null, "IEEE TPAMI 2022")),
            (8, "Grouped Queries", new[] { "Ann One", "Bob Two" }, "2501.00066", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP 2023")),
            (10, "Gated Recurrences", new[] { "Mistral AI Team" }, "2501.00067", null),
            (12, "Are Abilities a Mirage?", new[] { "Cy Three", "Di Four" }, "2501.00068", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023, Outstanding Paper", "Outstanding Paper")),
            (15, "RWKV: Recurrent Networks Again", new[] { "Ed Five", "Fay Six" }, "2501.00069", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, "Findings", "Findings of EMNLP 2023")),
            (18, "Native Sparse Attention", new[] { "Gus Seven", "Hal Eight" }, "2501.00070", new VenueInfo(VenueKind.Unspecified, "ACL", 2025, null, "ACL 2025", "Best Paper Award")),
            (25, "Mixture of Mambas", new string[0], "2501.00071", new VenueInfo(VenueKind.Workshop, "ICLR", 2024, "Workshop", "ICLR2024-workshop")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);

        AssertDiagnostics(new (string, int)[] { ("EA0009", 2), ("EA0009", 3), ("EA0009", 4), ("EA0009", 5), ("EA0009", 6), ("EA0009", 25) }, document);
    }

    /// <summary>
    /// Forms the corpus's sixth batch found (written from its descriptions): a plain title ending at the full stop
    /// before a sentence of names (with an affiliation in parentheses, "and", "et al." or a team), a venue in emphasis
    /// after a dash and the links, a citation's parenthesis after a title link (<c>(Luo et al., arXiv 2025)</c>), and
    /// a Venue column's <c>AAAI-21 (Best Paper)</c>, <c>EMNLP 2023 (Findings)</c> and long journal names.
    /// </summary>
    internal const string CitationsAndSentences =
        """
        ## Sentences
        * Small Models on Phones: Sub-billion Parameters. Ann One, Bob Two, Cy Three (Meta). **ICML 2024**. [PDF](https://arxiv.org/pdf/2501.00081) [Code](https://github.com/owner/phones)
        * An Open Small Model. Di Four, Ed Five and Fay Six. **arXiv 2024**. [PDF](https://arxiv.org/pdf/2501.00082)
        * Open Models at a Practical Size. Gemma Team (Google DeepMind). **arXiv 2024**. [PDF](https://arxiv.org/pdf/2501.00083)
        * An Efficient Model Family. Gus Seven, Hal Eight, et al. (Apple). **ES-FoMo @ ICML 2024**. [PDF](https://arxiv.org/pdf/2501.00084)
        - **Weight Quantization for Devices** [[paper](https://arxiv.org/abs/2501.00085)] - *MLSys 2024* 🏆 Best Paper Award
        - **Finetuning Quantized Models** [[paper](https://arxiv.org/abs/2501.00086)] - *NeurIPS 2023 (Oral)*
        - [Length-Harmonizing Fine-Tuning](https://arxiv.org/abs/2501.00087) (Luo et al., arXiv 2025)
        - [Scaling Reinforcement Learning](https://arxiv.org/abs/2501.00088) (Kimi Team, arXiv 2025)
        - [Controlling How Long](https://arxiv.org/abs/2501.00089) (Aggarwal and Welleck, **COLM 2025**)
        - [Small Models Struggle](https://arxiv.org/abs/2501.00090) (Li et al., Findings of ACL 2025)

        | Date | Title | Paper | Venue |
        |---|---|---|---|
        | 2020-12 | Long Sequence Forecasting | [arXiv](https://arxiv.org/abs/2501.00091) | AAAI-21 (Best Paper) |
        | 2023-05 | Recurrent Networks Again | [arXiv](https://arxiv.org/abs/2501.00092) | EMNLP 2023 (Findings) |
        | 2020-09 | Efficient Transformers: A Survey | [arXiv](https://arxiv.org/abs/2501.00093) | ACM Computing Surveys 2022 |

        """;

    [Fact]
    public void CitationsAndSentences_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitationsAndSentences, "g.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Small Models on Phones: Sub-billion Parameters", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00081", new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML 2024")),
            (3, "An Open Small Model", new[] { "Di Four", "Ed Five", "Fay Six" }, "2501.00082", null),
            (4, "Open Models at a Practical Size", new[] { "Gemma Team" }, "2501.00083", null),
            (5, "An Efficient Model Family", new[] { "Gus Seven", "Hal Eight" }, "2501.00084", new VenueInfo(VenueKind.Workshop, "ICML", 2024, "ES-FoMo", "ES-FoMo@ICML 2024")),
            (6, "Weight Quantization for Devices", new string[0], "2501.00085", new VenueInfo(VenueKind.Unspecified, "MLSys", 2024, null, "MLSys 2024 Best Paper Award", "Best Paper Award")),
            (7, "Finetuning Quantized Models", new string[0], "2501.00086", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023 (Oral)", "Oral")),
            (8, "Length-Harmonizing Fine-Tuning", new[] { "Luo" }, "2501.00087", null),
            (9, "Scaling Reinforcement Learning", new[] { "Kimi Team" }, "2501.00088", null),
            (10, "Controlling How Long", new[] { "Aggarwal", "Welleck" }, "2501.00089", new VenueInfo(VenueKind.Unspecified, "COLM", 2025, null, "COLM 2025")),
            (11, "Small Models Struggle", new[] { "Li" }, "2501.00090", new VenueInfo(VenueKind.Unspecified, "ACL", 2025, "Findings", "Findings of ACL 2025")),
            (15, "Long Sequence Forecasting", new string[0], "2501.00091", new VenueInfo(VenueKind.Unspecified, "AAAI", 2021, null, "AAAI-21 (Best Paper)", "Best Paper")),
            (16, "Recurrent Networks Again", new string[0], "2501.00092", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, "Findings", "EMNLP 2023 (Findings)")),
            (17, "Efficient Transformers: A Survey", new string[0], "2501.00093", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2022, null, "ACM Computing Surveys 2022")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);

        AssertDiagnostics(new (string, int)[] { ("EA0009", 6), ("EA0009", 7), ("EA0009", 15), ("EA0009", 16), ("EA0009", 17) }, document);
    }

    /// <summary>
    /// A list kept by year (the corpus's seventh batch): a Venue column with no year under a heading that is a year
    /// takes the heading's year; an acronym's <c>Workshop</c> is a workshop; a venue with its own year keeps it.
    /// </summary>
    internal const string YearHeadings =
        """
        ### 2019
        | Title | Venue | Code |
        |:--|:--:|:--:|
        | [Lottery Tickets](https://arxiv.org/abs/2501.00101) | ICLR (Best Paper) | - |
        | [Filter Pruning](https://arxiv.org/abs/2501.00102) | CVPR | - |
        | [Its Own Year](https://arxiv.org/abs/2501.00103) | NeurIPS 2018 | - |

        ### 2018
        | Title | Venue | Code |
        |:--|:--:|:--:|
        | [To Prune or Not](https://arxiv.org/abs/2501.00104) | ICLR Workshop | - |

        ### Surveys
        | Title | Venue | Code |
        |:--|:--:|:--:|
        | [A Survey of Pruning](https://arxiv.org/abs/2501.00105) | TPAMI | - |

        """;

    [Fact]
    public void YearHeadings_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(YearHeadings, "h.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Lottery Tickets", new string[0], "2501.00101", new VenueInfo(VenueKind.Unspecified, "ICLR", 2019, null, "ICLR (Best Paper)", "Best Paper")),
            (5, "Filter Pruning", new string[0], "2501.00102", new VenueInfo(VenueKind.Unspecified, "CVPR", 2019, null, "CVPR")),
            (6, "Its Own Year", new string[0], "2501.00103", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2018, null, "NeurIPS 2018")),
            (11, "To Prune or Not", new string[0], "2501.00104", new VenueInfo(VenueKind.Workshop, "ICLR", 2018, "Workshop", "ICLR Workshop")),
            (16, "A Survey of Pruning", new string[0], "2501.00105", new VenueInfo(VenueKind.Unspecified, "TPAMI", null, null, "TPAMI")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms the corpus's eighth batch found (written from its descriptions): the paper's link labelled with its venue
    /// in brackets before a plain title (<c>[[ICML](url)] Title</c>, its year from the heading; <c>[[arXiv](url)]</c>
    /// no venue), a lower-case topic tag after the title (<c>[__`bnn`__]</c>), an entry's fields as sub-items
    /// (authors, <c>Publisher:</c>), and a year before the authors (<c>**title** (2016), K. He et al.</c>).
    /// </summary>
    internal const string FieldsAndTags =
        """
        ### 2024
        - [[ICML](https://arxiv.org/abs/2501.00111)] Binary Weights for Language Models [[code](https://github.com/owner/binary)] [__`bnn`__]
        - [[arXiv](https://arxiv.org/abs/2501.00112)] One-Bit Models Again [__`bnn`__] [[torch](https://github.com/owner/onebit)]
        - [Prospect Theoretic Alignment](https://arxiv.org/abs/2501.00113)
          - Ann One, Bob Two, Cy Three
          - Publisher: NeurIPS 2024 (Oral)
          - Keyword: Alignment, Binary feedback
          - Code: [official](https://github.com/owner/alignment)

        ### Classics
        - **Deep residual learning for image recognition** (2016), K. He et al. [[pdf]](http://arxiv.org/pdf/2501.00114v1)
        - **Rethinking model scaling** (2019), M. Tan and Q. Le [[pdf]](https://arxiv.org/pdf/2501.00115)

        """;

    /// <summary>
    /// A well-known venue's name where no layout rule looks for a venue: in a sentence after the authors, after the
    /// links, in a column whose header names no venue, and as a tag with no year; and what is none: a venue the paper
    /// was only submitted to, a topic tag, a venue in the title, a venue in a URL.
    /// </summary>
    internal const string VenuesAnywhere =
        """
        ## Anywhere
        - [Sparse Attention for Long Inputs](https://arxiv.org/abs/2501.00121). Ann One, Bob Two. Accepted at ICLR 2024 as a poster.
        - [Grouped Queries Again](https://arxiv.org/abs/2501.00122) [[code](https://github.com/owner/gqa)] NeurIPS'23
        - **[JMLR]** [Switching Experts at Scale](https://arxiv.org/abs/2501.00123)
        - [Findings Somewhere Else](https://arxiv.org/abs/2501.00124). Cy Three. Published in *Findings of ACL 2024*. [[pdf]](https://arxiv.org/pdf/2501.00124)
        - [Still Under Review](https://arxiv.org/abs/2501.00125). Di Four. Under review at ICLR 2025.
        - **[MoE]** [A Topic Tag Only](https://arxiv.org/abs/2501.00126)
        - [Lessons from the ICLR 2024 Reviews](https://arxiv.org/abs/2501.00127). Ed Five.
        - [A Venue Only in a Link](https://arxiv.org/abs/2501.00128). Fay Six. [[slides]](https://iclr.cc/ICLR2024/slides/128)

        | Paper | Conf. | Code |
        |---|---|---|
        | [Tabled Venue](https://arxiv.org/abs/2501.00129) | EMNLP 2023 (Oral) | [code](https://github.com/owner/tabled) |

        ### 2022
        - [Yearless Journal Tag](https://arxiv.org/abs/2501.00130) (TACL)

        """;

    [Fact]
    public void VenuesAnywhere_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenuesAnywhere, "j.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Sparse Attention for Long Inputs", new[] { "Ann One", "Bob Two" }, "2501.00121", new VenueInfo(VenueKind.Unspecified, "ICLR", 2024, null, "ICLR 2024")),
            (3, "Grouped Queries Again", new string[0], "2501.00122", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS'23")),
            (4, "Switching Experts at Scale", new string[0], "2501.00123", new VenueInfo(VenueKind.Unspecified, "JMLR", null, null, "JMLR")),
            (5, "Findings Somewhere Else", new[] { "Cy Three" }, "2501.00124", new VenueInfo(VenueKind.Unspecified, "ACL", 2024, "Findings", "Findings of ACL 2024")),
            (6, "Still Under Review", new[] { "Di Four" }, "2501.00125", null),
            (7, "A Topic Tag Only", new string[0], "2501.00126", null),
            (8, "Lessons from the ICLR 2024 Reviews", new[] { "Ed Five" }, "2501.00127", null),
            (9, "A Venue Only in a Link", new[] { "Fay Six" }, "2501.00128", null),
            (13, "Tabled Venue", new string[0], "2501.00129", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP 2023 (Oral)", "Oral")),
            (16, "Yearless Journal Tag", new string[0], "2501.00130", new VenueInfo(VenueKind.Unspecified, "TACL", 2022, null, "TACL")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms found by the corpus's ninth and tenth batches: a year-first venue tag glued to the title by dashes, with
    /// a list's legend letter (o oral, s spotlight, b best paper, w workshop); a note in parentheses after the links; a
    /// remark in brackets; a paper as a sub-item of another; a bold title with its date, a venue badge of a name and a
    /// year and a distinction's badge, the authors on the next line, a details block and the links in a paragraph of
    /// their own; a long journal name, a preprint and a workshop letter in a parenthesis before a bold title.
    /// </summary>
    internal const string PrefixesBadgesAndRemarks =
        """
        ## Compression
        - 2019-CVPRo-[Oral by Letter](https://arxiv.org/abs/2501.00141)
        - 2014-NIPSw-[Workshop by Letter](https://arxiv.org/abs/2501.00142) [Also: A Talk by the Author] [[Slides](https://example.org/talk.pdf)]
        - 2017-arXiv-[Preprint by Prefix](https://arxiv.org/abs/2501.00143)
        - 2023-Findings of EMNLP-[Findings by Prefix](https://arxiv.org/abs/2501.00144)
        - 2022-ACM Computing Surveys-[Journal by Prefix](https://arxiv.org/abs/2501.00145)
        - 2022-CVPR-[Note After the Links](https://arxiv.org/abs/2501.00146) [[Code](https://github.com/owner/note)] (Oral)
        - 2021-NeurIPS-[Parent Paper](https://arxiv.org/abs/2501.00147)
          - 2023-TPAMI-[Child Paper](https://arxiv.org/abs/2501.00148) [[Code](https://github.com/owner/child)]

        ## Adapters
        - **Badges of a Name and a Year** (2019-02-02) ![](https://img.shields.io/badge/ICML-2019-blue) ![](https://img.shields.io/badge/Oral-red)  
          Ann One, Bob Two  
          <details>
            <summary>TLDR</summary>
            A summary that is no field of the entry.
          </details>

          [[Paper PDF]](https://arxiv.org/pdf/2501.00149.pdf) [[Code]](https://github.com/owner/badges)
        - **Findings Badge** (2024-05-28) ![](https://img.shields.io/badge/Findings_of_ACL-2024-blue)  
          Cy Three  

          [[Paper PDF]](https://arxiv.org/pdf/2501.00150.pdf)
        - **Workshop Badge** (2022-12-20) ![](https://img.shields.io/badge/NeurIPS_Workshop-2022-blue)  
          Di Four  

          [[Paper PDF]](https://arxiv.org/pdf/2501.00151.pdf)

        ## Generation
        * (ACM Computing Surveys 2023) **A Survey by a Long Name**, Ed Five et al. [[Paper](https://arxiv.org/abs/2501.00152)]
        * (arXiv preprint 2023) **A Preprint in Parentheses**, Fay Six et al. [[Paper](https://arxiv.org/abs/2501.00153)]
        * (CVPRW 2023) **A Workshop by Capital Letter**, Gus Seven et al. [[Paper](https://arxiv.org/abs/2501.00154)]

        """;

    [Fact]
    public void PrefixesBadgesAndRemarks_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(PrefixesBadgesAndRemarks, "k.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Oral by Letter", none, "2501.00141", new VenueInfo(VenueKind.Unspecified, "CVPR", 2019, null, "2019-CVPRo", "Oral")),
            (3, "Workshop by Letter", none, "2501.00142", new VenueInfo(VenueKind.Workshop, "NIPS", 2014, "Workshop", "2014-NIPSw")),
            (4, "Preprint by Prefix", none, "2501.00143", null),
            (5, "Findings by Prefix", none, "2501.00144", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, "Findings", "2023-Findings of EMNLP")),
            (6, "Journal by Prefix", none, "2501.00145", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2022, null, "2022-ACM Computing Surveys")),
            (7, "Note After the Links", none, "2501.00146", new VenueInfo(VenueKind.Unspecified, "CVPR", 2022, null, "2022-CVPR", "Oral")),
            (8, "Parent Paper", none, "2501.00147", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2021, null, "2021-NeurIPS")),
            (9, "Child Paper", none, "2501.00148", new VenueInfo(VenueKind.Unspecified, "TPAMI", 2023, null, "2023-TPAMI")),
            (12, "Badges of a Name and a Year", new[] { "Ann One", "Bob Two" }, "2501.00149", new VenueInfo(VenueKind.Unspecified, "ICML", 2019, null, "ICML 2019", "Oral")),
            (20, "Findings Badge", new[] { "Cy Three" }, "2501.00150", new VenueInfo(VenueKind.Unspecified, "ACL", 2024, "Findings", "Findings of ACL 2024")),
            (24, "Workshop Badge", new[] { "Di Four" }, "2501.00151", new VenueInfo(VenueKind.Workshop, "NeurIPS", 2022, "Workshop", "NeurIPS Workshop 2022")),
            (30, "A Survey by a Long Name", new[] { "Ed Five" }, "2501.00152", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2023, null, "ACM Computing Surveys 2023")),
            (31, "A Preprint in Parentheses", new[] { "Fay Six" }, "2501.00153", null),
            (32, "A Workshop by Capital Letter", new[] { "Gus Seven" }, "2501.00154", new VenueInfo(VenueKind.Workshop, "CVPR", 2023, "Workshop", "CVPRW 2023")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms found by the corpus's eleventh and twelfth batches: entries written as paragraphs (a bold title, its
    /// authors and its venue on lines joined by a backslash), a paper per heading with its fields as bullets, a Year
    /// column that gives its year to a Venue cell with none (and a journal's name or an acronym's track in that cell),
    /// a table whose titles are quoted in a column no header calls a title, a title ending in a well-known venue's name
    /// in parentheses, a citation's year after the authors, and a venue with its track before the year.
    /// </summary>
    internal const string ParagraphsHeadingsAndColumns =
        """
        ## Sampling

        **Fast Sampling by a Paragraph** \
        *Ann One, Bob Two* \
        ICLR 2022 (Outstanding Paper). [[Paper](https://arxiv.org/abs/2501.00161)] [[Github](https://github.com/owner/fast)] \
        25 Jan 2022

        **A Journal by a Paragraph** \
        *Cy Three* \
        ACM Computing Surveys 2023. [[Paper](https://arxiv.org/abs/2501.00162)] \
        2 Sep 2022

        ## Detection

        ### [A Paper as a Heading](https://arxiv.org/abs/2501.00163)

        - **Metrics:** AUROC.
        - **Comments:** Extends another method to paragraphs.

        ## Merging

        | **Paper Title** | **Year** | **Conference/Journal** |
        | --- | :---: | :---: |
        | [A Venue from the Year Column](https://arxiv.org/pdf/2501.00164) | 2023 | ICLR |
        | [A Journal with No Year in Its Cell](https://arxiv.org/pdf/2501.00165) | 2025 | Nature Machine Intelligence |
        | [An Industry Track](https://arxiv.org/pdf/2501.00166) | 2024 | EMNLP Industry Track |

        ## Benchmarks

        | Date | Venue | Benchmark | Source |
        | --- | --- | --- | --- |
        | 2021-05 | NeurIPS 2021 | APPS | "A Quoted Title in a Source Column" [[paper](https://arxiv.org/abs/2501.00167)] [[data](https://github.com/owner/apps)] |

        ### 2021
        - [A Title Ending in a Venue (ICCV)](https://arxiv.org/abs/2501.00168)
        - [A Survey Cited with Its Year](https://arxiv.org/abs/2501.00169), Huang et al., 2023
        1. **Nick**: "A Track Before the Year" [2021-02] [NeurIPS Datasets and Benchmarks 2021] [[paper](https://arxiv.org/abs/2501.00170)]

        """;

    [Fact]
    public void A_sentence_around_a_link_labelled_paper_and_a_table_of_methods_are_no_entries()
    {
        // Not in the never-silence fixtures: prose with a paper link is left out without a diagnostic, as news is, and so
        // is a table whose header names no title and whose links are methods' names, not titles with a "[paper]" link.
        var document = CatalogParser.Parse(
            "## Contributing\n> - If you have a question about the [paper](https://arxiv.org/abs/2501.00197), please contact us!\n"
            + "- [A Paper](https://arxiv.org/abs/2501.00196). Ann One.\n\n"
            + "| Method | Venue | Notes |\n| --- | --- | --- |\n| [Mamba](https://arxiv.org/abs/2501.00198) | ICLR | a method's name, not a title |\n",
            "m.md");
        Assert.Equal(new[] { "A Paper" }, document.Entries.Select(entry => entry.Title));
    }

    [Fact]
    public void ParagraphsHeadingsAndColumns_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ParagraphsHeadingsAndColumns, "l.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Fast Sampling by a Paragraph", new[] { "Ann One", "Bob Two" }, "2501.00161", new VenueInfo(VenueKind.Unspecified, "ICLR", 2022, null, "ICLR 2022 (Outstanding Paper)", "Outstanding Paper")),
            (8, "A Journal by a Paragraph", new[] { "Cy Three" }, "2501.00162", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2023, null, "ACM Computing Surveys 2023")),
            (15, "A Paper as a Heading", none, "2501.00163", null),
            (24, "A Venue from the Year Column", none, "2501.00164", new VenueInfo(VenueKind.Unspecified, "ICLR", 2023, null, "ICLR")),
            (25, "A Journal with No Year in Its Cell", none, "2501.00165", new VenueInfo(VenueKind.Unspecified, "Nature Machine Intelligence", 2025, null, "Nature Machine Intelligence")),
            (26, "An Industry Track", none, "2501.00166", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2024, "Industry", "EMNLP Industry Track")),
            (32, "A Quoted Title in a Source Column", none, "2501.00167", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2021, null, "NeurIPS 2021")),
            (35, "A Title Ending in a Venue", none, "2501.00168", new VenueInfo(VenueKind.Unspecified, "ICCV", 2021, null, "ICCV")),
            (36, "A Survey Cited with Its Year", new[] { "Huang" }, "2501.00169", null),
            (37, "A Track Before the Year", none, "2501.00170", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2021, "Datasets and Benchmarks", "NeurIPS Datasets and Benchmarks 2021")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms found by the corpus's thirteenth and fourteenth batches: a table whose links are in a Materials column and
    /// whose Venue cells hold journal abbreviations or a lower-case workshop with the year in a Year column; names and
    /// a venue after a title link, separated by a pipe from the links (the title maybe a project page); a nickname in
    /// bold parentheses before an italic title with its venue in code and its links on the next line; a quoted bold
    /// title followed by its authors and venue; and a venue's year pages, which are no entry.
    /// </summary>
    internal const string CitationsAfterTitles =
        """
        ## Federated

        | Title | Affiliation | Venue | Year | TL;DR | Materials |
        | --- | --- | --- | --- | --- | --- |
        | Learning Apart Together | Lab | Nat. Commun. | 2022 | LAT | [[PDF](https://arxiv.org/abs/2501.00181)] [[CODE](https://github.com/owner/lat)] |
        | Federated Workshops Too | Lab | ICLR workshop | 2021 | FWT | [[PUB](https://openreview.net/forum?id=abc)] [[PDF](https://arxiv.org/abs/2501.00182)] |
        | A Journal in Full | Lab | IEEE Trans. Parallel Distributed Syst. | 2022 | | [[PDF](https://arxiv.org/abs/2501.00183)] |

        ## Fields
        - [Radiance Fields Quickly](https://arxiv.org/abs/2501.00184), Tancik et al., NeurIPS 2020 (Spotlight) | [github](https://github.com/owner/rf) | [bibtex](./citations/rf.txt)
        - [A Project Page Title](https://example.org/project), Mildenhall and Srinivasan et al., ECCV 2020 (Oral) | [github](https://github.com/owner/pp)
        - [A Preprint Survey](https://arxiv.org/abs/2501.00186), Dellaert and Yen-Chen, Arxiv 2020 | [bibtex](./survey.bib)

        ## Science
        - **(SciNick)** _A Scientific Language Model_ ```npj Computational Materials 2022```     
        [[Paper](https://arxiv.org/abs/2501.00187)] [[GitHub](https://github.com/owner/sci)]

        ## Survey
        1. <u>T5</u>: **"Transfer Learning to Its Limits"**. *Colin Raffel et al.* JMLR 2020. [[Paper](https://arxiv.org/abs/2501.00188)]

        ## Venues
        - CVPR [2022](https://openaccess.thecvf.com/CVPR2022), [2021](https://openaccess.thecvf.com/CVPR2021)

        """;

    [Fact]
    public void CitationsAfterTitles_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitationsAfterTitles, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Learning Apart Together", none, "2501.00181", new VenueInfo(VenueKind.Unspecified, "Nat. Commun.", 2022, null, "Nat. Commun.")),
            (6, "Federated Workshops Too", none, "2501.00182", new VenueInfo(VenueKind.Workshop, "ICLR", 2021, "Workshop", "ICLR workshop")),
            (7, "A Journal in Full", none, "2501.00183", new VenueInfo(VenueKind.Unspecified, "IEEE Trans. Parallel Distributed Syst.", 2022, null, "IEEE Trans. Parallel Distributed Syst.")),
            (10, "Radiance Fields Quickly", new[] { "Tancik" }, "2501.00184", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2020, null, "NeurIPS 2020 (Spotlight)", "Spotlight")),
            (11, "A Project Page Title", new[] { "Mildenhall", "Srinivasan" }, null!, new VenueInfo(VenueKind.Unspecified, "ECCV", 2020, null, "ECCV 2020 (Oral)", "Oral")),
            (12, "A Preprint Survey", new[] { "Dellaert", "Yen-Chen" }, "2501.00186", null),
            (15, "A Scientific Language Model", none, "2501.00187", new VenueInfo(VenueKind.Unspecified, "npj Computational Materials", 2022, null, "npj Computational Materials 2022")),
            (19, "Transfer Learning to Its Limits", new[] { "Colin Raffel" }, "2501.00188", new VenueInfo(VenueKind.Unspecified, "JMLR", 2020, null, "JMLR 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms found by the corpus's fifteenth and sixteenth batches: a venue with the month of its date (<c>*CoRL, Jul
    /// 2022*</c>), a title with its links on the next line and an authors sub-bullet in BibTeX's order with the venue
    /// after it, a date in parentheses after a title link, a long talk as a distinction, and a journal with an
    /// apostrophe year in a Venue column.
    /// </summary>
    internal const string DatesNamesAndTalks =
        """
        ## Planning
        * **Monologue**: "Embodied Reasoning through Planning", *CoRL, Jul 2022*. [[Paper](https://arxiv.org/abs/2501.00191)]

        #### 2015
        - Learning by Context Prediction.
          [[pdf]](https://arxiv.org/abs/2501.00192)
          - Doersch, Carl and Gupta, Abhinav and Efros, Alexei A. *ICCV 2015*

        ## Video
        + [A Dated Video Model](https://arxiv.org/abs/2501.00193) (Oct., 2022)

        ## Graphs
        1. [ICML 2021] **Graph Contrastive Learning Automated** [[paper]](https://arxiv.org/abs/2501.00194) (Long Talk)

        | Time | Title | Venue | Paper |
        | --- | --- | --- | --- |
        | 2023.03 | **A Journal with an Apostrophe Year** | Nature Machine Intelligence'23 | [link](https://arxiv.org/abs/2501.00195) |

        """;

    /// <summary>
    /// Forms found by the corpus's seventeenth and eighteenth batches: the authors (and the venue) in an item's second
    /// paragraph, indented under the title's line; a title written as text with <c>| **[Venue' YY]** |</c> after it
    /// (a space after the year's apostrophe, a track or a long name before it); a venue link in brackets before the title
    /// (<c>[[3DV](url)]</c>, a journal the reader does not know, <c>[[Sensors](url)]</c>, a nickname on an arXiv link) with
    /// tags of abbreviated words and an emoji shortcode after the title.
    /// </summary>
    internal const string ParagraphFieldsAndApostrophes =
        """
        ## Surveys

        1. **A Survey of Graph Networks.** arxiv 2018. [paper](https://arxiv.org/pdf/2501.00201.pdf)

            *Ann One, Bob Two, Cy Three.*

        - **Reasoning with Prompts: A Survey.** [[paper](https://arxiv.org/abs/2501.00202)] [[code](https://github.com/example/reasoning)]

          *Dee Four, Eve Five.* ACL 2023 Findings

        ## Time series
        - Detecting Spacecraft Anomalies  | **[KDD' 18]** |  [`[pdf]`](https://arxiv.org/pdf/2501.00203.pdf) | [`[code]`](https://github.com/example/telemanom)
        - Encoder-Decoder for Sensor Anomalies  | **[ICML' 16 Workshop]** |  [`[pdf]`](https://arxiv.org/pdf/2501.00204.pdf)
        - Estimating the Support of a Distribution  | **[Journal of Neural Computation' 01]** |  [`[pdf]`](https://arxiv.org/pdf/2501.00205.pdf)

        ## 2017
        - [[3DV](https://arxiv.org/abs/2501.00206)] Semantic Segmentation of Point Clouds. [__`seg.`__] :star:
        - [[Sensors](https://www.mdpi.com/1424-8220/18/10/3337)] Sparsely Embedded Convolutional Detection. [[pytorch](https://github.com/example/second)] [__`det.`__ __`aut.`__] :fire: :star:
        - [[Mamba](https://arxiv.org/abs/2501.00207)] Mamba: Selective State Spaces. [[code](https://github.com/example/mamba)]

        """;

    [Fact]
    public void ParagraphFieldsAndApostrophes_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ParagraphFieldsAndApostrophes, "p.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Survey of Graph Networks", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00201", null),
            (7, "Reasoning with Prompts: A Survey", new[] { "Dee Four", "Eve Five" }, "2501.00202", new VenueInfo(VenueKind.Unspecified, "ACL", 2023, "Findings", "ACL 2023 Findings")),
            (12, "Detecting Spacecraft Anomalies", none, "2501.00203", new VenueInfo(VenueKind.Unspecified, "KDD", 2018, null, "KDD'18")),
            (13, "Encoder-Decoder for Sensor Anomalies", none, "2501.00204", new VenueInfo(VenueKind.Workshop, "ICML", 2016, "Workshop", "ICML'16 Workshop")),
            (14, "Estimating the Support of a Distribution", none, "2501.00205", new VenueInfo(VenueKind.Unspecified, "Journal of Neural Computation", 2001, null, "Journal of Neural Computation'01")),
            (17, "Semantic Segmentation of Point Clouds", none, "2501.00206", new VenueInfo(VenueKind.Unspecified, "3DV", 2017, null, "3DV")),
            (18, "Sparsely Embedded Convolutional Detection", none, null, new VenueInfo(VenueKind.Unspecified, "Sensors", 2017, null, "Sensors")),
            (19, "Mamba: Selective State Spaces", none, "2501.00207", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.mdpi.com/1424-8220/18/10/3337", document.Entries[6].Url);
    }

    /// <summary>
    /// Forms found by the corpus's nineteenth and twentieth batches: a venue tag and a nickname with a colon before the
    /// title link, an award where the authors would stand, a preprint updated to a venue (<c>arXiv '23 → ASPLOS
    /// '24</c>), a named workshop, field lines that start with an emoji (<c>📑 Publisher: ...</c>), a track and a note in
    /// one parenthesis, <c>D&amp;B</c>, a journal's name with a comma before the year, and a note in emphasis.
    /// </summary>
    internal const string NicknamesAwardsAndFieldLabels =
        """
        ## Serving
        - [SOSP '23] **vLLM**: [Paged Memory for Model Serving](https://arxiv.org/abs/2501.00211) [[Code](https://github.com/example/vllm)]
          - *Ann One, Bob Two*
        - [ICML '24] **Lookahead Decoding**: [Breaking the Sequential Dependency](https://arxiv.org/abs/2501.00212)
        - [ATC '21] [Model-less Inference Serving](https://www.usenix.org/conference/atc21/presentation/example) 🏆 **Best Paper Award** [[Code](https://github.com/example/infaas)]
          - *Cy Three, Dee Four*
        - [arXiv '23 → ASPLOS '24] [Tree-based Speculative Inference](https://arxiv.org/abs/2501.00213)
        - [NeurIPS '23 ENLSP Workshop] [Inference on CPUs](https://arxiv.org/abs/2501.00214)

        ## Agents
        - [A Foundation Action Model](https://arxiv.org/abs/2501.00215)
            - Eve Five, Fay Six
            - 🏛️ Institutions: Example Lab
            - 📅 Date: October 30, 2024
            - 📑 Publisher: NeurIPS 2023 (Datasets and Benchmarks, Spotlight)

        | Date | Venue | Benchmark | Source |
        | --- | --- | --- | --- |
        | 2023-10 | NeurIPS 2023 D&B | CrossEval | "A Benchmark for Cross-File Completion" [[paper](https://arxiv.org/abs/2501.00216)] |

        ## Vision
        * "Transformers in Vision: A Survey", ACM Computing Surveys, 2021 (*Example University*). [[Paper](https://arxiv.org/abs/2501.00217)]
        * **Swin**: "Shifted Window Transformers", ICCV, 2021 (**Best Paper**) (*Example Lab*). [[Paper](https://arxiv.org/abs/2501.00218)]

        """;

    [Fact]
    public void NicknamesAwardsAndFieldLabels_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknamesAwardsAndFieldLabels, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Paged Memory for Model Serving", new[] { "Ann One", "Bob Two" }, "2501.00211", new VenueInfo(VenueKind.Unspecified, "SOSP", 2023, null, "SOSP '23")),
            (4, "Breaking the Sequential Dependency", none, "2501.00212", new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML '24")),
            (5, "Model-less Inference Serving", new[] { "Cy Three", "Dee Four" }, null, new VenueInfo(VenueKind.Unspecified, "ATC", 2021, null, "ATC '21", "Best Paper Award")),
            (7, "Tree-based Speculative Inference", none, "2501.00213", new VenueInfo(VenueKind.Unspecified, "ASPLOS", 2024, null, "ASPLOS '24")),
            (8, "Inference on CPUs", none, "2501.00214", new VenueInfo(VenueKind.Workshop, "NeurIPS", 2023, "ENLSP Workshop", "NeurIPS '23 ENLSP Workshop")),
            (11, "A Foundation Action Model", new[] { "Eve Five", "Fay Six" }, "2501.00215", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, "Datasets and Benchmarks", "NeurIPS 2023 (Datasets and Benchmarks, Spotlight)", "Spotlight")),
            (19, "A Benchmark for Cross-File Completion", none, "2501.00216", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, "Datasets and Benchmarks", "NeurIPS 2023 D&B")),
            (22, "Transformers in Vision: A Survey", none, "2501.00217", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2021, null, "ACM Computing Surveys, 2021")),
            (23, "Shifted Window Transformers", none, "2501.00218", new VenueInfo(VenueKind.Unspecified, "ICCV", 2021, null, "ICCV, 2021", "Best Paper")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Forms found by the corpus's twenty-first and twenty-second batches: an item whose own line is a tag and whose
    /// sub-items hold the title, <c>Author(s):</c> and a badge that links the paper (with a Conference badge); a plain
    /// title whose only paper link is a badge; venue badges whose one text is a venue as text is written; a table whose
    /// Paper column is plain text with the link in a Link column; <c>NeurIPS Datasets and Benchmarks, 2023</c> after the
    /// names; <c>3DV 2024</c> and <c>SIGGRAPH 2022 (TOG)</c> after a citation; <c>vs.</c> inside a title.
    /// </summary>
    internal const string SubItemEntriesAndBadgeTexts =
        """
        ## Models
        - `【2024-08】-【VITA】-【Example Lab】-【Type: Model】`
          - VITA: Towards an Omni Model That Can Hear, Talk and See
          - Author(s): Ann One, Bob Two
          - [![Paper](https://img.shields.io/badge/arXiv-2501.00221-brightgreen.svg)](https://arxiv.org/abs/2501.00221) [![GitHub stars](https://img.shields.io/github/stars/example/vita?style=social)](https://github.com/example/vita) ![Conference](https://img.shields.io/badge/EMNLP_Findings-2024-orange.svg)
        - A Badge-Linked Speech Model [![arXiv](https://img.shields.io/badge/arXiv-2501.00222-b31b1b.svg)](https://arxiv.org/abs/2501.00222)

        ## Safety
        - [2023/05] **[Preference Optimization as a Reward Model](https://arxiv.org/abs/2501.00223)** ![LLM](https://img.shields.io/badge/LLM-589cf4) ![NeurIPS'23_(Oral)](https://img.shields.io/badge/NeurIPS'23_(Oral)-f1b800)
        - [2024/02] **[Structured Queries Against Injection](https://arxiv.org/abs/2501.00224)** ![USENIX_Security'25](https://img.shields.io/badge/USENIX_Security'25-f1b800)
        - [2023/07] **[Open Problems of Feedback Learning](https://arxiv.org/abs/2501.00225)** ![TMLR](https://img.shields.io/badge/TMLR-f1b800)

        | **Name** | **Paper** | **Publication** | **Link** |
        |:---:|:---:|:---:|:---:|
        | KAR | Where to Go Next? ID- vs. Modality-based Recommenders Revisited | SIGIR 2023 | [[Link]](https://arxiv.org/abs/2501.00226) |

        ## Benchmarks
        - [A Research-Oriented Offline RL Library](https://arxiv.org/abs/2501.00227) [[code](https://github.com/example/corl)]
          - Cy Three, Dee Four, and Eve Five. NeurIPS Datasets and Benchmarks, 2023.
        - [Score Distillation for 3D Scenes](https://arxiv.org/abs/2501.00228), Fay Six et al., 3DV 2024 | [citation](./References.md#L1-L8)
        - [Text-Driven Avatars](https://arxiv.org/abs/2501.00229), Gus Seven et al., SIGGRAPH 2022 (TOG) | [citation](./References.md#L9-L16)

        """;

    /// <summary>
    /// Forms of the twenty-third and twenty-fourth corpus batches: a venue in parentheses at the end of a plain title
    /// (a journal's name with a colon, a medical-imaging journal's name alone, a workshop named before its year), a
    /// note in parentheses after a title's full stop, a lower-case note in a Venue column, the last venue of a
    /// Publisher field's list, a bold title with its links as a paragraph and the names, marked, as the next one.
    /// </summary>
    internal const string TrailingParenthesesAndParagraphNames =
        """
        ## Medical
        |Date|Authors|Title|Code|
        |---|---|---|---|
        |202208|J. Wasserthal et al.|Robust Segmentation of Anatomic Structures (Radiology: Artificial Intelligence 2023)[[paper]](https://arxiv.org/abs/2501.00231)|[Link](https://github.com/example/total)|
        |202306|S. Gong et al.|Holistic Adaptation from 2D to 3D (MedIA)[[paper]](https://arxiv.org/abs/2501.00232)|[Code](https://github.com/example/adapter)|

        ## Graphs
        1. Pretrained Models for Graph-to-Text Generation (NLP4ConvAI Workshop 2021) [[paper]](https://arxiv.org/abs/2501.00233)

        ## Quantization
        - [[ICLR 2016](https://arxiv.org/abs/2501.00234)] Deep Compression of Networks with Huffman Coding. (Best Paper Award) [**`other`**]
        - [[ICLR](https://arxiv.org/abs/2501.00235)] Efficient Fine-Tuning of Low-Bit Models. (Spotlight) [**`qnn`**]

        | Title | Venue | Year | Materials |
        |---|---|---|---|
        | On the Convergence of Averaging on Skewed Data | ICLR (oral) | 2020 | [[PDF](https://arxiv.org/abs/2501.00236)] |

        ## Driving
        - [Interpretable Driving via a Language Model](https://arxiv.org/abs/2501.00237)
          - Ann One, Bob Two
          - Publisher: arXiv 2023, RA-L 2024

        ## Surveys
        **Binary Networks: A Survey** [[Paper](https://www.sciencedirect.com/science/article/abs/pii/S0031320320300001)] [[Blog](https://example.com/blog)]

        *Cy Three, Dee Four\*, and Eve Five.*

        """;

    [Fact]
    public void TrailingParenthesesAndParagraphNames_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TrailingParenthesesAndParagraphNames, "p.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Robust Segmentation of Anatomic Structures", new[] { "J. Wasserthal" }, "2501.00231", new VenueInfo(VenueKind.Unspecified, "Radiology: Artificial Intelligence", 2023, null, "Radiology: Artificial Intelligence 2023")),
            (5, "Holistic Adaptation from 2D to 3D", new[] { "S. Gong" }, "2501.00232", new VenueInfo(VenueKind.Unspecified, "MedIA", null, null, "MedIA")),
            (8, "Pretrained Models for Graph-to-Text Generation", none, "2501.00233", new VenueInfo(VenueKind.Workshop, "NLP4ConvAI", 2021, "Workshop", "NLP4ConvAI Workshop 2021")),
            (11, "Deep Compression of Networks with Huffman Coding", none, "2501.00234", new VenueInfo(VenueKind.Unspecified, "ICLR", 2016, null, "ICLR 2016", "Best Paper Award")),
            (12, "Efficient Fine-Tuning of Low-Bit Models", none, "2501.00235", new VenueInfo(VenueKind.Unspecified, "ICLR", null, null, "ICLR", "Spotlight")),
            (16, "On the Convergence of Averaging on Skewed Data", none, "2501.00236", new VenueInfo(VenueKind.Unspecified, "ICLR", 2020, null, "ICLR (oral)", "Oral")),
            (19, "Interpretable Driving via a Language Model", new[] { "Ann One", "Bob Two" }, "2501.00237", new VenueInfo(VenueKind.Unspecified, "RA-L", 2024, null, "RA-L 2024")),
            (24, "Binary Networks: A Survey", new[] { "Cy Three", "Dee Four", "Eve Five" }, null, null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.sciencedirect.com/science/article/abs/pii/S0031320320300001", document.Entries[^1].Url);
    }

    /// <summary>
    /// Forms of the twenty-fifth and twenty-sixth corpus batches: a heading that is a paper's title with an authors line,
    /// an abstract in <c>&lt;details&gt;</c> and a line of links under it (a bracketed venue and note before the title,
    /// a code link not yet there, a qualified "Paper" label); a venue line after the names in sub-items (a note, a
    /// workshop named before "@", a slash in a name); a bold bracketed nickname of several words before a title; a table
    /// of model names whose Published column links the paper, with a known venue and a glued two-digit year and a note
    /// among the Keywords; a long
    /// journal name with its year as a link's label.
    /// </summary>
    internal const string HeadingBlocksModelTablesAndVenueLines =
        """
        ## 3D Reconstruction:
        ### 1. [CVPR '24 Highlight] Structured Gaussians for Rendering
        **Authors**: Ann One, Bob Two

        <details span>
        <summary><b>Abstract</b></summary>
        We introduce anchor points that distribute local Gaussians.
        </details>

          [📄 Paper](https://arxiv.org/pdf/2501.00241.pdf) | [🌐 Project Page](https://example.org/gs/) | [💻 Code (not yet)]

        ### Splatting for Real-Time Rendering
        **Authors**: Cy Three

          [📄 Paper (Low Resolution)](https://example.org/splatting_low.pdf) | [💻 Code](https://github.com/example/splatting)

        ## Provers

        - **Draft, Sketch, and Prove with Informal Proofs** [[paper](https://arxiv.org/abs/2501.00243)]
          - Dee Four, Eve Five
          - ICLR 2023 (Oral)

        - **Experiments with Elementary Proofs** [[paper](https://arxiv.org/abs/2501.00244)]
          - Fay Six
          - MathNLP Workshop @ EMNLP 2022

        - **Tactics for Verified Code** [[paper](https://arxiv.org/abs/2501.00245)]
          - Gus Seven
          - ESEC/FSE 2023 (Distinguished Paper Award)

        ## Detection

        - **[Faster R-CNN, RPN]** Towards Real-Time Object Detection | **[NIPS' 15]** |[`[pdf]`](https://arxiv.org/pdf/2501.00246.pdf)

        | Model       | Published                                  | Code                                    | Keywords |
        | ----------- | ------------------------------------------ | --------------------------------------- | -------- |
        | SRCNN       | [ECCV14](https://arxiv.org/abs/2501.00247) | [Keras](https://github.com/example/srcnn) | Kaggle |
        | ESRGAN      | [ECCVW18](https://arxiv.org/abs/2501.00248) | [PyTorch](https://github.com/example/esrgan) | GAN |
        | ZSSR        | [CVPR18](http://www.example.org/~vision/zssr/) | | Zero-shot, NTIRE18 Champion |
        | FRVSR       | [CVPR18](https://arxiv.org/abs/2501.00251) | [PDF](https://github.com/example/frvsr) | VideoSR |

        - A Comprehensive Survey on Transfer Learning [[Proceedings of the IEEE 2020]](https://arxiv.org/abs/2501.00250)

        """;

    [Fact]
    public void HeadingBlocksModelTablesAndVenueLines_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(HeadingBlocksModelTablesAndVenueLines, "h.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Structured Gaussians for Rendering", new[] { "Ann One", "Bob Two" }, "2501.00241", new VenueInfo(VenueKind.Unspecified, "CVPR", 2024, null, "CVPR '24 Highlight", "Highlight")),
            (12, "Splatting for Real-Time Rendering", new[] { "Cy Three" }, null, null),
            (19, "Draft, Sketch, and Prove with Informal Proofs", new[] { "Dee Four", "Eve Five" }, "2501.00243", new VenueInfo(VenueKind.Unspecified, "ICLR", 2023, null, "ICLR 2023 (Oral)", "Oral")),
            (23, "Experiments with Elementary Proofs", new[] { "Fay Six" }, "2501.00244", new VenueInfo(VenueKind.Workshop, "EMNLP", 2022, "MathNLP", "MathNLP@EMNLP 2022")),
            (27, "Tactics for Verified Code", new[] { "Gus Seven" }, "2501.00245", new VenueInfo(VenueKind.Unspecified, "ESEC/FSE", 2023, null, "ESEC/FSE 2023 (Distinguished Paper Award)", "Distinguished Paper Award")),
            (33, "Towards Real-Time Object Detection", none, "2501.00246", new VenueInfo(VenueKind.Unspecified, "NIPS", 2015, null, "NIPS'15")),
            (37, "SRCNN", none, "2501.00247", new VenueInfo(VenueKind.Unspecified, "ECCV", 2014, null, "ECCV14")),
            (38, "ESRGAN", none, "2501.00248", new VenueInfo(VenueKind.Workshop, "ECCV", 2018, "Workshop", "ECCVW18")),
            (39, "ZSSR", none, null, new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR18", "NTIRE18 Champion")),
            (40, "FRVSR", none, "2501.00251", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR18")),
            (42, "A Comprehensive Survey on Transfer Learning", none, "2501.00250", new VenueInfo(VenueKind.Unspecified, "Proceedings of the IEEE", 2020, null, "Proceedings of the IEEE 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://example.org/splatting_low.pdf", document.Entries[1].Url);
        Assert.Equal("3D Reconstruction:", document.Entries[0].Category); // a title's heading is no section
        Assert.Equal("http://www.example.org/~vision/zssr/", document.Entries[8].Url);
    }

    /// <summary>
    /// Forms of the twenty-seventh and twenty-eighth corpus batches: a title link's label in quotes, a venue's name and
    /// its year as two pieces after the names (<c>, ICLR, 2020</c>) with a note as a third, a numbered title that ends in
    /// a question mark before its authors in emphasis, citations in the ACL's style (names and year before the title
    /// link, <c>In *Proceedings of ACL 2016*.</c> or a journal without its year after it), a workshop's letter in a
    /// Publication column with the year in its own.
    /// </summary>
    internal const string QuotedTitlesAndVenuesBetweenCommas =
        """
        ## Reading Comprehension
        - ["Know What You Don't Know: Unanswerable Questions"](https://arxiv.org/abs/2501.00261), Ann One, Bob Two, ACL 2018.
        - [Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/2501.00262), Cy Three, Dee Four, NAACL, 2019, Best Long Paper
        - [Distilling a Transformer](https://arxiv.org/abs/2501.00263), Eve Five, Findings of EMNLP, 2020

        ## Evaluation
        1. Is a Chat Model a General-Purpose Task Solver? _Fay Six et al._ EMNLP 2023. [[paper](https://arxiv.org/abs/2501.00264)]

        ## Translation
        * Gus Seven, Hal Eight, and Ivy Nine. 2016. [Translation of Rare Words](https://arxiv.org/abs/2501.00265). In *Proceedings of ACL 2016*.
        * Jon Ten. 1993. [The Mathematics of Translation](https://aclweb.org/anthology/J93-2003). *Computational Linguistics*. ([Citation](https://scholar.google.com/scholar?cites=1): 4,965)
        * Kim Eleven. 2005. [An Automatic Metric](https://aclweb.org/anthology/W05-0909). In *Proceedings of ACL 2005 Workshop on Evaluation Measures*.

        | Year | Publication | Paper | Code |
        |---|---|---|---|
        | 2020 | CVPRW | [Score-Weighted Explanations](https://arxiv.org/abs/2501.00266) | |

        """;

    /// <summary>
    /// A venue tag and a bold title on the item's line, the names and the links as sub-items; a numbered item of a venue
    /// tag, a nickname and a plain title over sub-items that only link (the paper, its code); a title with its year
    /// glued on and the names after it; the names first, then the title in italics and the venue; a journal's long name
    /// and an ICLR "notable top 5%" after the names; a long title about audio books; and the sub-items of a topic that
    /// are entries of their own.
    /// </summary>
    internal const string TitleLinesOverLinkSubItemsAndNamesFirst =
        """
        ## Surveys
        - [ACM Computing Surveys 2024] **A Survey of Text Watermarking**
          - *Ann One, Bob Two, Cy Three*
          - [[Paper]](https://arxiv.org/abs/2501.00301)
        - [arXiv 2023] **A Survey on Detecting Generated Text**
          - *Dee Four, Eve Five, et al.*
          - [[Paper]](https://arxiv.org/abs/2501.00302) [[Code]](https://github.com/example/detect)

        ## Few-Shot
        1. [ICML 2017] (MAML) Model-Agnostic Meta-Learning for Fast Adaptation
            - [paper](https://arxiv.org/pdf/2501.00303.pdf)
            - [code](https://github.com/example/maml)
        1. [ICML 2015 Workshop] Siamese Networks for One-shot Recognition
            - [paper](https://www.cs.example.edu/~one/oneshot1.pdf)

        ## Speech
        - Listen, Attend and Spell(2015), Fay Six, Gus Seven, Quoc V. Le, Hal Eight. [[pdf]](https://arxiv.org/pdf/2501.00305)
        - Librispeech: An ASR corpus based on public domain audio books(2015), Ivy Nine, Jon Ten. [[pdf]](http://www.example.com/files/librispeech.pdf)

        ## Question Answering
        - Drew A. Hudson, Kim Eleven, *GQA: A New Dataset for Compositional Question Answering*, CVPR 2019 (Oral). [[Paper]](https://arxiv.org/abs/2501.00307)
        - Lou Twelve, Laurens van der Maaten, *Simple Baselines for Question Answering*, arXiv:2501.00308. [[Paper]](https://arxiv.org/abs/2501.00308) [[Code]](https://github.com/example/vqa)

        ## Tools
        5. **ReAct: Reasoning and Acting in Language Models.** *Max One, Ned Two.* ICLR 2023 (notable top 5%). [[paper](https://arxiv.org/abs/2501.00309)]
        1. **Augmenting Language Models with Chemistry Tools.** *Oz Three, Pat Four.* Nature Machine Intelligence 2024. [[paper](https://arxiv.org/abs/2501.00310)]

        - **Quantization**
          - [A Nested Entry](https://arxiv.org/abs/2501.00311). Quin Five, Ray Six. [[Paper]](https://arxiv.org/abs/2501.00311)

        """;

    [Fact]
    public void TitleLinesOverLinkSubItemsAndNamesFirst_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TitleLinesOverLinkSubItemsAndNamesFirst, "t.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "A Survey of Text Watermarking", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00301", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2024, null, "ACM Computing Surveys 2024")),
            (5, "A Survey on Detecting Generated Text", new[] { "Dee Four", "Eve Five" }, "2501.00302", null),
            (10, "Model-Agnostic Meta-Learning for Fast Adaptation", none, "2501.00303", new VenueInfo(VenueKind.Unspecified, "ICML", 2017, null, "ICML 2017")),
            (13, "Siamese Networks for One-shot Recognition", none, null, new VenueInfo(VenueKind.Workshop, "ICML", 2015, "Workshop", "ICML 2015 Workshop")),
            (17, "Listen, Attend and Spell", new[] { "Fay Six", "Gus Seven", "Quoc V. Le", "Hal Eight" }, "2501.00305", null),
            (18, "Librispeech: An ASR corpus based on public domain audio books", new[] { "Ivy Nine", "Jon Ten" }, null, null),
            (21, "GQA: A New Dataset for Compositional Question Answering", new[] { "Drew A. Hudson", "Kim Eleven" }, "2501.00307", new VenueInfo(VenueKind.Unspecified, "CVPR", 2019, null, "CVPR 2019 (Oral)", "Oral")),
            (22, "Simple Baselines for Question Answering", new[] { "Lou Twelve", "Laurens van der Maaten" }, "2501.00308", null),
            (25, "ReAct: Reasoning and Acting in Language Models", new[] { "Max One", "Ned Two" }, "2501.00309", new VenueInfo(VenueKind.Unspecified, "ICLR", 2023, null, "ICLR 2023 (notable top 5%)", "Notable top 5%")),
            (26, "Augmenting Language Models with Chemistry Tools", new[] { "Oz Three", "Pat Four" }, "2501.00310", new VenueInfo(VenueKind.Unspecified, "Nature Machine Intelligence", 2024, null, "Nature Machine Intelligence 2024")),
            (29, "A Nested Entry", new[] { "Quin Five", "Ray Six" }, "2501.00311", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.cs.example.edu/~one/oneshot1.pdf", document.Entries.Single(entry => entry.Line == 13).Url);
        Assert.Equal("https://github.com/example/maml", document.Entries.Single(entry => entry.Line == 10).Links.Single(link => link.Kind == LinkKind.Code).Url);
        Assert.Equal(new RepositoryInfo("example", "detect"), document.Entries.Single(entry => entry.Line == 5).Repository);
    }

    /// <summary>
    /// A list kept by venue (<c>### NeurIPS 2024</c> over entries that name none, an award after the title; a heading
    /// that is a year or "Before 2018" is no venue); a table's <c>Pub</c> column with a Year column, a track in the
    /// venue cell; a journal's long name in italics and its year after the names in a sub-item.
    /// </summary>
    internal const string VenueHeadingsPubColumnsAndLongJournals =
        """
        ### NeurIPS 2024

        - [Diffusion for World Modeling](https://arxiv.org/abs/2501.00321) (Spotlight)
          - Ann One, Bob Two
          - Key: world models

        ### Year 2023
        - [A Paper of a Year](https://arxiv.org/abs/2501.00322)
          - Cy Three

        ### Surveys
        - Backdoor Learning: A Survey. [[pdf]](https://arxiv.org/pdf/2501.00323.pdf)
          - Dee Four, Eve Five, and Fay Six. *IEEE Transactions on Neural Networks and Learning Systems*, 2022.

        | Year | Pub | Paper | Repo |
        | :--- | :--- | :--- | :--- |
        | 2024 | TIP | [A Top-down Approach to Quality Assessment](https://arxiv.org/abs/2501.00324) | [Official](https://github.com/example/topiq) |
        | 2022 | CVPRW | [Attentions Help CNNs See Better](https://arxiv.org/abs/2501.00325) | |

        | Year | Title | Venue | Paper | Code |
        |---|---|---|---|---|
        | 2021 | **A Graph Robustness Benchmark** | NeurIPS Datasets and Benchmarks | [Link](https://arxiv.org/abs/2501.00326) | N/A |

        """;

    [Fact]
    public void VenueHeadingsPubColumnsAndLongJournals_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueHeadingsPubColumnsAndLongJournals, "v.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Diffusion for World Modeling", new[] { "Ann One", "Bob Two" }, "2501.00321", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024", "Spotlight")),
            (8, "A Paper of a Year", new[] { "Cy Three" }, "2501.00322", null),
            (12, "Backdoor Learning: A Survey", new[] { "Dee Four", "Eve Five", "Fay Six" }, "2501.00323", new VenueInfo(VenueKind.Unspecified, "IEEE Transactions on Neural Networks and Learning Systems", 2022, null, "IEEE Transactions on Neural Networks and Learning Systems, 2022")),
            (17, "A Top-down Approach to Quality Assessment", none, "2501.00324", new VenueInfo(VenueKind.Unspecified, "TIP", 2024, null, "TIP")),
            (18, "Attentions Help CNNs See Better", none, "2501.00325", new VenueInfo(VenueKind.Workshop, "CVPR", 2022, "Workshop", "CVPRW")),
            (22, "A Graph Robustness Benchmark", none, "2501.00326", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2021, "Datasets and Benchmarks", "NeurIPS Datasets and Benchmarks")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A list kept by year whose entries name their venue without one in a parenthesis (<c>(EMNLP)</c>, <c>(Findings of
    /// ACL)</c>, <c>(CALCS Workshop, EMNLP)</c>, <c>(SemEval)</c>; <c>(arXiv)</c> is none); a "Paper &amp; Authors" column
    /// and a Publication cell with an award after an emoji; a journal's long name after names in emphasis.
    /// </summary>
    internal const string VenueNamesUnderYearHeadingsAndPaperAuthorColumns =
        """
        ### 2023
        - [Language Models Are Not (Yet) Code-Switchers](https://arxiv.org/abs/2501.00331) (EMNLP) [[code]](https://github.com/example/cs)
        - [Code-Switched Text Synthesis](https://arxiv.org/abs/2501.00332) (Findings of ACL)
        - [Prompting Models to Generate Code-Mixed Texts](https://arxiv.org/abs/2501.00333) (CALCS Workshop, EMNLP)
        - [A Shared Task System](https://arxiv.org/abs/2501.00334) (SemEval)
        - [A Preprint of the Year](https://arxiv.org/abs/2501.00335) (arXiv)

        | Date | Paper & Authors | Affiliation | Publication | TL;DR | Materials |
        |:----:|:----------------|:-----------:|:-----------:|:------|:---------:|
        | 2022-07 | [**Toward Transparent AI**](https://arxiv.org/abs/2501.00336) <br> Ann One, Bob Two | MIT | SaTML'23 | A survey | - |
        | 2024-04 | [**Interpretability for Safety**](https://arxiv.org/abs/2501.00337) <br> Cy Three, Dee Four, et al. | UvA | TMLR'24 🏅 Outstanding Paper | A review | [Code](https://github.com/example/mi) |

        ## Surveys
        1. **Pretrained Transformers for Text Ranking: BERT and Beyond,** *Eve Five, Fay Six*, Synthesis Lectures on Human Language Technologies 2021. [[Paper](https://arxiv.org/abs/2501.00338)]

        """;

    [Fact]
    public void VenueNamesUnderYearHeadingsAndPaperAuthorColumns_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueNamesUnderYearHeadingsAndPaperAuthorColumns, "y.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Language Models Are Not (Yet) Code-Switchers", none, "2501.00331", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP")),
            (3, "Code-Switched Text Synthesis", none, "2501.00332", new VenueInfo(VenueKind.Unspecified, "ACL", 2023, "Findings", "Findings of ACL")),
            (4, "Prompting Models to Generate Code-Mixed Texts", none, "2501.00333", new VenueInfo(VenueKind.Workshop, "EMNLP", 2023, "Workshop", "CALCS Workshop, EMNLP")),
            (5, "A Shared Task System", none, "2501.00334", new VenueInfo(VenueKind.Unspecified, "SemEval", 2023, null, "SemEval")),
            (6, "A Preprint of the Year", none, "2501.00335", null),
            (10, "Toward Transparent AI", new[] { "Ann One", "Bob Two" }, "2501.00336", new VenueInfo(VenueKind.Unspecified, "SaTML", 2023, null, "SaTML'23")),
            (11, "Interpretability for Safety", new[] { "Cy Three", "Dee Four" }, "2501.00337", new VenueInfo(VenueKind.Unspecified, "TMLR", 2024, null, "TMLR'24 Outstanding Paper", "Outstanding Paper")),
            (14, "Pretrained Transformers for Text Ranking: BERT and Beyond", new[] { "Eve Five", "Fay Six" }, "2501.00338", new VenueInfo(VenueKind.Unspecified, "Synthesis Lectures on Human Language Technologies", 2021, null, "Synthesis Lectures on Human Language Technologies 2021")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A highlight that says where the survey was published and links it "here" is no paper; nor are the items under an
    /// entry's "Datasets:" field, which link the datasets' papers: they are the entry's.
    /// </summary>
    [Fact]
    public void A_highlight_linked_here_and_a_field_s_own_items_are_no_papers()
    {
        const string text =
            """
            **Highlights**
            - [Oct 2023] Our survey is published in *Medical Image Analysis* (Elsevier). Read it [here](https://www.sciencedirect.com/science/article/pii/S1361841523001068).

            ## Papers
            - [Dolphins: Multimodal Language Model for Driving](https://arxiv.org/abs/2501.00339)
              - Ann One, Bob Two
              - Task: VQA
              - Datasets:
                - Image instruction-following dataset
                  - [GQA](https://arxiv.org/abs/1902.09506)
                  - [MSCOCO](https://arxiv.org/abs/1405.0312)
            - [A Next Paper](https://arxiv.org/abs/2501.00340)
              - Cy Three
            """;
        var document = CatalogParser.Parse(text, "h.md");
        Assert.Equal(new[] { ("Dolphins: Multimodal Language Model for Driving", 5), ("A Next Paper", 12) }, document.Entries.Select(entry => (entry.Title, entry.Line)));
        Assert.Equal(new[] { "Ann One", "Bob Two" }, document.Entries[0].Authors);
        Assert.Equal(11, document.Entries[0].Span.EndLine + 1);
        // The highlight is reported as a line that links a paper no entry was read from; the datasets' lines are not.
        Assert.Equal(new[] { 2 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0030").Select(diagnostic => diagnostic.Span.Line));
    }

    /// <summary>
    /// Citations with the names first, each a surname and initials, then the title in bold and the venue; a timeline of
    /// releases whose title links the samples and whose Paper column links the paper; a paper per heading with an
    /// award after a trophy.
    /// </summary>
    internal const string CitationNamesFirstReleaseTablesAndAwardsAfterTrophies =
        """
        ### 01-Surveys
        * Adomavicius G, Tuzhilin A. **Toward the next generation of recommender systems: a survey of the state-of-the-art and possible extensions**. TKDE 2005. [[pdf](https://ieeexplore.ieee.org/document/1423975)]
        * He X, Liao L, Chua T S. **Neural Collaborative Filtering**. WWW'17. [[pdf](https://arxiv.org/pdf/2501.00341.pdf)] [[code](https://github.com/example/ncf)]
        * Rendle S. **Factorization Machines**. ICDM 2010. [[pdf](https://www.example.edu/~rendle/fm.pdf)]
        * Koren Y, Bell R, Volinsky C, et al. **Matrix factorization techniques for recommender systems**. Computer 2009. [[pdf](https://arxiv.org/pdf/2501.00342.pdf)]

        ## 2024
        | Date  | Release [Samples] | Paper | Code |
        | ----- | ----------------- | ----- | ---- |
        | 09.10 | [F5-TTS: A Fairytaler that Fakes Fluent Speech](https://example.github.io/F5-TTS/) | [arXiv](https://arxiv.org/abs/2501.00343) | [GitHub](https://github.com/example/F5-TTS) |
        | 03.04 | [Stable Audio 2.0](https://stability.ai/news/stable-audio-2-0) | - | - |
        | 07.07 | Text-to-Waveform Music Generation with Diffusion Models | [arXiv](https://arxiv.org/abs/2501.00344) | - |

        #### [ICRA 2024] Open X-Embodiment: Robotic Learning Datasets and RT-X Models 🏆 Best Paper Award

        *Ann One, Bob Two, et al.*

        [[Paper]](https://arxiv.org/abs/2501.00345) [[Project]](https://example.github.io/open-x/)

        """;

    [Fact]
    public void CitationNamesFirstReleaseTablesAndAwardsAfterTrophies_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitationNamesFirstReleaseTablesAndAwardsAfterTrophies, "c.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Toward the next generation of recommender systems: a survey of the state-of-the-art and possible extensions", new[] { "Adomavicius G", "Tuzhilin A" }, null, new VenueInfo(VenueKind.Unspecified, "TKDE", 2005, null, "TKDE 2005")),
            (3, "Neural Collaborative Filtering", new[] { "He X", "Liao L", "Chua T S" }, "2501.00341", new VenueInfo(VenueKind.Unspecified, "WWW", 2017, null, "WWW'17")),
            (4, "Factorization Machines", new[] { "Rendle S" }, null, new VenueInfo(VenueKind.Unspecified, "ICDM", 2010, null, "ICDM 2010")),
            (5, "Matrix factorization techniques for recommender systems", new[] { "Koren Y", "Bell R", "Volinsky C" }, "2501.00342", new VenueInfo(VenueKind.Unspecified, "Computer", 2009, null, "Computer 2009")),
            (10, "F5-TTS: A Fairytaler that Fakes Fluent Speech", none, "2501.00343", null),
            (12, "Text-to-Waveform Music Generation with Diffusion Models", none, "2501.00344", null),
            (14, "Open X-Embodiment: Robotic Learning Datasets and RT-X Models", new[] { "Ann One", "Bob Two" }, "2501.00345", new VenueInfo(VenueKind.Unspecified, "ICRA", 2024, null, "ICRA 2024", "Best Paper Award")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.example.edu/~rendle/fm.pdf", document.Entries[2].Url);
    }

    /// <summary>
    /// A venue in a code span and a note in another or after a trophy, before a bold title; a nickname in parentheses
    /// between the title and the names; a year and a venue joined by a dash in brackets, a lower-case "(oral)".
    /// </summary>
    internal const string CodeSpanVenuesNotesAndNicknames =
        """
        ## Papers
        * `[CVPR 2018]` `Oral` **Embodied Question Answering**, *Ann One, Bob Two* [[📄Paper](https://arxiv.org/abs/2501.00351)] [[🌐Project](https://example.org/eqa)]
        * `[ICCV 2019]` 🏆 Best Paper Nominee **A Platform for Embodied Research**, *Cy Three, Dee Four, et al.* [[📄Paper](https://arxiv.org/abs/2501.00352)]
        * `[arXiv 2023]` **Embodied Task Planning with Language Models** (TaPA), *Eve Five, Fay Six* [[📄Paper](https://arxiv.org/abs/2501.00353)] [[💻Code](https://github.com/example/tapa)]

        ## Overview
        - [2021-CSUR] Text Recognition in the Wild: A Survey [`paper`](https://arxiv.org/abs/2501.00354) [`code`](https://github.com/example/str)
        - [2019-ICCV] What Is Wrong With Scene Text Recognition? (oral) [`paper`](https://arxiv.org/pdf/2501.00355.pdf)

        """;

    [Fact]
    public void CodeSpanVenuesNotesAndNicknames_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CodeSpanVenuesNotesAndNicknames, "z.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Embodied Question Answering", new[] { "Ann One", "Bob Two" }, "2501.00351", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018", "Oral")),
            (3, "A Platform for Embodied Research", new[] { "Cy Three", "Dee Four" }, "2501.00352", new VenueInfo(VenueKind.Unspecified, "ICCV", 2019, null, "ICCV 2019", "Best Paper Nominee")),
            (4, "Embodied Task Planning with Language Models", new[] { "Eve Five", "Fay Six" }, "2501.00353", null),
            (7, "Text Recognition in the Wild: A Survey", none, "2501.00354", new VenueInfo(VenueKind.Unspecified, "CSUR", 2021, null, "2021-CSUR")),
            (8, "What Is Wrong With Scene Text Recognition?", none, "2501.00355", new VenueInfo(VenueKind.Unspecified, "ICCV", 2019, null, "2019-ICCV", "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// References in the APA's style: "Surname, I." names joined by commas and an ampersand (particles and "et al."
    /// among them), the year in parentheses, the title linked, the source in italics with its volume and pages; a
    /// journal named "Proceedings of the ..." keeps the words; an arXiv preprint is no venue.
    /// </summary>
    internal const string ApaReferences =
        """
        ## Surveys and reviews
        * Athey, S., & Imbens, G. W. (2019). [Machine learning methods that economists should know about](https://arxiv.org/abs/2501.00361). *Annual Review of Economics*, 11, 685-725.
        * Curth, A., & van der Schaar, M. (2021). [Nonparametric estimation of treatment effects](https://arxiv.org/abs/2501.00362). *AISTATS*, 1810-1818. [[Code]](https://github.com/example/catenets)
        * Varian, H. R. (2016). [Causal inference in economics and marketing](https://www.pnas.org/content/113/27/7310). *Proceedings of the National Academy of Sciences*, 113(27), 7310-7315.
        * Louizos, C., Shalit, U., & Welling, M. (2017). [Causal effect inference with deep latent-variable models](https://arxiv.org/abs/2501.00364). *arXiv preprint arXiv:2501.00364*.

        """;

    [Fact]
    public void ApaReferences_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ApaReferences, "apa.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Machine learning methods that economists should know about", new[] { "Athey, S.", "Imbens, G. W." }, "2501.00361", new VenueInfo(VenueKind.Unspecified, "Annual Review of Economics", 2019, null, "Annual Review of Economics 2019")),
            (3, "Nonparametric estimation of treatment effects", new[] { "Curth, A.", "van der Schaar, M." }, "2501.00362", new VenueInfo(VenueKind.Unspecified, "AISTATS", 2021, null, "AISTATS 2021")),
            (4, "Causal inference in economics and marketing", new[] { "Varian, H. R." }, null, new VenueInfo(VenueKind.Unspecified, "Proceedings of the National Academy of Sciences", 2016, null, "Proceedings of the National Academy of Sciences 2016")),
            (5, "Causal effect inference with deep latent-variable models", new[] { "Louizos, C.", "Shalit, U.", "Welling, M." }, "2501.00364", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A nickname in parentheses after a title link, before the names on a line break (mixed case or an acronym; a
    /// venue's name there is the venue); a title linked to the ACL Anthology with its arXiv id in a badge below.
    /// </summary>
    internal const string NicknamesAfterTitleLinksAndArxivBadges =
        """
        ## Agents
        - [ACL 2024] [Communicative Agents for Software Development](https://arxiv.org/abs/2501.00371) (ChatDev) <br> *Ann One, Bob Two*
        - [NAACL 2024] [Unleashing Cognitive Synergy in Language Models](https://arxiv.org/abs/2501.00372) (SPP) <br> *Cy Three, Dee Four*

        ## Hallucination
        + [Object Hallucination in Image Captioning](https://aclanthology.org/D18-1437/) (Sep. 06, 2018)
          [![Publish](https://img.shields.io/badge/Conference-EMNLP'18-blue)]()
          [![arXiv](https://img.shields.io/badge/arXiv-2501.00373-b31b1b.svg?style=flat)](https://arxiv.org/abs/2501.00373)

        """;

    [Fact]
    public void NicknamesAfterTitleLinksAndArxivBadges_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknamesAfterTitleLinksAndArxivBadges, "n.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Communicative Agents for Software Development", new[] { "Ann One", "Bob Two" }, "2501.00371", new VenueInfo(VenueKind.Unspecified, "ACL", 2024, null, "ACL 2024")),
            (3, "Unleashing Cognitive Synergy in Language Models", new[] { "Cy Three", "Dee Four" }, "2501.00372", new VenueInfo(VenueKind.Unspecified, "NAACL", 2024, null, "NAACL 2024")),
            (6, "Object Hallucination in Image Captioning", new string[0], "2501.00373", new VenueInfo(VenueKind.Conference, "EMNLP", 2018, null, "EMNLP'18")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://aclanthology.org/D18-1437/", document.Entries[2].Url);
    }

    /// <summary>
    /// A venue's name as a heading under a year's heading (<c>## 2024</c> over <c>### ICLR</c>; <c>### arXiv</c> is none);
    /// a citation's parenthesis of names and a year alone, names joined by an ampersand; an award in a shortcode after a
    /// citation's parenthesis.
    /// </summary>
    internal const string VenueHeadingsUnderYearHeadingsAndCitedYears =
        """
        ## 2024

        ### ICLR

        - **Spiking Transformers at Scale** [[Paper](https://arxiv.org/abs/2501.00381)] [[Code](https://github.com/example/st)]

        ### arXiv

        - **A Preprint on Spikes** [[Paper](https://arxiv.org/abs/2501.00382)]

        ## Distillation
        + [Dataset Distillation](https://arxiv.org/abs/2501.00383) (Ann One et al., 2018) [:octocat:](https://github.com/example/dd)
        + [Distilling Datasets into Generative Models](https://arxiv.org/abs/2501.00384) (Bob Two & Cy Three et al., 2023)
        + [Privacy for Free](https://arxiv.org/abs/2501.00385) (Dee Four et al., ICML 2022) :trophy: Outstanding Paper Award

        """;

    [Fact]
    public void VenueHeadingsUnderYearHeadingsAndCitedYears_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueHeadingsUnderYearHeadingsAndCitedYears, "h.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Spiking Transformers at Scale", none, "2501.00381", new VenueInfo(VenueKind.Unspecified, "ICLR", 2024, null, "ICLR")),
            (9, "A Preprint on Spikes", none, "2501.00382", null),
            (12, "Dataset Distillation", new[] { "Ann One" }, "2501.00383", null),
            (13, "Distilling Datasets into Generative Models", new[] { "Bob Two", "Cy Three" }, "2501.00384", null),
            (14, "Privacy for Free", new[] { "Dee Four" }, "2501.00385", new VenueInfo(VenueKind.Unspecified, "ICML", 2022, null, "ICML 2022", "Outstanding Paper Award")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>An update that a paper was added, with its citation's parenthesis and a sentence after it, is news.</summary>
    [Fact]
    public void An_update_that_names_a_paper_and_goes_on_as_a_sentence_is_news()
    {
        const string text =
            """
            ## Latest Updates
            + [2024/06/10] [What is Dataset Distillation Learning?](https://arxiv.org/abs/2501.00386) (Ann One et al., ICML 2024) is now listed under Better Understanding.

            ## Better Understanding
            + [What is Dataset Distillation Learning?](https://arxiv.org/abs/2501.00386) (Ann One et al., ICML 2024) [:octocat:](https://github.com/example/wdd)
            """;
        var document = CatalogParser.Parse(text, "u.md");
        Assert.Equal(new[] { 5 }, document.Entries.Select(entry => entry.Line));
        Assert.Equal(new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML 2024"), document.Entries[0].Venue);
    }

    /// <summary>
    /// A bold nickname and the names on an item's first line, the quoted title and the venue with its year and note in
    /// parentheses on the next (<c>CVPR (2019 **oral**)</c>), each link on a line of its own.
    /// </summary>
    internal const string NicknameAndNamesOverAQuotedTitle =
        """
        ### CVPR2019

        * **SiamRPN++:** Ann One, Bob Two, Cy Three.<br />
          "SiamRPN++: Evolution of Siamese Visual Tracking." CVPR (2019 **oral**). <br />
          [[paper](https://arxiv.org/abs/2501.00391)]
          [[project](https://example.org/siamrpn)]

        * **VITAL:** Dee Four, Eve Five, and Fay Six.<br />
          "VITAL: Visual Tracking via Adversarial Learning." CVPR (2018 **Spotlight**). <br />
          [[paper](https://arxiv.org/pdf/2501.00392.pdf)]

        """;

    [Fact]
    public void NicknameAndNamesOverAQuotedTitle_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknameAndNamesOverAQuotedTitle, "q.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "SiamRPN++: Evolution of Siamese Visual Tracking", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00391", new VenueInfo(VenueKind.Unspecified, "CVPR", 2019, null, "CVPR 2019 (oral)", "Oral")),
            (8, "VITAL: Visual Tracking via Adversarial Learning", new[] { "Dee Four", "Eve Five", "Fay Six" }, "2501.00392", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018 (Spotlight)", "Spotlight")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    [Fact]
    public void QuotedTitlesAndVenuesBetweenCommas_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(QuotedTitlesAndVenuesBetweenCommas, "q.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Know What You Don't Know: Unanswerable Questions", new[] { "Ann One", "Bob Two" }, "2501.00261", new VenueInfo(VenueKind.Unspecified, "ACL", 2018, null, "ACL 2018")),
            (3, "Pre-training of Deep Bidirectional Transformers", new[] { "Cy Three", "Dee Four" }, "2501.00262", new VenueInfo(VenueKind.Unspecified, "NAACL", 2019, null, "NAACL, 2019, Best Long Paper", "Best Long Paper")),
            (4, "Distilling a Transformer", new[] { "Eve Five" }, "2501.00263", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2020, "Findings", "Findings of EMNLP, 2020")),
            (7, "Is a Chat Model a General-Purpose Task Solver?", new[] { "Fay Six" }, "2501.00264", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP 2023")),
            (10, "Translation of Rare Words", new[] { "Gus Seven", "Hal Eight", "Ivy Nine" }, "2501.00265", new VenueInfo(VenueKind.Unspecified, "ACL", 2016, null, "ACL 2016")),
            (11, "The Mathematics of Translation", new[] { "Jon Ten" }, null, new VenueInfo(VenueKind.Unspecified, "Computational Linguistics", 1993, null, "Computational Linguistics 1993")),
            (12, "An Automatic Metric", new[] { "Kim Eleven" }, null, new VenueInfo(VenueKind.Workshop, "ACL", 2005, "Workshop on Evaluation Measures", "ACL 2005 Workshop")),
            (16, "Score-Weighted Explanations", new string[0], "2501.00266", new VenueInfo(VenueKind.Workshop, "CVPR", 2020, "Workshop", "CVPRW")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Lines no entry holds are reported when they link a paper as a bare URL or in HTML, and a section of books or
    /// slides holds no papers (its links to a paper host are reported, not read).
    /// </summary>
    [Fact]
    public void Bare_and_HTML_paper_links_are_reported_and_books_are_no_papers()
    {
        const string text =
            """
            ## Models
            - A Model Named in Text (2020)
              - paper: https://arxiv.org/pdf/2501.00265.pdf
            <table><tr><td><a href="https://arxiv.org/abs/2501.00266">A Paper in an HTML Table</a></td></tr></table>

            [ref]: https://arxiv.org/abs/2501.00267

            ## Books
            - [Explainable AI: Interpreting and Visualizing](https://link.springer.com/book/10.1007/978-3-030-28954-6), Ann One (Eds.), Springer, 2019.

            ## Slides
            - [Question Answering](https://example.org/qa.pdf) - Bob Two | 2017.
            """;
        var document = CatalogParser.Parse(text, "b.md");
        Assert.Empty(document.Entries);
        AssertDiagnostics(new (string, int)[] { ("EA0012", 1), ("EA0030", 3), ("EA0030", 4), ("EA0030", 9) }, document);
    }

    /// <summary>
    /// Lines that link a paper inside a sentence and are none: the link after "is available", after "see", a repository
    /// whose description links its survey in parentheses after a lower-case word; and a framework's row whose Paper
    /// column links its documentation (<c>[[DOC](...)]</c>, a link word, not a title).
    /// </summary>
    [Fact]
    public void Links_inside_sentences_and_a_documentation_link_are_no_papers()
    {
        const string text =
            """
            ## About
            - The Segment Anything Model has shown zero-shot ability. The original paper is available [here](https://arxiv.org/abs/2501.00238).
            - For the original paper, see [[Kirillov et al., ICCV 2023]](https://openaccess.thecvf.com/content/ICCV2023/html/Kirillov_Segment_Anything_ICCV_2023_paper.html).
            - [Example/End-to-end-Driving](https://github.com/example/e2e) - companion repo of the survey ([arXiv](https://arxiv.org/abs/2501.00239))

            | Name | Stars | Affiliation | Paper | Note |
            | ---- | ----- | ----------- | ----- | ---- |
            | [FATE](https://github.com/example/fate) | ![GitHub stars](https://img.shields.io/github/stars/example/fate?style=social) | WeBank | [[DOC](https://fate.readthedocs.io/en/latest/)] | industrial-grade |

            """;
        var document = CatalogParser.Parse(text, "s.md");
        Assert.Empty(document.Entries);
        AssertDiagnostics(new (string, int)[] { ("EA0012", 1), ("EA0030", 2), ("EA0030", 3), ("EA0030", 4) }, document); // reported, not read
    }

    [Fact]
    public void SubItemEntriesAndBadgeTexts_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(SubItemEntriesAndBadgeTexts, "s.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "VITA: Towards an Omni Model That Can Hear, Talk and See", new[] { "Ann One", "Bob Two" }, "2501.00221", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2024, "Findings", "EMNLP Findings 2024")),
            (6, "A Badge-Linked Speech Model", none, "2501.00222", null),
            (9, "Preference Optimization as a Reward Model", none, "2501.00223", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS'23 (Oral)", "Oral")),
            (10, "Structured Queries Against Injection", none, "2501.00224", new VenueInfo(VenueKind.Unspecified, "USENIX Security", 2025, null, "USENIX Security'25")),
            (11, "Open Problems of Feedback Learning", none, "2501.00225", new VenueInfo(VenueKind.Unspecified, "TMLR", null, null, "TMLR")),
            (15, "Where to Go Next? ID- vs. Modality-based Recommenders Revisited", none, "2501.00226", new VenueInfo(VenueKind.Unspecified, "SIGIR", 2023, null, "SIGIR 2023")),
            (18, "A Research-Oriented Offline RL Library", new[] { "Cy Three", "Dee Four", "Eve Five" }, "2501.00227", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, "Datasets and Benchmarks", "NeurIPS Datasets and Benchmarks, 2023")),
            (20, "Score Distillation for 3D Scenes", new[] { "Fay Six" }, "2501.00228", new VenueInfo(VenueKind.Unspecified, "3DV", 2024, null, "3DV 2024")),
            (21, "Text-Driven Avatars", new[] { "Gus Seven" }, "2501.00229", new VenueInfo(VenueKind.Unspecified, "SIGGRAPH", 2022, null, "SIGGRAPH 2022 (TOG)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Empty(document.Entries[1].Tags); // the arXiv badge shows the link's id again: no tag
    }

    /// <summary>
    /// Lines that link a paper and are none: a tool whose description names its paper (<c>see the [technical
    /// report](...)</c>, <c>alongside the survey [Title](...)</c>), an arXiv listing page, a workshop's page, an OpenReview
    /// venue's group. None is read; a tool's or a workshop's line is reported as a paper link no entry holds (EA0030,
    /// informational), listings are not paper links at all.
    /// </summary>
    [Fact]
    public void A_tool_that_names_its_paper_and_an_arXiv_listing_are_no_papers()
    {
        const string text =
            """
            ## Tools
            - [`anomalib`](https://github.com/example/anomalib) : a library for anomaly detection, see the [technical report](https://arxiv.org/abs/2501.00208).
            - [OpenR](https://github.com/example/openr) An open-source framework for reasoning, see the [tech report](https://arxiv.org/abs/2501.00209).
            - [[Open3D](http://www.open3d.org/)] A Modern Library for 3D Data Processing, see the [tech report](https://arxiv.org/abs/2501.00210).
            * Daily new papers in computer vision [[arXiv](https://arxiv.org/list/cs.CV/recent)]
            - [Mamba](https://github.com/example/mamba) [[paper](https://arxiv.org/abs/2501.00219)]
            - [Speech Trident](https://github.com/example/speech-trident): a list maintained alongside the survey [On Spoken Language Models](https://arxiv.org/abs/2501.00230)
            - [Workshop on Continual Learning @ ICML 2020](https://icml.cc/Conferences/2020/Schedule?showEvent=5743)
            - We collected the papers of [ICLR'24](https://openreview.net/group?id=ICLR.cc/2024/Conference)

            """;
        var document = CatalogParser.Parse(text, "t.md");
        Assert.Equal(new[] { (6, "Mamba") }, document.Entries.Select(e => (e.Line, e.Title)));
        AssertDiagnostics(new (string, int)[] { ("EA0030", 2), ("EA0030", 3), ("EA0030", 4), ("EA0009", 6), ("EA0030", 7), ("EA0030", 8) }, document);
    }

    [Fact]
    public void DatesNamesAndTalks_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(DatesNamesAndTalks, "o.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Embodied Reasoning through Planning", none, "2501.00191", new VenueInfo(VenueKind.Unspecified, "CoRL", 2022, null, "CoRL, 2022")),
            (5, "Learning by Context Prediction", new[] { "Doersch, Carl", "Gupta, Abhinav", "Efros, Alexei A." }, "2501.00192", new VenueInfo(VenueKind.Unspecified, "ICCV", 2015, null, "ICCV 2015")),
            (10, "A Dated Video Model", none, "2501.00193", null),
            (13, "Graph Contrastive Learning Automated", none, "2501.00194", new VenueInfo(VenueKind.Unspecified, "ICML", 2021, null, "ICML 2021", "Long Talk")),
            (17, "A Journal with an Apostrophe Year", none, "2501.00195", new VenueInfo(VenueKind.Unspecified, "Nature Machine Intelligence", 2023, null, "Nature Machine Intelligence'23")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    [Fact]
    public void FieldsAndTags_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(FieldsAndTags, "i.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Binary Weights for Language Models", new string[0], "2501.00111", new VenueInfo(VenueKind.Unspecified, "ICML", 2024, null, "ICML")),
            (3, "One-Bit Models Again", new string[0], "2501.00112", null),
            (4, "Prospect Theoretic Alignment", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00113", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, null, "NeurIPS 2024 (Oral)", "Oral")),
            (11, "Deep residual learning for image recognition", new[] { "K. He" }, "2501.00114", null),
            (12, "Rethinking model scaling", new[] { "M. Tan", "Q. Le" }, "2501.00115", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 2), ("EA0009", 3), ("EA0013", 3) }, document);
    }

    [Fact]
    public void OneTextBadges_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(OneTextBadges, "a.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("Thinking Less: Short Chains of Thought", "https://arxiv.org/abs/2501.00011", Authors(), Ax("2501.00011"), new VenueInfo(VenueKind.Unspecified, "ICLR", 2025, null, "ICLR2025"), NoTags)),
            (3, B("Pruned Reasoning in Findings", "https://arxiv.org/abs/2501.00012", Authors(), Ax("2501.00012"), new VenueInfo(VenueKind.Unspecified, "ACL", 2024, "Findings", "ACL2024-findings"), NoTags)),
            (4, B("Badge Before the Title", "https://arxiv.org/abs/2501.00013", Authors(), Ax("2501.00013"), new VenueInfo(VenueKind.Unspecified, "NAACL", 2025, null, "NAACL2025"), NoTags)),
            (5, B("Token Budgets for Reasoning", "https://arxiv.org/abs/2501.00014", Authors(), Ax("2501.00014"), new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, null, "EMNLP2023"), Tags("Reasoning"))),
            (6, B("A Preprint Only", "https://arxiv.org/abs/2501.00015", Authors(), Ax("2501.00015"), null, Tags("Arxiv"))),
            (7, B("Under Review Somewhere", "https://arxiv.org/abs/2501.00016", Authors(), Ax("2501.00016"), null, Tags("ICLR2026 submission"))),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 2), ("EA0009", 3), ("EA0009", 4), ("EA0009", 5), ("EA0009", 6), ("EA0009", 7) }, document);
    }

    [Fact]
    public void VenuesWithSomethingAround_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(VenuesWithSomethingAround, "b.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("Serving at Scale: A Best Paper", "https://arxiv.org/abs/2501.00021", Authors("Ann One", "Bob Two"), Ax("2501.00021"), new VenueInfo(VenueKind.Unspecified, "MLSys", 2024, null, "MLSys 2024 (Best Paper 🏆)", "Best Paper"), NoTags)),
            (3, B("Certified Efficient Transformers", "https://arxiv.org/abs/2501.00022", Authors("Cy Three"), Ax("2501.00022"), new VenueInfo(VenueKind.Unspecified, "TMLR", null, null, "TMLR (Featured Certification 🌟)", "Featured Certification"), NoTags)),
            (4, B("Locking Language Models", "https://arxiv.org/abs/2501.00023", Authors("Di Four", "Ed Five"), Ax("2501.00023"), new VenueInfo(VenueKind.Workshop, "NeurIPS", 2025, "Lock-LLM Workshop", "NeurIPS 2025 Lock-LLM Workshop"), NoTags)),
            (5, B("A Benchmark of Long Contexts", "https://arxiv.org/abs/2501.00024", Authors("Fay Six", "Gus Seven"), Ax("2501.00024"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, "Datasets and Benchmarks", "NeurIPS 2024 Datasets and Benchmarks Track"), NoTags)),
            (6, B("Reasoning at Scale, Briefly", "https://arxiv.org/abs/2501.00025", Authors("Hal Eight"), Ax("2501.00025"), new VenueInfo(VenueKind.Workshop, "COLM", 2025, "SCALR", "SCALR@COLM-2025"), NoTags)),
            (7, B("Pre-Trained Models: Past, Present and Future", "https://www.sciencedirect.com/science/article/pii/S2666651021000231", Authors("Ivy Nine", "Jon Ten"), null, new VenueInfo(VenueKind.Unspecified, "AI Open", null, null, "AI Open"), NoTags) with
            {
                Links = Links((LinkKind.Paper, "AI Open", "https://www.sciencedirect.com/science/article/pii/S2666651021000231")),
            }),
            (8, B("In-Memory Attention Accelerator", "https://arxiv.org/abs/2501.00027", Authors("Kim Eleven", "Lou Twelve"), Ax("2501.00027"), new VenueInfo(VenueKind.Unspecified, "ISCA", 2024, null, "ISCA'24"), NoTags)),
            (9, B("A Benchmark Written as Text", "https://arxiv.org/abs/2501.00028", Authors(), Ax("2501.00028"), new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2024, "Datasets and Benchmarks", "NeurIPS 2024 Datasets and Benchmarks Track"), NoTags) with
            {
                Links = Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2501.00028")),
            }),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 9) }, document);
    }

    [Fact]
    public void VenueColumn_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueColumn, "d.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (4, B("Serving at Scale Again", "https://arxiv.org/abs/2501.00041", Authors(), Ax("2501.00041"), new VenueInfo(VenueKind.Unspecified, "MLSys", 2024, null, "MLSys 2024 (Best Paper 🏆)", "Best Paper"), NoTags) with { Shape = EntryShape.TableRow }),
            (5, B("Certified Again", "https://arxiv.org/abs/2501.00042", Authors(), Ax("2501.00042"), new VenueInfo(VenueKind.Unspecified, "TMLR", null, null, "TMLR (Featured Certification 🌟)", "Featured Certification"), NoTags) with { Shape = EntryShape.TableRow }),
            (6, B("Locked Again", "https://arxiv.org/abs/2501.00043", Authors(), Ax("2501.00043"), new VenueInfo(VenueKind.Workshop, "NeurIPS", 2025, "Lock-LLM Workshop", "NeurIPS 2025 Lock-LLM Workshop"), NoTags) with { Shape = EntryShape.TableRow }),
            (7, B("Briefly Again", "https://arxiv.org/abs/2501.00044", Authors(), Ax("2501.00044"), new VenueInfo(VenueKind.Workshop, "COLM", 2025, "SCALR", "SCALR@COLM-2025"), NoTags) with { Shape = EntryShape.TableRow }),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 4), ("EA0009", 5), ("EA0009", 6), ("EA0009", 7) }, document);
    }

    [Fact]
    public void AuthorsNextToVenues_every_field_of_every_entry()
    {
        var document = CatalogParser.Parse(AuthorsNextToVenues, "c.md");
        var expected = new (int Line, CatalogEntry Entry)[]
        {
            (2, B("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", Authors("DeepSeek Team"), Ax("2412.19437"), null, NoTags) with
            {
                Links = Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2412.19437")),
            }),
            (3, B("Speculative Decoding Without Drafts", "https://arxiv.org/abs/2501.00031", Authors("Bradley McDanel"), Ax("2501.00031"), null, NoTags) with
            {
                Links = Links((LinkKind.Paper, "Paper", "https://arxiv.org/abs/2501.00031")),
            }),
            (4, B("Fast Serving of Adapters", "https://arxiv.org/abs/2501.00032", Authors(), Ax("2501.00032"), null, NoTags)),
            (5, B("Model Tells You Where to Merge: Adaptive KV Cache Merging", "https://arxiv.org/abs/2407.08454", Authors("Zheng Wang", "Boxiao Jin"), Ax("2407.08454"), new VenueInfo(VenueKind.Unspecified, "ICLR", 2025, null, "ICLR 2025"), NoTags)),
        };
        AssertEntries(expected, document);
        AssertDiagnostics(new (string, int)[] { ("EA0009", 4) }, document);
    }

    [Theory]
    [InlineData("ICLR2025", "ICLR", 2025, null)]
    [InlineData("ACL2024--findings", "ACL", 2024, "Findings")]
    [InlineData("NAACL2025", "NAACL", 2025, null)]
    [InlineData("NeurIPS_2024", "NeurIPS", 2024, null)]
    public void A_badge_whose_one_text_is_a_venue_is_the_venue_in_a_table_row_too(string badge, string name, int year, string? track)
    {
        var text = "| Title & Authors | Introduction | Links |\n|:--|:--:|:--:|\n"
                   + "|![](https://img.shields.io/badge/" + badge + "-orange)<br>[A Paper: On Things](https://arxiv.org/abs/2401.00001) <br> Ann Author | | [Paper](https://arxiv.org/abs/2401.00001)|\n";
        var entry = Assert.Single(CatalogParser.Parse(text, "t.md").Entries);
        Assert.Equal(name, entry.Venue!.Name);
        Assert.Equal(year, entry.Venue.Year);
        Assert.Equal(track, entry.Venue.Track);
        Assert.Equal(VenueKind.Unspecified, entry.Venue.Kind);
        Assert.Null(entry.Venue.Note);
        Assert.Empty(entry.Tags);
    }

    /// <summary>
    /// "[Title](url) by Names. Venue, Year.": names that end in an initial before the venue, a first name written surname
    /// first, a journal's long name with commas in it, a workshop's long name; a name and a year after a dash, which is
    /// no venue; a table whose titles are in an "Articles, Theses and Datasets" column, linked off arXiv.
    /// </summary>
    internal const string ByNamesThenVenueCommaYearAndArticleColumns =
        """
        ## Surveys
        * [A Survey of Agents Learning Together](https://example.org/survey.pdf) by Ann One, Bob Two, Cy Three. ECML, 2013.
        * [Dynamics of Learning Agents](https://www.example.org/jair/1) by One, Ann, et al. JAIR, 2015.
        * [A Broad Survey of Cooperative Agents](https://example.edu/07_019.pdf) by A. One, B. Two, and C. De Three. IEEE Transactions on Systems, Man, and Cybernetics, Part C, 2008.
        * [Markov Games for Agents](https://example.edu/markov.pdf) by One, Ann L. ICML, 1994.
        * [A Learning Algorithm That Converges](https://example.edu/conv.pdf) by One A, Two B. Machine Learning, 2007.
        * [Q-learning for Stochastic Games](https://www.example.org/v4/x.pdf) by One A, Two B C. JMLR, 2003.
        * [Security Games in Space](https://example.net/games.pdf) by A One, B Two, C Three. NIPS Workshop on Learning, Inference and Control of Multi-Agent Systems, 2016.
        * [Self-Play in Games](https://example.org/v37/x.pdf) by One, Ann, Bob Two, and Cy Three. ICML 2015.
        * [Two Surnames Only](https://example.org/two.pdf) by Hinton, Bengio. NIPS, 2016.
        * [Recent Advances in Synthesis](https://arxiv.org/abs/2501.00391v1) - Ann One, 2018.
        * [Reports of Agents](https://arxiv.org/abs/2501.00392) - Nature Communications, 2021.

        ## Timeline
        | Year |  Articles, Theses and Datasets | Code |
        |------|-------------------------------|------|
        | 1988 | [Neural Modelling of Melody](https://www.example.net/profile/melody.pdf) | No |
        | 1990 | [A Connectionist Approach to Composition](https://www.jstor.org/stable/3679551) | No |
        | 2016 | [Automatic Tagging with Convolutional Networks](https://arxiv.org/abs/2501.00401) | [GitHub](https://github.com/example/tagging) |

        """;

    [Fact]
    public void ByNamesThenVenueCommaYearAndArticleColumns_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ByNamesThenVenueCommaYearAndArticleColumns, "b.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "A Survey of Agents Learning Together", new[] { "Ann One", "Bob Two", "Cy Three" }, null, Venue("ECML", 2013, "ECML, 2013")),
            (3, "Dynamics of Learning Agents", new[] { "One, Ann" }, null, Venue("JAIR", 2015, "JAIR, 2015")),
            (4, "A Broad Survey of Cooperative Agents", new[] { "A. One", "B. Two", "C. De Three" }, null,
                Venue("IEEE Transactions on Systems, Man, and Cybernetics, Part C", 2008, "IEEE Transactions on Systems, Man, and Cybernetics, Part C, 2008")),
            (5, "Markov Games for Agents", new[] { "One, Ann L." }, null, Venue("ICML", 1994, "ICML, 1994")),
            (6, "A Learning Algorithm That Converges", new[] { "One A", "Two B" }, null, Venue("Machine Learning", 2007, "Machine Learning, 2007")),
            (7, "Q-learning for Stochastic Games", new[] { "One A", "Two B C" }, null, Venue("JMLR", 2003, "JMLR, 2003")),
            (8, "Security Games in Space", new[] { "A One", "B Two", "C Three" }, null, new VenueInfo(VenueKind.Workshop, "NIPS", 2016, "Workshop on Learning, Inference and Control of Multi-Agent Systems", "NIPS Workshop 2016")),
            (9, "Self-Play in Games", new[] { "One, Ann", "Bob Two", "Cy Three" }, null, Venue("ICML", 2015, "ICML 2015")),
            (10, "Two Surnames Only", new[] { "Hinton", "Bengio" }, null, Venue("NIPS", 2016, "NIPS, 2016")),
            (11, "Recent Advances in Synthesis", new[] { "Ann One" }, "2501.00391", null),
            (12, "Reports of Agents", none, "2501.00392", Venue("Nature Communications", 2021, "Nature Communications, 2021")),
            (17, "Neural Modelling of Melody", none, null, null),
            (18, "A Connectionist Approach to Composition", none, null, null),
            (19, "Automatic Tagging with Convolutional Networks", none, "2501.00401", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.jstor.org/stable/3679551", document.Entries[12].Url);
        Assert.Equal(new RepositoryInfo("example", "tagging"), document.Entries[13].Repository);
    }

    /// <summary>
    /// A venue a last parenthesis introduces (<c>(Accepted by Venue, Year)</c>, a note after its comma, a preprint's
    /// <c>(Arxiv, 2022)</c>) after a plain title's links, with "Not Find Code" between them; a thesis linked as
    /// <c>[Thesis]</c> on a repository page, its author between the title and the link; a model zoo's company flag after
    /// the title (<c>:triangular_flag_on_post:**Google**</c>), no author; venues' home pages, no papers; a workshop's long
    /// name in a bold title's parenthesis; one name under a bold title, its author.
    /// </summary>
    internal const string IntroducedVenuesFlagsAndTheses =
        """
        ## Baselines
        - Consideration of Risk in Learning, [Paper](https://www.example.org/risk.pdf), Not Find Code, (Accepted by ICML 1994)
        - Lyapunov Design for Safe Learning, [Paper](https://www.jmlr.org/papers/v3/x.pdf), Not Find Code, (Accepted by Journal of Machine Learning Research, 2002)
        - Recovery Zones for Safe Agents, [Paper](https://arxiv.org/pdf/2501.00431.pdf), [Code](https://github.com/example/recovery) (Accepted by IEEE RA-L, 2021)
        - Safe Feedback for Language Models, [Paper](https://arxiv.org/pdf/2501.00432.pdf), [Code](https://github.com/example/safe) (Accepted by ICLR 2024, Spotlight)
        - A Review of Safe Learning, [Paper](https://arxiv.org/pdf/2501.00433.pdf) (Arxiv, 2022)
        - Safe Learning in Robotics, [Paper](https://arxiv.org/pdf/2501.00434.pdf) (Accepted by Annual Review of Control, Robotics, and Autonomous Systems, 2022)

        ## Thesis
        - Safe Reinforcement Learning, Ann B. One, [Thesis](https://scholarworks.example.edu/dissertations/514/), 2015

        ## Model Zoo
        | No | Publication | Model | Paper |
        |:--:|:--:|:--:|:--|
        | 1 | WWW'07 | [LR](./zoo/LR) | [Predicting Clicks for New Ads](https://dl.acm.org/citation.cfm?id=1242643) :triangular_flag_on_post:**Microsoft** |
        | 2 | IJCAI'17 | [DeepFM](./zoo/DeepFM) | [DeepFM: A Factorization-Machine Network](https://arxiv.org/abs/2501.00435) :triangular_flag_on_post:**Huawei** |

        ## Boosting
        - Conferences
           * [ICML](https://icml.cc/)
           * [AAAI](http://www.aaai.org/)

        - **Boosting Variational Inference (NIPS 2016 Workshop on Advances in Approximate Bayesian Inference)**
          - Ann One, Bob Two
          - [[Paper]](https://arxiv.org/abs/2501.00436)

        - **Greedy Function Approximation: A Boosting Machine (Annals of Statistics 2001)**
          - Jerome H. Friedman
          - [[Paper]](https://www.example.edu/~jhf/trebst.pdf)

        """;

    [Fact]
    public void IntroducedVenuesFlagsAndTheses_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(IntroducedVenuesFlagsAndTheses, "i.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Consideration of Risk in Learning", none, null, Venue("ICML", 1994, "ICML 1994")),
            (3, "Lyapunov Design for Safe Learning", none, null, Venue("Journal of Machine Learning Research", 2002, "Journal of Machine Learning Research, 2002")),
            (4, "Recovery Zones for Safe Agents", none, "2501.00431", Venue("IEEE RA-L", 2021, "IEEE RA-L, 2021")),
            (5, "Safe Feedback for Language Models", none, "2501.00432", Venue("ICLR", 2024, "ICLR 2024, Spotlight", note: "Spotlight")),
            (6, "A Review of Safe Learning", none, "2501.00433", null),
            (7, "Safe Learning in Robotics", none, "2501.00434",
                Venue("Annual Review of Control, Robotics, and Autonomous Systems", 2022, "Annual Review of Control, Robotics, and Autonomous Systems, 2022")),
            (10, "Safe Reinforcement Learning", new[] { "Ann B. One" }, null, null),
            (15, "Predicting Clicks for New Ads", none, null, Venue("WWW", 2007, "WWW'07")),
            (16, "DeepFM: A Factorization-Machine Network", none, "2501.00435", Venue("IJCAI", 2017, "IJCAI'17")),
            (23, "Boosting Variational Inference", new[] { "Ann One", "Bob Two" }, "2501.00436", new VenueInfo(VenueKind.Workshop, "NIPS", 2016, "Workshop on Advances in Approximate Bayesian Inference", "NIPS 2016 Workshop on Advances in Approximate Bayesian Inference")),
            (27, "Greedy Function Approximation: A Boosting Machine", new[] { "Jerome H. Friedman" }, null, Venue("Annals of Statistics", 2001, "Annals of Statistics 2001")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://scholarworks.example.edu/dissertations/514/", document.Entries[6].Url);
        Assert.Equal(LinkKind.Paper, Assert.Single(document.Entries[6].Links).Kind);
        Assert.Equal(new RepositoryInfo("example", "recovery"), document.Entries[2].Repository);
    }

    /// <summary>
    /// A venue's year in parentheses glued to its name after a quoted title (<c>ICLR(2017)</c>, <c>EMNLP-Findings(2021)</c>
    /// with its track, <c>NeurIPS(2020) Best Paper</c> with its note; <c>arXiv(2023)</c> none); a venue in a code span
    /// after a bold title and its names in emphasis (<c>`EMNLP 2018`</c>, <c>`IJCAI 2022 Survey Track`</c>, a workshop
    /// named before its venue: <c>`Workshop on ... at EMNLP 2019`</c>), while code spans before a title stay its tags.
    /// </summary>
    internal const string GluedYearsAndCodeSpanVenuesAfterNames =
        """
        ## Dialogue
        * **Noising**: "Data Noising as Smoothing in Language Models". ICLR(2017) [[PDF]](https://arxiv.org/abs/2501.00441)
        * **FewShot**: "Language Models Learn from Few Examples". NeurIPS(2020) Best Paper [[PDF]](https://arxiv.org/abs/2501.00442) :star::star::star:
        * **Augment**: "Retrieval Reduces Hallucination in Conversation". EMNLP-Findings(2021) [[PDF]](https://arxiv.org/abs/2501.00443)
        * **Survey**: "Recent Advances in Dialog Systems". SCIENCE CHINA(2020) [[PDF]](https://arxiv.org/abs/2501.00444)
        * **Eval**: "Unsupervised Evaluation of Dialog". arXiv(2023) [[PDF]](https://arxiv.org/abs/2501.00445)

        ## Summarization
        1. **A Survey on Dialogue Summarization** *Ann One, Bob Two, Cy Three* `IJCAI 2022 Survey Track` [[pdf]](https://arxiv.org/abs/2501.00446) [[repo]](https://github.com/example/dialsum)
        1. **Faithfulness in Generation: A Survey** *Dee Four, Eve Five* [[pdf]](https://arxiv.org/abs/2501.00447)
        1. **Extreme Summarization with Topic-Aware Networks** *Fay Six, Gus Seven B. Eight, Hal Nine* `EMNLP 2018` [[pdf]](https://arxiv.org/abs/2501.00448)
        1. **A Simple Framework for Contrastive Summarization** *Ivy Ten, Jon Eleven* `ACL 2021 short` [[pdf]](https://arxiv.org/abs/2501.00449)
        1. **A Real-Life Dialogue Summarization Dataset** *Kim Twelve* `Findings of ACL 2021` [[pdf]](https://arxiv.org/abs/2501.00450)
        1. **A Human-Annotated Dialogue Corpus** *Ned Fifteen* `Workshop on New Frontiers in Summarization at EMNLP 2019` [[pdf]](https://arxiv.org/abs/2501.00452)

        ## Code spans before a title stay its tags
        * `[CVPR 2018]` `Oral` **Embodied Question Answering**, *Lou Thirteen, Mo Fourteen* [[Paper](https://arxiv.org/abs/2501.00451)]

        """;

    [Fact]
    public void GluedYearsAndCodeSpanVenuesAfterNames_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(GluedYearsAndCodeSpanVenuesAfterNames, "g.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Data Noising as Smoothing in Language Models", none, "2501.00441", Venue("ICLR", 2017, "ICLR(2017)")),
            (3, "Language Models Learn from Few Examples", none, "2501.00442", Venue("NeurIPS", 2020, "NeurIPS(2020) Best Paper", note: "Best Paper")),
            (4, "Retrieval Reduces Hallucination in Conversation", none, "2501.00443", Venue("EMNLP", 2021, "EMNLP-Findings(2021)", track: "Findings")),
            (5, "Recent Advances in Dialog Systems", none, "2501.00444", Venue("SCIENCE CHINA", 2020, "SCIENCE CHINA(2020)")),
            (6, "Unsupervised Evaluation of Dialog", none, "2501.00445", null),
            (9, "A Survey on Dialogue Summarization", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00446", Venue("IJCAI", 2022, "IJCAI 2022 Survey Track", track: "Survey")),
            (10, "Faithfulness in Generation: A Survey", new[] { "Dee Four", "Eve Five" }, "2501.00447", null),
            (11, "Extreme Summarization with Topic-Aware Networks", new[] { "Fay Six", "Gus Seven B. Eight", "Hal Nine" }, "2501.00448", Venue("EMNLP", 2018, "EMNLP 2018")),
            (12, "A Simple Framework for Contrastive Summarization", new[] { "Ivy Ten", "Jon Eleven" }, "2501.00449", Venue("ACL", 2021, "ACL 2021 short", track: "short")),
            (13, "A Real-Life Dialogue Summarization Dataset", new[] { "Kim Twelve" }, "2501.00450", Venue("ACL", 2021, "Findings of ACL 2021", track: "Findings")),
            (14, "A Human-Annotated Dialogue Corpus", new[] { "Ned Fifteen" }, "2501.00452",
                new VenueInfo(VenueKind.Workshop, "EMNLP", 2019, "Workshop on New Frontiers in Summarization", "Workshop on New Frontiers in Summarization at EMNLP 2019")),
            (17, "Embodied Question Answering", new[] { "Lou Thirteen", "Mo Fourteen" }, "2501.00451", Venue("CVPR", 2018, "CVPR 2018", note: "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "dialsum"), document.Entries[5].Repository);
    }

    /// <summary>
    /// An item of three lines: a nickname and the names, the title in italics, the venue with a four-digit year after
    /// its apostrophe (<c>CVPR'2022</c>; <c>ArXiv'2023</c> none), two names or more without a nickname; a heading that
    /// names the year, then the venue (<c>### 2016 ISCA</c>); institutions in parentheses after a title, no names, and
    /// at the end of a plain title, no part of it; an abbreviated journal with its year in a Venue column beside a Year
    /// column.
    /// </summary>
    internal const string NamesTitleVenueLinesAndYearFirstHeadings =
        """
        ## Masked Image Modeling
        * **MAE**: Ann One, Bob Two, Cy Three.<br>
          *Masked Autoencoders Are Scalable Vision Learners*<br>
          CVPR'2022 [[Paper](https://arxiv.org/abs/2501.00461)]
          [[Code](https://github.com/example/mae)]

        * **BEiT**: Dee Four, Eve Five.<br>
          *BERT Pre-Training of Image Transformers*<br>
          ICLR'2022 (Oral) [[Paper](https://arxiv.org/abs/2501.00462)]

        * Fay Six, Gus Seven.<br>
          *A Survey of Masked Modeling*<br>
          ArXiv'2023 [[Paper](https://arxiv.org/abs/2501.00463)]

        ### 2016 ISCA
         - **Cnvlutin: Ineffectual-Neuron-Free Computing.** (University of Toronto, University of British Columbia) [[PDF]](https://www.example.edu/cnvlutin.pdf)
         - **EIE: Efficient Inference Engine on Compressed Networks.** (Stanford University, Tsinghua University) [[arXiv]](https://arxiv.org/abs/2501.00464)

        ### Network Compression
        - Binarized Networks: Weights Constrained to +1 or -1. (Université de Montréal, Technion) (NIPS 2016) [[arXiv]](https://arxiv.org/abs/2501.00465)

        ## Causality
        | Title | Venue | Year | Paper |
        |-------|-------|------|-------|
        | Causal Inference in Vision | Nature Mach. Intell. 2020 | 2020 | [PDF](https://arxiv.org/abs/2501.00466) |

        """;

    [Fact]
    public void NamesTitleVenueLinesAndYearFirstHeadings_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesTitleVenueLinesAndYearFirstHeadings, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Masked Autoencoders Are Scalable Vision Learners", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00461", Venue("CVPR", 2022, "CVPR'2022")),
            (7, "BERT Pre-Training of Image Transformers", new[] { "Dee Four", "Eve Five" }, "2501.00462", Venue("ICLR", 2022, "ICLR'2022 (Oral)", note: "Oral")),
            (11, "A Survey of Masked Modeling", new[] { "Fay Six", "Gus Seven" }, "2501.00463", null),
            (16, "Cnvlutin: Ineffectual-Neuron-Free Computing", none, null, Venue("ISCA", 2016, "2016 ISCA")),
            (17, "EIE: Efficient Inference Engine on Compressed Networks", none, "2501.00464", Venue("ISCA", 2016, "2016 ISCA")),
            (20, "Binarized Networks: Weights Constrained to +1 or -1", none, "2501.00465", Venue("NIPS", 2016, "NIPS 2016")),
            (25, "Causal Inference in Vision", none, "2501.00466", Venue("Nature Mach. Intell.", 2020, "Nature Mach. Intell. 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "mae"), document.Entries[0].Repository);
    }

    /// <summary>
    /// A zoo of named methods: a nickname and a spaced dash before each title link, a code link after some; a title
    /// linked off any paper host is still a paper when a code link follows; a tool's line (its name linking its own
    /// repository) is none.
    /// </summary>
    internal const string NicknameDashTitles =
        """
        # The Zoo

        * 3D-GAN - [Learning a Latent Space of Object Shapes](https://arxiv.org/abs/2501.00471) ([github](https://github.com/example/3dgan))
        * ABC-GAN - [ABC-GAN: Adaptive Blur and Control](https://drive.google.com/file/d/0Babc/view) ([github](https://github.com/example/abc-gan))
        * Fisher GAN - [Fisher GAN](https://arxiv.org/abs/2501.00472)
        * Cramèr GAN  – [The Cramer Distance as a Solution](https://arxiv.org/abs/2501.00473)
        * b-GAN - [Generative Adversarial Nets from a Density Ratio Perspective](https://openreview.net/forum?id=Hy7fDog0b)
        * Toolkit - [GAN Toolkit](https://github.com/example/toolkit) ([github](https://github.com/example/toolkit))

        """;

    [Fact]
    public void NicknameDashTitles_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknameDashTitles, "z.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Learning a Latent Space of Object Shapes", none, "2501.00471", null),
            (4, "ABC-GAN: Adaptive Blur and Control", none, null, null),
            (5, "Fisher GAN", none, "2501.00472", null),
            (6, "The Cramer Distance as a Solution", none, "2501.00473", null),
            (7, "Generative Adversarial Nets from a Density Ratio Perspective", none, null, null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "3dgan"), document.Entries[0].Repository);
        Assert.Equal(new RepositoryInfo("example", "abc-gan"), document.Entries[1].Repository);
        Assert.Equal("https://drive.google.com/file/d/0Babc/view", document.Entries[1].Url);
    }

    /// <summary>
    /// Citations of commas only (names, title, venue, year; a full stop between title and venue; a date for the year;
    /// a thesis), names and a comma before a title's link, a title with the first author's surname and the venue in parentheses after a domain's tag, and paper
    /// lines written as paragraphs with no list marker; a Workshops section's lines of the same shape are no papers.
    /// </summary>
    internal const string CommaCitationsAndParagraphLines =
        """
        ## Surveys
         - Ann One, Bob B. Two, Cy Three, Learning in Robotics, A Survey, IJRR, 2013. [[Paper]](https://www.example.edu/ijrr.pdf)
         - Dee Four and E. F. Five, A Tutorial Survey of Learning, Sadhana, 1994. [[Paper]](https://www.example.edu/sadhana.pdf)
         - Gus Six, Learning to predict by temporal differences. Machine Learning 3: 9-44, 1988. [[Paper]](https://www.example.edu/td.pdf)
         - Hal Seven, Ivy Eight, Natural Actor-Critic, ECML, 2005. [[Paper]](https://www.example.edu/nac.pdf)
         - Jon Nine, Kim Ten, Prioritized Replay, ArXiv, 18 Nov 2015. [[ArXiv]](https://arxiv.org/abs/2501.00481)
         - Lou Eleven, et al., Mastering Atari, Go, Chess and Shogi by Planning, Nature, 2020. [[ArXiv]](https://arxiv.org/abs/2501.00482)
         - Max Twelve, Learning from Delayed Rewards, Ph.D. Thesis, Cambridge University, 1989. [[Thesis]](https://www.example.edu/thesis.pdf)
         - Ned Thirteen and Olga Fourteen, [Reinforcement Learning: A Tutorial](https://www.example.edu/rltutorial.pdf)

        ## Game Playing
         - Go - Mastering the game of Go with tree search (Silver, Nature 2016) [[Paper]](https://www.nature.com/articles/nature16961)
         - Giraffe: Using deep learning to play chess (Lai, arXiv 2015) [[arXiv]](https://arxiv.org/abs/2501.00483)
         - Unifying Models and Graphs: A Roadmap (TKDE, 2024) [[paper]](https://arxiv.org/abs/2501.00484)
         - [Are Transformers Learning Multimodal Representations?](https://hal.example.fr/hal-0352/document), AAAI 2022

        ## Multimodal Representations

        [Identifiability Results for Contrastive Learning](https://arxiv.org/abs/2501.00485), ICLR 2023 [[code]](https://github.com/example/identifiability)

        [Multimodal Deep Learning](https://people.example.edu/papers/icml2011_ngiam.pdf), ICML 2011

        [A Benchmark of Many Modalities](https://arxiv.org/abs/2501.00486), NeurIPS 2021 Datasets and Benchmarks Track [[code]](https://github.com/example/bench)

        [Tutorials on Multimodal Learning](https://example.github.io/tutorial/) at CVPR 2022 and NAACL 2022, slides [here](https://example.github.io/slides/).

        # Workshops

        [Representation Learning: Perks and Pitfalls](https://example-workshop.github.io/iclr-2023/), ICLR 2023

        """;

    [Fact]
    public void CommaCitationsAndParagraphLines_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CommaCitationsAndParagraphLines, "c.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Learning in Robotics, A Survey", new[] { "Ann One", "Bob B. Two", "Cy Three" }, null, Venue("IJRR", 2013, "IJRR 2013")),
            (3, "A Tutorial Survey of Learning", new[] { "Dee Four", "E. F. Five" }, null, Venue("Sadhana", 1994, "Sadhana 1994")),
            (4, "Learning to predict by temporal differences", new[] { "Gus Six" }, null, Venue("Machine Learning", 1988, "Machine Learning 1988")),
            (5, "Natural Actor-Critic", new[] { "Hal Seven", "Ivy Eight" }, null, Venue("ECML", 2005, "ECML 2005")),
            (6, "Prioritized Replay", new[] { "Jon Nine", "Kim Ten" }, "2501.00481", null),
            (7, "Mastering Atari, Go, Chess and Shogi by Planning", new[] { "Lou Eleven" }, "2501.00482", Venue("Nature", 2020, "Nature 2020")),
            (8, "Learning from Delayed Rewards", new[] { "Max Twelve" }, null, null),
            (9, "Reinforcement Learning: A Tutorial", new[] { "Ned Thirteen", "Olga Fourteen" }, null, null),
            (12, "Mastering the game of Go with tree search", new[] { "Silver" }, null, Venue("Nature", 2016, "Nature 2016")),
            (13, "Giraffe: Using deep learning to play chess", new[] { "Lai" }, "2501.00483", null),
            (14, "Unifying Models and Graphs: A Roadmap", none, "2501.00484", Venue("TKDE", 2024, "TKDE, 2024")),
            (15, "Are Transformers Learning Multimodal Representations?", none, null, Venue("AAAI", 2022, "AAAI 2022")),
            (19, "Identifiability Results for Contrastive Learning", none, "2501.00485", Venue("ICLR", 2023, "ICLR 2023")),
            (21, "Multimodal Deep Learning", none, null, Venue("ICML", 2011, "ICML 2011")),
            (23, "A Benchmark of Many Modalities", none, "2501.00486", Venue("NeurIPS", 2021, "NeurIPS 2021 Datasets and Benchmarks Track", track: "Datasets and Benchmarks")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "identifiability"), document.Entries[12].Repository);
    }

    /// <summary>
    /// Papers written as headings with their links in them and their names in the paragraph under them (a venue link
    /// first); a plain title, a comma and its venue in emphasis before the links; a model's name and a bare PDF URL in
    /// brackets, not read but reported.
    /// </summary>
    internal const string HeadingEntriesAndEmphasisVenues =
        """
        ## Papers

        ### Journal Papers
        ##### [\[TPAMI2018\]](https://ieeexplore.ieee.org/document/8338122/) Real-time 3D Hand Pose Estimation with CNNs. [\[PDF\]](https://ieeexplore.ieee.org/document/8338122/) [\[Code\]](https://github.com/example/handpose)
        *Ann One, Bob Two, Cy Three*

        #### 2024
        ##### [\[CVPR2024\]](https://arxiv.org/abs/2501.00491) Reconstructing Hands in 3D with Transformers. [\[PDF\]](https://arxiv.org/pdf/2501.00491.pdf)
        *Dee Four, Eve Five*

        ##### [\[ICCVW2017\]](https://arxiv.org/abs/2501.00492) Region Ensemble Network for Hand Pose Estimation. [\[PDF\]](https://arxiv.org/pdf/2501.00492.pdf)

        ## Spatiotemporal Based

        - TALL: Thumbnail Layout for Deepfake Video Detection, *ICCV 2023*: [Paper](https://arxiv.org/abs/2501.00493) [Github](https://github.com/example/tall)
        - AltFreezing for More General Face Forgery Detection, *CVPR 2023 Highlight*: [Paper](https://arxiv.org/abs/2501.00494)
        - A Comprehensive Survey from the Reliability Perspective, *arXiv 2022*: [Paper](https://arxiv.org/abs/2501.00495)

        ## Networks
        - ERFNet [http://www.example.edu/pdfs/Romera17tits.pdf] [?]

        """;

    [Fact]
    public void HeadingEntriesAndEmphasisVenues_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(HeadingEntriesAndEmphasisVenues, "h.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Real-time 3D Hand Pose Estimation with CNNs", new[] { "Ann One", "Bob Two", "Cy Three" }, null, Venue("TPAMI", 2018, "TPAMI2018")),
            (8, "Reconstructing Hands in 3D with Transformers", new[] { "Dee Four", "Eve Five" }, "2501.00491", Venue("CVPR", 2024, "CVPR2024")),
            (11, "Region Ensemble Network for Hand Pose Estimation", none, "2501.00492", new VenueInfo(VenueKind.Workshop, "ICCV", 2017, "Workshop", "ICCVW2017")),
            (15, "TALL: Thumbnail Layout for Deepfake Video Detection", none, "2501.00493", Venue("ICCV", 2023, "ICCV 2023")),
            (16, "AltFreezing for More General Face Forgery Detection", none, "2501.00494", Venue("CVPR", 2023, "CVPR 2023 Highlight", note: "Highlight")),
            (17, "A Comprehensive Survey from the Reliability Perspective", none, "2501.00495", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("Journal Papers", document.Entries[0].Category);
        Assert.Equal("2024", document.Entries[1].Category);
        Assert.Equal(new RepositoryInfo("example", "handpose"), document.Entries[0].Repository);
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Span.Line == 20);
    }

    /// <summary>
    /// A year and a venue before a plain title, a spaced dash after them (an underscore's W its workshop, a year alone
    /// no venue); a known venue, a comma and its year on a line of its own with an award; paper paragraphs behind emoji
    /// shortcodes, the year in the title's parentheses not the title's.
    /// </summary>
    internal const string YearVenuePrefixesCommaVenueLinesAndEmojiParagraphs =
        """
        ## Label Noise
        - 2015-ICLR_W - Training Convolutional Networks with Noisy Labels. [[Paper]](https://arxiv.org/abs/2501.00501)
        - 2016-CVPR - Seeing Through the Human Reporting Bias. [[Paper]](https://arxiv.org/abs/2501.00502) [[Code]](https://github.com/example/bias)
        - 2014 - A Comprehensive Introduction to Label Noise. [[Paper]](https://www.example.edu/es2014-10.pdf)

        ## Simulators
        - **Habitat: A Platform for Embodied AI Research** <br>
        *Ann One, Bob Two, and Cy Three* <br>
        ICCV, 2019 (Best Paper Nomination). [[Paper](https://arxiv.org/abs/2501.00503)] [[Code](https://github.com/example/habitat)]

        ## Pose Estimation

        :camera: [Viewpoints and Keypoints (2015)](https://arxiv.org/abs/2501.00504)

        :camera: :gem: [Render for CNN: Viewpoint Estimation in Images (2015)](https://arxiv.org/abs/2501.00505) [[Code]](https://github.com/example/render)

        """;

    [Fact]
    public void YearVenuePrefixesCommaVenueLinesAndEmojiParagraphs_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(YearVenuePrefixesCommaVenueLinesAndEmojiParagraphs, "y.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Training Convolutional Networks with Noisy Labels", none, "2501.00501", new VenueInfo(VenueKind.Workshop, "ICLR", 2015, "Workshop", "2015-ICLR_W")),
            (3, "Seeing Through the Human Reporting Bias", none, "2501.00502", Venue("CVPR", 2016, "2016-CVPR")),
            (4, "A Comprehensive Introduction to Label Noise", none, null, null),
            (7, "Habitat: A Platform for Embodied AI Research", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00503", Venue("ICCV", 2019, "ICCV, 2019 (Best Paper Nomination)", note: "Best Paper Nomination")),
            (13, "Viewpoints and Keypoints", none, "2501.00504", null),
            (15, "Render for CNN: Viewpoint Estimation in Images", none, "2501.00505", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "render"), document.Entries[5].Repository);
    }

    /// <summary>
    /// A nickname and its glued venue on the item's line, the fields in labelled sub-items: <c>title:</c> the title,
    /// <c>paper:</c> a link whose label is its URL (no title), <c>code:</c> the repository.
    /// </summary>
    internal const string LabelledSubItemFields =
        """
        ## Algorithm papers
        - **OC-SORT**(CVPR2023)
          - title: Observation-Centric SORT: Rethinking SORT for Robust Tracking
          - paper: [https://arxiv.org/abs/2501.00511](https://arxiv.org/abs/2501.00511)
          - code: [https://github.com/example/ocsort](https://github.com/example/ocsort)

        - **MOTIP**(arXiv2024)
          - title: Multiple Object Tracking as ID Prediction
          - paper: [https://arxiv.org/abs/2501.00512](https://arxiv.org/abs/2501.00512)

        """;

    [Fact]
    public void LabelledSubItemFields_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(LabelledSubItemFields, "l.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Observation-Centric SORT: Rethinking SORT for Robust Tracking", none, "2501.00511", Venue("CVPR", 2023, "CVPR2023")),
            (7, "Multiple Object Tracking as ID Prediction", none, "2501.00512", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("example", "ocsort"), document.Entries[0].Repository);
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0013"); // a URL as a link's label is no unknown label
    }

    /// <summary>
    /// A venue in bold parentheses with its note nested in its own parentheses, the year from the heading above; a
    /// venue the list of well-known ones names (ACM MM); a workshop at a venue with a comma before the year.
    /// </summary>
    internal const string NestedVenueParenthesesAndCommaWorkshops =
        """
        ## Conference

        #### 2021
        - <a name="P2PNet"></a> **[P2PNet]** Rethinking Counting in Crowds: A Point-Based Framework (**ICCV**(Oral)) [[paper](https://arxiv.org/abs/2501.00521)]
        - <a name="CLIP"></a> **[CLIP-Count]** Towards Text-Guided Zero-Shot Object Counting (**ACM MM**) [[paper](https://arxiv.org/abs/2501.00522)]

        ## Question Generation

        1. **Machine Comprehension by Neural Question Generation.** RepL4NLP@ACL, 2017. [paper](https://arxiv.org/abs/2501.00523)

            *Ann One, Bob Two.*

        """;

    [Fact]
    public void NestedVenueParenthesesAndCommaWorkshops_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NestedVenueParenthesesAndCommaWorkshops, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Rethinking Counting in Crowds: A Point-Based Framework", none, "2501.00521", Venue("ICCV", 2021, "ICCV(Oral)", note: "Oral")),
            (5, "Towards Text-Guided Zero-Shot Object Counting", none, "2501.00522", Venue("ACM MM", 2021, "ACM MM")),
            (9, "Machine Comprehension by Neural Question Generation", new[] { "Ann One", "Bob Two" }, "2501.00523", new VenueInfo(VenueKind.Workshop, "ACL", 2017, "RepL4NLP", "RepL4NLP@ACL, 2017")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A nickname bullet (a lab, a model's name) over a sub-item that is a citation of commas: names, title, then a venue
    /// and year, an arXiv identifier, or an identifier and a venue after a slash; a sub-item of names alone stays the
    /// names. A plain title, a comma, "in" and its venue in emphasis with the year after it. A preprint with its month.
    /// </summary>
    internal const string NicknameCitationsAndInVenueEmphasis =
        """
        ## Classification

        * Microsoft (Deep Residual Learning) [[Paper](http://arxiv.org/pdf/2501.00601v1.pdf)][[Slide](http://example.org/slides.pdf)]
          * Ann One, Bob Two, Cy Three, Deep Residual Things for Image Recognition, arXiv:2501.00601.
        * GoogLeNet [[Paper]](http://arxiv.org/pdf/2501.00602)
          * Ann One, Bob Two, Going Deeper with Things, CVPR, 2015.
        * Deep Parsing Network [[Paper]](http://arxiv.org/pdf/2501.00603)
          * Cy Three, Dee Four, Semantic Segmentation via Deep Parsing, arXiv:2501.00603 / ICCV 2015 (2nd ranked in VOC 2012)
        * A Model for Things [[Paper]](http://arxiv.org/pdf/2501.00604)
          * Ann One, Bob Two, et al.

        ## Time series

        * Time-LLM: Forecasting by Reprogramming Language Models, in *ICLR* 2024. [\[paper\]](https://arxiv.org/abs/2501.00605) [\[official code\]](https://github.com/a/b)
        * LLM4TS: Two-Stage Fine-Tuning for Forecasting, in *arXiv* 2023. [\[paper\]](https://arxiv.org/abs/2501.00606)

        [ImageBERT: Cross-Modal Pre-training with Weak Supervision](https://arxiv.org/abs/2501.00607), arXiv 2020/01

        """;

    [Fact]
    public void NicknameCitationsAndInVenueEmphasis_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknameCitationsAndInVenueEmphasis, "c.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Deep Residual Things for Image Recognition", new[] { "Ann One", "Bob Two", "Cy Three" }, "2501.00601", null),
            (5, "Going Deeper with Things", new[] { "Ann One", "Bob Two" }, "2501.00602", Venue("CVPR", 2015, "CVPR 2015")),
            (7, "Semantic Segmentation via Deep Parsing", new[] { "Cy Three", "Dee Four" }, "2501.00603", Venue("ICCV", 2015, "ICCV 2015")),
            (9, "A Model for Things", new[] { "Ann One", "Bob Two" }, "2501.00604", null),
            (14, "Time-LLM: Forecasting by Reprogramming Language Models", none, "2501.00605", Venue("ICLR", 2024, "ICLR 2024")),
            (15, "LLM4TS: Two-Stage Fine-Tuning for Forecasting", none, "2501.00606", null),
            (17, "ImageBERT: Cross-Modal Pre-training with Weak Supervision", none, "2501.00607", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 59's conventions: a nickname with a parenthesis of notes, or of words joined by "for", before the title
    /// link; a workshop named by its acronym between its conference and the year (<c>ICLR RLPM 2019</c>) or glued to
    /// the word (<c>MLGWorkshop 2017</c>); a workshop in emphasis written out as "Workshop on ..."; a paper behind a
    /// DOI link.
    /// </summary>
    internal const string NicknameNotesAndWorkshopsByName =
        """
        ## Acoustic models

        - Flowtron (flow based): [Flowtron: an Autoregressive Flow Network](https://arxiv.org/abs/2501.00701) (arXiv 2020)
        - Glow-TTS (flow based, Monotonic Attention): [Glow-TTS: A Generative Flow](https://arxiv.org/abs/2501.00702) (NeurIPS 2020)
        - Meta-Learning for TTS: [Neural Voice Cloning with a Few Samples](https://arxiv.org/abs/2501.00703) (NeurIPS 2018)

        ## Graph classification

        - **A Simple Baseline for Graph Classification (ICLR RLPM 2019)**
          - Ann One, Bob Two
          - [[Paper]](https://arxiv.org/abs/2501.00704)
        - **graph2vec: Learning Representations of Graphs (MLGWorkshop 2017)**
          - Cy Three and Dee Four
          - [[Paper]](https://arxiv.org/abs/2501.00705)
        - **Learning Graph Representation via Frequent Subgraphs (SDM 2018)**
          - Ed Five
          - [[Paper]](https://epubs.siam.org/doi/10.1137/1.9781611975321.35)

        ## Imitation

        - A Connection between Adversarial Networks and Energy-Based Models. [[pdf]](https://arxiv.org/pdf/2501.00707.pdf)
          - Fay Six and Gus Seven. *NIPS 2016 Workshop on Adversarial Training*
        - Generative Adversarial Imitation from Observation. [[pdf]](https://arxiv.org/pdf/2501.00708.pdf)
          - Hal Eight, Ivy Nine, and Jon Ten. *ICML 2019 Workshop on Imitation, Intent, and Interaction (I3)*

        """;

    [Fact]
    public void NicknameNotesAndWorkshopsByName_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknameNotesAndWorkshopsByName, "w.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Flowtron: an Autoregressive Flow Network", none, "2501.00701", null),
            (4, "Glow-TTS: A Generative Flow", none, "2501.00702", Venue("NeurIPS", 2020, "NeurIPS 2020")),
            (5, "Neural Voice Cloning with a Few Samples", none, "2501.00703", Venue("NeurIPS", 2018, "NeurIPS 2018")),
            (9, "A Simple Baseline for Graph Classification", new[] { "Ann One", "Bob Two" }, "2501.00704", new VenueInfo(VenueKind.Workshop, "ICLR", 2019, "RLPM", "ICLR RLPM 2019")),
            (12, "graph2vec: Learning Representations of Graphs", new[] { "Cy Three", "Dee Four" }, "2501.00705", new VenueInfo(VenueKind.Workshop, "MLG", 2017, "Workshop", "MLGWorkshop 2017")),
            (15, "Learning Graph Representation via Frequent Subgraphs", new[] { "Ed Five" }, null, Venue("SDM", 2018, "SDM 2018")),
            (21, "A Connection between Adversarial Networks and Energy-Based Models", new[] { "Fay Six", "Gus Seven" }, "2501.00707", new VenueInfo(VenueKind.Workshop, "NIPS", 2016, "Workshop on Adversarial Training", "NIPS 2016 Workshop on Adversarial Training")),
            (23, "Generative Adversarial Imitation from Observation", new[] { "Hal Eight", "Ivy Nine", "Jon Ten" }, "2501.00708", new VenueInfo(VenueKind.Workshop, "ICML", 2019, "Workshop on Imitation, Intent, and Interaction (I3)", "ICML 2019 Workshop on Imitation, Intent, and Interaction (I3)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://epubs.siam.org/doi/10.1137/1.9781611975321.35", document.Entries[5].Url);
    }

    /// <summary>
    /// Batch 58's paragraphs: a bold task label and a colon before a paper's title link (<c>**VQA**: [Title](url),
    /// EMNLP 2019</c>), and a preprint before the venue after a title (<c>[Title](url), arXiv 2019/08, ACL 2020</c>:
    /// no names); a bold phrase and a colon before a link to no paper stays prose.
    /// </summary>
    internal const string LabelledParagraphsAndPreprintFirst =
        """
        ## Downstream tasks

        **VQA**: [Fusion of Detected Things for Question Answering](https://arxiv.org/abs/2501.00801), EMNLP 2019, [[code]](https://github.com/a/b), (**B2T2**)

        **VLN**: [Towards a Generic Agent for Navigation](https://arxiv.org/abs/2501.00802), CVPR 2020

        **Read more**: [our blog](https://example.org/blog)

        [VisualThing: A Simple Baseline for Vision and Language](https://arxiv.org/abs/2501.00803), arXiv 2019/08, ACL 2020 [[code]](https://github.com/c/d)

        """;

    [Fact]
    public void LabelledParagraphsAndPreprintFirst_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(LabelledParagraphsAndPreprintFirst, "p.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Fusion of Detected Things for Question Answering", none, "2501.00801", Venue("EMNLP", 2019, "EMNLP 2019")),
            (5, "Towards a Generic Agent for Navigation", none, "2501.00802", Venue("CVPR", 2020, "CVPR 2020")),
            (9, "VisualThing: A Simple Baseline for Vision and Language", none, "2501.00803", Venue("ACL", 2020, "ACL 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 60's citations: APA names before the title link (inverted, initials, "&amp;" before the last, a particle
    /// before a surname), maybe after a label in brackets, and "Venue, Year." after it ("ArXiv, 2020" a preprint).
    /// </summary>
    internal const string ApaNamesBeforeTitleYearAfter =
        """
        ## Survey

        - Zhang, Y., & Yang, Q. [A Survey on Things](https://arxiv.org/abs/2501.00901v3). TKDE, 2021.
        - Crawshaw, M. [Things with Deep Networks: A Survey](http://arxiv.org/abs/2501.00902). ArXiv, 2020.
        - **[PopArt]** Hessel, M., Soyer, H., & van Hasselt, H. [Multi-task Things with PopArt](http://arxiv.org/abs/2501.00903). AAAI, 2019.
        - [NYUv2] Silberman, N., Hoiem, D. W., & Fergus, R. [Indoor Segmentation of Things](https://cs.nyu.edu/~silberman/papers/indoor_seg_support.pdf). ECCV, 2012.
        - Caruana, R. [Multitask Learning](https://link.springer.com/article/10.1023/A:1007379606734). Machine Learning, 1997.
        - Yang, R., & Lee, C.-Y. [Soft Things](http://arxiv.org/abs/2501.00906). NeurIPS,2020.

        """;

    [Fact]
    public void ApaNamesBeforeTitleYearAfter_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ApaNamesBeforeTitleYearAfter, "a.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Survey on Things", new[] { "Zhang, Y.", "Yang, Q." }, "2501.00901", Venue("TKDE", 2021, "TKDE, 2021")),
            (4, "Things with Deep Networks: A Survey", new[] { "Crawshaw, M." }, "2501.00902", null),
            (5, "Multi-task Things with PopArt", new[] { "Hessel, M.", "Soyer, H.", "van Hasselt, H." }, "2501.00903", Venue("AAAI", 2019, "AAAI, 2019")),
            (6, "Indoor Segmentation of Things", new[] { "Silberman, N.", "Hoiem, D. W.", "Fergus, R." }, null, Venue("ECCV", 2012, "ECCV, 2012")),
            (7, "Multitask Learning", new[] { "Caruana, R." }, null, Venue("Machine Learning", 1997, "Machine Learning, 1997")),
            (8, "Soft Things", new[] { "Yang, R.", "Lee, C.-Y." }, "2501.00906", Venue("NeurIPS", 2020, "NeurIPS,2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://cs.nyu.edu/~silberman/papers/indoor_seg_support.pdf", document.Entries[3].Url);
    }

    [Fact]
    public void A_sentence_that_ends_in_an_APA_name_before_a_link_is_no_entry_and_is_reported()
    {
        var document = CatalogParser.Parse("- See also Zhang, Y. [Another Survey](https://arxiv.org/abs/2501.00907).\n", "s.md");
        Assert.Empty(document.Entries);
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Span.Line == 1);
    }

    [Theory]
    [InlineData("ICLR RLPM 2019", "ICLR", "RLPM")]
    [InlineData("MLGWorkshop 2017", "MLG", "Workshop")]
    public void An_acronym_between_a_venue_and_its_year_or_glued_to_Workshop_is_a_workshop(string text, string name, string track)
    {
        var venue = Assert.Single(CatalogParser.Parse(OneBulletWithVenue(text), "w.md").Entries).Venue!;
        Assert.Equal((VenueKind.Workshop, name, track), (venue.Kind, venue.Name, venue.Track));
    }

    [Theory]
    [InlineData("ICML ORAL 2020")]
    [InlineData("ACL SHORT 2020")]
    [InlineData("IEEE TPAMI 2020")]
    [InlineData("ACM MM 2020")]
    public void An_acronym_that_is_a_venue_track_or_distinction_makes_no_workshop(string text)
        => Assert.Equal(VenueKind.Unspecified, Assert.Single(CatalogParser.Parse(OneBulletWithVenue(text), "w.md").Entries).Venue!.Kind);

    private static string OneBulletWithVenue(string venue) => "- [A Paper: On Things](https://arxiv.org/abs/2401.00001) (" + venue + ")\n";

    [Theory]
    [InlineData("Artificial Intelligence Review", "Artificial Intelligence Review")]
    [InlineData("Computer Science Review", "Computer Science Review")]
    [InlineData("Under Review", null)]
    [InlineData("In Review", null)]
    [InlineData("Review", null)]
    public void A_journal_named_a_review_in_a_venue_column_is_a_venue_and_a_paper_under_review_has_none(string cell, string? name)
    {
        var text = "| **Year** | **Venue** | **Paper Title** |\n| :-: | :-: | :-- |\n| 2023 | " + cell + " | [A Review of Things](https://link.springer.com/article/10.1007/s10462-022-10176-7) |\n";
        var entry = Assert.Single(CatalogParser.Parse(text, "r.md").Entries);
        Assert.Equal(name, entry.Venue?.Name);
        Assert.Equal(name is null ? null : 2023, entry.Venue?.Year);
    }

    /// <summary>
    /// Batch 61's second list: items of three lines (bold title, italic names, then the venue and links), the paper's link
    /// a bracketed <c>[[PDF](url)]</c> (a word for the link, not a venue named PDF); a heading of surveys and courses
    /// still holds papers.
    /// </summary>
    internal const string ThreeLineItemsWithBracketedPdfLinks =
        """
        ## Surveys and Courses

        - **State of the Art on Things.**<br>
        *Ayush Tewari, Ohad Fried, Justus Thies, et al.*<br>
        Eurographics 2020. [[PDF](https://arxiv.org/abs/2501.01001)]

        ## Implicit Representations

        - **Occupancy Things: Learning in Function Space.**<br>
        *Lars Mescheder, Michael Oechsle.*<br>
        CVPR 2019. [[PDF](https://arxiv.org/abs/2501.01002)] [[Github](https://github.com/a/b)]

        - **Scene Representation Things.**<br>
        *Vincent Sitzmann, Gordon Wetzstein.*<br>
        NeurIPS 2019 (Oral). [[PDF](https://arxiv.org/abs/2501.01003)] [[Project](https://example.org/srns/)]

        """;

    [Fact]
    public void ThreeLineItemsWithBracketedPdfLinks_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ThreeLineItemsWithBracketedPdfLinks, "n.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "State of the Art on Things", new[] { "Ayush Tewari", "Ohad Fried", "Justus Thies" }, "2501.01001", Venue("Eurographics", 2020, "Eurographics 2020")),
            (9, "Occupancy Things: Learning in Function Space", new[] { "Lars Mescheder", "Michael Oechsle" }, "2501.01002", Venue("CVPR", 2019, "CVPR 2019")),
            (13, "Scene Representation Things", new[] { "Vincent Sitzmann", "Gordon Wetzstein" }, "2501.01003", Venue("NeurIPS", 2019, "NeurIPS 2019 (Oral)", note: "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 61's third list: paragraphs, not items, of a bold title, italic names and a venue line, each line ended by
    /// <c>&lt;br&gt;</c>; "et al" without its full stop; a team's one word over a line with the year alone; Findings
    /// before or after the venue; a workshop.
    /// </summary>
    internal const string ThreeLineParagraphsEndedByBr =
        """
        ## Technical Reports

        **A Technical Report of Things**<br>
        *OpenAI*<br>
        2023. [[Paper](https://arxiv.org/abs/2501.02001)]

        **Open Foundation Things**<br>
        *Hugo Touvron, Louis Martin, Kevin Stone, et al*<br>
        2023. [[Paper](https://arxiv.org/abs/2501.02002)] [[Website](https://example.org/llama/)]

        ## Uncertainty

        **Semantic Uncertainty of Things**<br>
        *Lorenz Kuhn, Yarin Gal, Sebastian Farquhar*<br>
        ICLR 2023. [[Paper](https://arxiv.org/abs/2501.02003)]

        **Calibrated Things in Findings**<br>
        *Ann One, Bob Two, et al*<br>
        EMNLP 2022 Findings. [[Paper](https://arxiv.org/abs/2501.02004)] [[Github](https://github.com/a/b)]

        **Findings Written First**<br>
        *Cy Three*<br>
        Findings of EMNLP 2022. [[Paper](https://arxiv.org/abs/2501.02005)]

        **Workshop Things**<br>
        *Di Four, Ed Five*<br>
        NeurIPS 2022 Workshop. [[Paper](https://arxiv.org/abs/2501.02006)]

        **A Preprint of Things**<br>
        *Fay Six, Gus Seven*<br>
        arXiv 2023. [[Paper](https://arxiv.org/abs/2501.02007)]

        """;

    [Fact]
    public void ThreeLineParagraphsEndedByBr_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ThreeLineParagraphsEndedByBr, "u.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Technical Report of Things", new[] { "OpenAI" }, "2501.02001", null),
            (7, "Open Foundation Things", new[] { "Hugo Touvron", "Louis Martin", "Kevin Stone" }, "2501.02002", null),
            (13, "Semantic Uncertainty of Things", new[] { "Lorenz Kuhn", "Yarin Gal", "Sebastian Farquhar" }, "2501.02003", Venue("ICLR", 2023, "ICLR 2023")),
            (17, "Calibrated Things in Findings", new[] { "Ann One", "Bob Two" }, "2501.02004", Venue("EMNLP", 2022, "EMNLP 2022 Findings", track: "Findings")),
            (21, "Findings Written First", new[] { "Cy Three" }, "2501.02005", Venue("EMNLP", 2022, "Findings of EMNLP 2022", track: "Findings")),
            (25, "Workshop Things", new[] { "Di Four", "Ed Five" }, "2501.02006", new VenueInfo(VenueKind.Workshop, "NeurIPS", 2022, "Workshop", "NeurIPS 2022 Workshop")),
            (29, "A Preprint of Things", new[] { "Fay Six", "Gus Seven" }, "2501.02007", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    /// <summary>
    /// Batch 62: a list's nickname for a paper in parentheses after a plain title is no part of the title (<c>(BASIC)</c>,
    /// <c>(DALL-E 2)</c>, <c>(ACT / ALOHA)</c>); an acronym of the title's last words is (<c>(CLIP)</c>, <c>(REx)</c>,
    /// <c>(LLMs)</c>), and so is everything inside emphasis. The year's apostrophe may be a left quotation mark
    /// (<c>TKDE‘23</c>); an award of four words after the year is the venue's note.
    /// </summary>
    internal const string NicknamesAfterPlainTitles =
        """
        ## Training

        - Combined Scaling for Zero-shot Transfer Learning (BASIC) [[paper](https://arxiv.org/abs/2501.03001)]
        - Hierarchical Image Generation with Latents (DALL-E 2) [[paper](https://arxiv.org/abs/2501.03002)] (arXiv 2022)
        - Bimanual Manipulation with Low-Cost Hardware (ACT / ALOHA). [[pdf]](https://arxiv.org/pdf/2501.03003.pdf)
        - Data Determines Robustness in Contrastive Language Image Pre-training (CLIP) [[paper](https://arxiv.org/abs/2501.03004)] (ICML 2022)
        - Out-of-Distribution Generalization via Risk Extrapolation (REx). [[paper]](https://arxiv.org/abs/2501.03005)
        - Graph Learning in the Era of Large Language Models (LLMs) [[paper](https://arxiv.org/abs/2501.03006)]
        - [arXiv'25] **Retrieval-Augmented Generation with Graphs (GraphRAG)** [[Paper]](https://arxiv.org/abs/2501.03007)
        - (*TKDE‘23*) Fully Automatic Graph Alignment [[paper](https://arxiv.org/abs/2501.03008)]
        - Efficiently Modeling Long Things (ICLR 2022 Outstanding Paper Honorable Mention)[[Paper](https://arxiv.org/abs/2501.03009)] [[Code](https://github.com/a/b)]
        - Hungry Things (ICLR 2023 Spotlight)[[Paper](https://arxiv.org/abs/2501.03010)]

        """;

    [Fact]
    public void NicknamesAfterPlainTitles_title_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknamesAfterPlainTitles, "c.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Combined Scaling for Zero-shot Transfer Learning", none, "2501.03001", null),
            (4, "Hierarchical Image Generation with Latents", none, "2501.03002", null),
            (5, "Bimanual Manipulation with Low-Cost Hardware", none, "2501.03003", null),
            (6, "Data Determines Robustness in Contrastive Language Image Pre-training (CLIP)", none, "2501.03004", Venue("ICML", 2022, "ICML 2022")),
            (7, "Out-of-Distribution Generalization via Risk Extrapolation (REx)", none, "2501.03005", null),
            (8, "Graph Learning in the Era of Large Language Models (LLMs)", none, "2501.03006", null),
            (9, "Retrieval-Augmented Generation with Graphs (GraphRAG)", none, "2501.03007", null),
            (10, "Fully Automatic Graph Alignment", none, "2501.03008", Venue("TKDE", 2023, "TKDE‘23")),
            (11, "Efficiently Modeling Long Things", none, "2501.03009", Venue("ICLR", 2022, "ICLR 2022 Outstanding Paper Honorable Mention", note: "Outstanding Paper Honorable Mention")),
            (12, "Hungry Things", none, "2501.03010", Venue("ICLR", 2023, "ICLR 2023 Spotlight", note: "Spotlight")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 62's fourth list: a numbered bold title and its venue, a blank line, then the names in emphasis with the
    /// links and the arXiv month. A title with a comma is still the title; a journal's name without a year after the
    /// title is its venue when the names are below; the first author surname first, as MLA writes it, kept as written.
    /// </summary>
    internal const string BoldTitleVenueThenNamesParagraph =
        """
        ## Overview

        1. **Pre-train, Prompt, and Predict: A Survey of Things.** Preprint.

            *Liu, Pengfei, Weizhe Yuan, Jinlan Fu, and Graham Neubig.* [[pdf](https://arxiv.org/abs/2501.04001)] [[project](http://pretrain.example.org)], 2021.7

        2. **Paradigm Shift in Things.** Machine Intelligence Research.

            *Tianxiang Sun, Xiangyang Liu, Xipeng Qiu, Xuanjing Huang* [[pdf](https://arxiv.org/abs/2501.04002)], 2021.9

        3. **Things Understand, Too.** Preprint. ![](https://img.shields.io/badge/P--tuning-blue)

            *Xiao Liu, Yanan Zheng, Jie Tang.* [[pdf](https://arxiv.org/abs/2501.04003)], [[project](https://github.com/a/b)], 2021.3

        4. **Multitask Prompted Things.** ICLR 2022. ![](https://img.shields.io/badge/T0-blue)

            *Victor Sanh, Albert Webson, Arun Raja, et al.* [[pdf](https://arxiv.org/abs/2501.04004)], 2021.10

        """;

    [Fact]
    public void BoldTitleVenueThenNamesParagraph_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BoldTitleVenueThenNamesParagraph, "p.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Pre-train, Prompt, and Predict: A Survey of Things", new[] { "Liu, Pengfei", "Weizhe Yuan", "Jinlan Fu", "Graham Neubig" }, "2501.04001", null),
            (7, "Paradigm Shift in Things", new[] { "Tianxiang Sun", "Xiangyang Liu", "Xipeng Qiu", "Xuanjing Huang" }, "2501.04002",
                new VenueInfo(VenueKind.Unspecified, "Machine Intelligence Research", null, null, "Machine Intelligence Research")),
            (11, "Things Understand, Too", new[] { "Xiao Liu", "Yanan Zheng", "Jie Tang" }, "2501.04003", null),
            (15, "Multitask Prompted Things", new[] { "Victor Sanh", "Albert Webson", "Arun Raja" }, "2501.04004", Venue("ICLR", 2022, "ICLR 2022")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 64: the day the list added the paper, then its venue, before the title link (<c>- 20180530 NeurIPS-18
    /// [Title](url)</c>); a preprint alone there is no venue; a sub-item under it is the maintainer's comment (a
    /// nickname, a note in Chinese), not names; a team's hyphenated name alone still is.
    /// </summary>
    internal const string DatedVenueTagsWithComments =
        """
        ## Domain Adaptation

        - 20190412 ICML-19 [Bridging Theory and Things](https://arxiv.org/abs/2501.05001)
            - Margin disparity discrepancy (MDD) 提出了新的理论和算法
        - NIPS-14 [How Transferable Are Things?](https://arxiv.org/abs/2501.05002)
            - 探究深度网络的可迁移性
        - 20150210 ICML-15 [Learning Transferable Things](https://arxiv.org/abs/2501.05003)
            - DAN, 多核MMD
        - 20171222 AAAI-18 [Conditional Adversarial Things](https://arxiv.org/abs/2501.05004)
            - CDAN, 条件对抗
        - 20190705 arXiv [Invariant Things](https://arxiv.org/abs/2501.05005)
            - IRM, 不变风险最小化
        - arXiv [Deep Domain Things](https://arxiv.org/abs/2501.05006)
        - 20170309 ICML-17 [Model-Agnostic Things](https://arxiv.org/abs/2501.05007)
            - MAML
        - [A Reasoning Model of Things](https://arxiv.org/abs/2501.05008)
            - DeepSeek-AI

        """;

    [Fact]
    public void DatedVenueTagsWithComments_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(DatedVenueTagsWithComments, "d.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Bridging Theory and Things", none, "2501.05001", Venue("ICML", 2019, "ICML-19")),
            (5, "How Transferable Are Things?", none, "2501.05002", Venue("NIPS", 2014, "NIPS-14")),
            (7, "Learning Transferable Things", none, "2501.05003", Venue("ICML", 2015, "ICML-15")),
            (9, "Conditional Adversarial Things", none, "2501.05004", Venue("AAAI", 2018, "AAAI-18")),
            (11, "Invariant Things", none, "2501.05005", null),
            (13, "Deep Domain Things", none, "2501.05006", null),
            (14, "Model-Agnostic Things", none, "2501.05007", Venue("ICML", 2017, "ICML-17")),
            (16, "A Reasoning Model of Things", new[] { "DeepSeek-AI" }, "2501.05008", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 64's third list: numbered lines of a title, its authors and an arXiv id written as text, no link
    /// (<c>1. Title. Hinton et al. arXiv:1503.02531</c>): the id links the paper. Names surname first joined by
    /// <c>&amp;</c>, or one before "et al.", are kept as written; a line with no id and no link is no paper; a sub-item
    /// that cites the paper its item links is no paper of its own.
    /// </summary>
    internal const string ArxivIdsWrittenAsText =
        """
        ### Knowledge from logits

        1. Distilling the Things in a Network. Hinton et al. arXiv:1503.02531
        2. On the Efficacy of Things. Cho, Jang Hyun & Hariharan, Bharath. arXiv:1910.01348. ICCV 2019
        3. Fitnets: Hints for Thin Things. Romero, Adriana et al. arXiv:1412.6550
        4. Learning from Noisy Things. Li, Yuncheng et al. ICCV 2017
        5. Sequence-Level Things. Kim, Yoon & Rush, Alexander M. arXiv:1606.07947 [[code]](https://github.com/a/b)

        * Microsoft (Deep Residual Things) [[Paper](https://arxiv.org/abs/1512.03385)]
          * Kaiming He, Xiangyu Zhang, Deep Residual Things for Image Recognition, arXiv:1512.03385.

        """;

    [Fact]
    public void ArxivIdsWrittenAsText_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ArxivIdsWrittenAsText, "k.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Distilling the Things in a Network", new[] { "Hinton" }, "1503.02531", null),
            (4, "On the Efficacy of Things", new[] { "Cho, Jang Hyun", "Hariharan, Bharath" }, "1910.01348", Venue("ICCV", 2019, "ICCV 2019")),
            (5, "Fitnets: Hints for Thin Things", new[] { "Romero, Adriana" }, "1412.6550", null),
            (7, "Sequence-Level Things", new[] { "Kim, Yoon", "Rush, Alexander M." }, "1606.07947", null),
            (9, "Deep Residual Things for Image Recognition", new[] { "Kaiming He", "Xiangyu Zhang" }, "1512.03385", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://arxiv.org/abs/1503.02531", document.Entries[0].Url);
    }

    /// <summary>
    /// Batch 65: NLP-progress's results tables, the paper's title linked in a "Paper / Source" column and the model's
    /// author-year citation in the "Model" column (<c>| BERT (Devlin et al., 2018) | 90.9 | [Title](url) |</c>): the
    /// citation names the authors ("et al." left out, particles kept, two names joined by "&amp;" both read).
    /// </summary>
    internal const string ResultsTablesCitingPapers =
        """
        ### ARC

        | Model           | Accuracy (Challenge)  |  Accuracy (Easy) | Paper / Source |
        | ------------- | :-----:| :-----:| --- |
        | ST-MoE-32B (Zoph et al., 2022) | 86.5 | 95.2 | [ST-MoE: Designing Stable Things](https://arxiv.org/abs/2501.06001) |
        | Entity-GCN (De Cao et al., 2018) | 71.2 | - | [Question Answering by Reasoning Across Things](https://arxiv.org/abs/2501.06002) |
        | Match-LSTM (Wang & Jiang, 2016) | 64.7 | 73.7 | [Machine Comprehension Using Match-LSTM Things](https://arxiv.org/abs/2501.06003) |
        | Liu et al. (2018) | 70.4 | 78.8 | [Stochastic Answer Things](https://arxiv.org/abs/2501.06004) |
        | Reading Strategies | 42.32 | 68.9 | [Improving Machine Reading Things](https://arxiv.org/abs/2501.06005) |

        """;

    [Fact]
    public void ResultsTablesCitingPapers_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ResultsTablesCitingPapers, "q.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "ST-MoE: Designing Stable Things", new[] { "Zoph" }, "2501.06001", null),
            (6, "Question Answering by Reasoning Across Things", new[] { "De Cao" }, "2501.06002", null),
            (7, "Machine Comprehension Using Match-LSTM Things", new[] { "Wang", "Jiang" }, "2501.06003", null),
            (8, "Stochastic Answer Things", new[] { "Liu" }, "2501.06004", null),
            (9, "Improving Machine Reading Things", new string[0], "2501.06005", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 66: an award or distinction as the first sentence of an Introduction column (<c>| Oral. Precision-aware
    /// scaling laws ... |</c>, <c>| **Best Paper Award**. ![](img) |</c>) is the venue's note; a description that starts
    /// with a note word is not (<c>Best practices for ...</c>).
    /// </summary>
    internal const string NotesOpeningAnIntroduction =
        """
        ## 2025

        | Title | Introduction | Links | Conference | Year | Code |
        | ----- | ------------ | ----- | ---------- | ---- | ---- |
        | Scaling Laws for Things | Oral. Precision-aware scaling laws for training and inference. | [arXiv](https://arxiv.org/abs/2501.07001) | ICLR | 2025 | - |
        | Activation-aware Things | **Best Paper Award**. ![](./imgs/awq.png) | [arXiv](https://arxiv.org/abs/2501.07002) | MLSys | 2024 | [code](https://github.com/a/b) |
        | Quantized Things | Best practices for quantizing things. | [arXiv](https://arxiv.org/abs/2501.07003) | ACL Findings | 2024 | - |

        """;

    [Fact]
    public void NotesOpeningAnIntroduction_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NotesOpeningAnIntroduction, "i.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Scaling Laws for Things", none, "2501.07001", Venue("ICLR", 2025, "ICLR", note: "Oral")),
            (6, "Activation-aware Things", none, "2501.07002", Venue("MLSys", 2024, "MLSys", note: "Best Paper Award")),
            (7, "Quantized Things", none, "2501.07003", Venue("ACL", 2024, "ACL Findings", track: "Findings")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 66's second list: a preprint's id ends the names (<c>**Title**, A One, B Two, arXiv:2404.09516</c>), in a
    /// paragraph over a line of links as in an item.
    /// </summary>
    internal const string PreprintIdsEndingNames =
        """
        **A Survey of Things**, Xiao Wang, Shiao Wang, Yuhe Ding, arXiv:2501.08001
        [[Paper](https://arxiv.org/abs/2501.08001)] [[Github](https://github.com/a/b)]

        ## Origin
        * **Mamba: Linear-Time Things**, Albert Gu, Tri Dao, arXiv:2501.08002
          [[Paper](https://arxiv.org/abs/2501.08002)] [[Code](https://github.com/c/d)]
        * **Efficiently Modeling Long Things**, Albert Gu, Karan Goel, Christopher Ré, ICLR 2022 (Outstanding Paper Honorable Mention)
          [[Paper](https://arxiv.org/abs/2501.08003)]

        """;

    [Fact]
    public void PreprintIdsEndingNames_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(PreprintIdsEndingNames, "m.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (1, "A Survey of Things", new[] { "Xiao Wang", "Shiao Wang", "Yuhe Ding" }, "2501.08001", null),
            (5, "Mamba: Linear-Time Things", new[] { "Albert Gu", "Tri Dao" }, "2501.08002", null),
            (7, "Efficiently Modeling Long Things", new[] { "Albert Gu", "Karan Goel", "Christopher Ré" }, "2501.08003",
                Venue("ICLR", 2022, "ICLR 2022 (Outstanding Paper Honorable Mention)", note: "Outstanding Paper Honorable Mention")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 67: a Publication column that writes <c>Neurips</c>, and a paper linked by its PDF on arXiv's ftp path
    /// (<c>arxiv.org/ftp/arxiv/papers/2312/2312.00752.pdf</c>), whose id is read from the file's name.
    /// </summary>
    internal const string MilestoneTableSpellings =
        """
        ## Milestone Papers

        |  Date  |       keywords       |    Institute    | Paper                                                                                                                                                                               | Publication |
        | :-----: | :------------------: | :--------------: | :---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | :---------: |
        | 2023-05 |       DPO       |   Stanford   | [Direct Preference Things](https://arxiv.org/pdf/2501.09001.pdf) |Neurips|
        | 2023-12 | Mamba | CMU&Princeton |[Linear-Time Things](https://arxiv.org/ftp/arxiv/papers/2501/2501.09002.pdf)| ICML|

        """;

    [Fact]
    public void MilestoneTableSpellings_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(MilestoneTableSpellings, "h.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Direct Preference Things", none, "2501.09001", new VenueInfo(VenueKind.Unspecified, "Neurips", null, null, "Neurips")),
            (6, "Linear-Time Things", none, "2501.09002", new VenueInfo(VenueKind.Unspecified, "ICML", null, null, "ICML")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 69: a bold title as a paragraph over a list of a label and a bare URL each (<c>**Title**</c> / <c>- Paper:
    /// https://arxiv.org/abs/...</c> / <c>- Code: https://github.com/...</c>), under a list whose title names the venue
    /// and year (<c># CVPR 2024 Papers with Code</c>), which every paper takes.
    /// </summary>
    internal const string BoldTitlesOverLinkFields =
        """
        # CVPR 2024 论文和开源项目合集(Papers with Code)

        <a name="3DGS"></a>

        # 3DGS(Gaussian Splatting)

        **Scaffold-GS: Structured 3D Things**

        - Homepage: https://city-super.github.io/scaffold-gs/
        - Paper: https://arxiv.org/abs/2501.10001
        - Code: https://github.com/city-super/Scaffold-GS

        **GaussianAvatar: Towards Realistic Things**

        - Paper : https://arxiv.org/abs/2501.10002
        - Code: https://github.com/huliangxiao/GaussianAvatar

        """;

    [Fact]
    public void BoldTitlesOverLinkFields_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BoldTitlesOverLinkFields, "c.md");
        var none = new string[0];
        var cvpr = new VenueInfo(VenueKind.Unspecified, "CVPR", 2024, null, "CVPR 2024");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (7, "Scaffold-GS: Structured 3D Things", none, "2501.10001", cvpr),
            (13, "GaussianAvatar: Towards Realistic Things", none, "2501.10002", cvpr),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("city-super", "Scaffold-GS"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 69: applied-ml's <c>1. [Title](url) `Amazon` `2018`</c>, the company that wrote the paper and the year in two
    /// code spans: the company is a tag and no venue; a venue the reader knows, or an acronym, in the same place is still
    /// the venue (<c>`KDD` `2019`</c>, <c>`RecSys` `2019`</c>).
    /// </summary>
    internal const string OrganisationAndYearCodeSpans =
        """
        ## Search & Ranking

        1. [Amazon Search: The Joy of Ranking Things](https://arxiv.org/abs/2501.11001) `Amazon` `2016`
        2. [Doctor Things: Predicting Clinical Events](https://arxiv.org/abs/2501.11002) `Sutter Health` `2015`
        3. [Semantic Product Things](https://arxiv.org/abs/2501.11003) `KDD` `2019`
        4. [Sequence-Aware Things](https://arxiv.org/abs/2501.11004) `RecSys` `2019`

        """;

    [Fact]
    public void OrganisationAndYearCodeSpans_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(OrganisationAndYearCodeSpans, "a.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Amazon Search: The Joy of Ranking Things", none, "2501.11001", null),
            (4, "Doctor Things: Predicting Clinical Events", none, "2501.11002", null),
            (5, "Semantic Product Things", none, "2501.11003", new VenueInfo(VenueKind.Unspecified, "KDD", 2019, null, "KDD 2019")),
            (6, "Sequence-Aware Things", none, "2501.11004", new VenueInfo(VenueKind.Unspecified, "RecSys", 2019, null, "RecSys 2019")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new[] { "Amazon" }, document.Entries[0].Tags);
        Assert.Equal(new[] { "Sutter Health" }, document.Entries[1].Tags);
    }

    /// <summary>
    /// Batch 70: <c>* [Title](url), A. Author et al., VENUE YEAR</c> with a workshop in lower case before the year
    /// (<c>ICLR workshop 2017</c>), a venue whose long name has an "and" after "et al." (<c>ACM Workshop on Artificial
    /// Intelligence and Security 2017</c>), and a Talks section whose talk on a conference's page is no paper.
    /// </summary>
    internal const string FirstAuthorEtAlThenVenue =
        """
        ### Attack
        * [Adversarial Things In The Physical World](https://arxiv.org/abs/2501.12001), A. Kurakin et al., ICLR workshop 2017
        * [Delving into Transferable Things](https://arxiv.org/abs/2501.12002) Liu et al., ICLR 2017

        ### Others
        * [Adversarial Things Are Not Easily Detected](https://arxiv.org/abs/2501.12003), N. Carlini et al., ACM Workshop on Artificial Intelligence and Security 2017
        * [Detecting Things with Visual Foresight](https://arxiv.org/abs/2501.12004), Y. Lin et al., NIPS workshop 2017

        ## Talks
        * [Classifiers under Attack](https://www.usenix.org/conference/enigma2017/conference-program/presentation/evans), David Evans, 2017

        """;

    [Fact]
    public void FirstAuthorEtAlThenVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(FirstAuthorEtAlThenVenue, "v.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Adversarial Things In The Physical World", new[] { "A. Kurakin" }, "2501.12001", new VenueInfo(VenueKind.Workshop, "ICLR", 2017, "Workshop", "ICLR workshop 2017")),
            (3, "Delving into Transferable Things", new[] { "Liu" }, "2501.12002", new VenueInfo(VenueKind.Unspecified, "ICLR", 2017, null, "ICLR 2017")),
            (6, "Adversarial Things Are Not Easily Detected", new[] { "N. Carlini" }, "2501.12003", new VenueInfo(VenueKind.Unspecified, "ACM Workshop on Artificial Intelligence and Security", 2017, null, "ACM Workshop on Artificial Intelligence and Security 2017")),
            (7, "Detecting Things with Visual Foresight", new[] { "Y. Lin" }, "2501.12004", new VenueInfo(VenueKind.Workshop, "NIPS", 2017, "Workshop", "NIPS workshop 2017")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 71: <c>* Title, Surname, Year. [[Paper]](url) [[Code]](url)</c>, a plain title, its first author's surname
    /// (one to three words: <c>Le Roux</c>) and a year by commas, no venue; a title with commas of its own keeps them.
    /// </summary>
    internal const string TitleSurnameAndYear =
        """
        #### IRM
        * On Training Things for Supervised Speech Separation, Wang, 2014. [[Paper]](https://ieeexplore.ieee.org/document/6887314)
        * PoCoNet: Better Things with Embeddings, Semi-Supervised Data, and Biased Loss, Isik, 2020. [[Paper]](https://arxiv.org/abs/2501.13002)
        * SDR - half-baked or well done?, Le Roux, 2018. [[Paper]](https://arxiv.org/abs/2501.13003) [[DTLN code]](https://github.com/breizhn/DTLN)

        """;

    [Fact]
    public void TitleSurnameAndYear_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TitleSurnameAndYear, "s.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "On Training Things for Supervised Speech Separation", new[] { "Wang" }, null, null),
            (3, "PoCoNet: Better Things with Embeddings, Semi-Supervised Data, and Biased Loss", new[] { "Isik" }, "2501.13002", null),
            (4, "SDR - half-baked or well done?", new[] { "Le Roux" }, "2501.13003", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://ieeexplore.ieee.org/document/6887314", document.Entries[0].Url);
        Assert.Equal(new RepositoryInfo("breizhn", "DTLN"), document.Entries[2].Repository);
    }

    [Fact]
    public void Link_fields_written_with_different_bullets_are_one_entry()
    {
        // CommonMark starts a new list at each change of bullet: "- Paper:" then "* Code:" are two lists, one entry's fields.
        var document = CatalogParser.Parse(
            "# CVPR 2024 Papers\n\n**GaussianAvatar: Towards Realistic Things**\n\n- Paper: https://arxiv.org/abs/2501.10002\n* Code: https://github.com/huliangxiao/GaussianAvatar\n+ Homepage: https://huliangxiao.github.io/\n\n**Next Things**\n\n* Paper: https://arxiv.org/abs/2501.10003\n",
            "b.md");
        Assert.Equal(new[] { "2501.10002", "2501.10003" }, document.Entries.Select(entry => entry.Arxiv?.Id));
        Assert.Equal(new RepositoryInfo("huliangxiao", "GaussianAvatar"), document.Entries[0].Repository);
        Assert.Equal(new[] { 3, 9 }, document.Entries.Select(entry => entry.Line));
    }

    /// <summary>
    /// Batch 72: <c>- "Title", 2023-06, AAAI(Oral) 24, `tag`, [[paper]](url)</c>: after a quoted title and its month, the
    /// venue with a year of two digits and no apostrophe, how the paper was presented in parentheses (a distinction is
    /// the note, <c>(Poster)</c> is none), a track after the year, a long journal name; no venue token is a preprint.
    /// </summary>
    internal const string QuotedTitleMonthThenVenue =
        """
        ### White-box attack

        - "Visual Adversarial Things Jailbreak Language Models", 2023-06, AAAI(Oral) 24, `multi-modal`, [[paper]](https://arxiv.org/abs/2501.14001) [[repo]](https://github.com/Unispac/Visual-Adversarial-Examples)
        - "Are Aligned Things Adversarially Aligned?", 2023-06, NeurIPS(Poster) 23, `multi-modal`, [[paper]](https://arxiv.org/abs/2501.14002)
        - "Multi-step Jailbreaking Privacy Things", 2023-04, EMNLP 23 Findings, `privacy`, [[paper]](https://arxiv.org/abs/2501.14003)
        - "Defending Things via Self-Reminder", 2023-12, Nature Machine Intelligence 23, `self-reminder`, [[paper]](https://arxiv.org/abs/2501.14004)
        - "Image Hijacking Things at Runtime", 2023-09, `multi-modal`, [[paper]](https://arxiv.org/abs/2501.14005)

        """;

    [Fact]
    public void QuotedTitleMonthThenVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(QuotedTitleMonthThenVenue, "q.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Visual Adversarial Things Jailbreak Language Models", none, "2501.14001", new VenueInfo(VenueKind.Unspecified, "AAAI", 2024, null, "AAAI(Oral) 24", "Oral")),
            (4, "Are Aligned Things Adversarially Aligned?", none, "2501.14002", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS(Poster) 23")),
            (5, "Multi-step Jailbreaking Privacy Things", none, "2501.14003", new VenueInfo(VenueKind.Unspecified, "EMNLP", 2023, "Findings", "EMNLP 23 Findings")),
            (6, "Defending Things via Self-Reminder", none, "2501.14004", new VenueInfo(VenueKind.Unspecified, "Nature Machine Intelligence", 2023, null, "Nature Machine Intelligence 23")),
            (7, "Image Hijacking Things at Runtime", none, "2501.14005", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 72: <c>- **Nickname**</c> over <c>  - Title, ICLR'19</c> (no link) and <c>  - [[arxiv]](url) [[Python]](url)</c>:
    /// the venue, or a preprint's year, after the title's last comma.
    /// </summary>
    internal const string NicknameOverPlainTitleAndVenue =
        """
        # Paper References with the implementation(s)

        - **GIN**
          - How Powerful are Graph Things?, ICLR'19
          - [[arxiv]](https://arxiv.org/abs/2501.15001) [[Python]](https://github.com/weihua916/powerful-gnns)
        - **DGI**
          - Deep Graph Things, ICLR 2019
          - [[arxiv]](https://arxiv.org/abs/2501.15002) [[Python]](https://github.com/PetarV-/DGI)
        - **GAE**
          - Variational Graph Things, arXiv'16
          - [[arxiv]](https://arxiv.org/abs/2501.15003)

        """;

    [Fact]
    public void NicknameOverPlainTitleAndVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NicknameOverPlainTitleAndVenue, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "How Powerful are Graph Things?", none, "2501.15001", new VenueInfo(VenueKind.Unspecified, "ICLR", 2019, null, "ICLR'19")),
            (6, "Deep Graph Things", none, "2501.15002", new VenueInfo(VenueKind.Unspecified, "ICLR", 2019, null, "ICLR 2019")),
            (9, "Variational Graph Things", none, "2501.15003", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("weihua916", "powerful-gnns"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 73 (handong1587's layout, which amusi's object-detection list copies): <c>**Title**</c> over <c>- intro: VENUE
    /// YEAR. Affiliation</c>, <c>- arxiv: &lt;url&gt;</c> and <c>- github(Caffe): url</c> fields; the venue the intro opens
    /// with (the first of two, a workshop track in parentheses, a distinction after it; none for "Submitted to");
    /// a URL in angle brackets, with underscores, after a double colon or on a line of its own; an image between the title
    /// and its fields; a title in 《》.
    /// </summary>
    internal const string BoldTitlesOverIntroAndLinkFields =
        """
        ## R-CNN

        **Spatial Pyramid Things for Visual Recognition**

        - intro: ECCV 2014 / TPAMI 2015
        - keywords: SPP-Net
        - arxiv: <http://arxiv.org/abs/2501.16001>
        - github(official, Matlab): <https://github.com/ShaoqingRen/SPP_net>
        - github(Torch):: <https://github.com/andreaskoepf/faster-rcnn.torch>

        **《Deep Learning for Generic Things: A Survey》**

        - intro: Submitted to IJCV 2018
        - arXiv: https://arxiv.org/abs/2501.16002

        **You Only Look Once Things**

        ![img](https://user-images.githubusercontent.com/3794909/28934967-718c9302-78b5-11e7-89ee-8b514e53e23c.png)

        - intro: (ICLR 2018 workshop track)
        - arxiv: http://arxiv.org/abs/2501.16003

        **Mimicking Very Efficient Things**

        - intro: BMVC 2017 (oral). Sorbonne Universités & CEDRIC
        - paper: http://openaccess.thecvf.com/content_cvpr_2017/papers/Li_Mimicking_Very_Efficient_CVPR_2017_paper.pdf

        **R-FCN-3000 at 30fps: Decoupling Things**

        <https://arxiv.org/abs/2501.16005>

        """;

    [Fact]
    public void BoldTitlesOverIntroAndLinkFields_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BoldTitlesOverIntroAndLinkFields, "d.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Spatial Pyramid Things for Visual Recognition", none, "2501.16001", new VenueInfo(VenueKind.Unspecified, "ECCV", 2014, null, "ECCV 2014")),
            (11, "Deep Learning for Generic Things: A Survey", none, "2501.16002", null),
            (16, "You Only Look Once Things", none, "2501.16003", new VenueInfo(VenueKind.Workshop, "ICLR", 2018, "Workshop", "ICLR 2018 workshop track")),
            (23, "Mimicking Very Efficient Things", none, null, new VenueInfo(VenueKind.Unspecified, "BMVC", 2017, null, "BMVC 2017 (oral)", "Oral")),
            (28, "R-FCN-3000 at 30fps: Decoupling Things", none, "2501.16005", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("ShaoqingRen", "SPP_net"), document.Entries[0].Repository);
        Assert.Equal("http://openaccess.thecvf.com/content_cvpr_2017/papers/Li_Mimicking_Very_Efficient_CVPR_2017_paper.pdf", document.Entries[3].Url);
    }

    /// <summary>
    /// Batch 73: <c>- [J. Chem. Inf. Model. 2019] **Title** (Nickname) [[paper]](url)</c>, a journal's abbreviated name
    /// and its year in the tag before the title (<c>Nat. Mach. Intell. 2022</c>, <c>ACS Cent. Sci. 2019</c>).
    /// </summary>
    internal const string AbbreviatedJournalTags =
        """
        ### 2D Graph
        - [J. Chem. Inf. Model. 2019] **Analyzing Learned Molecular Things** (Chemprop) [[paper]](https://arxiv.org/abs/2501.17001) [[code]](https://github.com/chemprop/chemprop)
        - [Nat. Mach. Intell. 2022] **Geometry-enhanced Molecular Things** (GEM) [[paper]](https://arxiv.org/abs/2501.17002)
        - [ACS Cent. Sci. 2019] **Molecular Transformer Things** [[paper]](https://arxiv.org/abs/2501.17003)

        """;

    [Fact]
    public void AbbreviatedJournalTags_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(AbbreviatedJournalTags, "j.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Analyzing Learned Molecular Things", none, "2501.17001", new VenueInfo(VenueKind.Unspecified, "J. Chem. Inf. Model.", 2019, null, "J. Chem. Inf. Model. 2019")),
            (3, "Geometry-enhanced Molecular Things", none, "2501.17002", new VenueInfo(VenueKind.Unspecified, "Nat. Mach. Intell.", 2022, null, "Nat. Mach. Intell. 2022")),
            (4, "Molecular Transformer Things", none, "2501.17003", new VenueInfo(VenueKind.Unspecified, "ACS Cent. Sci.", 2019, null, "ACS Cent. Sci. 2019")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 74: <c>| Time | Paper | Repo |</c> whose Time cells are venues with a year of two digits glued (<c>ECCV24</c>,
    /// <c>3DV21</c>, a name that opens with a digit) or written out (<c>NeurIPS 2023</c>); <c>arXiv23</c> is a preprint.
    /// </summary>
    internal const string TimeColumnVenues =
        """
        ### Supervised Models
        | Time | Paper | Repo |
        | -------- | -------- | -------- |
        | ECCV24 | [SEA-RAFT: Simple, Efficient Things](https://arxiv.org/abs/2501.18001) | [SEA-RAFT](https://github.com/princeton-vl/SEA-RAFT)![Github stars](https://img.shields.io/github/stars/princeton-vl/SEA-RAFT.svg) |
        | NeurIPS 2023 | [The Surprising Effectiveness of Things](https://arxiv.org/abs/2501.18002) | |
        | arXiv23 | [FlowFormer Things](https://arxiv.org/abs/2501.18003) | |
        | 3DV21 | [E-RAFT: Dense Things from Event Cameras](https://arxiv.org/abs/2501.18004) | |

        """;

    [Fact]
    public void TimeColumnVenues_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TimeColumnVenues, "t.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "SEA-RAFT: Simple, Efficient Things", none, "2501.18001", new VenueInfo(VenueKind.Unspecified, "ECCV", 2024, null, "ECCV24")),
            (5, "The Surprising Effectiveness of Things", none, "2501.18002", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, null, "NeurIPS 2023")),
            (6, "FlowFormer Things", none, "2501.18003", null),
            (7, "E-RAFT: Dense Things from Event Cameras", none, "2501.18004", new VenueInfo(VenueKind.Unspecified, "3DV", 2021, null, "3DV21")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("princeton-vl", "SEA-RAFT"), document.Entries[0].Repository);
    }

    [Fact]
    public void A_date_column_names_no_venue()
    {
        var document = CatalogParser.Parse("| Date | Paper | Code |\n|---|---|---|\n| 2023-05 | [Direct Preference Things](https://arxiv.org/abs/2501.18005) | |\n", "d.md");
        var entry = Assert.Single(document.Entries);
        Assert.Null(entry.Venue);
    }

    /// <summary>
    /// Batch 74: MLA citations as Google Scholar gives them, in a table's Paper column and in a bullet: <c>Surname,
    /// Given, et al. "Title." Source. Year. [[pdf]](url)</c>; the first name surname first (one name even with two given
    /// names or an initial at the end), the source's name and year the venue (a volume, pages or a proceedings' volume
    /// after it dropped), an arXiv preprint none.
    /// </summary>
    internal const string MlaCitations =
        """
        | Name  | Paper  | Code  |
        |---|---|---|
        | Causal Effect Variational Autoencoder (CEVAE)  | Louizos, Christos, et al. "Causal effect inference with deep things." Advances in Neural Information Processing Systems. 2017. [[pdf]](https://arxiv.org/pdf/2501.19001.pdf)  | [Python](https://github.com/AMLab-Amsterdam/CEVAE) |
        | Counterfactual Regression (CFR)  | Shalit, Uri, Fredrik D. Johansson, and David Sontag. "Estimating individual things: generalization bounds." Proceedings of the 34th International Conference on Machine Learning-Volume 70. JMLR. org, 2017. [[pdf]](https://arxiv.org/pdf/2501.19002.pdf)  | |
        | Greedy Equivalence Search (GES) | Chickering, David Maxwell. "Optimal structure identification with greedy things." Journal of machine learning research 3.Nov (2002): 507-554. [[pdf]](http://www.jmlr.org/papers/volume3/chickering02b/chickering02b.pdf) | |
        | Invariant Causal Prediction (ICP) | Peters, Jonas, Peter Bühlmann, and Nicolai Meinshausen. "Causal inference by using invariant things." Journal of the Royal Statistical Society: Series B (Statistical Methodology) 78.5 (2016): 947-1012. [[pdf]](https://arxiv.org/pdf/2501.19004.pdf) | |

        - Hill, Jennifer L. "Bayesian nonparametric modeling for causal things." Journal of Computational and Graphical Statistics 20.1 (2011): 217-240. [[pdf]](https://arxiv.org/abs/2501.19005)
        - Wang, Yixin, and David M. Blei. "The blessings of multiple things." arXiv preprint arXiv:1805.06826 (2018). [[pdf]](https://arxiv.org/pdf/2501.19006.pdf)
        - Michael L. Littman, "Reinforcement learning improves things from evaluative feedback." Nature 521.7553 (2015): 445-451. [[Paper]](https://arxiv.org/abs/2501.19007)

        """;

    [Fact]
    public void MlaCitations_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(MlaCitations, "m.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Causal effect inference with deep things", new[] { "Louizos, Christos" }, "2501.19001", new VenueInfo(VenueKind.Unspecified, "Advances in Neural Information Processing Systems", 2017, null, "Advances in Neural Information Processing Systems. 2017")),
            (4, "Estimating individual things: generalization bounds", new[] { "Shalit, Uri", "Fredrik D. Johansson", "David Sontag" }, "2501.19002", new VenueInfo(VenueKind.Unspecified, "Proceedings of the 34th International Conference on Machine Learning", 2017, null, "Proceedings of the 34th International Conference on Machine Learning-Volume 70. JMLR. org, 2017")),
            (5, "Optimal structure identification with greedy things", new[] { "Chickering, David Maxwell" }, null, new VenueInfo(VenueKind.Unspecified, "Journal of machine learning research", 2002, null, "Journal of machine learning research 3.Nov (2002): 507-554")),
            (6, "Causal inference by using invariant things", new[] { "Peters, Jonas", "Peter Bühlmann", "Nicolai Meinshausen" }, "2501.19004", new VenueInfo(VenueKind.Unspecified, "Journal of the Royal Statistical Society: Series B (Statistical Methodology)", 2016, null, "Journal of the Royal Statistical Society: Series B (Statistical Methodology) 78.5 (2016): 947-1012")),
            (8, "Bayesian nonparametric modeling for causal things", new[] { "Hill, Jennifer L." }, "2501.19005", new VenueInfo(VenueKind.Unspecified, "Journal of Computational and Graphical Statistics", 2011, null, "Journal of Computational and Graphical Statistics 20.1 (2011): 217-240")),
            (9, "The blessings of multiple things", new[] { "Wang, Yixin", "David M. Blei" }, "2501.19006", null),
            // The names first as written and a comma, then MLA's quoted title and source (batch 79's one reader of a source).
            (10, "Reinforcement learning improves things from evaluative feedback", new[] { "Michael L. Littman" }, "2501.19007", new VenueInfo(VenueKind.Unspecified, "Nature", 2015, null, "Nature 521.7553 (2015): 445-451")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 75: a bibliography's export, <c>- [Title](url) , (2019) by *Surname, Given and Surname, Given* [[bib]](url)
    /// *comment*</c>: the year and "by" are no names; BibTeX's pairs joined by commas are one name each ("and others" is
    /// none); names written given name first stay as written.
    /// </summary>
    internal const string YearThenNamesByBibliography =
        """
        ## Classics
        - [Catastrophic interference in connectionist things](https://www.sciencedirect.com/science/article/pii/S0079742108605368) , (1989) by *McCloskey, Michael and Cohen, Neal J* [[bib]](https://github.com/optimass/continual_learning_papers/blob/master/bibtex.bib#L1-L8)
        - [Catastrophic forgetting, rehearsal and pseudorehearsal things](https://www.tandfonline.com/doi/abs/10.1080/09540099550039318) , (1995) by *Robins, Anthony* [[bib]](https://github.com/optimass/continual_learning_papers/blob/master/bibtex.bib#L10-L16)
        - [Overcoming catastrophic forgetting in neural things](https://arxiv.org/abs/2501.20003) , (2017) by *Kirkpatrick, James, Pascanu, Razvan, Rabinowitz, Neil and others* [[bib]](https://github.com/optimass/continual_learning_papers/blob/master/bibtex.bib#L97-L108) *Introduces EWC*
        - [Measuring Catastrophic Forgetting in Neural Things](https://arxiv.org/pdf/2501.20004) , (2018) by *Ronald Kemker, Marc McClure and Christopher Kanan* [[bib]](https://github.com/optimass/continual_learning_papers/blob/master/bibtex.bib#L77-L85)

        """;

    [Fact]
    public void YearThenNamesByBibliography_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(YearThenNamesByBibliography, "y.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Catastrophic interference in connectionist things", new[] { "McCloskey, Michael", "Cohen, Neal J" }, null, null),
            (3, "Catastrophic forgetting, rehearsal and pseudorehearsal things", new[] { "Robins, Anthony" }, null, null),
            (4, "Overcoming catastrophic forgetting in neural things", new[] { "Kirkpatrick, James", "Pascanu, Razvan", "Rabinowitz, Neil" }, "2501.20003", null),
            (5, "Measuring Catastrophic Forgetting in Neural Things", new[] { "Ronald Kemker", "Marc McClure", "Christopher Kanan" }, "2501.20004", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 76: entries as paragraphs of one line each (no bullets), a venue or a preprint's month in brackets first,
    /// glued to the title or not: <c>[CVPR 2018] Title [[PDF](url), [Code](url)]</c>, <c>[arxiv 2023.10]Title [[PDF](url),
    /// [Page](url)]</c>; a line of a name and a code link only is no entry.
    /// </summary>
    internal const string VenueTagParagraphs =
        """
        ## Open-source models
        [VideoCrafter] [[Code](https://github.com/AILab-CVC/VideoCrafter)]

        [arxiv 2023.10]VideoCrafter1: Open Diffusion Things [[PDF](https://arxiv.org/abs/2501.21001), [Page](https://ailab-cvc.github.io/videocrafter/)]

        ## GAN/VAE-based methods
        [NIPS 2016] Generating Things with Scene Dynamics [[PDF](https://arxiv.org/abs/2501.21002), [Page](http://www.cs.columbia.edu/~vondrick/tinyvideo/)]

        [CVPR 2018] MoCoGAN: Decomposing Motion and Content Things [[PDF](https://arxiv.org/abs/2501.21003), [Code](https://github.com/sergeytulyakov/mocogan)]

        """;

    [Fact]
    public void VenueTagParagraphs_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueTagParagraphs, "v.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "VideoCrafter1: Open Diffusion Things", none, "2501.21001", null),
            (7, "Generating Things with Scene Dynamics", none, "2501.21002", new VenueInfo(VenueKind.Unspecified, "NIPS", 2016, null, "NIPS 2016")),
            (9, "MoCoGAN: Decomposing Motion and Content Things", none, "2501.21003", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("sergeytulyakov", "mocogan"), document.Entries[2].Repository);
    }

    /// <summary>
    /// Batch 77: <c>|Date|The First and Last Authors|Title|Code|Reference|</c>: a column of authors named in words, and a
    /// Reference column that links the paper by its venue (<c>[MICCAI2021](url)</c>; <c>[Arxiv](url)</c> a preprint).
    /// </summary>
    internal const string FirstAndLastAuthorsTable =
        """
        |Date|The First and Last Authors|Title|Code|Reference|
        |---|---|---|---|---|
        |2024-05|H. Chi and W. Liu|Adaptive Bidirectional Things|[Code](https://github.com/chy-upc/ABD)|[CVPR2024](https://arxiv.org/pdf/2501.22001.pdf)|
        |2023-12|Y. Zhang and Y. Qi|SemiSAM: Exploring Things|None|[Arxiv](https://arxiv.org/pdf/2501.22002.pdf)|

        """;

    [Fact]
    public void FirstAndLastAuthorsTable_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(FirstAndLastAuthorsTable, "f.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Adaptive Bidirectional Things", new[] { "H. Chi", "W. Liu" }, "2501.22001", new VenueInfo(VenueKind.Unspecified, "CVPR", 2024, null, "CVPR2024")),
            (4, "SemiSAM: Exploring Things", new[] { "Y. Zhang", "Y. Qi" }, "2501.22002", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("chy-upc", "ABD"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 78: <c>- Title. **Venue Year**. [[pdf]](url) [[code]](url)</c> over <c>  - *Authors*</c>: a plain title ends
    /// at the full stop before the venue in bold (a journal's long name too: <c>Information Fusion 2022</c>).
    /// </summary>
    internal const string PlainTitleFullStopBoldVenue =
        """
        ### Survey
        - Deep Neural Networks and Tabular Things: A Survey. **IEEE TNNLS 2022**. [[pdf]](https://arxiv.org/pdf/2501.23001) [[code]](https://github.com/kathrinse/TabSurvey)
          - *Vadim Borisov et al.*
        - Tabular Things: Deep Learning is Not All You Need. **Information Fusion 2022**. [[pdf]](https://arxiv.org/pdf/2501.23002)
          - *Ravid Shwartz-Ziv, Amitai Armon*
        - Self-Normalizing Things. **NIPS 2017**. [[pdf]](https://arxiv.org/pdf/2501.23003)
          - *Günter Klambauer et al.*

        """;

    [Fact]
    public void PlainTitleFullStopBoldVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(PlainTitleFullStopBoldVenue, "p.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Deep Neural Networks and Tabular Things: A Survey", new[] { "Vadim Borisov" }, "2501.23001", new VenueInfo(VenueKind.Unspecified, "IEEE TNNLS", 2022, null, "IEEE TNNLS 2022")),
            (4, "Tabular Things: Deep Learning is Not All You Need", new[] { "Ravid Shwartz-Ziv", "Amitai Armon" }, "2501.23002", new VenueInfo(VenueKind.Unspecified, "Information Fusion", 2022, null, "Information Fusion 2022")),
            (6, "Self-Normalizing Things", new[] { "Günter Klambauer" }, "2501.23003", new VenueInfo(VenueKind.Unspecified, "NIPS", 2017, null, "NIPS 2017")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 79: Google Scholar's Chicago export with the title in bold, <c>1. Surname, Given, Given Surname, and Given
    /// Surname. **Title.** In Source, pp. 1-9. Year. [[Paper]](url)</c>: the source's name and year are the venue (its
    /// pages and publisher dropped, an arXiv preprint none); the first name is inverted, its given names two full words
    /// too; a dataset's name and a colon may open the names (<c>RefCOCO: Yu, Licheng, ...</c>).
    /// </summary>
    internal const string ChicagoCitationsWithBoldTitles =
        """
        ### Image Grounding Datasets

        1. RefCOCO: Yu, Licheng, Patrick Poirson, and Tamara L. Berg. **Modeling context in referring things.** In European Conference on Computer Vision, pp. 69-85. Springer, Cham, 2016. [[Paper]](https://arxiv.org/pdf/2501.24001.pdf) [[Code]](https://github.com/lichengunc/refer)

        1. Visual Genome: Krishna, Ranjay, et al. **Visual genome: Connecting language and things.** IJCV 2017. [[Paper]](https://arxiv.org/abs/2501.24002)

        ### Natural Language Object Retrieval

        1. Hendricks, Lisa Anne, Oliver Wang, and Bryan Russell. **Localizing moments in things.** In Proceedings of the 2018 Conference on Empirical Methods in Natural Language Processing, pp. 162-171. 2018. [[Paper]](https://arxiv.org/abs/2501.24003)

        1. Chen, Kan, Rama Kovvuri, and Ram Nevatia. **Query-guided regression things.** In Proceedings of the IEEE International Conference on Computer Vision (ICCV). 2017. [[Paper]](https://arxiv.org/abs/2501.24004)

        1. Guadarrama, Sergio, Erik Rodner, and Trevor Darrell. **Open-vocabulary thing retrieval.** Robotics: science and systems. Vol. 2. No. 5. 2014. [[Paper]](https://arxiv.org/abs/2501.24005)

        1. Fukui, Akira, Dong Huk Park, and Marcus Rohrbach. **Multimodal compact bilinear things.** arXiv preprint arXiv:2501.24006 (2016). [[Paper]](https://arxiv.org/abs/2501.24006)

        1. Li, Liunian Harold, et al. **Grounded language-thing pre-training.** CVPR 2022. [[Paper]](https://arxiv.org/abs/2501.24007)

        1. Lopes, Raphael Gontijo et al. **Data-free knowledge distillation for thing networks.** [[Paper]](https://arxiv.org/abs/2501.24009)

        """;

    [Fact]
    public void ChicagoCitationsWithBoldTitles_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ChicagoCitationsWithBoldTitles, "c.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Modeling context in referring things", new[] { "Yu, Licheng", "Patrick Poirson", "Tamara L. Berg" }, "2501.24001",
                new VenueInfo(VenueKind.Unspecified, "European Conference on Computer Vision", 2016, null, "European Conference on Computer Vision, pp. 69-85. Springer, Cham, 2016")),
            (5, "Visual genome: Connecting language and things", new[] { "Krishna, Ranjay" }, "2501.24002", new VenueInfo(VenueKind.Unspecified, "IJCV", 2017, null, "IJCV 2017")),
            (9, "Localizing moments in things", new[] { "Hendricks, Lisa Anne", "Oliver Wang", "Bryan Russell" }, "2501.24003",
                new VenueInfo(VenueKind.Unspecified, "Proceedings of the 2018 Conference on Empirical Methods in Natural Language Processing", 2018, null,
                    "Proceedings of the 2018 Conference on Empirical Methods in Natural Language Processing, pp. 162-171. 2018")),
            (11, "Query-guided regression things", new[] { "Chen, Kan", "Rama Kovvuri", "Ram Nevatia" }, "2501.24004",
                new VenueInfo(VenueKind.Unspecified, "Proceedings of the IEEE International Conference on Computer Vision (ICCV)", 2017, null, "Proceedings of the IEEE International Conference on Computer Vision (ICCV). 2017")),
            (13, "Open-vocabulary thing retrieval", new[] { "Guadarrama, Sergio", "Erik Rodner", "Trevor Darrell" }, "2501.24005",
                new VenueInfo(VenueKind.Unspecified, "Robotics: science and systems", 2014, null, "Robotics: science and systems. Vol. 2. No. 5. 2014")),
            (15, "Multimodal compact bilinear things", new[] { "Fukui, Akira", "Dong Huk Park", "Marcus Rohrbach" }, "2501.24006", null),
            (17, "Grounded language-thing pre-training", new[] { "Li, Liunian Harold" }, "2501.24007", new VenueInfo(VenueKind.Unspecified, "CVPR", 2022, null, "CVPR 2022")),
            (19, "Data-free knowledge distillation for thing networks", new[] { "Lopes, Raphael Gontijo" }, "2501.24009", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("lichengunc", "refer"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 80: <c>- Title, Venue Year. \[[paper](url)\]</c> and what else follows a plain title's last commas: a year
    /// alone (no venue), a journal's abbreviated name and its year, a venue and a note (<c>, AAAI 2019, oral</c>); the
    /// title's own last words stay (<c>Objects, Relations and Things, 2016</c>).
    /// </summary>
    internal const string TitleCommaVenueTails =
        """
        ### Survey Papers

        - Modeling and Prediction of Human Driver Things: A Survey, 2020. \[[paper](https://arxiv.org/abs/2501.25001)\]
        - Interaction Networks for Learning about Objects, Relations and Things, 2016. \[[paper](https://arxiv.org/abs/2501.25002)\]

        ### Intelligent Vehicles

        - Generic Tracking Things and Its Application in Autonomous Driving, IEEE Trans. Intell. Transport. Systems, 2019. \[[paper](https://arxiv.org/abs/2501.25003)\]
        - TrafficPredict: Trajectory Prediction for Heterogeneous Things, AAAI 2019, oral. \[[paper](https://arxiv.org/abs/2501.25004)\]
        - GRIP: Graph-based Interaction-aware Things, ITSC 2019. \[[paper](https://arxiv.org/abs/2501.25005)\], \[[code](https://github.com/xincoder/GRIP)\]

        """;

    [Fact]
    public void TitleCommaVenueTails_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TitleCommaVenueTails, "t.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Modeling and Prediction of Human Driver Things: A Survey", none, "2501.25001", null),
            (4, "Interaction Networks for Learning about Objects, Relations and Things", none, "2501.25002", null),
            (8, "Generic Tracking Things and Its Application in Autonomous Driving", none, "2501.25003",
                new VenueInfo(VenueKind.Unspecified, "IEEE Trans. Intell. Transport. Systems", 2019, null, "IEEE Trans. Intell. Transport. Systems 2019")),
            (9, "TrafficPredict: Trajectory Prediction for Heterogeneous Things", none, "2501.25004", new VenueInfo(VenueKind.Unspecified, "AAAI", 2019, null, "AAAI 2019", "Oral")),
            (10, "GRIP: Graph-based Interaction-aware Things", none, "2501.25005", new VenueInfo(VenueKind.Unspecified, "ITSC", 2019, null, "ITSC 2019")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("xincoder", "GRIP"), document.Entries[4].Repository);
    }

    /// <summary>
    /// Batch 81: <c>- Title [[ECCV 2016 Workshop](url)] [[Code](url)] (**Deep CORAL**)</c>: the paper's link labelled
    /// with its venue, and the method's nickname in bold in a last parenthesis, no name even when it is two capitalised
    /// words (an acronym of three capitals or more in it).
    /// </summary>
    internal const string VenueLinksThenBoldNickname =
        """
        ### Domain Alignment
        > Domain alignment methods align the features of the source domains.

        - <span id="head11"></span> Deep CORAL: Correlation Alignment for Deep Domain Things [[ECCV 2016 Workshop](https://arxiv.org/abs/2501.26001)] [[Code](https://github.com/VisionLearningGroup/CORAL)] (**Deep CORAL**)
        - <span id="head12"></span> Domain Generalization with Adversarial Things [[CVPR 2018](https://arxiv.org/abs/2501.26002)] (**MMD-AAE**)

        """;

    [Fact]
    public void VenueLinksThenBoldNickname_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueLinksThenBoldNickname, "v.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Deep CORAL: Correlation Alignment for Deep Domain Things", none, "2501.26001", new VenueInfo(VenueKind.Workshop, "ECCV", 2016, "Workshop", "ECCV 2016 Workshop")),
            (5, "Domain Generalization with Adversarial Things", none, "2501.26002", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("VisionLearningGroup", "CORAL"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 81: a dataset's bullet over <c>* **Detailed information (Images):** ⇒ [[Paper](url)] [[Website](url)]</c>:
    /// a label in emphasis that ends in its colon, with only an arrow after it, names a field, not a paper; the line is
    /// reported (EA0002), not read under the label's name. (Not among <see cref="All"/>, whose paper-linked items are all
    /// papers.)
    /// </summary>
    internal const string DatasetFieldLabels =
        """
        ## Datasets

        * <span id="head-CUB"> **Caltech-UCSD Bird(CUB)** </span>

            Caltech-UCSD Birds-200-2011 is an extended version of the CUB-200 dataset.

            * **Detailed information (Images):**  ⇒ [[Paper](http://www.vision.caltech.edu/visipedia/papers/CUB_200_2011.pdf)] [[Website](http://www.vision.caltech.edu/visipedia/CUB-200-2011.html)]
               * Number of different categories: 200
            * **Detailed information (Text Descriptions):** ⇒ [[Paper](https://arxiv.org/abs/2501.26003)] [[Website](https://github.com/reedscot/cvpr2016)]

        """;

    [Fact]
    public void DatasetFieldLabels_are_no_papers_and_are_reported()
    {
        var document = CatalogParser.Parse(DatasetFieldLabels, "d.md");
        Assert.Empty(document.Entries);
        Assert.Equal(new[] { 7, 9 }, document.Diagnostics.Where(d => d.RuleId == "EA0002").Select(d => d.Span.StartLine + 1));
    }

    [Fact]
    public void A_title_in_bold_with_its_colon_and_no_arrow_stays_a_title()
    {
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n- **Attention Is All You Things:** [[paper]](https://arxiv.org/abs/2501.26004)\n", "t.md").Entries);
        Assert.Equal("Attention Is All You Things", entry.Title);
    }

    /// <summary>
    /// Batch 82: <c>| Title | Venue | Code |</c> tables under year headings (<c>#### 2021</c>) whose Venue cell gives a
    /// name with no year: a track in parentheses (<c>MIDL (short paper)</c>: the track written as a track's name is,
    /// <c>Short Paper</c>), and medical imaging's venues by name (<c>IPMI</c>, <c>NeuroImage</c>).
    /// </summary>
    internal const string VenueCellTracksUnderYearHeadings =
        """
        ### Deep Learning based Medical Image Registration

        #### 2021

        | Title | Venue | Code |
        |:---|:---:|:---:|
        | [ViT-V-Net: Vision Transformer for Volumetric Things](https://arxiv.org/abs/2501.27001) | MIDL (short paper) | [PyTorch](https://github.com/junyuchen245/ViT-V-Net_for_3D_Image_Registration_Pytorch) |
        | [HyperMorph: Amortized Hyperparameter Things](https://arxiv.org/abs/2501.27002) | IPMI | [TensorFlow](https://github.com/voxelmorph/voxelmorph) |
        | [Quicksilver: Fast Predictive Things](https://arxiv.org/abs/2501.27003) | NeuroImage | - |
        | [Short Things for Parsing](https://arxiv.org/abs/2501.27004) | ACL (Short) | - |

        """;

    [Fact]
    public void VenueCellTracksUnderYearHeadings_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VenueCellTracksUnderYearHeadings, "v.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (7, "ViT-V-Net: Vision Transformer for Volumetric Things", none, "2501.27001", new VenueInfo(VenueKind.Unspecified, "MIDL", 2021, "Short Paper", "MIDL (short paper)")),
            (8, "HyperMorph: Amortized Hyperparameter Things", none, "2501.27002", new VenueInfo(VenueKind.Unspecified, "IPMI", 2021, null, "IPMI")),
            (9, "Quicksilver: Fast Predictive Things", none, "2501.27003", new VenueInfo(VenueKind.Unspecified, "NeuroImage", 2021, null, "NeuroImage")),
            (10, "Short Things for Parsing", none, "2501.27004", new VenueInfo(VenueKind.Unspecified, "ACL", 2021, "Short", "ACL (Short)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("voxelmorph", "voxelmorph"), document.Entries[1].Repository);
    }

    [Theory]
    [InlineData("(Accepted by ICML Workshop RL4RealLife 2019)", "ICML Workshop RL4RealLife 2019")]
    [InlineData("(Accepted by ICML 2019 Workshop RL4RealLife)", "ICML 2019 Workshop RL4RealLife")]
    public void A_workshops_name_between_a_venue_and_its_year_is_the_venues_workshop(string introduced, string text)
    {
        // A known miss of safe_reinforcement_learning_baselines_chauncygu until this stop: the workshop's name between
        // the venue and its year hid both.
        var entry = Assert.Single(CatalogParser.Parse("## Baselines\n- Lyapunov-based Safe Things, [Paper](https://arxiv.org/pdf/2501.27005.pdf), Not Find Code, " + introduced + "\n", "w.md").Entries);
        Assert.Equal(new VenueInfo(VenueKind.Workshop, "ICML", 2019, "Workshop RL4RealLife", text), entry.Venue);
    }

    /// <summary>
    /// Batch 83: <c>* [Title](url) - A One, B Two. Journal Year</c> under a <c>&lt;b&gt;Papers&lt;/b&gt;</c> bullet: a
    /// transactions' name with commas of its own (<c>IEEE Transactions on Systems, Man, and Cybernetics, Part B 2008</c>);
    /// old-style arXiv ids (<c>cond-mat/9804280</c>); no venue after the names, none.
    /// </summary>
    internal const string NamesThenJournalWithCommas =
        """
        ## Quantum Reinforcement Learning

        * <b>Papers</b>
            * [Quantum reinforcement things](https://arxiv.org/abs/2501.28001) - Daoyi Dong, Chunlin Chen, Hanxiong Li, Tzyh-Jong Tarn. IEEE Transactions on Systems, Man, and Cybernetics, Part B 2008
            * [Quantum annealing in the transverse thing model](https://arxiv.org/abs/cond-mat/9804280) - Tadashi Kadowaki, Hidetoshi Nishimori. Physical Review E 1998
            * [Quantum Computation by Adiabatic Things](https://arxiv.org/abs/quant-ph/0001106) - Edward Farhi, Jeffrey Goldstone, Sam Gutmann, Michael Sipser

        """;

    [Fact]
    public void NamesThenJournalWithCommas_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesThenJournalWithCommas, "q.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "Quantum reinforcement things", new[] { "Daoyi Dong", "Chunlin Chen", "Hanxiong Li", "Tzyh-Jong Tarn" }, "2501.28001",
                new VenueInfo(VenueKind.Unspecified, "IEEE Transactions on Systems, Man, and Cybernetics, Part B", 2008, null, "IEEE Transactions on Systems, Man, and Cybernetics, Part B 2008")),
            (5, "Quantum annealing in the transverse thing model", new[] { "Tadashi Kadowaki", "Hidetoshi Nishimori" }, "cond-mat/9804280", new VenueInfo(VenueKind.Unspecified, "Physical Review E", 1998, null, "Physical Review E 1998")),
            (6, "Quantum Computation by Adiabatic Things", new[] { "Edward Farhi", "Jeffrey Goldstone", "Sam Gutmann", "Michael Sipser" }, "quant-ph/0001106", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 84: <c>* [SIF](https://github.com/...): [Title](url)</c>, a tool's repository under its name, a colon, then
    /// the paper's title linked (the repository is the entry's code); and <c>1. Title. **A One, B Two**. Journal Year.
    /// [[paper]](url)</c>, a journal's long name after the names in bold, and a venue's workshops (<c>AAAI Workshops
    /// 2018</c>).
    /// </summary>
    internal const string RepositoryThenTitleAndBoldNamesThenJournal =
        """
        ## Pooling Methods

        * `{Last, Mean, Max}-Pooling`
        * [SIF](https://github.com/PrincetonML/SIF): [A Simple but Tough-to-Beat Baseline for Sentence Things](https://openreview.net/pdf?id=SyK00v5xx)
        * [GEM](https://github.com/fursovia/geometric_embedding): [Zero-Training Sentence Things via Orthogonal Basis](https://arxiv.org/pdf/2501.29001.pdf)
        * [To Tune or Not to Tune? Adapting Pretrained Things](https://arxiv.org/pdf/2501.29002.pdf)

        ## Dataset Papers

        1. IEMOCAP: Interactive emotional dyadic motion things. **Carlos Busso, Murtaza Bulut, Chi-Chun Lee**. Language Resources and Evaluation 2008. [[paper]](https://link.springer.com/article/10.1007/s10579-008-9076-6)
        2. Emotion Detection on TV Show Things. **Sayyed M. Zahiri, Jinho D. Choi**. AAAI Workshops 2018. [[paper]](https://arxiv.org/pdf/2501.29003.pdf) [[dataset]](https://github.com/emorynlp/emotion-detection)
        3. Beneath the Tip of the Things. **Soujanya Poria, Devamanyu Hazarika**. IEEE Transactions on Affective Computing 2020. [[paper]](https://arxiv.org/pdf/2501.29004.pdf)

        """;

    [Fact]
    public void RepositoryThenTitleAndBoldNamesThenJournal_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(RepositoryThenTitleAndBoldNamesThenJournal, "r.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (4, "A Simple but Tough-to-Beat Baseline for Sentence Things", none, null, null),
            (5, "Zero-Training Sentence Things via Orthogonal Basis", none, "2501.29001", null),
            (6, "To Tune or Not to Tune? Adapting Pretrained Things", none, "2501.29002", null),
            (10, "IEMOCAP: Interactive emotional dyadic motion things", new[] { "Carlos Busso", "Murtaza Bulut", "Chi-Chun Lee" }, null,
                new VenueInfo(VenueKind.Unspecified, "Language Resources and Evaluation", 2008, null, "Language Resources and Evaluation 2008")),
            (11, "Emotion Detection on TV Show Things", new[] { "Sayyed M. Zahiri", "Jinho D. Choi" }, "2501.29003", new VenueInfo(VenueKind.Workshop, "AAAI", 2018, "Workshops", "AAAI Workshops 2018")),
            (12, "Beneath the Tip of the Things", new[] { "Soujanya Poria", "Devamanyu Hazarika" }, "2501.29004",
                new VenueInfo(VenueKind.Unspecified, "IEEE Transactions on Affective Computing", 2020, null, "IEEE Transactions on Affective Computing 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("PrincetonML", "SIF"), document.Entries[0].Repository);
        Assert.Equal("https://openreview.net/pdf?id=SyK00v5xx", document.Entries[0].Url);
        Assert.Equal(new RepositoryInfo("fursovia", "geometric_embedding"), document.Entries[1].Repository);
    }

    /// <summary>
    /// Batch 85: <c>1. &lt;span id = "1601"&gt;[Conv-AE]&lt;/span&gt; [Title](url), `CVPR 16`. [Code](url)</c>: a
    /// well-known venue and a year of two digits with no apostrophe in a code span after the title (as after a quoted
    /// title's month); <c>ICIP</c> and <c>ACM MM</c> by name.
    /// </summary>
    internal const string CodeSpanVenuesWithShortYears =
        """
        ## Unsupervised

        ### 2016

        1. <span id = "1601">[Conv-AE]</span> [Learning Temporal Regularity in Video Things](https://arxiv.org/abs/2501.30001), `CVPR 16`. [Code](https://github.com/iwyoo/TemporalRegularityDetector-tensorflow)
        2. <span id = "1701">[Hinami.etl]</span> [Joint Detection and Recounting of Abnormal Things](https://arxiv.org/abs/2501.30002), `ICCV 2017`.
        3. <span id = "1901">[IBL]</span> [Temporal Convolutional Network with Complementary Inner Bag Things](https://ieeexplore.ieee.org/document/8803657). `ICIP 19`.
        4. <span id = "1902">[MemAE]</span> [Memorizing Normality to Detect Anomaly Things](https://arxiv.org/abs/2501.30003), `ACM MM 19`.

        """;

    [Fact]
    public void CodeSpanVenuesWithShortYears_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CodeSpanVenuesWithShortYears, "c.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Learning Temporal Regularity in Video Things", none, "2501.30001", new VenueInfo(VenueKind.Unspecified, "CVPR", 2016, null, "CVPR 16")),
            (6, "Joint Detection and Recounting of Abnormal Things", none, "2501.30002", new VenueInfo(VenueKind.Unspecified, "ICCV", 2017, null, "ICCV 2017")),
            (7, "Temporal Convolutional Network with Complementary Inner Bag Things", none, null, new VenueInfo(VenueKind.Unspecified, "ICIP", 2019, null, "ICIP 19")),
            (8, "Memorizing Normality to Detect Anomaly Things", none, "2501.30003", new VenueInfo(VenueKind.Unspecified, "ACM MM", 2019, null, "ACM MM 19")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("iwyoo", "TemporalRegularityDetector-tensorflow"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 86: <c>- Title, ACM Computing Surveys 2021 [[paper]](url)</c>, a journal's long name and year after a plain
    /// title's last comma; and a bold title whose paragraph goes on with its names after a hard line break, over
    /// <c>- pdf: [url](url)</c> and <c>- code: [label : url](url)</c> fields (a field labelled <c>pdf</c> is the paper's).
    /// </summary>
    internal const string JournalAfterTitleCommaAndBoldTitleWithNamesOverFields =
        """
        ## Survey

        - A Survey on Bias and Fairness in Machine Things, ACM Computing Surveys 2021 [[paper]](https://arxiv.org/abs/2501.31001)
        - Data preprocessing techniques for classification without things, Knowledge and Information Systems 2012 [[paper]](https://link.springer.com/article/10.1007/s10115-011-0463-8)

        ## Papers

        ### VGG
        **Very Deep Convolutional Networks for Large-Scale Image Things.**  
        Karen Simonyan, Andrew Zisserman
        - pdf: [https://arxiv.org/abs/2501.31002](https://arxiv.org/abs/2501.31002)
        - code: [torchvision : https://github.com/pytorch/vision/blob/master/torchvision/models/vgg.py](https://github.com/pytorch/vision/blob/master/torchvision/models/vgg.py)

        ### GoogleNet
        **Going Deeper with Things**  
        Christian Szegedy, Wei Liu, Yangqing Jia
        - pdf: [https://arxiv.org/abs/2501.31003](https://arxiv.org/abs/2501.31003)
        - code: [unofficial-tensorflow : https://github.com/conan7882/GoogLeNet-Inception](https://github.com/conan7882/GoogLeNet-Inception)

        """;

    [Fact]
    public void JournalAfterTitleCommaAndBoldTitleWithNamesOverFields_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(JournalAfterTitleCommaAndBoldTitleWithNamesOverFields, "j.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Survey on Bias and Fairness in Machine Things", none, "2501.31001", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2021, null, "ACM Computing Surveys 2021")),
            (4, "Data preprocessing techniques for classification without things", none, null,
                new VenueInfo(VenueKind.Unspecified, "Knowledge and Information Systems", 2012, null, "Knowledge and Information Systems 2012")),
            (9, "Very Deep Convolutional Networks for Large-Scale Image Things", new[] { "Karen Simonyan", "Andrew Zisserman" }, "2501.31002", null),
            (15, "Going Deeper with Things", new[] { "Christian Szegedy", "Wei Liu", "Yangqing Jia" }, "2501.31003", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 87: <c>- [Repo](https://github.com/...) -&gt; description</c>, the paper linked in the description: under its
    /// title (<c>code for [Title](url) (ICCV 2021)</c>), as a link word followed by its title (<c>[paper](url): Title
    /// (IGARSS 2019)</c>), or after its title (<c>-&gt; Title, [paper](url)</c>); the repository is the entry's code. A
    /// title linked first keeps its link (a publisher before a journal's acronym in its description, <c>(IEEE TGRS 2020)</c>,
    /// its venue); a repository described with no paper is no entry.
    /// </summary>
    internal const string RepositoryArrowDescriptions =
        """
        ## Segmentation - Roads

        - [roadtracer](https://github.com/mitroadmaps/roadtracer) -> code for 2018 [paper](https://arxiv.org/abs/2501.32001): RoadTracer: Automatic Extraction of Road Things from Aerial Images
        - [YOLT](https://github.com/avanetten/yolt) -> You Only Look Twice: Rapid Multi-Scale Object Things In Satellite Imagery, [paper](https://arxiv.org/abs/2501.32002)
        - [OBBDetection](https://github.com/jbwang1997/OBBDetection) -> an oriented object detection library, code for [Oriented R-CNN for Object Things](https://arxiv.org/abs/2501.32003) (ICCV 2021)
        - [BigEarthNet](https://bigearth.net/) -> a large-scale benchmark archive, read the [paper](https://arxiv.org/abs/2501.32004): BigEarthNet: A Large-Scale Benchmark Archive For Things (IGARSS 2019)
        - [RSVQA: Visual Question Answering for Remote Sensing Things](https://arxiv.org/abs/2501.32005) -> low and high resolution datasets (IEEE TGRS 2020), see [rsvqa.sylvainlobry.com](https://rsvqa.sylvainlobry.com/)
        - [segment-lidar](https://github.com/Yarroudh/segment-lidar) -> a Python package for automatic segmentation of aerial LiDAR data

        """;

    [Fact]
    public void RepositoryArrowDescriptions_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(RepositoryArrowDescriptions, "s.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "RoadTracer: Automatic Extraction of Road Things from Aerial Images", none, "2501.32001", null),
            (4, "You Only Look Twice: Rapid Multi-Scale Object Things In Satellite Imagery", none, "2501.32002", null),
            (5, "Oriented R-CNN for Object Things", none, "2501.32003", new VenueInfo(VenueKind.Unspecified, "ICCV", 2021, null, "ICCV 2021")),
            (6, "BigEarthNet: A Large-Scale Benchmark Archive For Things", none, "2501.32004", new VenueInfo(VenueKind.Unspecified, "IGARSS", 2019, null, "IGARSS 2019")),
            (7, "RSVQA: Visual Question Answering for Remote Sensing Things", none, "2501.32005", new VenueInfo(VenueKind.Unspecified, "IEEE TGRS", 2020, null, "IEEE TGRS 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("mitroadmaps", "roadtracer"), document.Entries[0].Repository);
        Assert.Equal(new RepositoryInfo("jbwang1997", "OBBDetection"), document.Entries[2].Repository);
    }

    /// <summary>
    /// Batch 88: a venue in bold brackets before a text title, with a track of any length
    /// (<c>**[NeurIPS 2022 Datasets and Benchmarks]** Title [[paper]](url)</c>), the names in italics on the next line; an
    /// award after the links written with GitHub's emoji shortcode (<c>:trophy: **Outstanding Paper Award**</c>) is the
    /// venue's note without the shortcode.
    /// </summary>
    internal const string BoldBracketedVenueWithTrackBeforeTitle =
        """
        ## Benchmarks

        - **[NeurIPS 2022 Datasets and Benchmarks]** OpenThings: Benchmarking Generalized Out-of-Distribution Things [[paper]](https://arxiv.org/abs/2501.33001) [[code]](https://github.com/a/openthings)
          *Ann One, Bob Two, et al.*
        - **[ICLR 2022 Workshop]** A Short Workshop Thing [[paper]](https://arxiv.org/abs/2501.33002)
          *Cy Three*
        - **[NeurIPS 2022]** Is Out-of-Distribution Thing Learnable? [[paper]](https://arxiv.org/abs/2501.33003) :trophy: **Outstanding Paper Award**
          *Di Four, Ed Five*
        - **[arXiv 2018]** Learning Confidence for Out-of-Distribution Things [[paper]](https://arxiv.org/abs/2501.33004)
          *Fay Six, Gus Seven*

        """;

    [Fact]
    public void BoldBracketedVenueWithTrackBeforeTitle_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BoldBracketedVenueWithTrackBeforeTitle, "b.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "OpenThings: Benchmarking Generalized Out-of-Distribution Things", new[] { "Ann One", "Bob Two" }, "2501.33001", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2022, "Datasets and Benchmarks", "NeurIPS 2022 Datasets and Benchmarks")),
            (5, "A Short Workshop Thing", new[] { "Cy Three" }, "2501.33002", new VenueInfo(VenueKind.Workshop, "ICLR", 2022, "Workshop", "ICLR 2022 Workshop")),
            (7, "Is Out-of-Distribution Thing Learnable?", new[] { "Di Four", "Ed Five" }, "2501.33003", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2022, null, "NeurIPS 2022", "Outstanding Paper Award")),
            (9, "Learning Confidence for Out-of-Distribution Things", new[] { "Fay Six", "Gus Seven" }, "2501.33004", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("a", "openthings"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 89: a citation's names and year in parentheses with no comma between them after a title link, then a
    /// description (<c>* [Title](url) (Park et al. 2019) proposes ...</c>): the names are the authors and the year no
    /// venue; with it, a link to a project page (on no paper host) is a paper. A project page linked alone stays no entry.
    /// </summary>
    internal const string CitedNamesAndYearAfterProjectPages =
        """
        ## Geometry

        * [DeepThings: Learning Continuous Signed Distance Things](https://arxiv.org/abs/2501.34001) (Park et al. 2019)
        * [Neural Radiance Things (NeRT)](https://www.example-lab.com/nert) (Mildenhall et al. 2020) proposes positional encodings, volumetric rendering & ray-direction conditioning.
        * [Periodic Things](https://someone.github.io/periodic/) (Sitzmann and Martel 2020) proposed periodic nonlinearities.
        * [A Project Page Alone](https://someone.github.io/alone/)

        """;

    [Fact]
    public void CitedNamesAndYearAfterProjectPages_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitedNamesAndYearAfterProjectPages, "c.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "DeepThings: Learning Continuous Signed Distance Things", new[] { "Park" }, "2501.34001", null),
            (4, "Neural Radiance Things (NeRT)", new[] { "Mildenhall" }, null, null),
            (5, "Periodic Things", new[] { "Sitzmann", "Martel" }, null, null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("https://www.example-lab.com/nert", document.Entries[1].Url);
    }

    /// <summary>
    /// Batch 89: a Date column beside a Publication column (<c>| Date | Publication | Title |</c> over
    /// <c>| 1997 | TIP | [Title](url) |</c>): a date that is a year alone is the venue's year, as a Year column's is (the
    /// venue's text stays the cell's); a date with its month gives none.
    /// </summary>
    internal const string DateColumnBesideVenueColumn =
        """
        ## Traditional Methods

        | Date | Publication | Title | Abbreviation | Code |
        | ---- | ----------- | ----- | ------------ | ---- |
        | 1997 | TIP | [Properties of a Center/Surround Thing](https://ieeexplore.ieee.org/document/5573560) | SSR | - |
        | 2016 | Signal Processing | [A Fusion-Based Enhancing Thing](https://www.sciencedirect.com/science/article/pii/S0165168416300000) | MF | - |
        | 2017 | ICCVW | [A New Low-Light Thing](https://arxiv.org/abs/2501.34011) | Ying | [Code](https://github.com/a/b) |
        | 2018-05 | BMVC | [Deep Retinex Things](https://arxiv.org/abs/2501.34012) | RetinexNet | - |

        """;

    [Fact]
    public void DateColumnBesideVenueColumn_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(DateColumnBesideVenueColumn, "d.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Properties of a Center/Surround Thing", none, null, new VenueInfo(VenueKind.Unspecified, "TIP", 1997, null, "TIP")),
            (6, "A Fusion-Based Enhancing Thing", none, null, new VenueInfo(VenueKind.Unspecified, "Signal Processing", 2016, null, "Signal Processing")),
            (7, "A New Low-Light Thing", none, "2501.34011", new VenueInfo(VenueKind.Workshop, "ICCV", 2017, "Workshop", "ICCVW")),
            (8, "Deep Retinex Things", none, "2501.34012", new VenueInfo(VenueKind.Unspecified, "BMVC", null, null, "BMVC")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 90: a plain title, a colon, then the paper's link labelled with its venue and a year of two digits glued to
    /// the name (<c>* Augmented Neural Things: [NeurIPS19](https://arxiv.org/abs/...)</c>, <c>[ICLR20 Workshop](...)</c>,
    /// <c>[JCP19](...)</c>, <c>[Inverse Problems17](...)</c>; <c>[arXiv19](...)</c> no venue), an award after it in
    /// parentheses the venue's note and no name.
    /// </summary>
    internal const string TitleColonThenVenueLabelledPaperLink =
        """
        ## Neural ODEs

        * Neural Ordinary Differential Things: [NeurIPS18](https://arxiv.org/abs/2501.35001) (Best Paper Award)

        * Augmented Neural Things: [NeurIPS19](https://arxiv.org/abs/2501.35002)

        * Lagrangian Neural Things: [ICLR20 Workshop](https://arxiv.org/abs/2501.35003)

        * PDE-Thing 2.0: Learning PDEs from Data: [JCP19](https://arxiv.org/abs/2501.35004)

        * Stable Architectures for Deep Things: [Inverse Problems17](https://arxiv.org/abs/2501.35005)

        * A Preprint Thing: [arXiv19](https://arxiv.org/abs/2501.35006)

        """;

    [Fact]
    public void TitleColonThenVenueLabelledPaperLink_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TitleColonThenVenueLabelledPaperLink, "n.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Neural Ordinary Differential Things", none, "2501.35001", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2018, null, "NeurIPS18", "Best Paper Award")),
            (5, "Augmented Neural Things", none, "2501.35002", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2019, null, "NeurIPS19")),
            (7, "Lagrangian Neural Things", none, "2501.35003", new VenueInfo(VenueKind.Workshop, "ICLR", 2020, "Workshop", "ICLR20 Workshop")),
            (9, "PDE-Thing 2.0: Learning PDEs from Data", none, "2501.35004", new VenueInfo(VenueKind.Unspecified, "JCP", 2019, null, "JCP19")),
            (11, "Stable Architectures for Deep Things", none, "2501.35005", new VenueInfo(VenueKind.Unspecified, "Inverse Problems", 2017, null, "Inverse Problems17")),
            (13, "A Preprint Thing", none, "2501.35006", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 91: papers written as paragraphs, no list markers, each a venue tag in bold brackets, a plain title and a
    /// comma before its links (<c>**[ICCV 2017]** Mask Things, [[paper](url)] [[code](url)]</c>; <c>**[arXiv 2019]**</c>
    /// no venue); a bold label above them is no entry. And in a Venue column, a presentation's kind in parentheses with
    /// the year in a Year column (<c>| ICML (Long Presentation) | 2022 |</c>): the venue's note.
    /// </summary>
    internal const string BoldVenueTagParagraphsAndPresentationNotes =
        """
        ## 2. Object Detection

        **2D Object Detection:**

        **[ICCV 2017]** Mask Things, [[paper](https://arxiv.org/pdf/2501.36001.pdf)] [[code](https://github.com/a/detectron)]

        **[arXiv 2019]** Vision-based Robotic Things: A Review, [[paper](https://arxiv.org/abs/2501.36002)]

        **[CVPR 2016]** You Only Look Once: Unified, Real-Time Thing Detection, [[paper](https://arxiv.org/pdf/2501.36003.pdf)] [[project](https://pjreddie.com/darknet/yolo/)]

        ## Molecules

        | Paper | Venue | Year | Code |
        |:------|:-----:|:----:|:----:|
        | [Generating 3D Things for Target Binding](https://arxiv.org/abs/2501.36004) | ICML (Long Presentation) | 2022 | [PyTorch](https://github.com/a/graphbp) |

        """;

    [Fact]
    public void BoldVenueTagParagraphsAndPresentationNotes_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BoldVenueTagParagraphsAndPresentationNotes, "p.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Mask Things", none, "2501.36001", new VenueInfo(VenueKind.Unspecified, "ICCV", 2017, null, "ICCV 2017")),
            (7, "Vision-based Robotic Things: A Review", none, "2501.36002", null),
            (9, "You Only Look Once: Unified, Real-Time Thing Detection", none, "2501.36003", new VenueInfo(VenueKind.Unspecified, "CVPR", 2016, null, "CVPR 2016")),
            (15, "Generating 3D Things for Target Binding", none, "2501.36004", new VenueInfo(VenueKind.Unspecified, "ICML", 2022, null, "ICML (Long Presentation)", "Long Presentation")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("a", "detectron"), document.Entries[0].Repository);
    }

    /// <summary>
    /// Batch 92: an item that links a project (its code, its dataset's page), then an indented paragraph whose lines each
    /// cite a paper of it: names and a quoted title (<c>[1] A One and B Two, "Title", Proc. ISMAR 2007 [PDF](url)</c>), a
    /// source's long name with its acronym in parentheses (<c>In Proc. of the ... (IROS), Oct. 2012.</c> is IROS 2012,
    /// <c>... at the Intl. Conf. on Computer Vision (ICCV), 2011</c> after a workshop's name its workshop), a title then
    /// names with their initials first (<c>Title, J. Engel, V. Koltun, ECCV '14</c>; <c>Title (C. Kerl, J. Sturm), In
    /// ...</c>); and after a title link the names in parentheses, then the source and its year.
    /// </summary>
    internal const string CitationLinesUnderProjectItems =
        """
        ## Monocular

        * [PTAM](https://github.com/a/ptam)

        	[1] Georg Klein and David Murray, "Parallel Tracking and Mapping for Small AR Things", Proc. ISMAR 2007 [PDF](http://www.robots.example.ac.uk/~gk/KleinMurray2007ISMAR.pdf)
        	[2] Georg Klein and David Murray, "Improving the Agility of Keyframe-based Things", ECCV 2008 [PDF](http://www.robots.example.ac.uk/~gk/KleinMurray2008ECCV.pdf)

        * [TUM RGB-D](http://vision.example.de/data/datasets/rgbd-dataset)

        	J. Sturm, N. Engelhard and D. Cremers, "A Benchmark for the Evaluation of RGB-D Things", In Proc. of the International Conference on Intelligent Robot Systems (IROS), Oct. 2012. [PDF](https://vision.example.de/bib/sturm12iros.pdf)

        * [DSO. Available on ROS](https://github.com/a/dso)

        	Direct Sparse Things, J. Engel, V. Koltun, D. Cremers, [arXiv:2501.37001](https://arxiv.org/abs/2501.37001), 2016
        	LSD-SLAM: Large-Scale Direct Monocular Things, J. Engel, T. Schöps, D. Cremers, ECCV '14 [PDF](https://vision.example.de/bib/engel14eccv.pdf)

        * [DVO-SLAM](https://github.com/a/dvo_slam)

        	[1]Dense Visual Things for RGB-D Cameras (C. Kerl, J. Sturm, D. Cremers), In Proc. of the Int. Conf. on Intelligent Robot Systems (IROS), 2013. [PDF](https://vision.example.de/bib/kerl13iros.pdf)
        	[2]Real-Time Visual Things from Dense RGB-D Images (F. Steinbruecker, J. Sturm, D. Cremers), In Workshop on Live Dense Reconstruction with Moving Cameras at the Intl. Conf. on Computer Vision (ICCV), 2011. [PDF](https://vision.example.de/bib/steinbruecker11.pdf)

        ## Learn

        * [A Survey of Things](https://arxiv.org/abs/2501.37003) (C. Cadena, L. Carlone, J. J. Leonard), IEEE Transactions on Robotics, 2016
        * [Visual Things: A Survey from 2010 to 2016](https://ipsjcva.example.com/articles/10.1186/s41074-017-0027-2) (T. Taketomi, H. Uchiyama, S. Ikeda), IPSJ Transactions on Computer Vision and Applications, 2017

        """;

    [Fact]
    public void CitationLinesUnderProjectItems_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitationLinesUnderProjectItems, "s.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Parallel Tracking and Mapping for Small AR Things", new[] { "Georg Klein", "David Murray" }, null, new VenueInfo(VenueKind.Unspecified, "ISMAR", 2007, null, "ISMAR 2007")),
            (6, "Improving the Agility of Keyframe-based Things", new[] { "Georg Klein", "David Murray" }, null, new VenueInfo(VenueKind.Unspecified, "ECCV", 2008, null, "ECCV 2008")),
            (10, "A Benchmark for the Evaluation of RGB-D Things", new[] { "J. Sturm", "N. Engelhard", "D. Cremers" }, null, new VenueInfo(VenueKind.Unspecified, "IROS", 2012, null, "IROS 2012")),
            (14, "Direct Sparse Things", new[] { "J. Engel", "V. Koltun", "D. Cremers" }, "2501.37001", null),
            (15, "LSD-SLAM: Large-Scale Direct Monocular Things", new[] { "J. Engel", "T. Schöps", "D. Cremers" }, null, new VenueInfo(VenueKind.Unspecified, "ECCV", 2014, null, "ECCV '14")),
            (19, "Dense Visual Things for RGB-D Cameras", new[] { "C. Kerl", "J. Sturm", "D. Cremers" }, null, new VenueInfo(VenueKind.Unspecified, "IROS", 2013, null, "IROS 2013")),
            (20, "Real-Time Visual Things from Dense RGB-D Images", new[] { "F. Steinbruecker", "J. Sturm", "D. Cremers" }, null, new VenueInfo(VenueKind.Workshop, "ICCV", 2011, "Workshop", "ICCV 2011 Workshop")),
            (24, "A Survey of Things", new[] { "C. Cadena", "L. Carlone", "J. J. Leonard" }, "2501.37003", new VenueInfo(VenueKind.Unspecified, "IEEE Transactions on Robotics", 2016, null, "IEEE Transactions on Robotics 2016")),
            (25, "Visual Things: A Survey from 2010 to 2016", new[] { "T. Taketomi", "H. Uchiyama", "S. Ikeda" }, null, new VenueInfo(VenueKind.Unspecified, "IPSJ Transactions on Computer Vision and Applications", 2017, null, "IPSJ Transactions on Computer Vision and Applications 2017")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 93: a bold title then its fields between pipes, a table's row written as an item (<c>- **Title** | A One, B
    /// Two | MICCAI 2024 | [Paper](url) | [Code](url)</c>); one name and "et al." after the links and a dash (<c>-
    /// Title [MedIA 2019] [[arXiv](url)] - Simon Graham et al.</c>); a challenge's placing in parentheses after a text
    /// title is no part of it but the venue's note (<c>Title (NTIRE 2020 Dehazing Challenge, 1st place)</c>).
    /// </summary>
    internal const string PipedFieldsAndOneNameAfterDash =
        """
        ## Segmentation

        - **U-Thing: Enhancing Long-range Dependency for Things** | Jun Ma, Feifei Li, Bo Wang | MICCAI 2024 | [Paper](https://arxiv.org/abs/2501.38004) | [Code](https://github.com/a/u-thing)
        - **Seg-Thing: Sequential Modeling For 3D Things** | Zhaohu Xing, Tian Ye | arXiv 2024 | [Paper](https://arxiv.org/abs/2501.38006) | [Code](https://github.com/a/seg-thing)
        - HoVer-Thing: Simultaneous Segmentation of Things [MedIA 2019] [[arXiv](https://arxiv.org/abs/2501.38002)] [[Code](https://github.com/a/b)] - Simon Graham et al.
        - **[CVPRW 2020]** Trident Thing Network (NTIRE 2020 Dehazing Challenge, 1st place) [[paper](https://arxiv.org/abs/2501.38007)]

        """;

    [Fact]
    public void PipedFieldsAndOneNameAfterDash_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(PipedFieldsAndOneNameAfterDash, "m.md");
        var none = new string[0];
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "U-Thing: Enhancing Long-range Dependency for Things", new[] { "Jun Ma", "Feifei Li", "Bo Wang" }, "2501.38004", new VenueInfo(VenueKind.Unspecified, "MICCAI", 2024, null, "MICCAI 2024")),
            (4, "Seg-Thing: Sequential Modeling For 3D Things", new[] { "Zhaohu Xing", "Tian Ye" }, "2501.38006", null),
            (5, "HoVer-Thing: Simultaneous Segmentation of Things", new[] { "Simon Graham" }, "2501.38002", new VenueInfo(VenueKind.Unspecified, "MedIA", 2019, null, "MedIA 2019")),
            (6, "Trident Thing Network", none, "2501.38007", new VenueInfo(VenueKind.Workshop, "CVPR", 2020, "Workshop", "CVPRW 2020", "NTIRE 2020 Dehazing Challenge, 1st place")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 94: acronyms in parentheses after the venue's year are the metrics or methods the paper defines, no part of
    /// its venue (<c>TASLP 2006 (SDR, SIR, SAR)</c>, <c>ICASSP 2019 (SI-SDR)</c>); a note or a track there still is
    /// (<c>(Oral)</c>, <c>(Datasets and Benchmarks)</c>).
    /// </summary>
    internal const string AcronymsAfterTheVenue =
        """
        ## Metrics

        - [x] [Performance measurement in blind audio thing separation](https://ieeexplore.ieee.org/document/1643671), Emmanuel Vincent, Rémi Gribonval. TASLP 2006 (SDR, SIR, SAR)
        - [x] [SDR – half-baked or well done?](https://arxiv.org/abs/2501.39002), Jonathan Le Roux, Scott Wisdom. ICASSP 2019 (SI-SDR)
        - [x] [A Spotlit Thing](https://arxiv.org/abs/2501.39003), Jonathan Le Roux, Scott Wisdom. ICASSP 2019 (Oral)
        - [x] [A Tracked Thing](https://arxiv.org/abs/2501.39004), Jonathan Le Roux, Scott Wisdom. NeurIPS 2019 (Datasets and Benchmarks)

        """;

    [Fact]
    public void AcronymsAfterTheVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(AcronymsAfterTheVenue, "a.md");
        var twoNames = new[] { "Jonathan Le Roux", "Scott Wisdom" };
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Performance measurement in blind audio thing separation", new[] { "Emmanuel Vincent", "Rémi Gribonval" }, null, new VenueInfo(VenueKind.Unspecified, "TASLP", 2006, null, "TASLP 2006")),
            (4, "SDR – half-baked or well done?", twoNames, "2501.39002", new VenueInfo(VenueKind.Unspecified, "ICASSP", 2019, null, "ICASSP 2019")),
            (5, "A Spotlit Thing", twoNames, "2501.39003", new VenueInfo(VenueKind.Unspecified, "ICASSP", 2019, null, "ICASSP 2019 (Oral)", "Oral")),
            (6, "A Tracked Thing", twoNames, "2501.39004", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2019, "Datasets and Benchmarks", "NeurIPS 2019 (Datasets and Benchmarks)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 95: a paper about video whose only link is its PDF on a paper host (<c>- **Interpretable Video Things** -
    /// Xian Wu et al. *CVPR 2018*. [[paper]](https://openaccess.thecvf.com/.../..._paper.pdf)</c>): a PDF on a paper host
    /// is a scholarly link, so "Video" in the title makes no video of it; a PDF off any paper host still does not count.
    /// </summary>
    internal const string VideoTitlesLinkedToProceedingsPdfs =
        """
        ## 2018

        - **Interpretable Video Things via Trajectories** - Xian Wu et al. *CVPR 2018*. [[paper]](https://openaccess.thecvf.com/content_cvpr_2018/papers/Wu_Interpretable_CVPR_2018_paper.pdf)
        - **Syntax-Aware Action Things for Video Captioning** - Qi Zheng, Chaoyue Wang. *CVPR 2020*. [[paper]](https://openaccess.thecvf.com/content_CVPR_2020/papers/Zheng_CVPR_2020_paper.pdf) [[code]](https://github.com/a/saat)
        - **A Video Course on Things** [[pdf]](https://example.org/course.pdf)

        """;

    [Fact]
    public void VideoTitlesLinkedToProceedingsPdfs_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(VideoTitlesLinkedToProceedingsPdfs, "v.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Interpretable Video Things via Trajectories", new[] { "Xian Wu" }, null, new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018")),
            (4, "Syntax-Aware Action Things for Video Captioning", new[] { "Qi Zheng", "Chaoyue Wang" }, null, new VenueInfo(VenueKind.Unspecified, "CVPR", 2020, null, "CVPR 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 96: the names, a full stop, then the title in quotation marks and the source with its year after a comma
    /// (<c>- A One, B Two. "Title". ACM Computing Surveys, 2021. [[arXiv](url)]</c>); a venue and its note in
    /// parentheses after the names (<c>Title. A One, B Two. (ACL'19, Best Long Paper) [[paper]](url)</c>).
    /// </summary>
    internal const string NamesStopThenQuotedTitleAndParenthesisedVenue =
        """
        ## Surveys

        - Guansong Pang, Chunhua Shen, Anton van den Hengel. "Deep Learning for Anomaly Things: A Review". ACM Computing Surveys, 2021. [[arXiv](https://arxiv.org/abs/2501.41001)]
        - Bridging the Gap between Training and Inference for Things. Wen Zhang, Yang Feng, Qun Liu. (ACL'19, Best Long Paper) [[paper]](https://arxiv.org/abs/2501.41002)

        """;

    [Fact]
    public void NamesStopThenQuotedTitleAndParenthesisedVenue_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesStopThenQuotedTitleAndParenthesisedVenue, "q.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Deep Learning for Anomaly Things: A Review", new[] { "Guansong Pang", "Chunhua Shen", "Anton van den Hengel" }, "2501.41001", new VenueInfo(VenueKind.Unspecified, "ACM Computing Surveys", 2021, null, "ACM Computing Surveys, 2021")),
            (4, "Bridging the Gap between Training and Inference for Things", new[] { "Wen Zhang", "Yang Feng", "Qun Liu" }, "2501.41002", new VenueInfo(VenueKind.Unspecified, "ACL", 2019, null, "ACL'19, Best Long Paper", "Best Long Paper")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A track in parentheses after a well-known venue's name in a Venue column, the year in its own column (<c>|
    /// NeurIPS (Datasets and Benchmarks) | 2021 |</c>, <c>| ICML (Workshop) | 2022 |</c>).
    /// </summary>
    internal const string TrackInParenthesesBesideYearColumn =
        """
        ## Benchmarks

        | Paper | Venue | Year | Code |
        |---|---|---|---|
        | [Revisiting Outlier Things: Definitions and Benchmarks](https://openreview.net/forum?id=r8IvOsnXYZ1) | NeurIPS (Datasets and Benchmarks) | 2021 | [code](https://github.com/a/tods) |
        | [A Benchmark Track of Things](https://arxiv.org/abs/2501.42002) | NeurIPS (Datasets and Benchmarks Track) | 2023 | - |
        | [Short Things](https://arxiv.org/abs/2501.42003) | MIDL (short paper) | 2020 | - |

        """;

    [Fact]
    public void TrackInParenthesesBesideYearColumn_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(TrackInParenthesesBesideYearColumn, "t.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (5, "Revisiting Outlier Things: Definitions and Benchmarks", System.Array.Empty<string>(), null, new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2021, "Datasets and Benchmarks", "NeurIPS (Datasets and Benchmarks)")),
            (6, "A Benchmark Track of Things", System.Array.Empty<string>(), "2501.42002", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2023, "Datasets and Benchmarks", "NeurIPS (Datasets and Benchmarks Track)")),
            (7, "Short Things", System.Array.Empty<string>(), "2501.42003", new VenueInfo(VenueKind.Unspecified, "MIDL", 2020, "Short Paper", "MIDL (short paper)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A plain title that ends in a question mark, then the names, then a venue-labelled link (<c>- Title? A One, B Two.
    /// [[MLSys 2020](url)]</c>); an award after such a link (<c>[[ICLR 2016](url)] :trophy: Best Paper</c>).
    /// </summary>
    internal const string QuestionTitleThenNamesAndAwardAfterVenueLink =
        """
        ## Pruning

        - What is the State of Thing Pruning? Davis Blalock, Jose Javier Gonzalez Ortiz, John Guttag. [[MLSys 2020](https://arxiv.org/abs/2501.43001)] [[Code](https://github.com/a/shrinkbench)]
        - **Deep Compression of Things**. Song Han, Huizi Mao, William J. Dally. [[ICLR 2016](https://arxiv.org/abs/2501.43002)] :trophy: Best Paper

        """;

    [Fact]
    public void QuestionTitleThenNamesAndAwardAfterVenueLink_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(QuestionTitleThenNamesAndAwardAfterVenueLink, "p.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "What is the State of Thing Pruning?", new[] { "Davis Blalock", "Jose Javier Gonzalez Ortiz", "John Guttag" }, "2501.43001", new VenueInfo(VenueKind.Unspecified, "MLSys", 2020, null, "MLSys 2020")),
            (4, "Deep Compression of Things", new[] { "Song Han", "Huizi Mao", "William J. Dally" }, "2501.43002", new VenueInfo(VenueKind.Unspecified, "ICLR", 2016, null, "ICLR 2016", "Best Paper")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Three lines to an item, each ended by a hard line break: the names with their initials after them and a comma
    /// after the last (<c>Gallego, G., Rebecq, H., Scaramuzza, D.,</c>, <c>Suh, Y., et al.,</c>), the title's link in
    /// emphasis, and the source written long with its acronym in parentheses, a volume and pages perhaps before the year
    /// (<c>IEEE Trans. Robot. (TRO), 28(5):1081-1089, 2012.</c>), a distinction after it (<c>**Spotlight**.</c>); or a
    /// journal's name with its volume and no acronym (<c>Science Robotics, 5(40), 2020.</c>).
    /// </summary>
    internal const string InvertedNamesOverEmphasisedTitleOverSource =
        """
        # Papers
        - <a name="Ni12tro"></a>Ni, Z., Bolopion, A., Agnus, J., Benosman, R.,  
        *[Asynchronous Shape Tracking of Things](https://doi.org/10.1109/TRO.2012.0000001)*,  
        IEEE Trans. Robot. (TRO), 28(5):1081-1089, 2012.
        - <a name="Gallego18cvpr"></a>Gallego, G., Rebecq, H., Scaramuzza, D.,  
        *[A Unifying Framework for Things, with Applications to Motion](https://arxiv.org/abs/2501.44002)*,  
        IEEE Conf. Computer Vision and Pattern Recognition (CVPR), 2018, pp. 3867-3876. **Spotlight**. [PDF](http://example.org/CVPR18.pdf), [YouTube](https://youtu.be/abc)
        - <a name="Suh20iscas"></a>Suh, Y., et al.,  
        *[A Dynamic Vision Sensor of Things](https://doi.org/10.1109/ISCAS.2020.0000003)*,  
        IEEE Int. Symp. Circuits and Systems (ISCAS), 2020.
        - <a name="Falanga20scirobotics"></a>Falanga, D., Kleber, K., Scaramuzza, D.,  
        *[Dynamic Obstacle Avoidance of Things](https://doi.org/10.1126/scirobotics.0000004)*,  
        Science Robotics, 5(40), 2020. [PDF](http://example.org/SR20.pdf)

        """;

    [Fact]
    public void InvertedNamesOverEmphasisedTitleOverSource_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(InvertedNamesOverEmphasisedTitleOverSource, "e.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Asynchronous Shape Tracking of Things", new[] { "Ni, Z.", "Bolopion, A.", "Agnus, J.", "Benosman, R." }, null, new VenueInfo(VenueKind.Unspecified, "TRO", 2012, null, "TRO 2012")),
            (5, "A Unifying Framework for Things, with Applications to Motion", new[] { "Gallego, G.", "Rebecq, H.", "Scaramuzza, D." }, "2501.44002", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018", "Spotlight")),
            (8, "A Dynamic Vision Sensor of Things", new[] { "Suh, Y." }, null, new VenueInfo(VenueKind.Unspecified, "ISCAS", 2020, null, "ISCAS 2020")),
            (11, "Dynamic Obstacle Avoidance of Things", new[] { "Falanga, D.", "Kleber, K.", "Scaramuzza, D." }, null, new VenueInfo(VenueKind.Unspecified, "Science Robotics", 2020, null, "Science Robotics 2020")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A journal's acronyms in emphasis, a comma, then the year (<c>&lt;br&gt; *IEEE T-RO*, 2016</c>); a list's nickname at
    /// the end of a table's title cell (<c>| Rethinking Things (CosPlace) | CVPR 2022 |</c>), dropped as in a bullet; a
    /// plain title, a comma, the names in emphasis, a comma and the venue (<c>- Title, *A One, B Two*, CVPR 2018.</c>).
    /// </summary>
    internal const string AcronymVenueCommaYearNicknamedTableTitlesAndCommaNames =
        """
        ## Surveys

        - **Visual Place Things: A Survey** <br> Stephanie Lowry, Niko Sunderhauf, Paul Newman <br> *IEEE T-RO*, 2016 [[Paper]](https://ieeexplore.ieee.org/document/0000001)

        | Title | Venue | Paper |
        |:------|:-----:|:-----:|
        | Rethinking Geo-localization of Things for Large-Scale Applications (CosPlace) | CVPR 2022 | [arXiv](https://arxiv.org/abs/2501.45002v1) |
        | Things in Contrastive Language Image Pre-training (CLIP) | ICML 2021 | [arXiv](https://arxiv.org/abs/2501.45003) |

        - PointThingVLAD: Deep Point Cloud Based Retrieval of Things, *Mikaela Angelina Uy, Gim Hee Lee*, CVPR 2018. [[paper]](https://arxiv.org/abs/2501.45004) [[code]](https://github.com/a/pointthingvlad)

        """;

    [Fact]
    public void AcronymVenueCommaYearNicknamedTableTitlesAndCommaNames_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(AcronymVenueCommaYearNicknamedTableTitlesAndCommaNames, "v.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Visual Place Things: A Survey", new[] { "Stephanie Lowry", "Niko Sunderhauf", "Paul Newman" }, null, new VenueInfo(VenueKind.Unspecified, "IEEE T-RO", 2016, null, "IEEE T-RO, 2016")),
            (7, "Rethinking Geo-localization of Things for Large-Scale Applications", System.Array.Empty<string>(), "2501.45002", new VenueInfo(VenueKind.Unspecified, "CVPR", 2022, null, "CVPR 2022")),
            (8, "Things in Contrastive Language Image Pre-training (CLIP)", System.Array.Empty<string>(), "2501.45003", new VenueInfo(VenueKind.Unspecified, "ICML", 2021, null, "ICML 2021")),
            (10, "PointThingVLAD: Deep Point Cloud Based Retrieval of Things", new[] { "Mikaela Angelina Uy", "Gim Hee Lee" }, "2501.45004", new VenueInfo(VenueKind.Unspecified, "CVPR", 2018, null, "CVPR 2018")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A table's paper link that wraps a badge (<c>| Title | CVPR 2024 | [![arXiv](https://img.shields.io/badge/arXiv-...)](https://arxiv.org/abs/...) |</c>);
    /// a distinction as a plain title's last sentence (<c>- [[CVPR 2023](url)] Title. **Best Paper Award Candidate**</c>);
    /// a survey as a paragraph, its title and links over its names (<c>**Title** [[arXiv]](url)␣␣</c> over <c>*A One, B Two*</c>).
    /// </summary>
    internal const string BadgeWrappedPaperLinksTitleNotesAndSurveyParagraphs =
        """
        ## Our Survey

        **A Survey of Thing Reasoning: Static, Dynamic, and Multimodal** [[arXiv]](https://arxiv.org/abs/2501.46001)  
        *Ke Liang, Lingyuan Meng, Meng Liu*  

        ## 2024
        | Title | Venue | Paper | Code |
        |:---|:---:|:---:|:---:|
        | MoThing: Generative Masked Modeling of Things | CVPR 2024 | [![arXiv](https://img.shields.io/badge/arXiv-2501.46002-b31b1b.svg)](https://arxiv.org/abs/2501.46002) | [![GitHub](https://img.shields.io/github/stars/a/mothing?style=social)](https://github.com/a/mothing) |

        ## Registration
        - [[CVPR 2023](https://arxiv.org/abs/2501.46003)] Registration of Things with Maximal Cliques. **Best Paper Award Candidate** [[code](https://github.com/a/cliques)]

        """;

    [Fact]
    public void BadgeWrappedPaperLinksTitleNotesAndSurveyParagraphs_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BadgeWrappedPaperLinksTitleNotesAndSurveyParagraphs, "b.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Survey of Thing Reasoning: Static, Dynamic, and Multimodal", new[] { "Ke Liang", "Lingyuan Meng", "Meng Liu" }, "2501.46001", null),
            (9, "MoThing: Generative Masked Modeling of Things", System.Array.Empty<string>(), "2501.46002", new VenueInfo(VenueKind.Unspecified, "CVPR", 2024, null, "CVPR 2024")),
            (12, "Registration of Things with Maximal Cliques", System.Array.Empty<string>(), "2501.46003", new VenueInfo(VenueKind.Unspecified, "CVPR", 2023, null, "CVPR 2023", "Best Paper Award Candidate")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal(new RepositoryInfo("a", "mothing"), document.Entries[1].Repository);
    }

    /// <summary>
    /// A journal's long name with its year in parentheses glued to it after a quoted title (<c>* **Nickname**: "Title".
    /// Foundations and Trends in IR(2019) [[PDF]](url)</c>): the venue, not two names split at its "and".
    /// </summary>
    internal const string JournalLongNameWithGluedYearAfterQuotedTitle =
        """
        ## Survey
        * **Neural Things**: "Neural Approaches to Conversational Things". Foundations and Trends in IR(2019) [[PDF]](https://arxiv.org/abs/2501.47001) :star::star::star:
        * **Dialogue Survey**: "A Survey on Dialogue Things". SIGKDD Explorations(2017) [[PDF]](https://arxiv.org/abs/2501.47002)

        """;

    [Fact]
    public void JournalLongNameWithGluedYearAfterQuotedTitle_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(JournalLongNameWithGluedYearAfterQuotedTitle, "d.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Neural Approaches to Conversational Things", System.Array.Empty<string>(), "2501.47001", new VenueInfo(VenueKind.Unspecified, "Foundations and Trends in IR", 2019, null, "Foundations and Trends in IR(2019)")),
            (3, "A Survey on Dialogue Things", System.Array.Empty<string>(), "2501.47002", new VenueInfo(VenueKind.Unspecified, "SIGKDD Explorations", 2017, null, "SIGKDD Explorations(2017)")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Names after a plain title's dash (<c>- **[CVPR'17]** Title - A One, B Two **(Oral)** [[pdf](url)]</c>, <c>- Title -
    /// A One, B Two - KDD 2022 - [arXiv](url)</c>) or its comma when only full names follow (<c>- [KDD 2018] Title, Rex Ying
    /// et al. [[paper](url)]</c>); a venue in emphasis or plain as the title's next sentence (<c>Title. *CVPR 2024 (Oral,
    /// Best Paper Award Candidate)*.</c>, <c>1. Title. CIKM 2020. [[arXiv]](url)</c>); a bold title's venue and note in
    /// parentheses before the names (<c>**Title** (CVPR 2020, 🏆 Best Paper Award) - A One et al.</c>); "et al." before
    /// the emphasis's full stop (<c>*A One, B Two, et al.*. ACL 2021.</c>); a distinction after the venue's sentence
    /// (<c>NAACL 2018. :trophy: Outstanding Paper</c>).
    /// </summary>
    internal const string NamesAfterDashOrCommaAndVenueSentencesWithNotes =
        """
        ## Depth
        - **[CVPR'17]** Unsupervised Monocular Things with Left-Right Consistency - Clement Godard, Oisin Mac Aodha, Gabriel J. Brostow [[pdf](https://arxiv.org/pdf/2501.48001.pdf)] [[code](https://github.com/a/monodepth)]
        - **[CVPR'20]** 3D Packing for Self-Supervised Things - Vitor Guizilini, Rares Ambrus **(Oral)** [[pdf](https://arxiv.org/pdf/2501.48002.pdf)]
        - Towards Universal Thing Representations - Yupeng Hou, Shanlei Mu, Wayne Xin Zhao - KDD 2022 - [arXiv](https://arxiv.org/abs/2501.48003)
        - [KDD 2018] Graph Convolutional Neural Networks for Web-Scale Things, Rex Ying et al. [[paper](https://arxiv.org/abs/2501.48004)]
        - [arXiv 2017] Graph Convolutional Thing Completion, Rianne van den Berg, Thomas N. Kipf, Max Welling [[paper](https://arxiv.org/abs/2501.48005)]
        - Repurposing Diffusion-Based Thing Generators. *CVPR 2024 (Oral, Best Paper Award Candidate)*. [[paper](https://arxiv.org/abs/2501.48006)]
        - **Unsupervised Learning of Probably Symmetric Things** (CVPR 2020, 🏆 Best Paper Award) - Shangzhe Wu et al. [paper](https://arxiv.org/abs/2501.48007)

        ## Sequential
        1. S3-Rec: Self-Supervised Learning for Sequential Things. CIKM 2020. [[arXiv]](https://arxiv.org/abs/2501.48008)
        3. **TextThing: Unified Robustness Evaluation of Things**. *Tao Gui, Xiao Wang, Qi Zhang, et al.*. ACL 2021. [[pdf](https://arxiv.org/pdf/2501.48009)]
        - **Deep Contextualized Thing Representations**. Matthew E. Peters, Mark Neumann. NAACL 2018. :trophy: Outstanding Paper [[paper]](https://arxiv.org/abs/2501.48010)

        """;

    [Fact]
    public void NamesAfterDashOrCommaAndVenueSentencesWithNotes_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesAfterDashOrCommaAndVenueSentencesWithNotes, "n.md");
        var none = System.Array.Empty<string>();
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Unsupervised Monocular Things with Left-Right Consistency", new[] { "Clement Godard", "Oisin Mac Aodha", "Gabriel J. Brostow" }, "2501.48001", new VenueInfo(VenueKind.Unspecified, "CVPR", 2017, null, "CVPR'17")),
            (3, "3D Packing for Self-Supervised Things", new[] { "Vitor Guizilini", "Rares Ambrus" }, "2501.48002", new VenueInfo(VenueKind.Unspecified, "CVPR", 2020, null, "CVPR'20", "Oral")),
            (4, "Towards Universal Thing Representations", new[] { "Yupeng Hou", "Shanlei Mu", "Wayne Xin Zhao" }, "2501.48003", new VenueInfo(VenueKind.Unspecified, "KDD", 2022, null, "KDD 2022")),
            (5, "Graph Convolutional Neural Networks for Web-Scale Things", new[] { "Rex Ying" }, "2501.48004", new VenueInfo(VenueKind.Unspecified, "KDD", 2018, null, "KDD 2018")),
            (6, "Graph Convolutional Thing Completion", new[] { "Rianne van den Berg", "Thomas N. Kipf", "Max Welling" }, "2501.48005", null),
            (7, "Repurposing Diffusion-Based Thing Generators", none, "2501.48006", new VenueInfo(VenueKind.Unspecified, "CVPR", 2024, null, "CVPR 2024 (Oral, Best Paper Award Candidate)", "Oral, Best Paper Award Candidate")),
            (8, "Unsupervised Learning of Probably Symmetric Things", new[] { "Shangzhe Wu" }, "2501.48007", new VenueInfo(VenueKind.Unspecified, "CVPR", 2020, null, "CVPR 2020, Best Paper Award", "Best Paper Award")),
            (11, "S3-Rec: Self-Supervised Learning for Sequential Things", none, "2501.48008", new VenueInfo(VenueKind.Unspecified, "CIKM", 2020, null, "CIKM 2020")),
            (12, "TextThing: Unified Robustness Evaluation of Things", new[] { "Tao Gui", "Xiao Wang", "Qi Zhang" }, "2501.48009", new VenueInfo(VenueKind.Unspecified, "ACL", 2021, null, "ACL 2021")),
            (13, "Deep Contextualized Thing Representations", new[] { "Matthew E. Peters", "Mark Neumann" }, "2501.48010", new VenueInfo(VenueKind.Unspecified, "NAACL", 2018, null, "NAACL 2018", "Outstanding Paper")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Names after a quoted title's comma, the venue in a code span after them (<c>* "Title", A One, B Two.
    /// **`NeurIPS 2018 Oral`**.</c>) or right after the title (<c>* "Title", **`TIV 2024`**.</c>); a name in bold before
    /// the title's link, no colon (<c>- **WikiTableQuestions** [Title](url), ACL 2015</c>); the one project page of a
    /// published paper (<c>- **Title** - A One, B Two. Eurographics 2010. [[Project]](url)</c>, and in a table with a Pub
    /// and a Year column).
    /// </summary>
    internal const string QuotedTitlesCommaNamesBoldNicknamesAndProjectPages =
        """
        ## World
        * "World Things", David Ha, Jurgen Schmidhuber. **`NeurIPS 2018 Oral`**. [[Paper](https://arxiv.org/abs/2501.49001)]
        * "World Things for Autonomous Driving: An Initial Survey", **`TIV 2024`**. [[Paper](https://arxiv.org/abs/2501.49002)]

        ## Benchmarks
        - **WikiThingQuestions** [Compositional Semantic Parsing on Semi-Structured Things](https://aclanthology.org/P15-9999/), ACL 2015

        ## Matting
        - **Shared Sampling for Real-Time Thing Matting** - Eduardo S. L. Gastal, Manuel M. Oliveira. Eurographics 2010. [[Project]](http://www.example.org/~a/SharedThings/)

        | Year | Pub | Title | Links |
        |:---:|:---:|:---|:---|
        | 2016 | ECCV | **Deep Automatic Portrait Things** | [Project](http://www.example.org/~b/autothings/) |
        | 2017 | CVPR | **A Thing Without a Paper** | [Code](https://github.com/a/thing) |

        """;

    [Fact]
    public void QuotedTitlesCommaNamesBoldNicknamesAndProjectPages_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(QuotedTitlesCommaNamesBoldNicknamesAndProjectPages, "w.md");
        var none = System.Array.Empty<string>();
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "World Things", new[] { "David Ha", "Jurgen Schmidhuber" }, "2501.49001", new VenueInfo(VenueKind.Unspecified, "NeurIPS", 2018, null, "NeurIPS 2018 Oral", "Oral")),
            (3, "World Things for Autonomous Driving: An Initial Survey", none, "2501.49002", new VenueInfo(VenueKind.Unspecified, "TIV", 2024, null, "TIV 2024")),
            (6, "Compositional Semantic Parsing on Semi-Structured Things", none, null, new VenueInfo(VenueKind.Unspecified, "ACL", 2015, null, "ACL 2015")),
            (9, "Shared Sampling for Real-Time Thing Matting", new[] { "Eduardo S. L. Gastal", "Manuel M. Oliveira" }, null, new VenueInfo(VenueKind.Unspecified, "Eurographics", 2010, null, "Eurographics 2010")),
            (13, "Deep Automatic Portrait Things", none, null, new VenueInfo(VenueKind.Unspecified, "ECCV", 2016, null, "ECCV")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("http://www.example.org/~b/autothings/", document.Entries[4].Url);
    }

    /// <summary>
    /// A well-known venue's workshop as the label of the paper's link before the title (<c>- [[ECCV W](url)] Title.</c>,
    /// <c>- [[ICCV Workshop](url)] Title.</c>); one name after a title link's dash, then the venue (<c>- [Title](url) -
    /// Sumit Gulwani. POPL 2011.</c>; a description after the dash stays none: <c>- [rtdl](github) - Research on ...</c>).
    /// </summary>
    internal const string WorkshopLabelledPaperLinksAndOneNameAfterDash =
        """
        ## 3D
        - [[ECCV W](https://arxiv.org/abs/2501.50001)] Complex-Thing: Real-time 3D Detection of Things. [[pytorch](https://github.com/a/complex-thing)]
        - [[ICCV Workshop](https://arxiv.org/abs/2501.50002)] FCOS3Thing: Fully Convolutional Things. [[pytorch](https://github.com/a/fcos3thing)]

        ## Synthesis
        - [Automating String Things Using Input-Output Examples](https://www.example.com/research/publication/automating-string-things/) - Sumit Gulwani. POPL 2011.
        - [rtthing](https://github.com/a/rtthing) - Research on Tabular Things (Yandex Research). **NeurIPS 2021**.

        """;

    [Fact]
    public void WorkshopLabelledPaperLinksAndOneNameAfterDash_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(WorkshopLabelledPaperLinksAndOneNameAfterDash, "x.md");
        var none = System.Array.Empty<string>();
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Complex-Thing: Real-time 3D Detection of Things", none, "2501.50001", new VenueInfo(VenueKind.Workshop, "ECCV", null, "Workshop", "ECCV W")),
            (3, "FCOS3Thing: Fully Convolutional Things", none, "2501.50002", new VenueInfo(VenueKind.Workshop, "ICCV", null, "Workshop", "ICCV Workshop")),
            (6, "Automating String Things Using Input-Output Examples", new[] { "Sumit Gulwani" }, null, new VenueInfo(VenueKind.Unspecified, "POPL", 2011, null, "POPL 2011")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    // A markdown hard line break: two spaces at the end of a line (spelled out, so that no editor trims them).
    private const string HardBreak = "  ";

    /// <summary>
    /// A bullet's title, names and venue on three lines (hard breaks, a &lt;br&gt;, or the names in emphasis over a
    /// soft break or before the venue on one line); a short name of several words before the colon and the title link;
    /// an award after a comma in the venue's brackets.
    /// </summary>
    internal const string NamesLinesNicknamePhrasesAndAwardsAfterComma =
        $"""
        ## Operators
        - **[Fourier Things for Parametric Things](https://arxiv.org/abs/2501.51001)**{HardBreak}
          *Zed Li, Nik Kova, Ani Anand*{HardBreak}
          ICLR 2021 | [code](https://github.com/a/fourier-things)

        - **[Physics-informed Things](https://www.nature.com/articles/s42254-021-00314-5)**{HardBreak}
          George Em Karni, Ioan Kevre, Lu Lu{HardBreak}
          Nature Reviews Physics 2021

        - **[Hidden Things](https://arxiv.org/abs/2501.51003)**
          *Maz Rai, George Em Karni*
          JCP 2018

        - **[Neural Things Three](https://arxiv.org/abs/2501.51004)** <br> *Zed Li* <br> NeurIPS 2022 Datasets and Benchmarks Track **(Spotlight)**
        - **[Neural Things Four](https://arxiv.org/abs/2501.51005)** *Zed Li, Nik Kova* ICML 2023
        - **[Neural Things Five](https://arxiv.org/abs/2501.51006)**{HardBreak}
          *Zed Li, Nik Kova*{HardBreak}
          arXiv 2023

        ## Speech
        - Apple TTS system: [On-device Neural Speech Things](https://arxiv.org/abs/2501.51011) (ASRU 2021)
        - Location-relative attention: [Location-Relative Attention Things](https://arxiv.org/abs/2501.51012) (ICASSP 2020)
        - DelightfulThing (To synthesize natural and high-quality speech from text): [DelightfulThing: A System for a Challenge](https://arxiv.org/abs/2501.51013) (Blizzard Challenge 2021)

        ## Segmentation
        - [ICCV 2023, Best Paper Honorable Mention] **Segment Things**. Alex Kiri, Eric Mint, et al. [[Paper](https://arxiv.org/abs/2501.51021)]
        - [CVPR 2022, Oral] **Segment Things Again**. Alex Kiri. [[Paper](https://arxiv.org/abs/2501.51022)]

        """;

    [Fact]
    public void NamesLinesNicknamePhrasesAndAwardsAfterComma_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesLinesNicknamePhrasesAndAwardsAfterComma, "x.md");
        var none = System.Array.Empty<string>();
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Fourier Things for Parametric Things", new[] { "Zed Li", "Nik Kova", "Ani Anand" }, "2501.51001", Venue("ICLR", 2021, "ICLR 2021")),
            (6, "Physics-informed Things", new[] { "George Em Karni", "Ioan Kevre", "Lu Lu" }, null, Venue("Nature Reviews Physics", 2021, "Nature Reviews Physics 2021")),
            (10, "Hidden Things", new[] { "Maz Rai", "George Em Karni" }, "2501.51003", Venue("JCP", 2018, "JCP 2018")),
            (14, "Neural Things Three", new[] { "Zed Li" }, "2501.51004", Venue("NeurIPS", 2022, "NeurIPS 2022 Datasets and Benchmarks Track (Spotlight)", "Datasets and Benchmarks", "Spotlight")),
            (15, "Neural Things Four", new[] { "Zed Li", "Nik Kova" }, "2501.51005", Venue("ICML", 2023, "ICML 2023")),
            (16, "Neural Things Five", new[] { "Zed Li", "Nik Kova" }, "2501.51006", null),
            (21, "On-device Neural Speech Things", none, "2501.51011", Venue("ASRU", 2021, "ASRU 2021")),
            (22, "Location-Relative Attention Things", none, "2501.51012", Venue("ICASSP", 2020, "ICASSP 2020")),
            (23, "DelightfulThing: A System for a Challenge", none, "2501.51013", Venue("Blizzard Challenge", 2021, "Blizzard Challenge 2021")),
            (26, "Segment Things", new[] { "Alex Kiri", "Eric Mint" }, "2501.51021", Venue("ICCV", 2023, "ICCV 2023, Best Paper Honorable Mention", note: "Best Paper Honorable Mention")),
            (27, "Segment Things Again", new[] { "Alex Kiri" }, "2501.51022", Venue("CVPR", 2022, "CVPR 2022, Oral", note: "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// A title over sub-items of names and of the journal's source before the links (its volume, issue, pages and year in
    /// the orders chemistry and Nature journals write them); journals abbreviated or named with their initials in
    /// emphasis after the names; a glued short year and a prize after it; a project page beside the code as the paper's
    /// only page; a challenge won at a venue; a badge its alternative text says again; a sub-item of a venue or a preprint
    /// before links set apart by middle dots.
    /// </summary>
    internal const string JournalSourcesProjectPagesAndChallengePlacings =
        """
        ## Molecules
        * **Analyzing Learned Molecular Things**
          * Kevin Yang, Kyle Swanson
          * *J. Chem. Inf. Model.* 2019, 59, 8, 3370–3388 | [Paper](https://arxiv.org/abs/2501.52001) | [Code](https://github.com/a/chemprop)
        * **Contrastive Molecular Things**
          * Yuyang Wang, Jianren Wang
          * *Nature Machine Intelligence* 4, 279–287 (2022) | [Paper](https://arxiv.org/abs/2501.52002)
        * **Self-Referencing Embedded Things**
          * Mario Krenn, Florian Hase
          * *Machine Learning: Science and Technology* 1, 045024 (2020) | [Paper](https://arxiv.org/abs/2501.52003)
        * **Drug Target Things**
          * Hakime Ozturk, Arzucan Ozgur
          * *Bioinformatics*, Volume 34, Issue 17, September 2018, Pages i821–i829 | [Paper](https://arxiv.org/abs/2501.52004)
        * **Antibiotic Things**
          * Jonathan M. Stokes, Kevin Yang
          * *Cell* 180(4):688-702.e13, 2020 | [Paper](https://arxiv.org/abs/2501.52005)
        * **Gradient Field Things**
          * Chence Shi, Shitong Luo
          * Proceedings of the 38th International Conference on Machine Learning (ICML), 2021 | [Paper](https://arxiv.org/abs/2501.52006)
        * **Mixed Diffusion Things** ![](https://img.shields.io/badge/ECML_PKDD-2023-blue)
          * Clement Vignac, Nagham Osman
          * [Paper](https://arxiv.org/abs/2501.52007)

        ## Weather
        - **Can Things Beat Weather?** M. G. Schultz, C. Betancourt. *Phil. Trans. R. Soc. A 2021*. [[paper](https://arxiv.org/abs/2501.52011)]
        - **Prognostic Things**. Noah D. Brenowitz, Christopher S. Bretherton. *Geophysical Research Letters (GRL) 2018*. [[paper](https://arxiv.org/abs/2501.52012)]
        - **Exascale Things**. Thorsten Kurth, Sean Treichler, et al. *SC18*. :trophy: **Gordon Bell Prize** [[paper](https://arxiv.org/abs/2501.52013)]
        - **Climate Emulation Things**. Sungduk Yu et al. *NeurIPS 2023 Datasets and Benchmarks Track*. :trophy: **Outstanding Datasets and Benchmarks Paper** [[paper](https://arxiv.org/abs/2501.52014)]
        - [IEEE Trans. Cybernetics 2022] Video-To-Speech Things. *Rodrigo Mira et al.* [[paper](https://arxiv.org/abs/2501.52015)]

        ## Occupancy
        - **[arXiv 2023]** FB-Thing: Occupancy Things [[paper](https://arxiv.org/abs/2501.52021)] [[code](https://github.com/a/fb-thing)] :trophy: 1st place in CVPR 2023 Occupancy Prediction Challenge
        - [CVPR 2017] **Semantic Scene Things** (Oral) - Shuran Song, Fisher Yu. [[project](http://sscnet.example.edu/)] [[code](https://github.com/a/sscnet)]
        - **[NeurIPS 2023]** POP-Thing: Open-Vocabulary Things [[project](https://a.github.io/popthing/)] [[code](https://github.com/a/popthing)]
        - **Optimal Assignment Things**
          ![ICWS 2024](https://img.shields.io/badge/ICWS-2024-blue) [![arXiv](https://img.shields.io/badge/arXiv-2501.52024-b31b1b.svg)](https://arxiv.org/abs/2501.52024)

        ## Reviews
        - Sanchez-Lengeling, B.; Aspuru-Guzik, A. Inverse Design Things: Generative Models. *Science* **2018**, *361* (6400), 360–365. [[link]](https://www.science.org/doi/10.1126/science.aat0001)
        - Vamathevan, J.; Clark, D.; et al. Applications of Things in Drug Discovery. *Nat. Rev. Drug Discov.* **2019**, *18*, 463–477. [[link]](https://www.nature.com/articles/s41573-019-0001-5)
        * **Binding Affinity Things**
          * Thin Nguyen, Hang Le
          * *Bioinformatics*, Volume 37, Issue 8, April 2021, Pages 1140–1147 | [Paper](https://academic.oup.com/bioinformatics/article/37/8/1140/0000001) | [Code](https://github.com/a/binding)

        ## Agents
        - **Multi-Agent Things**
          - Sirui Hong, Mingchen Zhuge, et al.
          - ICLR 2024 (Oral) · [paper](https://arxiv.org/abs/2501.52031) · [code](https://github.com/a/multi-agent-things)
        - **Preprint Agent Things**
          - Dong Huang, Jie M. Zhang
          - arXiv 2023 · [paper](https://arxiv.org/abs/2501.52032)

        """;

    [Fact]
    public void JournalSourcesProjectPagesAndChallengePlacings_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(JournalSourcesProjectPagesAndChallengePlacings, "x.md");
        var none = System.Array.Empty<string>();
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Analyzing Learned Molecular Things", new[] { "Kevin Yang", "Kyle Swanson" }, "2501.52001", Venue("J. Chem. Inf. Model.", 2019, "J. Chem. Inf. Model. 2019, 59, 8, 3370–3388")),
            (5, "Contrastive Molecular Things", new[] { "Yuyang Wang", "Jianren Wang" }, "2501.52002", Venue("Nature Machine Intelligence", 2022, "Nature Machine Intelligence 4, 279–287 (2022)")),
            (8, "Self-Referencing Embedded Things", new[] { "Mario Krenn", "Florian Hase" }, "2501.52003", Venue("Machine Learning: Science and Technology", 2020, "Machine Learning: Science and Technology 1, 045024 (2020)")),
            (11, "Drug Target Things", new[] { "Hakime Ozturk", "Arzucan Ozgur" }, "2501.52004", Venue("Bioinformatics", 2018, "Bioinformatics, Volume 34, Issue 17, September 2018, Pages i821–i829")),
            (14, "Antibiotic Things", new[] { "Jonathan M. Stokes", "Kevin Yang" }, "2501.52005", Venue("Cell", 2020, "Cell 180(4):688-702.e13, 2020")),
            (17, "Gradient Field Things", new[] { "Chence Shi", "Shitong Luo" }, "2501.52006", Venue("ICML", 2021, "ICML 2021")),
            (20, "Mixed Diffusion Things", new[] { "Clement Vignac", "Nagham Osman" }, "2501.52007", Venue("ECML PKDD", 2023, "ECML PKDD 2023")),
            (25, "Can Things Beat Weather?", new[] { "M. G. Schultz", "C. Betancourt" }, "2501.52011", Venue("Phil. Trans. R. Soc. A", 2021, "Phil. Trans. R. Soc. A 2021")),
            (26, "Prognostic Things", new[] { "Noah D. Brenowitz", "Christopher S. Bretherton" }, "2501.52012", Venue("GRL", 2018, "Geophysical Research Letters (GRL) 2018")),
            (27, "Exascale Things", new[] { "Thorsten Kurth", "Sean Treichler" }, "2501.52013", Venue("SC", 2018, "SC18", note: "Gordon Bell Prize")),
            (28, "Climate Emulation Things", new[] { "Sungduk Yu" }, "2501.52014", Venue("NeurIPS", 2023, "NeurIPS 2023 Datasets and Benchmarks Track", "Datasets and Benchmarks", "Outstanding Datasets and Benchmarks Paper")),
            (29, "Video-To-Speech Things", new[] { "Rodrigo Mira" }, "2501.52015", Venue("IEEE Trans. Cybernetics", 2022, "IEEE Trans. Cybernetics 2022")),
            (32, "FB-Thing: Occupancy Things", none, "2501.52021", null),
            (33, "Semantic Scene Things", new[] { "Shuran Song", "Fisher Yu" }, null, Venue("CVPR", 2017, "CVPR 2017", note: "Oral")),
            (34, "POP-Thing: Open-Vocabulary Things", none, null, Venue("NeurIPS", 2023, "NeurIPS 2023")),
            (35, "Optimal Assignment Things", none, "2501.52024", Venue("ICWS", 2024, "ICWS 2024")),
            (39, "Inverse Design Things: Generative Models", new[] { "Sanchez-Lengeling, B.", "Aspuru-Guzik, A." }, null, Venue("Science", 2018, "Science 2018, 361 (6400), 360–365")),
            (40, "Applications of Things in Drug Discovery", new[] { "Vamathevan, J.", "Clark, D." }, null, Venue("Nat. Rev. Drug Discov.", 2019, "Nat. Rev. Drug Discov. 2019, 18, 463–477")),
            (41, "Binding Affinity Things", new[] { "Thin Nguyen", "Hang Le" }, null, Venue("Bioinformatics", 2021, "Bioinformatics, Volume 37, Issue 8, April 2021, Pages 1140–1147")),
            (46, "Multi-Agent Things", new[] { "Sirui Hong", "Mingchen Zhuge" }, "2501.52031", Venue("ICLR", 2024, "ICLR 2024 (Oral)", note: "Oral")),
            (49, "Preprint Agent Things", new[] { "Dong Huang", "Jie M. Zhang" }, "2501.52032", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        Assert.Equal("http://sscnet.example.edu/", document.Entries[13].Url);
    }

    /// <summary>
    /// Names as written to a full stop before the title's link, the venue after it; a surname and "et al." before an
    /// emphasised title; a nickname alone after a table's title link; a journal of two publishers; surnames alone before a
    /// quoted title. (A citation section's
    /// items are no entries: <see cref="A_citation_section_holds_no_entries"/>.)
    /// </summary>
    internal const string NamesToAFullStopBeforeTitleLinks =
        """
        ## Classic
        * H. P. Luhn. [The Automatic Creation of Literature Things](https://ieeexplore.ieee.org/document/5390001). IBM Journal of Research and Development, 1958.
        * Rada Mihalcea, Paul Tarau. [TextThing: Bringing Order into Things](https://aclanthology.org/W04-0001/). EMNLP 2004.
        * Dragomir R. Radev et al. [Centroid-based Things of Multiple Documents](http://www.aclweb.org/anthology/W00-0001). ANLP-NAACL 2000 Workshop.
        - Song et al. **Semantic Scene Things from a Single Depth Image** (CVPR 2017, Oral) [[paper](https://arxiv.org/abs/2501.53001)]
        1. **Neural Abstractive Things** *Tian Shi, Yaser Keneshloo* `ACM/IMS Transactions on Data Science 2021` [[pdf]](https://arxiv.org/abs/2501.53002)

        | Year | Venue | Title | Code |
        |---|---|---|---|
        | 2019 | CVPR | [Patch-based Progressive Things](https://arxiv.org/abs/2501.53003) (3PU / MPU) | [TF](https://github.com/a/3pu) |

        ## Older
        - Tan et al. "Face Liveness Things from a Single Image", ECCV 2010. [[paper]](https://link.springer.com/chapter/10.1007/978-3-642-15567-0_01)
        - Wen, Han and Jain. "Face Spoof Things With Image Distortion Analysis", IEEE TIFS 2015. [[paper]](https://ieeexplore.ieee.org/document/7030001)

        """;

    [Fact]
    public void NamesToAFullStopBeforeTitleLinks_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(NamesToAFullStopBeforeTitleLinks, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "The Automatic Creation of Literature Things", new[] { "H. P. Luhn" }, null, Venue("IBM Journal of Research and Development", 1958, "IBM Journal of Research and Development, 1958")),
            (3, "TextThing: Bringing Order into Things", new[] { "Rada Mihalcea", "Paul Tarau" }, null, Venue("EMNLP", 2004, "EMNLP 2004")),
            (4, "Centroid-based Things of Multiple Documents", new[] { "Dragomir R. Radev" }, null, new VenueInfo(VenueKind.Workshop, "ANLP-NAACL", 2000, "Workshop", "ANLP-NAACL 2000 Workshop")),
            (5, "Semantic Scene Things from a Single Depth Image", new[] { "Song" }, "2501.53001", Venue("CVPR", 2017, "CVPR 2017, Oral", note: "Oral")),
            (6, "Neural Abstractive Things", new[] { "Tian Shi", "Yaser Keneshloo" }, "2501.53002", Venue("ACM/IMS Transactions on Data Science", 2021, "ACM/IMS Transactions on Data Science 2021")),
            (10, "Patch-based Progressive Things", System.Array.Empty<string>(), "2501.53003", Venue("CVPR", 2019, "CVPR")),
            (13, "Face Liveness Things from a Single Image", new[] { "Tan" }, null, Venue("ECCV", 2010, "ECCV 2010")),
            (14, "Face Spoof Things With Image Distortion Analysis", new[] { "Wen", "Han", "Jain" }, null, Venue("IEEE TIFS", 2015, "IEEE TIFS 2015")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 119: a paragraph of its own holding a bold title in brackets after an emoji shortcode, its links and its
    /// venue in emphasis; the names between a title and its venue, each between commas (or one and "et al."), and not a
    /// title's own enumeration; a workshop at a venue written with spaces and an apostrophe's year; a venue's name that
    /// ends in a plus; and batch 117's gait form, the names before a venue in emphasis and its year after it ("Title,
    /// A One, B Two and C Three, *IEEE TPAMI*, 2006."); a note in bold after the venue's parenthesis on a title line
    /// over a names line.
    /// </summary>
    internal const string BracketedBoldTitlesNamesAfterTitlesAndSpacedWorkshops =
        """
        ## Image Things

        :white_check_mark: [**A Neural Algorithm of Artistic Things**] [[Paper]](https://arxiv.org/pdf/2501.54001.pdf) *(CVPR 2016)*

        - [Torch-based](https://github.com/a/neural-thing)

        :white_check_mark: [**Incorporating Long-Range Consistency in Things**] [[Paper]](https://arxiv.org/pdf/2501.54002.pdf)  *(ICLR 2017)* 

        ## Text Things

        1. Dear Sir or Madam, May I introduce the Things Dataset: Corpus, Benchmarks and Metrics for Things, Sudha Rao, Joel Tetreault, NAACL-2018, [[paper]](https://arxiv.org/abs/2501.54003)
        2. Text Thing Transfer: A Review, Zhiqiang Hu, Roy Ka-Wei Lee, Charu C. Aggarwal, arXiv-2020, [[paper]](https://arxiv.org/abs/2501.54004)
        3. CTRL: A Conditional Thing Model for Controllable Generation, Nitish Shirish Keskar et al., arXiv-2019, [[paper]](https://arxiv.org/abs/2501.54005)
        4. Learning to Flip the Things of Reviews, Canasai Kruengkrai, EMNLP-2019, [[paper]](https://arxiv.org/abs/2501.54006)
        - A Connection between Generative Adversarial Things, Inverse Reinforcement Learning, and Energy-Based Models [[arXiv]](https://arxiv.org/abs/2501.54007)

        | Paper | Datasets |
        |---|---|
        | A Neural Thing Correction System [(BEA @ ACL '19)](https://arxiv.org/abs/2501.54008) | BEA-2019 |
        | Denoising Things for RDF Verbalization [(WebNLG+ '20)](https://arxiv.org/abs/2501.54009) | WebNLG+ |

        ## Gait Things
        - The HumanID Thing Problem: Data Sets, Performance, and Analysis, Sudeep Sarkar, P. Jonathon Phillips, Kevin W. Bowyer, *IEEE TPAMI*, 2005. [[pdf](https://ieeexplore.ieee.org/document/1374001)]
        - Individual Recognition Using Thing Energy Image, Ju Han and Bir Bhanu, *IEEE TPAMI*, 2006. [[pdf](https://ieeexplore.ieee.org/document/1561001)]

        ## Action Things
        - **Gaussian Temporal Things for Action Localization** (CVPR 2019) **Oral**  
          *Fuchen Long, Ting Yao*  
          [[Paper](https://arxiv.org/abs/2501.54011)]

        """;

    [Fact]
    public void BracketedBoldTitlesNamesAfterTitlesAndSpacedWorkshops_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(BracketedBoldTitlesNamesAfterTitlesAndSpacedWorkshops, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "A Neural Algorithm of Artistic Things", System.Array.Empty<string>(), "2501.54001", Venue("CVPR", 2016, "CVPR 2016")),
            (7, "Incorporating Long-Range Consistency in Things", System.Array.Empty<string>(), "2501.54002", Venue("ICLR", 2017, "ICLR 2017")),
            (11, "Dear Sir or Madam, May I introduce the Things Dataset: Corpus, Benchmarks and Metrics for Things", new[] { "Sudha Rao", "Joel Tetreault" }, "2501.54003", Venue("NAACL", 2018, "NAACL-2018")),
            (12, "Text Thing Transfer: A Review", new[] { "Zhiqiang Hu", "Roy Ka-Wei Lee", "Charu C. Aggarwal" }, "2501.54004", null),
            (13, "CTRL: A Conditional Thing Model for Controllable Generation", new[] { "Nitish Shirish Keskar" }, "2501.54005", null),
            (14, "Learning to Flip the Things of Reviews, Canasai Kruengkrai", System.Array.Empty<string>(), "2501.54006", Venue("EMNLP", 2019, "EMNLP-2019")),
            (15, "A Connection between Generative Adversarial Things, Inverse Reinforcement Learning, and Energy-Based Models", System.Array.Empty<string>(), "2501.54007", null),
            (19, "A Neural Thing Correction System", System.Array.Empty<string>(), "2501.54008", new VenueInfo(VenueKind.Workshop, "ACL", 2019, "BEA", "BEA@ACL '19")),
            (20, "Denoising Things for RDF Verbalization", System.Array.Empty<string>(), "2501.54009", Venue("WebNLG+", 2020, "WebNLG+ '20")),
            (23, "The HumanID Thing Problem: Data Sets, Performance, and Analysis", new[] { "Sudeep Sarkar", "P. Jonathon Phillips", "Kevin W. Bowyer" }, null, Venue("IEEE TPAMI", 2005, "IEEE TPAMI 2005")),
            (24, "Individual Recognition Using Thing Energy Image", new[] { "Ju Han", "Bir Bhanu" }, null, Venue("IEEE TPAMI", 2006, "IEEE TPAMI 2006")),
            (27, "Gaussian Temporal Things for Action Localization", new[] { "Fuchen Long", "Ting Yao" }, "2501.54011", Venue("CVPR", 2019, "CVPR 2019", note: "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 120: names linked to their authors' pages on the names line under a bold title that is no link; a venue's
    /// long name with its acronym in parentheses before the year (the acronym names it); a bold title with its venue and
    /// note in parentheses over a list of fields; a note in parentheses after a bold title whose venue is a tag before
    /// it.
    /// </summary>
    internal const string LinkedNamesUnderPlainTitlesAndAcronymsBeforeYears =
        """
        ## 2022

        **Unsupervised Image Things with Generative Prior.**<br>
        *[Shuai Yang](https://williamyang1991.github.io/), [Liming Jiang](https://liming-jiang.com/), [Ziwei Liu](https://liuziwei7.github.io/).*<br>
        CVPR 2022. [[PDF](https://arxiv.org/abs/2501.55001)] [[Project](https://www.mmlab-ntu.com/project/gpunit/)] [[Github](https://github.com/a/gp-unit)]

        **Zero-shot Image Things.**<br>
        *[Gaurav Parmar](https://gauravparmar.com/), Krishna Kumar Singh, Richard Zhang.*<br>
        SIGGRAPH 2023. [[PDF](https://arxiv.org/abs/2501.55002)]

        **Image Things: Methods and Applications.**<br>
        *Yingxue Pang, Jianxin Lin, Tao Qin, Zhibo Chen.*<br>
        IEEE Transactions on Multimedia (TMM) 2021. [[PDF](https://arxiv.org/abs/2501.55003)]

        ## Lanes

        **LATR: 3D Lane Things from Monocular Images with Transformer** (ICCV 2023 Oral)

        - Paper: https://arxiv.org/abs/2501.55004
        - Code: https://github.com/a/latr

        ## Fake Things
        - **Mining Dual Things for Fake News Detection**. Xueyao Zhang, Juan Cao. *The Web Conference (WWW) 2021*. [[Paper](https://arxiv.org/abs/2501.55005)]
        - **Characterizing Multi-Domain False Things**. Qiang Sheng, H. Russell Bernard. *Information Processing & Management (IP&M) 2022*. [[Paper](https://arxiv.org/abs/2501.55006)]
        - [NeurIPS 2018] **Hyperbolic Neural Things** (Spotlight) [[paper]](https://arxiv.org/abs/2501.55007) [[code]](https://github.com/a/hyperbolic_nn)

        """;

    [Fact]
    public void LinkedNamesUnderPlainTitlesAndAcronymsBeforeYears_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(LinkedNamesUnderPlainTitlesAndAcronymsBeforeYears, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Unsupervised Image Things with Generative Prior", new[] { "Shuai Yang", "Liming Jiang", "Ziwei Liu" }, "2501.55001", Venue("CVPR", 2022, "CVPR 2022")),
            (7, "Zero-shot Image Things", new[] { "Gaurav Parmar", "Krishna Kumar Singh", "Richard Zhang" }, "2501.55002", Venue("SIGGRAPH", 2023, "SIGGRAPH 2023")),
            (11, "Image Things: Methods and Applications", new[] { "Yingxue Pang", "Jianxin Lin", "Tao Qin", "Zhibo Chen" }, "2501.55003", Venue("TMM", 2021, "IEEE Transactions on Multimedia (TMM) 2021")),
            (17, "LATR: 3D Lane Things from Monocular Images with Transformer", System.Array.Empty<string>(), "2501.55004", Venue("ICCV", 2023, "ICCV 2023 Oral", note: "Oral")),
            (23, "Mining Dual Things for Fake News Detection", new[] { "Xueyao Zhang", "Juan Cao" }, "2501.55005", Venue("WWW", 2021, "The Web Conference (WWW) 2021")),
            (24, "Characterizing Multi-Domain False Things", new[] { "Qiang Sheng", "H. Russell Bernard" }, "2501.55006", Venue("IP&M", 2022, "Information Processing & Management (IP&M) 2022")),
            (25, "Hyperbolic Neural Things", System.Array.Empty<string>(), "2501.55007", Venue("NeurIPS", 2018, "NeurIPS 2018", note: "Spotlight")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 121: a venue and a year of two digits with no apostrophe in a tag before a bold title (<c>[ICLR 23]</c>,
    /// <c>[LoG 22]</c>, <c>[Scientific Data 23]</c>, glued or not); a preprint's tag is no venue, and a tag whose name has one
    /// capital only is none either.
    /// </summary>
    internal const string ShortYearTagsBeforeTitles =
        """
        ### Year 2023
        1. [ICLR 23] **Global Explainability of Things via Logic** [[paper]](https://arxiv.org/abs/2501.56001)
        2. [TPAMI 22]**Explainability in Graph Things: A Taxonomic Survey** [[paper]](https://arxiv.org/abs/2501.56002)
        3. [LoG 22] **GraphThingEx: Towards Systematic Evaluation** [[paper]](https://arxiv.org/abs/2501.56003)
        4. [Scientific Data 23] **Evaluating Explainability for Graph Things** [[paper]](https://arxiv.org/abs/2501.56004)
        5. [Arxiv 23] **Counterfactual Learning on Things: A Survey** [[paper]](https://arxiv.org/abs/2501.56005)
        6. [Chapter 10] **Explaining Graph Things in Practice** [[paper]](https://arxiv.org/abs/2501.56006)

        """;

    [Fact]
    public void ShortYearTagsBeforeTitles_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(ShortYearTagsBeforeTitles, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Global Explainability of Things via Logic", System.Array.Empty<string>(), "2501.56001", Venue("ICLR", 2023, "ICLR 23")),
            (3, "Explainability in Graph Things: A Taxonomic Survey", System.Array.Empty<string>(), "2501.56002", Venue("TPAMI", 2022, "TPAMI 22")),
            (4, "GraphThingEx: Towards Systematic Evaluation", System.Array.Empty<string>(), "2501.56003", Venue("LoG", 2022, "LoG 22")),
            (5, "Evaluating Explainability for Graph Things", System.Array.Empty<string>(), "2501.56004", Venue("Scientific Data", 2023, "Scientific Data 23")),
            (6, "Counterfactual Learning on Things: A Survey", System.Array.Empty<string>(), "2501.56005", null),
            (7, "Explaining Graph Things in Practice", System.Array.Empty<string>(), "2501.56006", null),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 122: a journal's name before the year ends the names (an acronym alone, a long name with its acronym, words
    /// no name has); a model table whose publication column holds the paper's title and venue; surnames with their
    /// initials after them before a quoted title; a tag of the year, venue and first author before the title; a long
    /// journal name with an apostrophe before a four-digit year.
    /// </summary>
    internal const string JournalNamesSurnameInitialsAndAuthorTags =
        """
        ## Reviews
        - **Digital change detection things using remotely-sensed data**, Ashbindu Singh, International Journal of Remote Sensing (IJRS), 1989. [[Paper](https://doi.org/10.1080/01431168908901)]
        - **Change detection things**, D. Lu, P. Mausel, E. Moran, IJRS, 2004. [[Paper](https://doi.org/10.1080/0143116031000102)]
        - **Change detection from remotely sensed things**, Masroor Hussain, Dongmei Chen, ISPRS Journal of Photogrammetry and Remote Sensing, 2013. [[Paper](https://doi.org/10.1016/j.isprsjprs.2013.03.003)]

        | Methods | Keywords | Publication | Code |
        |:---:|:---:|---|:---:|
        | FC-EF, FC-Siam-conc | Siamese; FCN | [Fully Convolutional Siamese Things for Change Detection](https://arxiv.org/abs/2501.57001), ICIP 2018 | [PyTorch](https://github.com/a/fc-cd) |
        | OSCD-CNN | CNN | [Urban Change Things for Multispectral Earth Observation](https://arxiv.org/abs/2501.57002), IGARSS 2018 | - |

        ### Multispectral
        - Bruzzone L., Prieto D. F. "Automatic analysis of the difference thing for unsupervised change detection". *IEEE TGRS*, 2000. [[Paper](https://ieeexplore.ieee.org/document/843001)]

        ### Oxford
        - [2016-IJCV, M. Jaderberg] Reading Text Things in the Wild [`paper`](http://arxiv.org/abs/2501.57003)
        - [2012-ICPR, Wang] End-to-End Text Thing Recognition [`paper`](http://www.cs.stanford.edu/~a/wang_icpr2012.pdf)

        ## Surveys
        * **A survey on Image Thing Augmentation for Deep Learning**<br>
        *Connor Shorten and Taghi Khoshgoftaar*<br>
        Journal of Big Data'2019 [[Paper](https://arxiv.org/abs/2501.57004)]

        """;

    [Fact]
    public void JournalNamesSurnameInitialsAndAuthorTags_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(JournalNamesSurnameInitialsAndAuthorTags, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Digital change detection things using remotely-sensed data", new[] { "Ashbindu Singh" }, null, Venue("IJRS", 1989, "International Journal of Remote Sensing (IJRS), 1989")),
            (3, "Change detection things", new[] { "D. Lu", "P. Mausel", "E. Moran" }, null, Venue("IJRS", 2004, "IJRS, 2004")),
            (4, "Change detection from remotely sensed things", new[] { "Masroor Hussain", "Dongmei Chen" }, null, Venue("ISPRS Journal of Photogrammetry and Remote Sensing", 2013, "ISPRS Journal of Photogrammetry and Remote Sensing, 2013")),
            (8, "Fully Convolutional Siamese Things for Change Detection", System.Array.Empty<string>(), "2501.57001", Venue("ICIP", 2018, "ICIP 2018")),
            (9, "Urban Change Things for Multispectral Earth Observation", System.Array.Empty<string>(), "2501.57002", Venue("IGARSS", 2018, "IGARSS 2018")),
            (12, "Automatic analysis of the difference thing for unsupervised change detection", new[] { "Bruzzone L.", "Prieto D. F." }, null, Venue("IEEE TGRS", 2000, "IEEE TGRS, 2000")),
            (15, "Reading Text Things in the Wild", new[] { "M. Jaderberg" }, "2501.57003", Venue("IJCV", 2016, "2016-IJCV")),
            (16, "End-to-End Text Thing Recognition", new[] { "Wang" }, null, Venue("ICPR", 2012, "2012-ICPR")),
            (19, "A survey on Image Thing Augmentation for Deep Learning", new[] { "Connor Shorten", "Taghi Khoshgoftaar" }, "2501.57004", Venue("Journal of Big Data", 2019, "Journal of Big Data'2019")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    [Fact]
    public void A_site_s_home_page_is_no_paper_and_an_icon_linking_a_PDF_is_reported()
    {
        // Batch 122: "check out [ArXiv](https://arxiv.org/)" names a site, not a paper; a dataset row whose competition
        // report is linked by an icon's image has no entry and is said (EA0030), not passed over.
        var document = CatalogParser.Parse(
            "## Introduction\n* To export BibTeX citations of things, check out [ArXiv](https://arxiv.org/) or [Semantic Scholar](https://www.semanticscholar.org/).\n\n"
            + "|Dataset| Discription | Competition Paper |\n|---|---|---|\n|[ICDAR 2015](http://rrc.cvc.uab.es/)| 1000 images|`paper`  [![link](https://example.org/paper-icon.jpg)](http://rrc.cvc.uab.es/files/Competition-Report.pdf)|\n",
            "s.md");
        Assert.Empty(document.Entries);
        var unread = Assert.Single(document.Diagnostics, d => d.Rule == EfficientArchitectures.Catalog.Diagnostics.DiagnosticRules.UnreadPaperLink);
        Assert.Equal(6, unread.Span.Line);
    }

    /// <summary>
    /// Batch 123: a citation key labelling the paper's link before the title (the key's names, the venue as the sentence
    /// after the title writes it, with the key's year; a preprint's key no venue); surnames, the title and a venue
    /// sentence after a dataset's tag.
    /// </summary>
    internal const string CitationKeyLinksAndSurnameSentences =
        """
        ### 2024
        - [[Wang et al. CVPR24]](https://arxiv.org/abs/2501.58001) Text Is MASS: Modeling as Stochastic Things. CVPR, 2024. (Highlight) [[code]](https://github.com/a/t-mass)
        - [[Cao et al. ACL24]](https://arxiv.org/abs/2501.58002) RAP: Efficient Text-Thing Retrieval. ACL Findings, 2024.
        - [[Ma et al. MM22]](https://arxiv.org/abs/2501.58003) X-CLIP: Multi-grained Contrastive Things. ACMMM, 2022. [[code]](https://github.com/a/x-clip)
        - [[Li et al. TMM20]](https://arxiv.org/abs/2501.58004) SEA: Sentence Encoder Assembly for Things. IEEE Transactions on Multimedia, 2020.
        - [[Wu et al. CVPR23]](https://arxiv.org/abs/2501.58005) Cap4Video: What Can Auxiliary Things Do? CVPR, 2023.
        - [[Wang et al. arXiv22]](https://arxiv.org/abs/2501.58006) Disentangled Thing Learning for Retrieval. arXiv:2501.58006, 2022.

        ## Datasets
        - [MSVD] Chen and Dolan. Collecting Highly Parallel Things for Paraphrase Evaluation. ACL, 2011. [[paper]](http://www.cs.utexas.edu/users/ml/papers/chen.acl11.pdf)
        - [TGIF] Li et al. TGIF: A New Thing and Benchmark on Animated GIF Description. CVPR, 2016. [[paper]](https://arxiv.org/abs/2501.58007)

        """;

    [Fact]
    public void CitationKeyLinksAndSurnameSentences_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(CitationKeyLinksAndSurnameSentences, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (2, "Text Is MASS: Modeling as Stochastic Things", new[] { "Wang" }, "2501.58001", Venue("CVPR", 2024, "CVPR, 2024", note: "Highlight")),
            (3, "RAP: Efficient Text-Thing Retrieval", new[] { "Cao" }, "2501.58002", Venue("ACL", 2024, "ACL Findings, 2024", track: "Findings")),
            (4, "X-CLIP: Multi-grained Contrastive Things", new[] { "Ma" }, "2501.58003", Venue("ACMMM", 2022, "ACMMM, 2022")),
            (5, "SEA: Sentence Encoder Assembly for Things", new[] { "Li" }, "2501.58004", Venue("IEEE Transactions on Multimedia", 2020, "IEEE Transactions on Multimedia, 2020")),
            (6, "Cap4Video: What Can Auxiliary Things Do?", new[] { "Wu" }, "2501.58005", Venue("CVPR", 2023, "CVPR, 2023")),
            (7, "Disentangled Thing Learning for Retrieval", new[] { "Wang" }, "2501.58006", null),
            (10, "Collecting Highly Parallel Things for Paraphrase Evaluation", new[] { "Chen", "Dolan" }, null, Venue("ACL", 2011, "ACL, 2011")),
            (11, "TGIF: A New Thing and Benchmark on Animated GIF Description", new[] { "Li" }, "2501.58007", Venue("CVPR", 2016, "CVPR, 2016")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    /// <summary>
    /// Batch 124: a table's Source column is its venue column; names and a colon before a quoted title in emphasis (two
    /// names or more: one is as often a nickname); a journal's long name and acronym before the year after a comma.
    /// </summary>
    internal const string SourceColumnsColonNamesAndCommaAcronyms =
        """
        | Paper | Source | Code/Project Link  |
        | --- | --- | --- |
        | [Unsupervised Diverse Things via Generative Adversarial Networks](https://arxiv.org/abs/2501.59001) | ECML-PKDD 2017 | [[code]](https://github.com/a/colorgan) |
        | [Deep Exemplar-based Thing Colorization](https://arxiv.org/abs/2501.59002) | SIGGRAPH Asia 2018 |  |

        ## Papers
        + Mengwei Ren, Wei Xiong, He Zhang: "*Relightful Things: Lighting-aware Portrait Background Replacement.*" CVPR (2024) [[pdf]](https://arxiv.org/pdf/2501.59003.pdf)
        - [Group-Sensitive Triplet Things for Vehicle Reidentification](https://ieeexplore.ieee.org/document/8265001) - Yan Bai, Yihang Lou, Ling-Yu Duan. IEEE Transactions on Multimedia (TMM), 2018.

        """;

    [Fact]
    public void SourceColumnsColonNamesAndCommaAcronyms_title_authors_arxiv_and_venue_of_every_entry()
    {
        var document = CatalogParser.Parse(SourceColumnsColonNamesAndCommaAcronyms, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Unsupervised Diverse Things via Generative Adversarial Networks", System.Array.Empty<string>(), "2501.59001", Venue("ECML-PKDD", 2017, "ECML-PKDD 2017")),
            (4, "Deep Exemplar-based Thing Colorization", System.Array.Empty<string>(), "2501.59002", Venue("SIGGRAPH Asia", 2018, "SIGGRAPH Asia 2018")),
            (7, "Relightful Things: Lighting-aware Portrait Background Replacement", new[] { "Mengwei Ren", "Wei Xiong", "He Zhang" }, "2501.59003", Venue("CVPR", 2024, "CVPR (2024)")),
            (8, "Group-Sensitive Triplet Things for Vehicle Reidentification", new[] { "Yan Bai", "Yihang Lou", "Ling-Yu Duan" }, null, Venue("TMM", 2018, "IEEE Transactions on Multimedia (TMM), 2018")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    internal const string NamesAndYearKeysTrackBadgesAndAwardsAfterEmoji =
        """
        ## Introduction

        * [Introduction to Thing Analysis](http://lct.example.org/files/ThingCourseSlides.pdf) - Lecture slides by Tony One, covering the basic problem setting.

        ## Survey Papers

        [Liu and Zhang (2012)](https://www.cs.example.edu/~liub/thing-survey.pdf) A survey of opinion mining and thing analysis.

        [Medhat, Hassan and Korashy (2014)](https://www.sciencedirect.com/science/article/pii/S2090447914000001) Thing analysis algorithms and applications: A survey.

        ## Deep Learning

        * [Socher et al. (2011)](https://aclanthology.org/D11-1001/) Semi-Supervised Recursive Things for Predicting Thing Distributions. EMNLP 2011.
        * [Kim (2014)](https://arxiv.org/abs/2501.60001) Convolutional Things for Sentence Classification. Simple CNN on top of pre-trained word vectors (EMNLP 2014).
        * [Le and Mikolov (2014)](https://arxiv.org/abs/2501.60002) Distributed Representations of Things and Documents. Paragraph Vector, aka doc2vec.
        * [Felbo et al. (2017)](https://arxiv.org/abs/2501.60003) Using millions of emoji things to learn any-domain representations. DeepThing. [[code]](https://github.com/a/deepthing)

        ## Reward Things

        - **BeaverThings: Towards Improved Safety Alignment via a Human-Preference Dataset** [[Paper]](https://arxiv.org/abs/2501.60004) ![](https://img.shields.io/badge/NeurIPS_2023-Datasets_and_Benchmarks-blue)
        - [Direct Thing Optimization: Your Language Model is Secretly a Thing Model](https://arxiv.org/abs/2501.60005) - NeurIPS 2023 🏆 Outstanding Main Track Runner-Up
        - [KTO: Thing Alignment as Prospect Theoretic Optimization](https://arxiv.org/abs/2501.60006) - ICML 2024 🌟 Outstanding Paper

        """;

    [Fact]
    public void NamesAndYearKeysTrackBadgesAndAwardsAfterEmoji_title_authors_arxiv_and_venue_of_every_entry()
    {
        // Batch 125: "[Liu and Zhang (2012)](url) Title. Description.": the link's label is the citation (names, year), the
        // title its first sentence; slides described after a dash are no paper; a badge of a venue and its track; an
        // award after an emoji following the venue.
        var document = CatalogParser.Parse(NamesAndYearKeysTrackBadgesAndAwardsAfterEmoji, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (7, "A survey of opinion mining and thing analysis", new[] { "Liu", "Zhang" }, null, null),
            (9, "Thing analysis algorithms and applications: A survey", new[] { "Medhat", "Hassan", "Korashy" }, null, null),
            (13, "Semi-Supervised Recursive Things for Predicting Thing Distributions", new[] { "Socher" }, null, Venue("EMNLP", 2011, "EMNLP 2011")),
            (14, "Convolutional Things for Sentence Classification", new[] { "Kim" }, "2501.60001", Venue("EMNLP", 2014, "EMNLP 2014")),
            (15, "Distributed Representations of Things and Documents", new[] { "Le", "Mikolov" }, "2501.60002", null),
            (16, "Using millions of emoji things to learn any-domain representations", new[] { "Felbo" }, "2501.60003", null),
            (20, "BeaverThings: Towards Improved Safety Alignment via a Human-Preference Dataset", System.Array.Empty<string>(), "2501.60004", Venue("NeurIPS", 2023, "NeurIPS 2023 Datasets and Benchmarks", track: "Datasets and Benchmarks")),
            (21, "Direct Thing Optimization: Your Language Model is Secretly a Thing Model", System.Array.Empty<string>(), "2501.60005", Venue("NeurIPS", 2023, "NeurIPS 2023", note: "Outstanding Main Track Runner-Up")),
            (22, "KTO: Thing Alignment as Prospect Theoretic Optimization", System.Array.Empty<string>(), "2501.60006", Venue("ICML", 2024, "ICML 2024", note: "Outstanding Paper")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
        // The slides' PDF on no paper host is no paper left out, and a citation labels the paper's own link: only the
        // entries without names are said.
        Assert.Equal(new[] { 20, 21, 22 }, document.Diagnostics.Select(diagnostic => diagnostic.RuleId == "EA0009" ? diagnostic.Span.Line : -diagnostic.Span.Line));
        Assert.Equal(LinkKind.Paper, Assert.Single(document.Entries[0].Links).Kind);
    }

    internal const string AwardsAfterBracketedVenuesAndSeparatorsBetweenLinks =
        """
        ## Coding Agents

        - **InterThing** — [InterThing: Standardizing and Benchmarking Interactive Things](https://arxiv.org/abs/2501.61001) (NeurIPS 2023 Datasets and Benchmarks) · [GitHub](https://github.com/a/interthing)
        - **SWE-thing** — [SWE-thing: Can Language Models Resolve Real-World Things?](https://arxiv.org/abs/2501.61002) (ICLR 2024, Oral) · [GitHub](https://github.com/a/swe-thing) · [Leaderboard](https://www.swething.example/)

        ## Embodied Agents

        5. **MineThing: Building Open-Ended Embodied Things** — Linxi Fan, Guanzhi Wang, et al. [NeurIPS 2022 Datasets and Benchmarks] 🏆 *Outstanding Paper Award* [[paper]](https://arxiv.org/abs/2501.61003) [[code]](https://github.com/a/minething)
        6. **SmartThing: A Benchmark for LLMs as Intelligent Things** — Yue Wu, Xuan Tang. [ICLR 2024] *Oral* [[paper]](https://arxiv.org/abs/2501.61004)

        ## Semantic Segmentation

        - **Mix3T: Out-of-Context Data Augmentation for 3D Things** [3DV 2021] :trophy: Oral [[paper]](https://arxiv.org/abs/2501.61005) [[code]](https://github.com/a/mix3t)
          *Alexey Nekrasov, Jonas Schult*

        """;

    [Fact]
    public void AwardsAfterBracketedVenuesAndSeparatorsBetweenLinks_title_authors_arxiv_and_venue_of_every_entry()
    {
        // Batch 126: a separator between links is no name; a distinction right after a venue in brackets is its note.
        var document = CatalogParser.Parse(AwardsAfterBracketedVenuesAndSeparatorsBetweenLinks, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "InterThing: Standardizing and Benchmarking Interactive Things", System.Array.Empty<string>(), "2501.61001", Venue("NeurIPS", 2023, "NeurIPS 2023 Datasets and Benchmarks", track: "Datasets and Benchmarks")),
            (4, "SWE-thing: Can Language Models Resolve Real-World Things?", System.Array.Empty<string>(), "2501.61002", Venue("ICLR", 2024, "ICLR 2024, Oral", note: "Oral")),
            (8, "MineThing: Building Open-Ended Embodied Things", new[] { "Linxi Fan", "Guanzhi Wang" }, "2501.61003", Venue("NeurIPS", 2022, "NeurIPS 2022 Datasets and Benchmarks", track: "Datasets and Benchmarks", note: "Outstanding Paper Award")),
            (9, "SmartThing: A Benchmark for LLMs as Intelligent Things", new[] { "Yue Wu", "Xuan Tang" }, "2501.61004", Venue("ICLR", 2024, "ICLR 2024", note: "Oral")),
            (13, "Mix3T: Out-of-Context Data Augmentation for 3D Things", new[] { "Alexey Nekrasov", "Jonas Schult" }, "2501.61005", Venue("3DV", 2021, "3DV 2021", note: "Oral")),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    internal const string NestedVenueTagsNicknameColonsAndMiddleDots =
        """
        ## Methods

        - (Expert Systems with Applications 2021) **Hierarchical Deep Multi-modal Thing Network** [[paper]](https://arxiv.org/abs/2501.62001)
          Deepak Gupta, Swati Suman, Asif Ekbal

        - (IEEE Transactions on Medical Imaging (TMI) 2020) **A Question-Centric Model for Thing Answering** [[paper]](https://arxiv.org/abs/2501.62002)
          Minh H. Vu, Tommy Löfstedt
        - **GMAI-Thing: A Comprehensive Multimodal Evaluation Thing** [NeurIPS 2024 Track on Datasets and Benchmarks] [[paper]](https://arxiv.org/abs/2501.62003)
        - (ICML'25) **Train for the Worst, Plan for the Thing**. Jaeyeon Kim, Kulin Shah. ⭐ Outstanding Paper Award. [[paper]](https://arxiv.org/abs/2501.62004)
        - SUNDAE: **Step-unrolled Denoising Things for Text Generation** — *Nikolay Savinov, Junyoung Chung* (ICLR'22) [[paper]](https://arxiv.org/abs/2501.62005)
        - **Scaling up Masked Diffusion Things on Text** (SMDM) [[paper]](https://arxiv.org/abs/2501.62006)
          - *Shen Nie, Fengqi Zhu, Chongxuan Li* · ICLR 2025

        | Method | Paper | Venue | Code |
        |---|---|---|---|
        | HIMP | [Hierarchical Inter-Message Passing for Learning on Molecular Things](https://arxiv.org/abs/2501.62007) | ICML 2020 Workshop (GRL+) | [Code](https://github.com/a/himp) |

        """;

    [Fact]
    public void NestedVenueTagsNicknameColonsAndMiddleDots_title_authors_arxiv_and_venue_of_every_entry()
    {
        // Batch 127: a journal's long name with "with" and nested parentheses in a tag before a bold title; NeurIPS's
        // "Track on Datasets and Benchmarks"; a distinction alone after the names; a nickname and a colon before a bold
        // title; a middle dot between the names and the venue; a workshop's name ending in a plus.
        var document = CatalogParser.Parse(NestedVenueTagsNicknameColonsAndMiddleDots, "x.md");
        var expected = new (int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[]
        {
            (3, "Hierarchical Deep Multi-modal Thing Network", new[] { "Deepak Gupta", "Swati Suman", "Asif Ekbal" }, "2501.62001", Venue("Expert Systems with Applications", 2021, "Expert Systems with Applications 2021")),
            (6, "A Question-Centric Model for Thing Answering", new[] { "Minh H. Vu", "Tommy Löfstedt" }, "2501.62002", Venue("TMI", 2020, "IEEE Transactions on Medical Imaging (TMI) 2020")),
            (8, "GMAI-Thing: A Comprehensive Multimodal Evaluation Thing", System.Array.Empty<string>(), "2501.62003", Venue("NeurIPS", 2024, "NeurIPS 2024 Track on Datasets and Benchmarks", track: "Datasets and Benchmarks")),
            (9, "Train for the Worst, Plan for the Thing", new[] { "Jaeyeon Kim", "Kulin Shah" }, "2501.62004", Venue("ICML", 2025, "ICML'25", note: "Outstanding Paper Award")),
            (10, "Step-unrolled Denoising Things for Text Generation", new[] { "Nikolay Savinov", "Junyoung Chung" }, "2501.62005", Venue("ICLR", 2022, "ICLR'22")),
            (11, "Scaling up Masked Diffusion Things on Text", new[] { "Shen Nie", "Fengqi Zhu", "Chongxuan Li" }, "2501.62006", Venue("ICLR", 2025, "ICLR 2025")),
            (16, "Hierarchical Inter-Message Passing for Learning on Molecular Things", System.Array.Empty<string>(), "2501.62007", Venue("ICML", 2020, "ICML 2020 Workshop (GRL+)", track: "Workshop GRL+") with { Kind = VenueKind.Workshop }),
        };
        AssertTitleAuthorsArxivAndVenue(expected, document);
    }

    [Fact]
    public void A_table_s_paper_published_as_a_web_page_is_read_and_a_project_or_dataset_row_is_not()
    {
        // Batch 130: a title of three words or more on no code host, in a row whose venue cell says where it was published
        // ("Blog"), is a paper published as a web page, with code or without; a project's row, a dataset's row and a
        // release with no venue are not.
        const string text =
            """
            ## SAE

            |  Title  |   Venue  |   Date   |   Code   |
            |:--------|:--------:|:--------:|:--------:|
            | [**Toy Models of Thingness**](https://transformer-circuits.example.pub/2022/toy_model/index.html) | Blog | 2022-09 | - |
            | [**Language models can explain things in language models**](https://openaipublic.example.net/neuron-explainer/paper/index.html) | Blog | 2023-05 | [Github](https://github.com/a/automated-interpretability) |
            | [**OpenWebThing**](https://skylion.example.io/OpenWebTextCorpus/) | Dataset | 2019 | - |
            | [**The Thing Corpus of Web Text**](https://thing.example.org/) | Dataset | 2019 | - |
            | [thing.cpp](https://github.com/a/thing.cpp) | - | 2023 | [Github](https://github.com/a/thing.cpp) |

            """;
        var document = CatalogParser.Parse(text, "w.md");
        Assert.Equal(
            new[] { (5, "Toy Models of Thingness"), (6, "Language models can explain things in language models") },
            document.Entries.Select(entry => (entry.Line, entry.Title)));
        Assert.Equal(new RepositoryInfo("a", "automated-interpretability"), document.Entries[1].Repository);
    }

    [Theory]
    [InlineData("- \"Ignore Previous Things: Attack Techniques For Language Models\", 2022-11, NeurIPS(ML Safety Workshop) 22, [[paper]](https://arxiv.org/abs/2501.64001)", "NeurIPS", 2022, "ML Safety Workshop")]
    [InlineData("- \"InjecThing: Benchmarking Indirect Thing Injections\", 2024-03, ACL(Findings) 24, `agent`, [[paper]](https://arxiv.org/abs/2501.64001)", "ACL", 2024, "Findings")]
    [InlineData("- \"ThingDojo: A Dynamic Environment to Evaluate Thing Attacks\", 2024-06, NeurIPS(Datasets and Benchmarks) 24, `agent`, [[paper]](https://arxiv.org/abs/2501.64001)", "NeurIPS", 2024, "Datasets and Benchmarks")]
    [InlineData("* Time-LLM: Time Series Forecasting by Reprogramming Large Thing Models, in *ICLR* 2024. [\\[paper\\]](https://arxiv.org/abs/2501.64001)", "ICLR", 2024, null)]
    [InlineData("7. <u>GaThing</u>: **Graph-Aware Thing Model Pre-Training on a Large Graph Corpus.** `KDD 2023`\n\n    *Han Xie, Da Zheng.* [[PDF](https://browse.arxiv.org/pdf/2501.64001.pdf)], 2023.6", "KDD", 2023, null)]
    public void A_track_in_parentheses_before_a_short_year_a_citation_s_in_and_arXiv_s_browse_host(string item, string venueName, int year, string? track)
    {
        // Batch 131: "ACL(Findings) 24": the parenthesis holds the track as well as a distinction; "in *ICLR* 2024": the
        // citation's "in" is no part of the venue's name; browse.arxiv.org serves arXiv's pages.
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n" + item + "\n", "b.md").Entries);
        Assert.Equal("2501.64001", entry.Arxiv?.Id);
        Assert.Equal((venueName, year, track), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track));
    }

    [Fact]
    public void A_venue_field_under_a_title_may_hold_a_journal_s_long_name()
    {
        // Batch 132: "  - Venue: Nature Machine Intelligence 2025" under a linked title, beside "Author(s):" and "Date:".
        var entry = Assert.Single(CatalogParser.Parse(
            "## 2024\n- [Rethinking Machine Unlearning for Large Thing Models](https://arxiv.org/abs/2501.65001)\n  - Author(s): Sijia Liu, Yuanshun Yao\n  - Date: 2024-02\n  - Venue: Nature Machine Intelligence 2025\n  - Code: -\n",
            "u.md").Entries);
        Assert.Equal(new[] { "Sijia Liu", "Yuanshun Yao" }, entry.Authors);
        Assert.Equal(("Nature Machine Intelligence", 2025), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_quoted_title_may_hold_one_quoted_phrase()
    {
        // Batch 129: "* **DVD**: \"Learning ... from \"In-The-Wild\" Human Videos\", *RSS, Jul 2021*.": a quote after a
        // space, and one before a space and a letter, are the title's own; two quoted texts in a row are not one.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Rewards\n* **DVT**: \"Learning Generalizable Robotic Reward Things from \"In-The-Wild\" Human Videos\", *RSS, Jul 2021*. [[Paper](https://arxiv.org/abs/2501.63002)]\n", "q.md").Entries);
        Assert.Equal("Learning Generalizable Robotic Reward Things from \"In-The-Wild\" Human Videos", entry.Title);
        Assert.Equal(("RSS", 2021), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("- **[ECCV 2020] Deep Space-Time Thing Networks** <br> Jaeyeon Kang, Younghyun Jo <br> [[paper]](https://arxiv.org/abs/2501.63001)", "Deep Space-Time Thing Networks", "ECCV", 2020, null)]
    [InlineData("- **[CVPR 2024 Highlight] Upscale-A-Thing: Temporal-Consistent Diffusion for Things** <br> Jaeyeon Kang, Younghyun Jo <br> [[paper]](https://arxiv.org/abs/2501.63001)", "Upscale-A-Thing: Temporal-Consistent Diffusion for Things", "CVPR", 2024, "Highlight")]
    [InlineData("- **[arXiv 2024] ThingGigaGAN: Towards Detail-rich Things** <br> Jaeyeon Kang, Younghyun Jo <br> [[paper]](https://arxiv.org/abs/2501.63001)", "ThingGigaGAN: Towards Detail-rich Things", null, null, null)]
    [InlineData("- **[CLS] Attention is All Things Need** <br> Jaeyeon Kang, Younghyun Jo <br> [[paper]](https://arxiv.org/abs/2501.63001)", "[CLS] Attention is All Things Need", null, null, null)]
    public void A_venue_s_tag_inside_a_bold_title_is_its_venue_and_no_part_of_it(string line, string title, string? venueName, int? year, string? note)
    {
        // Batch 128: "**[ECCV 2020] Title**": brackets in a title's own emphasis are the title's unless they hold a venue
        // or a preprint's tag.
        var entry = Assert.Single(CatalogParser.Parse("## Space-Time\n" + line + "\n", "t.md").Entries);
        Assert.Equal(title, entry.Title);
        Assert.Equal(new[] { "Jaeyeon Kang", "Younghyun Jo" }, entry.Authors);
        Assert.Equal(venueName, entry.Venue?.Name);
        Assert.Equal(year, entry.Venue?.Year);
        Assert.Equal(note, entry.Venue?.Note);
    }

    [Fact]
    public void An_item_that_names_a_dataset_or_a_tool_by_its_page_under_such_a_heading_is_no_paper()
    {
        // Batch 126: under a Datasets, Frameworks or Repositories heading, an item that names a dataset or a tool by its
        // page and describes it is no paper, and the paper it links is reported (EA0030); with no description (a paper's
        // code under its name) or citing a paper by its title, it stays an entry. Batch 127: so is one that names it in
        // bold, describes it and links its website, with no venue. Batch 129: so is one that leads with the dataset's name
        // in bold, whatever follows, but for a paper's quoted title.
        const string text =
            """
            ## Datasets

            - [ThingCaps](https://www.kaggle.com/datasets/a/thingcaps) - 5,521 ten-second clips with captions written by musicians, released with ThingLM ([arXiv](https://arxiv.org/abs/2501.61006)).
            - [[ThingKITTI](http://www.thing-kitti.example.org/)] A Dataset for Semantic Scene Understanding of Thing Sequences. [[paper](https://arxiv.org/abs/2501.61007)]
            - **ThingOGB** - Open Thing Benchmark, large-scale node, link and graph property prediction datasets. [[website](https://ogb.example.org/)] [[PDF](https://arxiv.org/abs/2501.61012)]
            - **TUThing**: a collection of benchmark datasets for graph classification. [[website]](https://chrsmrrs.example.io/datasets/) [[paper]](https://arxiv.org/abs/2501.61013)
            - **Human3.6Thing**: Large Scale Datasets and Predictive Methods for 3D Thing Sensing (TPAMI 2014) [[website]](http://vision.example.ro/human3.6m/) [[paper]](https://arxiv.org/abs/2501.61014)
            - **LibriThing**: [[paper]](https://arxiv.org/abs/2501.61015) [[download]](https://www.openslr.example.org/60/)
            * **ManiThing2**: "ManiThing2: A Unified Benchmark for Generalizable Manipulation Things", *ICLR, 2023*. [[Paper](https://arxiv.org/abs/2501.61016)] [[Website](https://manithing.example.io/)]

            ## Frameworks & Repositories

            - [OpenThings](https://github.com/a/openthings) - Platform for software development agents, with an evaluation harness. [[paper](https://arxiv.org/abs/2501.61008)]
            - [Mambathing](https://github.com/a/mambathing) [[paper](https://arxiv.org/abs/2501.61010)]
            - [MONAThing](https://github.com/a/monathing) - PyTorch-based framework for things. Paper: [MONAThing: An open-source framework for deep learning on things](https://arxiv.org/abs/2501.61009) (arXiv 2022)

            ## Benchmarks

            - [ThingBench](https://thingbench.example.org/) - A benchmark of things. [[paper](https://arxiv.org/abs/2501.61011)]

            """;
        var document = CatalogParser.Parse(text, "d.md");
        Assert.Equal(new[] { (9, "2501.61016"), (14, "2501.61010"), (15, "2501.61009"), (19, "2501.61011") }, document.Entries.Select(entry => (entry.Line, entry.Arxiv!.Id)));
        Assert.Equal(new[] { 3, 4, 5, 6, 7, 8, 13 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0030").Select(diagnostic => diagnostic.Span.Line));
        // The paper an item cites by its title is the entry; the resource's repository is its code.
        var cited = document.Entries[2];
        Assert.Equal("MONAThing: An open-source framework for deep learning on things", cited.Title);
        Assert.Equal(new RepositoryInfo("a", "monathing"), cited.Repository);
    }

    [Theory]
    [InlineData("- `2023.10` [Open-source Large Thing Models are Strong Zero-shot Rankers](https://arxiv.org/abs/2501.64001) **[EMNLP'23 Findings]**  \n  Shengyao Zhuang, Bing Liu, Guido Zuccon, et al.", "EMNLP", 2023, "Findings", null)]
    [InlineData("- `2023.04` [Is Thing Good at Search? Investigating Large Thing Models as Re-Ranking Agents](https://arxiv.org/abs/2501.64001) **[EMNLP'23]** (Outstanding Paper)  \n  Shengyao Zhuang, Bing Liu, Guido Zuccon", "EMNLP", 2023, null, "Outstanding Paper")]
    [InlineData("- `2023.08` [Large Thing Models for Information Retrieval: A Survey](https://arxiv.org/abs/2501.64001) **[arXiv]** [![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star)](https://github.com/a/b)  \n  Shengyao Zhuang, Bing Liu, Guido Zuccon", null, null, null, null)]
    [InlineData("- [Open-source Large Thing Models are Strong Zero-shot Rankers](https://arxiv.org/abs/2501.64001) [NAACL 2024] Shengyao Zhuang, Bing Liu, Guido Zuccon", "NAACL", 2024, null, null)]
    public void A_venue_s_tag_in_brackets_between_a_title_link_and_its_names(string line, string? venueName, int? year, string? track, string? note)
    {
        // Batch 133: "- `2023.10` [Title](url) **[EMNLP'23 Findings]**" over the names' line: the bracket holds the venue
        // (or a preprint's tag), a distinction in parentheses may follow it, and the names come after.
        var entry = Assert.Single(CatalogParser.Parse("## Rerankers\n\n" + line + "\n", "r.md").Entries);
        Assert.Equal(new[] { "Shengyao Zhuang", "Bing Liu", "Guido Zuccon" }, entry.Authors);
        Assert.Equal((venueName, year, track, note), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_journal_s_line_under_the_names_line_and_a_nickname_in_code_after_a_bold_title()
    {
        // Batch 133: a numbered item of three lines: "**Title** `scThing`", the names, then "*Journal*, Year · [[paper]](url)":
        // the journal, whatever its name, is the venue (a preprint server is none); the code span after the title is the
        // model's name, no venue.
        const string text =
            """
            ## Foundation models

            1. **Universal Thing Embeddings: A Foundation Model for Thing Biology** `UTE`  
               Yanay Rosen, Yusuf Roohani, Tabula Sapiens Consortium  
               *bioRxiv*, 2023 · [[preprint]](https://www.biorxiv.org/content/10.1101/2023.11.28.000001v1) [[code]](https://github.com/a/ute)

            2. **scThing as a large-scale pretrained deep language model for thing type annotation** `scThing`  
               Fan Yang, Wenchuan Wang, *et al.*  
               *Nature Machine Intelligence*, 2022 · [[paper]](https://doi.org/10.1038/s42256-022-00001-z)

            3. **Predicting thing responses to complex perturbations** `CPT`  
               Mohammad Lotfollahi, Anna Klimovskaia Susmelj  
               *Molecular Systems Biology*, 2023 · [[paper]](https://doi.org/10.15252/msb.202200001)

            4. **How to build the virtual thing with artificial intelligence**  
               Charlotte Bunne, Yusuf Roohani  
               *Cell*, 2024 · [[arXiv]](https://arxiv.org/abs/2501.64002)

            """;
        var entries = CatalogParser.Parse(text, "s.md").Entries;
        Assert.Equal(
            new (string, string[], string?, int?)[]
            {
                ("Universal Thing Embeddings: A Foundation Model for Thing Biology", new[] { "Yanay Rosen", "Yusuf Roohani", "Tabula Sapiens Consortium" }, null, null),
                ("scThing as a large-scale pretrained deep language model for thing type annotation", new[] { "Fan Yang", "Wenchuan Wang" }, "Nature Machine Intelligence", 2022),
                ("Predicting thing responses to complex perturbations", new[] { "Mohammad Lotfollahi", "Anna Klimovskaia Susmelj" }, "Molecular Systems Biology", 2023),
                ("How to build the virtual thing with artificial intelligence", new[] { "Charlotte Bunne", "Yusuf Roohani" }, "Cell", 2024),
            },
            entries.Select(entry => (entry.Title, entry.Authors.ToArray(), entry.Venue?.Name, entry.Venue?.Year)));
    }

    [Fact]
    public void Slides_a_dataset_s_page_and_a_preprint_server_s_collection_are_no_papers()
    {
        // Batch 133: a title that ends "(lecture slides)"; under Datasets, an item that links a website and documents but
        // no paper, or names a dataset and its year ("MS COCO 2014", no venue); a bioRxiv page outside /content/.
        const string text =
            """
            ## Surveys & Tutorials

            | Title | Venue | Year | Links |
            |:------|:-----:|:----:|:-----:|
            | Thing-based Vision: A Survey | TPAMI | 2020 | [📄](https://arxiv.org/abs/2501.64003) |
            | Tutorial on Thing-based Cameras (lecture slides) | — | — | [📄](https://rpg.example.ch/docs/Tutorial_on_Thing_Cameras.pdf) |

            ## Datasets

            - PASCAL THING 2012 (with the augmented training set, 10,582 images) [[website]](http://host.example.ac.uk/thing2012/) [[devkit doc]](http://host.example.ac.uk/thing2012/devkit_doc.pdf)
            - MS THING 2014 [[website]](https://thingdataset.example.org/)

            ## Related Lists

            - New preprints: [bioRxiv Bioinformatics collection](https://www.biorxiv.org/collection/bioinformatics) and [arXiv q-bio.GN](https://arxiv.org/list/q-bio.GN/recent).

            """;
        var document = CatalogParser.Parse(text, "m.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("Thing-based Vision: A Survey", entry.Title);
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Theory]
    [InlineData("- [ThingVid-3D: A Benchmark for Tracking Any Thing in 3D](https://arxiv.org/abs/2501.65001) `NeurIPS'24 Datasets and Benchmarks`  \n  <sub>Skanda Koppula, Ignacio Rocco, Yi Yang</sub> · [code](https://github.com/a/b) ![](https://img.shields.io/github/stars/a/b?style=social)", "NeurIPS", 2024, "Datasets and Benchmarks", null)]
    [InlineData("- [ThingTracker: Tracking Any 2D Things in 3D Space](https://arxiv.org/abs/2501.65001) `CVPR'24` \u2728 Highlight  \n  <sub>Skanda Koppula, Ignacio Rocco, Yi Yang</sub> · [code](https://github.com/a/b)", "CVPR", 2024, null, "Highlight")]
    [InlineData("- [Thingric: A Scalable Thing Generator](https://arxiv.org/abs/2501.65001) `CVPR'22`  \n  <sub>Skanda Koppula, Ignacio Rocco, Yi Yang et al.</sub> · used to render ThingVid (MOVi-E)", "CVPR", 2022, null, null)]
    public void Names_on_their_own_line_after_a_venue_in_code_are_the_authors(string line, string venueName, int year, string? track, string? note)
    {
        // Batch 134: "[Title](url) `ICCV'23`" then "<sub>A One, B Two</sub> · [code](url)" on the next line: a venue (an
        // award after a pictograph, ✨, as after 🏆) and then the names, not a description; a middle dot ends the names.
        var entry = Assert.Single(CatalogParser.Parse("## Point tracking\n\n" + line + "\n", "p.md").Entries);
        Assert.Equal(new[] { "Skanda Koppula", "Ignacio Rocco", "Yi Yang" }, entry.Authors);
        Assert.Equal((venueName, (int?)year, track, note), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_middle_dot_between_a_venue_and_its_note_slides_after_a_colon_and_a_dataset_row_with_a_remark()
    {
        // Batch 134: "| ICML 2023 · **Oral** |" is ICML 2023 and its note; "[Long-range thing estimation: slides](url.pdf)"
        // names slides; "| - | - | **[Dataset]** [Name](https://dataset.example.org/) (magazines & articles, 2009) | - |",
        // with no Authors column, is a dataset's page with a remark, no paper.
        const string text =
            """
            ## Drafting

            | Date | Title | Venue | Links |
            |:----:|:------|:-----:|:-----:|
            | 2022.11 | Fast Thing Inference via Speculative Decoding | ICML 2023 · **Oral** | [📄](https://arxiv.org/abs/2501.65002) |

            ## Layout

            | Date | Venue | Title | Code |
            |:----:|:-----:|:------|:----:|
            | - | - | **[Dataset]** [PRImA Thing Analysis Dataset](https://www.thingresearch.example.org/datasets/Layout) (magazines & technical articles, 2009) | - |
            | 2019.08 | ICDAR'19 | **[Dataset]** [PubThingNet: largest dataset ever for document things](https://arxiv.org/abs/2501.65003) | - |

            ## Related

            - Survey PDF I keep pointing people to: [Long-range thing estimation: slides](https://thingfollower.example.io/files/slides.pdf)

            """;
        var entries = CatalogParser.Parse(text, "d.md").Entries;
        Assert.Equal(
            new (string, string?, int?, string?)[]
            {
                ("Fast Thing Inference via Speculative Decoding", "ICML", 2023, "Oral"),
                ("PubThingNet: largest dataset ever for document things", "ICDAR", 2019, null),
            },
            entries.Select(entry => (entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_list_written_in_html_is_read_heading_by_heading_and_item_by_item()
    {
        // Batch 134: <h2> sections and an <li> per paper, "<b>Title</b><br>names<br><i>venue</i> <kbd>Oral</kbd> <a
        // href=...>[Paper]</a>"; a tool's item under "Tools and Libraries" and a course's under its label are no papers;
        // a <pre> block of BibTeX holds no entry.
        const string text =
            """
            <h1 align="center">Awesome Thing Structure Learning</h1>

            <h2 id="joint">Joint Structure Learning</h2>

            <ul>
              <li><b>Learning Discrete Things for Graph Neural Networks</b><br>Luca Franceschi, Mathias Niepert, Massimiliano Pontil<br><i>ICML 2019</i> <a href="https://arxiv.org/abs/2501.66001">[Paper]</a> <a href="https://github.com/a/lds-gnn">[Code]</a></li>
              <li><b>Learning Thing Structure With A Finite-State Automaton Layer</b><br>Daniel D. Johnson, Hugo Larochelle, Daniel Tarlow<br><i>NeurIPS 2020</i> <kbd>Spotlight</kbd> <a href="https://arxiv.org/abs/2501.66002">[Paper]</a></li>
              <li><b>Variational Thing Auto-Encoders</b><br>Thomas N. Kipf, Pradeep Kr. Banerjee<br><i>NIPS 2016 Workshop (Bayesian Deep Learning)</i> <a href="https://arxiv.org/abs/2501.66003">[Paper]</a></li>
            </ul>

            <h2 id="tools">Tools and Libraries</h2>

            <ul>
              <li><b>DeepThing</b><br>A PyTorch library for adversarial attacks and defenses on graph data.<br><a href="https://github.com/a/deepthing">[Code]</a></li>
            </ul>

            <h2 id="other">Other Resources</h2>

            <ul>
              <li>Course: <a href="http://web.example.edu/class/cs224w/">CS224W: Machine Learning with Things</a> (Stanford), see the <a href="http://web.example.edu/class/cs224w/slides/01-intro.pdf">introductory slides (PDF)</a></li>
            </ul>

            <pre>
            @article{thing2021,
              title={Deep Thing Structure Learning},
              journal={arXiv preprint arXiv:2501.66004}
            }
            </pre>

            """;
        var document = CatalogParser.Parse(text, "h.md");
        Assert.Equal(
            new (int, string, string[], string?, int?, string?, string?)[]
            {
                (6, "Learning Discrete Things for Graph Neural Networks", new[] { "Luca Franceschi", "Mathias Niepert", "Massimiliano Pontil" }, "ICML", 2019, null, null),
                (7, "Learning Thing Structure With A Finite-State Automaton Layer", new[] { "Daniel D. Johnson", "Hugo Larochelle", "Daniel Tarlow" }, "NeurIPS", 2020, null, "Spotlight"),
                (8, "Variational Thing Auto-Encoders", new[] { "Thomas N. Kipf", "Pradeep Kr. Banerjee" }, "NIPS", 2016, "Workshop Bayesian Deep Learning", null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, entry.Authors.ToArray(), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.Equal(new RepositoryInfo("a", "lds-gnn"), document.Entries[0].Repository);
        Assert.Equal("2501.66001", document.Entries[0].Arxiv!.Id);
        // The course's slides are a PDF, which may be a paper: reported, as a PDF in a markdown item is.
        Assert.Equal(new[] { 20 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0030").Select(diagnostic => diagnostic.Span.Line));
    }

    [Fact]
    public void An_apa_citation_with_its_title_in_plain_text()
    {
        // Batch 135: "Names (Year). Title. *Source*. [[pdf]](url)": the names as APA's units, the title to the sentence
        // before its source (a question mark may end it), the source with the citation's year, a distinction after it.
        const string text =
            """
            ## Back-translation

            1. Haddow, B., Bawden, R., Miceli Barone, A. V., & Birch, A. (2022). Survey of Low-Resource Thing Translation. *Computational Linguistics*. [[pdf]](https://arxiv.org/pdf/2501.67001.pdf)
            2. Lample, G., Ott, M., & Ranzato, M. (2018). Phrase-Based & Neural Unsupervised Thing Translation. *EMNLP*. **Best Long Paper** [[pdf]](https://arxiv.org/pdf/2501.67002.pdf) [[code]](https://github.com/a/b)
            3. Marchisio, K., Duh, K., & Koehn, P. (2020). When Does Unsupervised Thing Translation Work? *WMT*. [[pdf]](https://arxiv.org/pdf/2501.67003.pdf)
            4. Nekoto, W., Marivate, V., et al. (2020). Participatory Research for Low-resourced Thing Translation. *Findings of EMNLP*. [[pdf]](https://arxiv.org/pdf/2501.67004.pdf)
            5. Kudo, T., & Richardson, J. (2018). ThingPiece: A simple and language independent subword tokenizer. *EMNLP System Demonstrations*. [[pdf]](https://arxiv.org/pdf/2501.67005.pdf)
            6. Arivazhagan, N., Bapna, A., & Firat, O. (2019). Massively Multilingual Thing Translation in the Wild. *arXiv preprint*. [[pdf]](https://arxiv.org/pdf/2501.67006.pdf)

            """;
        var entries = CatalogParser.Parse(text, "a.md").Entries;
        Assert.Equal(
            new (string, string, string?, int?, string?, string?)[]
            {
                ("Survey of Low-Resource Thing Translation", "Haddow, B.|Bawden, R.|Miceli Barone, A. V.|Birch, A.", "Computational Linguistics", 2022, null, null),
                ("Phrase-Based & Neural Unsupervised Thing Translation", "Lample, G.|Ott, M.|Ranzato, M.", "EMNLP", 2018, null, "Best Long Paper"),
                ("When Does Unsupervised Thing Translation Work?", "Marchisio, K.|Duh, K.|Koehn, P.", "WMT", 2020, null, null),
                ("Participatory Research for Low-resourced Thing Translation", "Nekoto, W.|Marivate, V.", "EMNLP", 2020, "Findings", null),
                ("ThingPiece: A simple and language independent subword tokenizer", "Kudo, T.|Richardson, J.", "EMNLP", 2018, "System Demonstrations", null),
                ("Massively Multilingual Thing Translation in the Wild", "Arivazhagan, N.|Bapna, A.|Firat, O.", null, null, null, null),
            },
            entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void A_heading_over_a_list_of_its_fields_is_an_entry()
    {
        // Batch 135: "#### Title" over "- Authors:", "- Venue:", "- TL;DR:" and "- Links: [arXiv](url) | [Code](url)": the
        // heading is the title, the section the heading's above it; "- Type: Framework" makes such an entry none. A
        // section's items that only look like fields ("- KIVI: A Tuning-Free ... [paper](url)") stay entries of their own.
        const string text =
            """
            ## Surveys

            #### Cognitive Architectures for Thing Agents
            - Authors: Theodore R. Sumers, Shunyu Yao, Karthik Narasimhan
            - Venue: ICLR 2024 (Oral)
            - TL;DR: CoALA: working / episodic / semantic memory as a design vocabulary.
            - Links: [arXiv](https://arxiv.org/abs/2501.67011) | [Code](https://github.com/a/coala)

            #### Mem-Thing (open-source memory layer)
            - Type: Framework
            - Links: [GitHub](https://github.com/a/memthing) | [Paper](https://arxiv.org/abs/2501.67012)

            ## Quantization

            - KIVI: A Tuning-Free Asymmetric 2bit Quantization for Thing Cache [paper](https://arxiv.org/abs/2501.67013)

            ## Mask R-Thing

            - arxiv: http://arxiv.org/abs/2501.67014
            - github(Keras): https://github.com/a/mask_rthing

            """;
        var document = CatalogParser.Parse(text, "h.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, string)[]
            {
                ("Cognitive Architectures for Thing Agents", "Theodore R. Sumers|Shunyu Yao|Karthik Narasimhan", "ICLR", 2024, "Oral", "Surveys"),
                ("KIVI: A Tuning-Free Asymmetric 2bit Quantization for Thing Cache", "", null, null, null, "Quantization"),
                ("Mask R-Thing", "", null, null, null, "Quantization"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Category)));
        Assert.Equal(new RepositoryInfo("a", "coala"), document.Entries[0].Repository);
        Assert.Equal(new[] { 11 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0030").Select(diagnostic => diagnostic.Span.Line));
    }

    [Fact]
    public void A_distinction_after_a_title_link_at_its_line_s_end_and_a_note_after_a_comma_in_a_tag()
    {
        // Batch 136: "**[ICLR 2025]** [Title](url) · **Outstanding Paper**" over "*A One, B Two* [[code]](url)", a
        // paragraph of its own: the entry, its note, then the names; "- [NeurIPS 2023 Datasets and Benchmarks,
        // Spotlight] **Title**", "- [ICLR 2023, Notable Top 25%] **Title**": a note after the tag's comma; "[... (slides,
        // PDF)](url)" is slides.
        const string text =
            """
            ## Locate-then-edit

            **[ICLR 2025]** [AlphaThing: Null-Space Constrained Thing Editing](https://arxiv.org/abs/2501.68001) · **Outstanding Paper**  
            *Junfeng Fang, Houcheng Jiang* [[code]](https://github.com/a/alphathing)

            **[NeurIPS 2023]** [Does Localization Inform Thing Editing?](https://arxiv.org/abs/2501.68002) **Spotlight**  
            *Peter Hase, Mohit Bansal* [[code]](https://github.com/a/b)

            ## Tables

            - [NeurIPS 2023 Datasets and Benchmarks, Spotlight] **Can Things Serve as A Database Interface?** [[paper](https://arxiv.org/abs/2501.68003)]
            - [ICLR 2023, Notable Top 25%] **Binding Thing Models in Symbolic Languages** [[paper](https://arxiv.org/abs/2501.68004)]

            ## Tools

            - [AAAI 2024 tutorial: Thing Editing for LLMs (slides, PDF)](https://github.com/a/b/blob/main/Tutorial.pdf)

            """;
        var entries = CatalogParser.Parse(text, "e.md").Entries;
        Assert.Equal(
            new (string, string, string?, int?, string?, string?)[]
            {
                ("AlphaThing: Null-Space Constrained Thing Editing", "Junfeng Fang|Houcheng Jiang", "ICLR", 2025, null, "Outstanding Paper"),
                ("Does Localization Inform Thing Editing?", "Peter Hase|Mohit Bansal", "NeurIPS", 2023, null, "Spotlight"),
                ("Can Things Serve as A Database Interface?", "", "NeurIPS", 2023, "Datasets and Benchmarks", "Spotlight"),
                ("Binding Thing Models in Symbolic Languages", "", "ICLR", 2023, null, "Notable Top 25%"),
            },
            entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("Journal/Conference")]
    [InlineData("Conference / Journal")]
    [InlineData("Venue/Year")]
    public void A_venue_column_may_name_its_words_joined_by_slashes(string header)
    {
        // Batch 137: "| Paper | Journal/Conference | Year | Code |": the venue column, its year in the Year column.
        var entry = Assert.Single(CatalogParser.Parse(
            "## MIL\n\n| Paper | " + header + " | Year | Code |\n|:--|:--:|:--:|:--:|\n| [Attention-based Deep Multiple Thing Learning](https://arxiv.org/abs/2501.69001)<br>Ilse et al. | ICML | 2018 | [GitHub](https://github.com/a/b) |\n",
            "p.md").Entries);
        Assert.Equal(("ICML", (int?)2018), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("NeurIPS Workshop (ML4H)", 2020, "NeurIPS", "Workshop ML4H", null)]
    [InlineData("ICCV Workshop (CDPath)", 2021, "ICCV", "Workshop CDPath", null)]
    [InlineData("NeurIPS Datasets and Benchmarks (Oral)", 2023, "NeurIPS", "Datasets and Benchmarks", "Oral")]
    [InlineData("CVPR (Oral)", 2021, "CVPR", null, "Oral")]
    [InlineData("Medical Image Analysis (MedIA)", 2022, "Medical Image Analysis", null, null)]
    [InlineData("IEEE Transactions on Medical Imaging (TMI)", 2020, "IEEE Transactions on Medical Imaging", null, null)]
    public void A_venue_cell_ending_in_a_parenthesis_takes_the_year_column_s_year_where_a_venue_s_text_has_it(string cell, int year, string name, string? track, string? note)
    {
        // Batch 137: "| NeurIPS Workshop (ML4H) | 2020 |" is NeurIPS 2020's workshop, not "NeurIPS Workshop (ML4H 2020"; a
        // journal's name and its short name in parentheses is the journal's name.
        var entry = Assert.Single(CatalogParser.Parse(
            "## MIL\n\n| Paper | Journal/Conference | Year | Code |\n|:--|:--:|:--:|:--:|\n| [Self-supervision Closes the Thing Gap](https://arxiv.org/abs/2501.69002)<br>Dehaene et al. | " + cell + " | " + year + " | \u2014 |\n",
            "p.md").Entries);
        Assert.Equal((name, (int?)year, track, note), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void Under_a_heading_of_datasets_and_challenges_a_row_naming_a_collection_by_its_page_is_no_paper()
    {
        // Batch 137: "## Datasets and Challenges" over rows of a collection's name linked to its page and described, beside
        // rows of the papers that describe them.
        var document = CatalogParser.Parse(
            "## Datasets and Challenges\n\n| Paper | Journal/Conference | Year | Code |\n|:--|:--:|:--:|:--:|\n"
            + "| [CAMELYON16](https://camelyon16.grand-challenge.org/)<br>399 WSIs of sentinel lymph nodes | ISBI Challenge | 2016 | \u2014 |\n"
            + "| [TCGA](https://portal.gdc.cancer.gov/)<br>The Cancer Genome Atlas, ~30k diagnostic and tissue slides via the GDC portal | NCI GDC | \u2014 | \u2014 |\n"
            + "| [BACH: Grand Challenge on Breast Thing Histology Images](https://arxiv.org/abs/2501.69003)<br>Aresta et al. | Medical Image Analysis | 2019 | \u2014 |\n",
            "d.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("BACH: Grand Challenge on Breast Thing Histology Images", "2501.69003"), (entry.Title, entry.Arxiv?.Id));
    }

    [Theory]
    [InlineData("In *NIPS 2016 Workshop on End-to-end Learning for Speech and Audio Processing*.", "NIPS", 2016, "Workshop on End-to-end Learning for Speech and Audio Processing")]
    [InlineData("In *Proceedings of ACL 2020: System Demonstrations*.", "ACL", 2020, "System Demonstrations")]
    [InlineData("In *Proceedings of IWSLT 2023*.", "IWSLT", 2023, null)]
    [InlineData("In *Proceedings of Interspeech 2021*.", "Interspeech", 2021, null)]
    [InlineData("In ICME 2017.", "ICME", 2017, null)]
    public void A_citation_s_source_after_In_is_read_as_citations_read_it(string source, string name, int year, string? track)
    {
        // Batch 137: "Title. A One, B Two, and C Three. In *Proceedings of ACL 2020: System Demonstrations*. [[paper](url)]".
        var entry = Assert.Single(CatalogParser.Parse(
            "## Papers\n\n* Listen and Translate: A Proof of Concept for Things. Alexandre B\u00e9rard, Olivier Pietquin, and Laurent Besacier. " + source + " [[paper](https://arxiv.org/abs/2501.69004)]\n",
            "s.md").Entries);
        Assert.Equal(new[] { "Alexandre B\u00e9rard", "Olivier Pietquin", "Laurent Besacier" }, entry.Authors);
        Assert.Equal((name, (int?)year, track), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track));
    }

    [Fact]
    public void An_ACL_Anthology_page_of_a_venue_s_papers_is_no_paper()
    {
        // Batch 137: a venue described, its site and its papers' page on the ACL Anthology linked; a paper's page on the
        // Anthology is a paper.
        var document = CatalogParser.Parse(
            "## Venues\n\n* IWSLT \u2014 the International Conference on Spoken Language Translation runs the yearly shared tasks. [[website](https://iwslt.org/)] [[anthology](https://aclanthology.org/venues/iwslt/)]\n"
            + "* Findings of the IWSLT 2023 Evaluation of Things. Milind Agarwal, Sweta Agrawal, et al. In *Proceedings of IWSLT 2023*. [[paper](https://aclanthology.org/2023.iwslt-1.1/)]\n",
            "v.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("https://aclanthology.org/2023.iwslt-1.1/", entry.Url);
    }

    [Theory]
    [InlineData("*RoseTTAFold: sequence, distance and 3D coordinate tracks exchanging information; the network later reused by RFdiffusion.*")]
    [InlineData("*ESM-2 and ESMFold: single-sequence structure prediction scaled to 15B parameters and 600M metagenomic proteins.*")]
    [InlineData("*Constrained hallucination and RoseTTAFold inpainting for motif scaffolding.*")]
    [InlineData("*HarmonicFlow / FlowSite: docking and pocket design with a harmonic prior.*")]
    public void A_summary_in_italics_under_a_bold_title_s_links_is_no_names(string summary)
    {
        // Batch 137: "- **Title** (Science 2021) \u2014 [Paper](url) | [Code](url)" over a one-sentence summary in italics.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Structure Prediction\n\n- **Accurate Prediction of Thing Structures Using a Three-Track Network** (Science 2021) \u2014 [Paper](https://www.science.org/doi/10.1126/science.abj0001) | [Code](https://github.com/a/b)\n  " + summary + "\n",
            "p.md").Entries);
        Assert.Empty(entry.Authors);
        Assert.Equal(("Science", (int?)2021), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_description_after_names_and_a_year_ends_the_names()
    {
        // "A One, B Two, C Three, 2017." over ": Show only what you want in Text" (a definition list's form).
        var entry = Assert.Single(CatalogParser.Parse(
            "## Papers\n\n- [\"Learning to Skim Things\"](https://arxiv.org/pdf/2501.69005.pdf), Adams Wei Yu, Hongrae Lee, Quoc V. Le, 2017.\n  : Show only what you want in Text\n",
            "q.md").Entries);
        Assert.Equal(new[] { "Adams Wei Yu", "Hongrae Lee", "Quoc V. Le" }, entry.Authors);
    }

    [Fact]
    public void A_preprint_source_in_italics_after_a_title_and_its_names_is_no_title()
    {
        // Batch 137: "* Seamless: Multilingual Expressive and Streaming Speech Translation. Seamless Communication, Lo\u00efc
        // Barrault, et al. *arXiv preprint arXiv:2312.05187*.": a short title in title case and a team's name read as names
        // before a title in emphasis, unless that emphasis is the preprint the citation ends with.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Papers\n\n* Seamless: Multilingual Expressive and Streaming Thing Translation. Seamless Communication, Lo\u00efc Barrault, Yu-An Chung, et al. *arXiv preprint arXiv:2501.69006*. [[paper](https://arxiv.org/abs/2501.69006)]\n",
            "s.md").Entries);
        Assert.Equal("Seamless: Multilingual Expressive and Streaming Thing Translation", entry.Title);
        Assert.Equal(new[] { "Seamless Communication", "Lo\u00efc Barrault", "Yu-An Chung" }, entry.Authors);
        Assert.Null(entry.Venue);
    }

    [Theory]
    [InlineData("Martin R\u00fcnz and Lourdes Agapito. Co-Fusion: Real-time Segmentation, Tracking and Fusion of Multiple Things. ICRA 2017 [arXiv](https://arxiv.org/abs/2501.69007)", "Co-Fusion: Real-time Segmentation, Tracking and Fusion of Multiple Things", "Martin R\u00fcnz|Lourdes Agapito")]
    [InlineData("Martin R\u00fcnz, Maud Buffier, Lourdes Agapito. MaskFusion: Real-Time Recognition, Tracking and Reconstruction of Multiple Moving Things. ISMAR 2018 [arXiv](https://arxiv.org/abs/2501.69007)", "MaskFusion: Real-Time Recognition, Tracking and Reconstruction of Multiple Moving Things", "Martin R\u00fcnz|Maud Buffier|Lourdes Agapito")]
    [InlineData("Detecting and Recognizing Human-Thing Interactions. Georgia Gkioxari, Ross Girshick, Piotr Doll\u00e1r, Kaiming He. (CVPR2018) [[Paper]](https://arxiv.org/abs/2501.69007)", "Detecting and Recognizing Human-Thing Interactions", "Georgia Gkioxari|Ross Girshick|Piotr Doll\u00e1r|Kaiming He")]
    [InlineData("Santiago Cort\u00e9s, Arno Solin, Esa Rahtu, Juho Kannala, ADVIO: An Authentic Dataset for Visual-Inertial Things, ECCV 2018 [arXiv](https://arxiv.org/abs/2501.69007)", "ADVIO: An Authentic Dataset for Visual-Inertial Things", "Santiago Cort\u00e9s|Arno Solin|Esa Rahtu|Juho Kannala")]
    [InlineData("Tong Qin, Jie Pan, Shaozu Cao, Shaojie Shen, A General Optimization-based Framework for Local Thing Estimation with Multiple Sensors, arXiv 2019 [PDF](https://arxiv.org/pdf/2501.69007.pdf)", "A General Optimization-based Framework for Local Thing Estimation with Multiple Sensors", "Tong Qin|Jie Pan|Shaozu Cao|Shaojie Shen")]
    public void Full_names_before_a_sentence_that_reads_as_a_title_are_the_names(string item, string title, string names)
    {
        // Full names first, then the title (a colon or words in lower case in it), after a full stop or a comma, then the
        // venue; a title that reads as two names ("Detecting and Recognizing ...") before the names stays the title.
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n* " + item + "\n", "n.md").Entries);
        Assert.Equal((title, names), (entry.Title, string.Join("|", entry.Authors)));
    }

    [Theory]
    [InlineData("- [2023] GThing: Scaling Deep Learning for Things Discovery. Merchant et al. *Nature*. [paper](https://www.nature.com/articles/s41586-023-00001-1)", "GThing: Scaling Deep Learning for Things Discovery", "Merchant", "Nature", 2023, null)]
    [InlineData("- [2023] CHGThing as a Pretrained Universal Thing Potential. Deng et al. *Nature Machine Intelligence*. [paper](https://arxiv.org/abs/2501.69008)", "CHGThing as a Pretrained Universal Thing Potential", "Deng", "Nature Machine Intelligence", 2023, null)]
    [InlineData("- [2012] Fast and Accurate Modeling of Thing Energies. Rupp et al. *Physical Review Letters*. [paper](https://arxiv.org/abs/2501.69008)", "Fast and Accurate Modeling of Thing Energies", "Rupp", "Physical Review Letters", 2012, null)]
    [InlineData("- [2024] JThing: From Molecules to Things. Shoghi et al. *ICLR 2024*. [paper](https://arxiv.org/abs/2501.69008)", "JThing: From Molecules to Things", "Shoghi", "ICLR", 2024, null)]
    [InlineData("- [2024] Are LLMs Ready for Real-World Things Discovery? Miret et al. *arXiv*. [paper](https://arxiv.org/abs/2501.69008)", "Are LLMs Ready for Real-World Things Discovery?", "Miret", null, null, null)]
    [InlineData("- [2024] ThingSim: A Deep Learning Model Across Elements, Temperatures and Pressures. Yang et al. *arXiv*. [paper](https://arxiv.org/abs/2501.69008)", "ThingSim: A Deep Learning Model Across Elements, Temperatures and Pressures", "Yang", null, null, null)]
    public void A_year_tag_a_title_a_surname_et_al_and_the_source_in_italics(string item, string title, string author, string? venue, int? year, string? track)
    {
        // Batch 138: "- [2023] Title. Merchant et al. *Nature*. [paper](url)": the year in brackets, the title to its full
        // stop (a question mark is the title's), the first author's surname and "et al.", then the source in italics,
        // which takes the tag's year (*arXiv* is a preprint's: no venue).
        var entry = Assert.Single(CatalogParser.Parse("## Generative Models\n\n" + item + "\n", "m.md").Entries);
        Assert.Equal((title, author), (entry.Title, string.Join("|", entry.Authors)));
        Assert.Equal((venue, year, track), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track));
    }

    [Fact]
    public void A_bold_title_over_its_fields_with_an_award_and_a_comment()
    {
        // Batch 138: "- **Title**" over "  - Authors: ...", "  - Published in: ICCV, 2017", "  - Award: ...", "  - Comment: ..."
        // and the links' line: the award is the venue's note as written, a comment no title; "ICCV Workshops (CDPath),
        // 2021" is ICCV 2021's workshops.
        var document = CatalogParser.Parse(
            "## Instance segmentation\n\n"
            + "- **Mask R-Thing**\n  - Authors: Kaiming He, Georgia Gkioxari, Piotr Doll\u00e1r, Ross Girshick\n  - Published in: ICCV, 2017\n  - Award: Best Paper (Marr Prize)\n  - [Paper](https://arxiv.org/abs/2501.69009) \u00b7 [Code](https://github.com/a/b)\n"
            + "- **Cellthing: a Generalist Algorithm for Thing Segmentation**\n  - Authors: Carsen Stringer, Tim Wang\n  - Published in: Nature Methods, 2021\n  - Comment: Predicts spatial gradient flows; trained on a very diverse set of cell images.\n  - [Paper](https://www.nature.com/articles/s41592-020-00001-x)\n"
            + "- **Lizard: A Large-Scale Dataset for Thing Segmentation**\n  - Authors: Simon Graham, Mostafa Jahanifar, et al.\n  - Published in: ICCV Workshops (CDPath), 2021\n  - [Paper](https://arxiv.org/abs/2501.69010)\n",
            "c.md");
        Assert.Equal(
            new (string, string, string?, int?, VenueKind?, string?)[]
            {
                ("Mask R-Thing", "Kaiming He|Georgia Gkioxari|Piotr Doll\u00e1r|Ross Girshick", "ICCV", 2017, VenueKind.Unspecified, "Best Paper (Marr Prize)"),
                ("Cellthing: a Generalist Algorithm for Thing Segmentation", "Carsen Stringer|Tim Wang", "Nature Methods", 2021, VenueKind.Unspecified, null),
                ("Lizard: A Large-Scale Dataset for Thing Segmentation", "Simon Graham|Mostafa Jahanifar", "ICCV", 2021, VenueKind.Workshop, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Kind, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("- [2012] Fast and Accurate Modeling of Thing Energies. [paper](https://arxiv.org/abs/2501.69011)")]
    [InlineData("- [2012] Fast and Accurate Modeling of Thing Energies [paper](https://arxiv.org/abs/2501.69011)")]
    public void A_year_alone_in_brackets_before_a_title_is_no_venue(string item)
    {
        // "[2019-ICCV] Title" is ICCV 2019; "[2012] Title" a year alone, which was read as a venue named " 2012".
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n" + item + "\n", "y.md").Entries);
        Assert.Equal("Fast and Accurate Modeling of Thing Energies", entry.Title);
        Assert.Null(entry.Venue);
    }

    [Fact]
    public void Et_al_ends_the_names_before_a_venue_however_the_venue_goes_on()
    {
        // "**Title**, Jie Liu et al., ICCV 2023. :1st_place_medal: Rank 1st in MSD.": the names end at "et al.".
        var entry = Assert.Single(CatalogParser.Parse(
            "## 2023\n\n- **CLIP-Driven Universal Model for Thing Segmentation**, Jie Liu et al., ICCV 2023. :1st_place_medal: Rank 1st in MSD. [[Paper]](https://arxiv.org/abs/2501.69012)\n",
            "e.md").Entries);
        Assert.Equal(new[] { "Jie Liu" }, entry.Authors);
        Assert.Equal(("ICCV", (int?)2023), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_last_parenthesis_with_a_year_after_the_names_is_the_venue_s_note()
    {
        // "- DCAN: ... [CVPR 2016] [[arXiv](url)] - Hao Chen, Xiaojuan Qi (Winner of GlaS 2015 challenge)": not a name's.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Gland\n\n- DCAN: Deep Contour-Aware Networks for Thing Segmentation [CVPR 2016] [[arXiv](https://arxiv.org/abs/2501.69013)] - Hao Chen, Xiaojuan Qi, Lequan Yu, Pheng-Ann Heng (Winner of GlaS 2015 challenge)\n",
            "g.md").Entries);
        Assert.Equal(new[] { "Hao Chen", "Xiaojuan Qi", "Lequan Yu", "Pheng-Ann Heng" }, entry.Authors);
        Assert.Equal(("CVPR", (int?)2016, "Winner of GlaS 2015 challenge"), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("- [Model Thing Compression](https://arxiv.org/abs/2501.69014), Rich Caruana, 2006", "Rich Caruana", null)]
    [InlineData("- [Deep Thing Fusion: A Survey](https://arxiv.org/abs/2501.69014), Information Fusion, 2020", "", "Information Fusion")]
    [InlineData("- [Model Thing Compression](https://arxiv.org/abs/2501.69014) - Neel Kant, 2018.", "Neel Kant", null)]
    public void One_full_name_and_a_year_after_a_title_are_names_and_a_journal_s_name_is_a_venue(string item, string names, string? venue)
    {
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n" + item + "\n", "k.md").Entries);
        Assert.Equal((names, venue), (string.Join("|", entry.Authors), entry.Venue?.Name));
    }

    [Theory]
    [InlineData("7. Z. Borsos *et al.*, \"ThingLM: a Language Modeling Approach to Thing Generation,\" *IEEE/ACM Trans. Audio, Speech, Lang. Process.*, 2023. [[arXiv](https://arxiv.org/abs/2501.69015)]", "IEEE/ACM Trans. Audio, Speech, Lang. Process.", 2023)]
    [InlineData("7. Z. Borsos, \"ThingLM: a Language Modeling Approach to Thing Generation,\" IEEE Trans. Audio, Speech, Lang. Process., 2022. [[arXiv](https://arxiv.org/abs/2501.69015)]", "IEEE Trans. Audio, Speech, Lang. Process.", 2022)]
    [InlineData("7. N. Kalchbrenner *et al.*, \"Efficient Neural Thing Synthesis,\" in *Proc. ICML*, 2018. [[PMLR](https://proceedings.mlr.press/v80/kalchbrenner18a.html)]", "ICML", 2018)]
    public void An_ieee_citation_s_source_is_the_venue_whatever_the_link_s_label(string item, string venue, int year)
    {
        // Batch 138: an IEEE reference's abbreviated journal keeps its commas and full stops ("IEEE/ACM Trans. Audio,
        // Speech, Lang. Process.", which was cut to "IEEE/ACM Trans"); a link labelled by its publisher after the
        // citation ("[[PMLR](url)]") names no venue: the citation's "in *Proc. ICML*, 2018" does.
        var entry = Assert.Single(CatalogParser.Parse("## 2023\n\n" + item + "\n", "i.md").Entries);
        Assert.Equal((venue, (int?)year), (entry.Venue?.Name, entry.Venue?.Year));
        Assert.StartsWith(item.Contains("Kalchbrenner") ? "N. Kalchbrenner" : "Z. Borsos", entry.Authors[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_legend_s_symbol_for_a_library_or_a_blog_post_marks_rows_that_are_no_papers()
    {
        // Batch 138: "- 🛠️ marks a tokenizer library and 📝 a blog post, video or tutorial": a row whose title carries
        // either symbol is that material, wherever it links; a row without them is a paper, and so is every row of a
        // list whose symbols the legend gives for nothing of the kind ("⭐ marks must-read papers").
        const string rows =
            "| Date | Title | Venue | Code |\n|:----:|-------|:-----:|:----:|\n"
            + "| 2020-04 | [Byte Pair Thing is Suboptimal for Language Model Pretraining](https://arxiv.org/abs/2501.69016) | EMNLP'20 Findings | - |\n"
            + "| 2023-11 | [The Thing Playground](https://xenova.github.io/the-thing-playground/) \U0001F6E0\uFE0F | - | - |\n"
            + "| 2024-02 | [Let's build the GPT Thing](https://www.youtube.com/watch?v=zduSFxRajkE) \U0001F4DD | YouTube | - |\n"
            + "| 2022-03 | [Byte-Pair Thing tokenization, a walk-through](https://arxiv.org/abs/2501.69017) \U0001F4DD | - | - |\n";
        var marked = CatalogParser.Parse(
            "# Things\n\n- \U0001F6E0\uFE0F marks a tokenizer library and \U0001F4DD a blog post, video or tutorial; they are not papers.\n\n## Algorithms\n\n" + rows, "t.md");
        Assert.Equal(new[] { "Byte Pair Thing is Suboptimal for Language Model Pretraining" }, marked.Entries.Select(entry => entry.Title));

        var unmarked = CatalogParser.Parse("# Things\n\n- \u2B50 marks must-read papers.\n\n## Algorithms\n\n" + rows, "t.md");
        Assert.Equal(4, unmarked.Entries.Count());
    }

    [Fact]
    public void A_standard_s_pdf_under_a_heading_of_toolkits_demos_and_leaderboards_is_no_paper()
    {
        // Batch 138: "## Toolkits, Demos & Leaderboards" is a heading of resources (a list of their kinds); a line there
        // with no names, no venue and no paper host, only a document's PDF, is a standard or a spec, not a paper. A paper
        // under it still is one.
        var document = CatalogParser.Parse(
            "## Toolkits, Demos & Leaderboards\n\n"
            + "- Listening-test method most codec papers report (MUSHRA), ITU-R BS.1534-3 [[PDF](https://www.itu.int/dms_pubrec/itu-r/rec/bs/R-REC-BS.1534-3-201510-I!!PDF-E.pdf)]\n"
            + "- The classical baseline everyone beats at 6 kbps: Opus, RFC 6716 [[PDF](https://www.rfc-editor.org/rfc/pdfrfc/rfc6716.txt.pdf)]\n"
            + "- Codec-THING: A Benchmark for Thing Codecs. A One, B Two. ACL 2024 Findings. [[arXiv](https://arxiv.org/abs/2501.69018)]\n",
            "r.md");
        Assert.Equal(new[] { "Codec-THING: A Benchmark for Thing Codecs" }, document.Entries.Select(entry => entry.Title));
    }

    [Fact]
    public void Rows_of_an_html_table_with_a_thumbnail_are_read_as_items_of_lines()
    {
        // Batch 139: a section's papers in a raw HTML table, a row per line: a thumbnail's cell, then a cell of the bold
        // title, the names, the venue in italics and the links, separated by <br>. A cell's end is a line's too (a row
        // of a title's cell and a venue's cell); a dataset's row under "## Datasets" is no paper.
        var document = CatalogParser.Parse(
            "## Head avatars\n\n<table>\n"
            + "<tr><td><img src=\"assets/nerface.png\" width=\"200\"></td><td><b>Dynamic Neural Thing Fields for Monocular Avatar Reconstruction</b><br>Guy Gafni, Justus Thies, Matthias Nie\u00dfner<br><i>CVPR 2021 (Oral)</i><br><a href=\"https://arxiv.org/abs/2501.69019\">[Paper]</a> <a href=\"https://github.com/a/b\">[Code]</a></td></tr>\n"
            + "<tr><td><a href=\"https://x.io/\"><img src=\"assets/nb.png\"></a></td><td><b>Reconstructing Personalized Thing Models From Monocular Video</b><br>Xuan Gao, Juyong Zhang<br><i>SIGGRAPH Asia 2022 (TOG)</i><br><a href=\"https://arxiv.org/abs/2501.69020\">[Paper]</a></td></tr>\n"
            + "<tr><td><b>GaussianThing: High-fidelity Head Things with Learnable Derivation</b></td><td><i>arXiv 2023</i></td><td><a href=\"https://arxiv.org/abs/2501.69021\">[Paper]</a></td></tr>\n"
            + "<tr><td><b>ThingNeRF: Free-viewpoint Rendering of Moving Things</b><br>Chung-Yi Weng, Brian Curless</td><td><i>CVPR 2022</i></td><td><a href=\"https://arxiv.org/abs/2501.69022\">[Paper]</a></td></tr>\n"
            + "</table>\n\n## Datasets\n\n<table>\n"
            + "<tr><td><img src=\"assets/ds.png\" width=\"200\"></td><td><b>THing2.0</b><br>500 high-quality textured human scans<br><i>Dataset</i><br><a href=\"https://github.com/a/c\">[Website]</a> <a href=\"https://github.com/a/c/blob/main/Agreement.pdf\">[Agreement (PDF)]</a></td></tr>\n"
            + "</table>\n",
            "h.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, int)[]
            {
                ("Dynamic Neural Thing Fields for Monocular Avatar Reconstruction", "Guy Gafni|Justus Thies|Matthias Nie\u00dfner", "CVPR", 2021, "Oral", 4),
                ("Reconstructing Personalized Thing Models From Monocular Video", "Xuan Gao|Juyong Zhang", "SIGGRAPH Asia", 2022, null, 5),
                ("GaussianThing: High-fidelity Head Things with Learnable Derivation", "", null, null, null, 6),
                ("ThingNeRF: Free-viewpoint Rendering of Moving Things", "Chung-Yi Weng|Brian Curless", "CVPR", 2022, null, 7),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Span.Line)));
    }

    [Fact]
    public void A_raw_html_table_s_row_over_several_lines_is_read_as_one()
    {
        // "<tr>", a cell per line, "</tr>": the row's lines are read together, as the one-line rows are. A table with a
        // header row maps columns (Category, Model, Link) the reader does not: its rows are no entries, and what they link
        // is reported.
        const string rows =
            "<tr>\n  <td><img src=\"assets/x.png\" width=\"200\"></td>\n"
            + "  <td><b>Neural Thing Avatars from Monocular Videos</b><br>A One, B Two<br><i>CVPR 2022</i><br><a href=\"https://arxiv.org/abs/2501.69024\">[Paper]</a></td>\n</tr>\n"
            + "<tr>\n<td><b>Second Thing Avatars from Monocular Videos</b></td>\n<td>C Three, D Four</td>\n<td><i>ICCV 2023 (Oral)</i></td>\n<td><a href=\"https://arxiv.org/abs/2501.69025\">[Paper]</a></td>\n</tr>\n";
        var document = CatalogParser.Parse("## Heads\n\n<table>\n" + rows + "</table>\n", "h.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, int)[]
            {
                ("Neural Thing Avatars from Monocular Videos", "A One|B Two", "CVPR", 2022, null, 4),
                ("Second Thing Avatars from Monocular Videos", "C Three|D Four", "ICCV", 2023, "Oral", 8),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Span.Line)));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");

        var headed = CatalogParser.Parse("## Heads\n\n<table>\n<tr><th>Paper</th><th>Authors</th><th>Venue</th><th>Link</th></tr>\n" + rows + "</table>\n", "h.md");
        Assert.Empty(headed.Entries);
        Assert.Equal(2, headed.Diagnostics.Count(diagnostic => diagnostic.RuleId == "EA0030"));
    }

    [Theory]
    [InlineData("- \U0001F4C4 **Aya Thing: An Instruction Finetuned Open-Access Multilingual Thing Model** \u00b7 Ahmet \u00dcst\u00fcn, Viraat Aryabumi, Zheng-Xin Yong, et al. \u00b7 ACL 2024 \U0001F3C6 Best Paper \u00b7 [arXiv](https://arxiv.org/abs/2501.69023) \u00b7 [\U0001F917 Model](https://huggingface.co/a/b)", "Ahmet \u00dcst\u00fcn|Viraat Aryabumi|Zheng-Xin Yong", "ACL", 2024, "Best Paper")]
    [InlineData("- \U0001F4C4 **Aya 23: Open Weight Releases to Further Multilingual Things** \u00b7 Viraat Aryabumi, John Dang, Dwarak Talupuru, et al. \u00b7 Preprint \u00b7 [arXiv](https://arxiv.org/abs/2501.69023)", "Viraat Aryabumi|John Dang|Dwarak Talupuru", null, null, null)]
    [InlineData("- \U0001F4C4 **BLOOM: A 176B-Parameter Open-Access Multilingual Thing Model** \u00b7 BigScience Workshop \u00b7 arXiv 2022 \u00b7 [arXiv](https://arxiv.org/abs/2501.69023)", "BigScience Workshop", null, null, null)]
    [InlineData("- \U0001F4C4 **mThing: A Massively Multilingual Pre-trained Thing Transformer** \u00b7 Linting Xue, Noah Constant, Colin Raffel \u00b7 NAACL 2021 \u00b7 [arXiv](https://arxiv.org/abs/2501.69023) \u00b7 [Code](https://github.com/a/b)", "Linting Xue|Noah Constant|Colin Raffel", "NAACL", 2021, null)]
    public void Middle_dots_between_the_title_the_names_the_venue_and_the_links(string item, string names, string? venue, int? year, string? note)
    {
        // Batch 139: "- 📄 **Title** · A One, B Two, et al. · ACL 2024 🏆 Best Paper · [arXiv](url) · [🤗 Model](url)": a
        // middle dot ends each field as a full stop would; the names were read as far as the venue and its note.
        var entry = Assert.Single(CatalogParser.Parse("## Models\n\n" + item + "\n", "d.md").Entries);
        Assert.Equal((names, venue, year, note), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_heading_per_paper_over_a_quoted_line_of_names_and_venue()
    {
        // Batch 139: "#### [Title](url)" over "> Tri Dao, Daniel Y. Fu · NeurIPS 2022", then links and a description:
        // the quoted line holds the names and the venue; a team's one word before a venue or a preprint is its names.
        var document = CatalogParser.Parse(
            "## Exact attention kernels\n\n#### [ThingAttention: Fast and Memory-Efficient Exact Things](https://arxiv.org/abs/2501.69026)\n> Tri Dao, Daniel Y. Fu, Christopher R\u00e9 \u00b7 NeurIPS 2022\n\n[[code](https://github.com/a/b)]\n\nTiling and recomputation, and 2-4x faster than PyTorch.\n\n"
            + "#### [Online Thing Calculation for Softmax](https://arxiv.org/abs/2501.69027)\n> Maxim Milakov, Natalia Gimelshein \u00b7 MLSys 2024 (Outstanding Paper)\n\n"
            + "#### [DeepThing-V2: A Strong, Economical, and Efficient Thing Model](https://arxiv.org/abs/2501.69032)\n> DeepThing-AI \u00b7 arXiv 2024\n",
            "k.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("ThingAttention: Fast and Memory-Efficient Exact Things", "Tri Dao|Daniel Y. Fu|Christopher R\u00e9", "NeurIPS", 2022, null),
                ("Online Thing Calculation for Softmax", "Maxim Milakov|Natalia Gimelshein", "MLSys", 2024, "Outstanding Paper"),
                ("DeepThing-V2: A Strong, Economical, and Efficient Thing Model", "DeepThing-AI", null, null, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_collapsible_block_per_paper_its_summary_the_title_and_venue()
    {
        // Batch 139: "<details><summary><b>Title</b> (CVPR 2025, Highlight)</summary>", a blank line, then "**Authors:** ...",
        // "**Links:** [Paper](url) | [Code](url)", "**TL;DR:** ..." and "</details>": the summary is the title and its
        // venue, the lines its fields; a block whose links name no paper is none.
        var document = CatalogParser.Parse(
            "## 2025\n\n<details><summary><b>GEN3Thing: 3D-Informed World-Consistent Thing Generation</b> (CVPR 2025, Highlight)</summary>\n\n"
            + "**Authors:** Xuanchi Ren, Tianchang Shen, Jun Gao\n**Links:** [Paper](https://arxiv.org/abs/2501.69028) | [Code](https://github.com/a/b)\n**TL;DR:** Keeps a point cloud, and renders it.\n</details>\n\n"
            + "<details><summary><b>ThingNet</b> (Dataset)</summary>\n\n**Links:** [Website](https://thingnet.org/) | [Download](https://github.com/a/c)\n</details>\n",
            "d.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(
            ("GEN3Thing: 3D-Informed World-Consistent Thing Generation", "Xuanchi Ren|Tianchang Shen|Jun Gao", "CVPR", (int?)2025, "Highlight", 3),
            (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Span.Line));
    }

    [Fact]
    public void A_footnote_holds_an_item_s_names_and_links()
    {
        // Batch 139: "1. \"Title\" — NeurIPS 2022 [^gps]" with "[^gps]: A One, B Two. https://arxiv.org/abs/... · code:
        // https://github.com/..." at the section's end: the footnote's names and bare links are the item's. A linked title
        // keeps its link, the footnote its names; a model's name in parentheses before the dash is no name.
        var document = CatalogParser.Parse(
            "## Architectures\n\n1. \"Recipe for a General, Powerful, Scalable Graph Thing\" \u2014 NeurIPS 2022 [^gps]\n"
            + "2. \"[Towards Principled Graph Things](https://arxiv.org/abs/2501.69030)\" (Edge Thing) \u2014 ICLR 2024 (Oral) [^principled]\n"
            + "3. \"A Generalization of Thing Networks to Graphs\" \u2014 AAAI 2021 Workshop on Deep Learning on Graphs [^dwivedi]\n\n"
            + "[^gps]: Ladislav Ramp\u00e1\u0161ek, Mikhail Galkin. https://arxiv.org/abs/2501.69029 \u00b7 code: https://github.com/rampasek/GraphGPS\n"
            + "[^principled]: Luis M\u00fcller, Christopher Morris.\n"
            + "[^dwivedi]: Vijay Prakash Dwivedi, Xavier Bresson. https://arxiv.org/abs/2501.69033\n",
            "f.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, string?)[]
            {
                ("Recipe for a General, Powerful, Scalable Graph Thing", "Ladislav Ramp\u00e1\u0161ek|Mikhail Galkin", "NeurIPS", 2022, null, "2501.69029"),
                ("Towards Principled Graph Things", "Luis M\u00fcller|Christopher Morris", "ICLR", 2024, "Oral", "2501.69030"),
                ("A Generalization of Thing Networks to Graphs", "Vijay Prakash Dwivedi|Xavier Bresson", "AAAI", 2021, null, "2501.69033"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Arxiv?.Id)));
        Assert.Equal(VenueKind.Workshop, document.Entries.Last().Venue?.Kind); // the workshop, not the main conference

        // A footnote that links its paper in markdown (an entry's form of its own) is the item's, not a second entry.
        var linked = CatalogParser.Parse("## Architectures\n\n1. \"Exphormer: Sparse Things for Graphs\" \u2014 ICML 2023 [^exphormer]\n\n[^exphormer]: [Exphormer: Sparse Things for Graphs](https://arxiv.org/abs/2501.69034), Hamed Shirzad, Ameya Velingker.\n", "f.md");
        var entry = Assert.Single(linked.Entries);
        Assert.Equal(("Exphormer: Sparse Things for Graphs", "Hamed Shirzad|Ameya Velingker", "2501.69034"), (entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id));
    }

    [Theory]
    [InlineData("- **MDThings: An Adaptive Collaboration of LLMs for Medical Things** \u4f5c\u8005: Yubin Kim, Chanwoo Park \u7b49 (NeurIPS 2024 \u53e3\u5934\u62a5\u544a) [[\u8bba\u6587]](https://arxiv.org/abs/2501.69031) [[\u4ee3\u7801]](https://github.com/a/b)", "Yubin Kim|Chanwoo Park", "NeurIPS", 2024, "Oral")]
    [InlineData("- **The Imperative for Oversight of Thing Models in Healthcare** \u4f5c\u8005: Bertalan Mesk\u00f3, Eric J. Topol (npj Digital Medicine 2023) [[\u8bba\u6587]](https://arxiv.org/abs/2501.69031)", "Bertalan Mesk\u00f3|Eric J. Topol", "npj Digital Medicine", 2023, null)]
    [InlineData("- **LLaVA-Thing: Training a Large Language-and-Vision Thing in One Day** \u4f5c\u8005: Chunyuan Li, Cliff Wong \u7b49 (NeurIPS 2023 Datasets and Benchmarks Spotlight) [[\u8bba\u6587]](https://arxiv.org/abs/2501.69031)", "Chunyuan Li|Cliff Wong", "NeurIPS", 2023, "Spotlight")]
    [InlineData("- **A Thing of Large Language Models in Medicine** (arXiv 2023) [[\u8bba\u6587]](https://arxiv.org/abs/2501.69031)", "", null, null, null)]
    public void A_list_kept_in_chinese_names_after_its_label_and_its_distinction(string item, string names, string? venue, int? year, string? note)
    {
        // Batch 139: "**Title** 作者: A One, B Two 等 (NeurIPS 2024 口头报告) [[论文]](url) [[代码]](url)": 作者 labels the names,
        // 等 is "et al.", and 口头报告 is the Oral the conference gives.
        var entry = Assert.Single(CatalogParser.Parse("## \u533b\u5b66\u5927\u6a21\u578b (Medical LLMs)\n\n" + item + "\n", "z.md").Entries);
        Assert.Equal((names, venue, year, note), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("- Engstrom, L., Feldmann, A., & Madry, A. (2024). DsThing: Model-aware dataset selection with datamodels. In *Proceedings of the 41st International Conference on Machine Learning*. [[arXiv]](https://arxiv.org/abs/2501.69035)", "DsThing: Model-aware dataset selection with datamodels", "ICML", 2024, null, null)]
    [InlineData("- Lee, K., Ippolito, D., & Carlini, N. (2022). Deduplicating training things makes language models better. In *Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)* (pp. 8424\u20138445). [[ACL Anthology]](https://aclanthology.org/2022.acl-long.577/)", "Deduplicating training things makes language models better", "ACL", 2022, null, null)]
    [InlineData("- Penedo, G., Malartic, Q., & Launay, J. (2023). The RefinedThing dataset for Falcon LLM. *Advances in Neural Information Processing Systems*, *36*, Datasets and Benchmarks Track. [[arXiv]](https://arxiv.org/abs/2501.69035)", "The RefinedThing dataset for Falcon LLM", "NeurIPS", 2023, "Datasets and Benchmarks", null)]
    [InlineData("- Smith, A., & Jones, B. (2021). Learning to act in worlds. In *NeurIPS Workshop on Deep Reinforcement Learning (DeepRL)*. [[arXiv]](https://arxiv.org/abs/2501.69035)", "Learning to act in worlds", "NeurIPS", 2021, "Workshop on Deep Reinforcement Learning", null)]
    [InlineData("- Albalak, A., Elazar, Y., Xie, S. M., et al. (2024). A survey on thing selection for language models. *Transactions on Machine Learning Research*. [[arXiv]](https://arxiv.org/abs/2501.69035) **Survey Certification**", "A survey on thing selection for language models", "TMLR", 2024, null, "Survey Certification")]
    public void An_apa_reference_s_proceedings_its_volume_and_track_and_a_distinction_after_the_links(string item, string title, string venue, int year, string? track, string? note)
    {
        // Batch 139: APA's "In *Proceedings of the 41st International Conference on Machine Learning*" (since batch 192 a
        // well-known venue's long name is its acronym, as in the other citation styles: ICML; one the reader does not know
        // is the venue as written), "(Volume 1: Long Papers)" and "(pp. 8424–8445)" after it (no part of the name), a
        // track after the volume ("*36*, Datasets and Benchmarks Track"), a distinction after the links.
        var entry = Assert.Single(CatalogParser.Parse("## Surveys\n\n" + item + "\n", "a.md").Entries);
        Assert.Equal((title, venue, (int?)year, track, note), (entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void An_apa_surname_with_a_particle_between_its_words()
    {
        // Batch 139: "Villanova del Moral, A." is one "Surname, I." unit; it split the APA names at every comma.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Data\n\n- Lauren\u00e7on, H., Akiki, C., Villanova del Moral, A., Le Scao, T., et al. (2022). The BigThing ROOTS corpus: A 1.6TB composite multilingual dataset. *Advances in Neural Information Processing Systems*, *35*, Datasets and Benchmarks Track. [[arXiv]](https://arxiv.org/abs/2501.69036)\n",
            "a.md").Entries);
        Assert.Equal(new[] { "Lauren\u00e7on, H.", "Akiki, C.", "Villanova del Moral, A.", "Le Scao, T." }, entry.Authors);
    }

    [Fact]
    public void A_definition_list_s_term_is_the_title_and_its_definition_the_rest()
    {
        // Batch 140: "**Title**" over ": A One, B Two — *ICML 2024 (Oral)* — [paper](url) · [code](url)", a definition
        // list: the term is the title, the definition its names (ended by the spaced em dash, with or without "et al."),
        // its venue and its links. A definition whose term is no paper's title and links no paper is no entry.
        var document = CatalogParser.Parse(
            "## Pretrained Things\n\n"
            + "**Chronos: Learning the Language of Things**\n: Abdul Fatir Ansari, Lorenzo Stella, Caner Turkmen, et al. \u2014 *TMLR 2024* \u2014 [paper](https://arxiv.org/abs/2501.69040) \u00b7 [code](https://github.com/a/chronos)\n\n"
            + "**Unified Training of Universal Thing Forecasting Transformers**\n: Gerald Woo, Chenghao Liu, Akshat Kumar \u2014 *ICML 2024 (Oral)* \u2014 [paper](https://arxiv.org/abs/2501.69041)\n\n"
            + "**Toto: Time Series Optimized Thing for Observability**\n: *arXiv 2024* \u2014 [paper](https://arxiv.org/abs/2501.69042)\n\n"
            + "**GluonTS**\n: Probabilistic time series modeling in Python \u2014 [code](https://github.com/awslabs/gluonts)\n",
            "f.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, string?)[]
            {
                ("Chronos: Learning the Language of Things", "Abdul Fatir Ansari|Lorenzo Stella|Caner Turkmen", "TMLR", 2024, null, "2501.69040"),
                ("Unified Training of Universal Thing Forecasting Transformers", "Gerald Woo|Chenghao Liu|Akshat Kumar", "ICML", 2024, "Oral", "2501.69041"),
                ("Toto: Time Series Optimized Thing for Observability", string.Empty, null, null, null, "2501.69042"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Arxiv?.Id)));
        Assert.Equal(new[] { 3, 6, 9 }, document.Entries.Select(entry => entry.Line));
        Assert.Equal(new[] { "EA0009" }, document.Diagnostics.Select(diagnostic => diagnostic.RuleId)); // Toto names no authors
    }

    [Theory]
    [InlineData("> *Phys. Rev. Lett.*, 2007 \u00b7 [paper](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.98.146401)", "Phys. Rev. Lett.", 2007, null)]
    [InlineData("> *Phys. Rev. Materials*, 2019 \u00b7 [paper](https://journals.aps.org/prmaterials/abstract/10.1103/PhysRevMaterials.3.023804)", "Phys. Rev. Materials", 2019, null)]
    [InlineData("> *Mach. Learn.: Sci. Technol.*, 2020 \u00b7 [paper](https://arxiv.org/abs/2501.69043)", "Mach. Learn.: Sci. Technol.", 2020, null)]
    [InlineData("> *ICLR*, 2023 (Spotlight) \u00b7 [paper](https://arxiv.org/abs/2501.69043) \u00b7 [code](https://github.com/a/b)", "ICLR", 2023, "Spotlight")]
    public void A_blockquote_card_of_three_lines_joined_by_br_is_a_paper_wherever_its_paper_link_goes(string venueLine, string venue, int year, string? note)
    {
        // Batch 140: "> **Title** 🔥<br>" over "> A One, B Two, et al.<br>" and "> *Journal*, 2019 · [paper](url)": a title on
        // a line of its own links its paper by a label, on a publisher's site as well as on arXiv; a mark after the title
        // is neither title nor names; an abbreviated journal may have a colon after a full stop, or a last word whole.
        var document = CatalogParser.Parse(
            "## \ud83e\uddf1 Foundations\n\n> **Generalized Neural-Network Representation of Potential-Energy Things** \ud83d\udd25<br>\n> J\u00f6rg Behler, Michele Parrinello, et al.<br>\n" + venueLine + "\n",
            "f.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(
            ("Generalized Neural-Network Representation of Potential-Energy Things", "J\u00f6rg Behler|Michele Parrinello", venue, year, note),
            (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_blog_post_where_the_venue_stands_is_no_paper()
    {
        // Batch 140: "- [Title][key] — A One, B Two et al. · blog post, April 2024" with "[key]: https://.../blog/..." below:
        // the material where the venue stands says what it is; the paper beside it is read.
        var document = CatalogParser.Parse(
            "## Video Things\n\n- [LLaVA-NeXT: A Strong Zero-shot Video Thing Model][llava-next] \u2014 Yuanhan Zhang, Bo Li, Haotian Liu et al. \u00b7 blog post, April 2024\n"
            + "- [Video-Thing: Learning United Visual Things][video-thing] \u2014 Bin Lin, Yang Ye et al. \u00b7 EMNLP 2024 (Oral)\n\n"
            + "[llava-next]: https://llava-vl.github.io/blog/2024-04-30-llava-next-video/ \"blog\"\n[video-thing]: https://arxiv.org/abs/2501.69044 \"arXiv\"\n",
            "f.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Video-Thing: Learning United Visual Things", "Bin Lin|Yang Ye", "EMNLP", 2024, "Oral"), (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("1. B. Mildenhall, P. P. Srinivasan, and R. Ng, \"NeRF: Representing Things as Neural Radiance Fields,\" in *Proc. Eur. Conf. Comput. Vis. (ECCV)*, 2020, pp. 405\u2013421, Best Paper Honorable Mention. [Online]. Available: https://arxiv.org/abs/2501.69050", "B. Mildenhall|P. P. Srinivasan|R. Ng", "Proc. Eur. Conf. Comput. Vis. (ECCV)", 2020, "Best Paper Honorable Mention")]
    [InlineData("2. T. M\u00fcller, A. Evans, C. Schied, and A. Keller, \"Instant Neural Thing Primitives with a Multiresolution Hash Encoding,\" *ACM Trans. Graph.*, vol. 41, no. 4, pp. 102:1\u2013102:15, 2022, Best Paper Award. [Online]. Available: https://arxiv.org/abs/2501.69050 [[code]](https://github.com/a/b)", "T. M\u00fcller|A. Evans|C. Schied|A. Keller", "ACM Trans. Graph.", 2022, "Best Paper Award")]
    [InlineData("3. Y. Chen, Q. Wu, and J. Cai, \"How Far Can We Compress Thing-Based NeRF?\" in *Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)*, 2024, pp. 20321\u201320330 (Oral). [Online]. Available: https://arxiv.org/abs/2501.69050", "Y. Chen|Q. Wu|J. Cai", "Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)", 2024, "Oral")]
    [InlineData("4. L. Yariv and B. Mildenhall, \"BakedThing: Meshing Neural Things for Real-Time View Synthesis,\" in *Proc. ACM SIGGRAPH Conf.*, 2023. [Online]. Available: https://arxiv.org/abs/2501.69050", "L. Yariv|B. Mildenhall", "Proc. ACM SIGGRAPH Conf.", 2023, null)]
    [InlineData("5. N. Kalchbrenner *et al.*, \"Efficient Neural Thing Synthesis,\" in *Proc. SLT*, 2018. [Online]. Available: https://arxiv.org/abs/2501.69050", "N. Kalchbrenner", "SLT", 2018, null)]
    public void An_ieee_reference_with_its_url_after_available_is_read_its_proceedings_named_as_written(string item, string names, string venue, int year, string? note)
    {
        // Batch 141: IEEE references as LaTeX exports them, the URL written as text after "[Online]. Available:" (the
        // paper's link; a bare URL elsewhere is no link and is reported). The proceedings keep their own abbreviated name
        // ("Proc. Eur. Conf. Comput. Vis. (ECCV)"), "Proc." and an acronym alone is that venue; a journal's name comes
        // before its volume; a distinction after the pages is the note; a title ending in "?" has no comma after it.
        var entry = Assert.Single(CatalogParser.Parse("## Foundations\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69050", names, venue, year, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("- [x] <a href=\"https://arxiv.org/abs/2501.69051\">Who's Harry Thing? Approximate Unlearning in LLMs</a> <sup>arXiv'23</sup> \ud83d\udd25 \u2014 Ronen Eldan, Mark Russinovich", "Ronen Eldan|Mark Russinovich", null, null, null)]
    [InlineData("- [ ] <a href=\"https://arxiv.org/abs/2501.69051\">Negative Thing Optimization</a> <sup>ICLR'24 Spotlight</sup> \u2014 Ruiqi Zhang, Licong Lin, et al. \u00b7 <a href=\"https://github.com/a/b\">code</a>", "Ruiqi Zhang|Licong Lin", "ICLR", 2024, "Spotlight")]
    [InlineData("- [x] <a href=\"https://arxiv.org/abs/2501.69051\">Rethinking Thing Unlearning for LLMs</a> <sup>Nature Machine Intelligence'25</sup> \u2b50 \u2014 Sijia Liu, Yuanshun Yao", "Sijia Liu|Yuanshun Yao", "Nature Machine Intelligence", 2025, null)]
    [InlineData("- [x] <a href=\"https://arxiv.org/abs/2501.69051\">Offset Unlearning for Things</a> <sup>TMLR</sup> \u2014 James Y. Huang, Wenxuan Zhou, et al.", "James Y. Huang|Wenxuan Zhou", "TMLR", null, null)]
    [InlineData("- [Offset Unlearning for Things](https://arxiv.org/abs/2501.69051) (TMLR) \u2014 James Y. Huang, Wenxuan Zhou, et al.", "James Y. Huang|Wenxuan Zhou", "TMLR", null, null)]
    public void A_task_list_item_of_an_html_link_and_a_superscript_venue_is_a_paper(string item, string names, string? venue, int? year, string? note)
    {
        // Batch 141: "- [x] <a href=...>Title</a> <sup>ICLR'24 Spotlight</sup> 🔥 — A One, B Two": the title's link in HTML
        // inside a markdown item, the venue in superscript read as a venue in parentheses is (a well-known venue without
        // its year too), a mark after it no name.
        var entry = Assert.Single(CatalogParser.Parse("## Methods\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69051", names, venue, year, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_list_kept_in_korean_labels_its_fields_and_its_distinctions_in_korean()
    {
        // Batch 141: sub-items "저자:" (authors, "외" for et al.), "학회:" (venue; 구두 발표 is Oral, 스포트라이트 Spotlight,
        // 최우수 논문상 Best Paper), "코드:" and "한줄 요약:"; an item whose "형태:" (type) says a blog post, a dataset's
        // website or a leaderboard is no paper, nor are a study group's slides.
        var document = CatalogParser.Parse(
            "## 1. \ud55c\uad6d\uc5b4 \uc5b8\uc5b4 \ubaa8\ub378\n\n"
            + "- [Finetuned Thing Models Are Zero-Shot Learners](https://arxiv.org/abs/2501.69052)\n  - \uc800\uc790: Jason Wei, Maarten Bosma, Vincent Y. Zhao \uc678\n  - \ud559\ud68c: ICLR 2022 (\uad6c\ub450 \ubc1c\ud45c)\n  - \ucf54\ub4dc: [GitHub](https://github.com/a/b)\n  - \ud55c\uc904 \uc694\uc57d: FLAN.\n"
            + "- [Aya Thing: An Instruction Finetuned Open-Access Multilingual Thing](https://arxiv.org/abs/2501.69053)\n  - \uc800\uc790: Ahmet \u00dcst\u00fcn, Viraat Aryabumi \uc678\n  - \ud559\ud68c: ACL 2024 (\ucd5c\uc6b0\uc218 \ub17c\ubb38\uc0c1)\n"
            + "- [Alpaca: A Strong, Replicable Instruction-Following Thing](https://crfm.stanford.edu/2023/03/13/alpaca.html)\n  - \uc800\uc790: Rohan Taori, Ishaan Gulrajani \uc678\n  - \ud615\ud0dc: \ube14\ub85c\uadf8 \ud3ec\uc2a4\ud2b8 (\ub17c\ubb38 \uc544\ub2d8)\n"
            + "- [A Survey of Large Thing Models (PDF, \ud55c\uad6d\uc5b4 \uc2a4\ud130\ub514 \ubc1c\ud45c\uc790\ub8cc)](https://github.com/a/slides/blob/main/survey.pdf) - \uc2a4\ud130\ub514 \uc2ac\ub77c\uc774\ub4dc\n",
            "k.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("2501.69052", "Jason Wei|Maarten Bosma|Vincent Y. Zhao", "ICLR", 2022, "Oral"),
                ("2501.69053", "Ahmet \u00dcst\u00fcn|Viraat Aryabumi", "ACL", 2024, "Best Paper"),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id ?? entry.Url, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_footnote_no_item_refers_to_is_reported_where_it_links_a_paper()
    {
        // A footnote's definition is no link reference definition: one no item reads ("[^b]: C Three.
        // https://arxiv.org/abs/...") has its paper reported (EA0030), not lost in silence; the one an item reads is the
        // entry's and is not reported.
        var document = CatalogParser.Parse(
            "## Things\n\n1. \"A Title of a Thing\" \u2014 NeurIPS 2022 [^a]\n\n[^a]: A One, B Two. https://arxiv.org/abs/2501.69054\n\n[^b]: C Three. https://arxiv.org/abs/2501.69055\n",
            "f.md");
        Assert.Equal("2501.69054", Assert.Single(document.Entries).Arxiv?.Id);
        var unread = Assert.Single(document.Diagnostics);
        Assert.Equal(("EA0030", 7), (unread.RuleId, unread.Span.Line));
    }

    [Theory]
    [InlineData("12. (2023.10) SWE-thing: Can Language Models Resolve Real-World GitHub Things? [ICLR 2024 Oral] (Carlos E. Jimenez, John Yang, Alexander Wettig, et al.) [[pdf]](https://arxiv.org/pdf/2501.69056) [[code]](https://github.com/a/b)", "SWE-thing: Can Language Models Resolve Real-World GitHub Things?", "Carlos E. Jimenez|John Yang|Alexander Wettig", "ICLR", 2024, null, "Oral")]
    [InlineData("3. (2024.03) MapThing: Multi-Agent Code Generation for Competitive Thing Solving [ACL 2024] (Md. Ashraful Islam, Mohammed Eunus Ali) [[pdf]](https://arxiv.org/pdf/2501.69056)", "MapThing: Multi-Agent Code Generation for Competitive Thing Solving", "Md. Ashraful Islam|Mohammed Eunus Ali", "ACL", 2024, null, null)]
    [InlineData("4. (2023.06) InterThing: Benchmarking Interactive Coding [NeurIPS 2023 D&B] (John Yang, Akshara Prabhakar) [[pdf]](https://arxiv.org/pdf/2501.69056)", "InterThing: Benchmarking Interactive Coding", "John Yang|Akshara Prabhakar", "NeurIPS", 2023, "Datasets and Benchmarks", null)]
    [InlineData("5. (2021.07) Evaluating Large Language Things Trained on Code [arXiv] (Mark Chen, Jerry Tworek, et al.) [[pdf]](https://arxiv.org/pdf/2501.69056)", "Evaluating Large Language Things Trained on Code", "Mark Chen|Jerry Tworek", null, null, null, null)]
    [InlineData("6. (2023.08) Code Llama Things: Open Foundation Models for Code [arXiv] [[pdf]](https://arxiv.org/pdf/2501.69056)", "Code Llama Things: Open Foundation Models for Code", "", null, null, null, null)]
    public void A_dated_plain_title_with_its_venue_in_brackets_and_its_names_in_parentheses(string item, string title, string names, string? venue, int? year, string? track, string? note)
    {
        // Batch 142: "N. (2023.10) Title [ICLR 2024 Oral] (A One, B Two, et al.) [[pdf]](url) [[code]](url)": the date the
        // list added it, the plain title, the venue (or the preprint server) in brackets, the names in parentheses.
        var entry = Assert.Single(CatalogParser.Parse("## 2024\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69056", title, names, venue, year, track, note), (entry.Arxiv?.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_heading_over_one_paragraph_of_labelled_lines_kept_in_japanese_is_a_paper()
    {
        // Batch 142: "#### Title" over one paragraph of lines ended by hard breaks: 著者 (authors, ほか for et al.), 会議 (venue,
        // its distinction in full-width parentheses: 口頭発表 is Oral, 最優秀論文賞 Best Paper), リンク (the links, [論文] the
        // paper's), メモ; one whose 種類 (type) says a dataset is no paper.
        var document = CatalogParser.Parse(
            "## 1. \u4e8b\u524d\u5b66\u7fd2\n\n"
            + "#### ViLThing: Pretraining Task-Agnostic Visiolinguistic Things\n\u8457\u8005: Jiasen Lu, Dhruv Batra, Devi Parikh \u307b\u304b  \n\u4f1a\u8b70: NeurIPS 2019\uff08\u53e3\u982d\u767a\u8868\uff09  \n\u30ea\u30f3\u30af: [\u8ad6\u6587](https://arxiv.org/abs/2501.69057) / [\u30b3\u30fc\u30c9](https://github.com/a/b)  \n\u30e1\u30e2: \u4e8c\u3064\u306e\u30b9\u30c8\u30ea\u30fc\u30e0\n\n"
            + "#### Learning Transferable Visual Things\n\u8457\u8005: Alec Radford, Jong Wook Kim \u307b\u304b  \n\u4f1a\u8b70: NeurIPS 2021 \u30ef\u30fc\u30af\u30b7\u30e7\u30c3\u30d7  \n\u30ea\u30f3\u30af: [\u8ad6\u6587](https://arxiv.org/abs/2501.69058)\n\n"
            + "#### COCO Things\n\u7a2e\u985e: \u30c7\u30fc\u30bf\u30bb\u30c3\u30c8  \n\u30ea\u30f3\u30af: [\u8ad6\u6587](https://arxiv.org/abs/2501.69059) / [\u30b5\u30a4\u30c8](https://cocodataset.org/)\n",
            "j.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?, string?)[]
            {
                ("2501.69057", "ViLThing: Pretraining Task-Agnostic Visiolinguistic Things", "Jiasen Lu|Dhruv Batra|Devi Parikh", "NeurIPS", 2019, null, "Oral"),
                ("2501.69058", "Learning Transferable Visual Things", "Alec Radford|Jong Wook Kim", "NeurIPS", 2021, "Workshop", null),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.Equal(VenueKind.Workshop, document.Entries[1].Venue?.Kind);
    }

    [Fact]
    public void A_two_column_table_s_stacked_paper_cell_and_a_distinction_leading_its_highlights()
    {
        // Batch 142: "| Paper | Highlights |" with "| **Title**<br>*A One, B Two*<br>ICML 2024 · [arXiv](url) | 🏆 Best Paper — a
        // description |": the distinction that opens the Highlights cell (ended by a dash or a full stop) is the note; a
        // course's slides named by their title ("CS 285 Lecture 11: ...") are no paper.
        var document = CatalogParser.Parse(
            "## Video world models\n\n| Paper | Highlights |\n|---|---|\n"
            + "| **Genie: Generative Interactive Things**<br>*Jake Bruce, Michael Dennis, et al.*<br>ICML 2024 \u00b7 [arXiv](https://arxiv.org/abs/2501.69060) | \ud83c\udfc6 Best Paper \u2014 11B foundation world model with latent actions. |\n"
            + "| **Finetuning Offline World Things in the Real World**<br>*Yunhai Feng, Nicklas Hansen*<br>CoRL 2023 \u00b7 [arXiv](https://arxiv.org/abs/2501.69061) | Oral. Offline pretraining, then few-shot online finetuning. |\n"
            + "| **Learning Latent Dynamics for Planning from Things**<br>*Danijar Hafner, Timothy Lillicrap*<br>ICML 2019 \u00b7 [arXiv](https://arxiv.org/abs/2501.69062) | PlaNet: a latent dynamics model, planned in. |\n"
            + "| **CS 285 Lecture 11: Model-Based Reinforcement Learning**<br>*Sergey Levine*<br>Lecture slides \u00b7 [PDF](https://rail.eecs.berkeley.edu/deeprlcourse/static/slides/lec-11.pdf) | Berkeley's deep RL course. |\n",
            "w.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("2501.69060", "Jake Bruce|Michael Dennis", "ICML", 2024, "Best Paper"),
                ("2501.69061", "Yunhai Feng|Nicklas Hansen", "CoRL", 2023, "Oral"),
                ("2501.69062", "Danijar Hafner|Timothy Lillicrap", "ICML", 2019, null),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("- **Fast Inference from Things via Speculative Decoding** \u2014 Yaniv Leviathan, Matan Kalman, Yossi Matias (ICML 2023, Oral) \u00b7 [paper](https://arxiv.org/abs/2501.69063) \u00b7 [code](https://github.com/a/b)", "Yaniv Leviathan|Matan Kalman|Yossi Matias", "ICML", 2023, null, "Oral")]
    [InlineData("1. **T\u00edtulo:** [BERT: Pre-training of Deep Bidirectional Things](https://arxiv.org/abs/2501.69063) | **Autores:** Jacob Devlin, Ming-Wei Chang, Kenton Lee y otros | **Publicado en:** NAACL 2019 (mejor art\u00edculo) | **C\u00f3digo:** [GitHub](https://github.com/a/b)", "Jacob Devlin|Ming-Wei Chang|Kenton Lee", "NAACL", 2019, null, "Best Paper")]
    [InlineData("2. **T\u00edtulo:** [DistilThing: a Distilled Version of BERT](https://arxiv.org/abs/2501.69063) | **Autores:** Victor Sanh, Lysandre Debut | **Publicado en:** taller EMC\u00b2 de NeurIPS 2019", "Victor Sanh|Lysandre Debut", "NeurIPS", 2019, "Workshop on EMC\u00b2", null)]
    [InlineData("3. **T\u00edtulo:** [MarThing: Spanish Language Models](https://arxiv.org/abs/2501.69063) | **Autores:** Asier Guti\u00e9rrez-Fandi\u00f1o | **Publicado en:** Procesamiento del Lenguaje Natural 2022", "Asier Guti\u00e9rrez-Fandi\u00f1o", "Procesamiento del Lenguaje Natural", 2022, null, null)]
    [InlineData("- \ud83d\udcc4 Training Data-Efficient Image Things & Distillation through Attention \ud83d\udc65 Hugo Touvron, Matthieu Cord, et al. \ud83c\udfdb\ufe0f ICML 2021 \ud83c\udfc6 Oral \ud83d\udd17 [arXiv](https://arxiv.org/abs/2501.69063) \ud83d\udcbb [code](https://github.com/a/b)", "Hugo Touvron|Matthieu Cord", "ICML", 2021, null, "Oral")]
    public void Fields_named_by_labels_in_another_language_or_by_symbols_and_a_venue_s_note_in_its_parenthesis(string item, string names, string venue, int year, string? track, string? note)
    {
        // Batch 143: names running into their venue's parenthesis ("(ICML 2023, Oral)": the note is the distinction, not the
        // parenthesis); labelled fields between bars on the title's line, in Spanish ("Autores", "Publicado en", "y otros",
        // "mejor artículo", "taller X de NeurIPS 2019" a workshop, "del" inside a journal's name); fields introduced by the
        // symbols a list's legend gives (📄 title, 👥 names, 🏛️ venue, 🏆 distinction, 🔗 the paper's link).
        var entry = Assert.Single(CatalogParser.Parse("## Things\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69063", names, venue, year, track, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("- **CMU 15-442: Machine Learning Systems** \u2014 Tianqi Chen, Zhihao Jia (course, 2024) \u00b7 [website](https://mlsyscourse.org/)")]
    [InlineData("8. **T\u00edtulo:** [spaCy: Industrial-Strength Natural Language Processing](https://spacy.io/) | **Autores:** Matthew Honnibal, Ines Montani | **Tipo:** biblioteca | **C\u00f3digo:** [GitHub](https://github.com/a/b)")]
    [InlineData("- \u270d\ufe0f New to Vision Things? Read the announcement post first \ud83d\udd17 [blog](https://ai.googleblog.com/2020/12/post.html)")]
    public void What_a_field_s_type_a_parenthesis_or_a_legend_s_symbol_calls_other_material_is_no_paper(string item)
    {
        var legend = "| Emoji | Meaning |\n|---|---|\n| \ud83d\udcc4 | paper title |\n| \u270d\ufe0f | blog post (not a paper) |\n\n";
        Assert.Empty(CatalogParser.Parse("## Legend\n\n" + legend + "## Things\n\n" + item + "\n", "f.md").Entries);
    }

    [Theory]
    [InlineData("- [Human-Level Control through Deep Things](https://arxiv.org/abs/2501.69064) \u2014 V. Mnih, K. Kavukcuoglu, D. Silver et coll. \u2014 *Nature, 2015*", "V. Mnih|K. Kavukcuoglu|D. Silver", "Nature", 2015, null, null)]
    [InlineData("- [Recurrent World Things Facilitate Policy Evolution](https://arxiv.org/abs/2501.69064) \u2014 D. Ha et J. Schmidhuber \u2014 *NeurIPS 2018* (pr\u00e9sentation orale)", "D. Ha|J. Schmidhuber", "NeurIPS", 2018, null, "Oral")]
    [InlineData("- [Dueling Network Things for Deep RL](https://arxiv.org/abs/2501.69064) \u2014 Z. Wang, T. Schaul et N. de Freitas \u2014 *ICML 2016* (meilleur article)", "Z. Wang|T. Schaul|N. de Freitas", "ICML", 2016, null, "Best Paper")]
    [InlineData("- [Playing Atari with Deep Things](https://arxiv.org/abs/2501.69064) \u2014 V. Mnih, D. Silver et coll. \u2014 *NIPS 2013, atelier Deep Learning*", "V. Mnih|D. Silver", "NIPS", 2013, "Workshop on Deep Learning", null)]
    [InlineData("- [The Surprising Effectiveness of Things](https://arxiv.org/abs/2501.69064) \u2014 C. Yu, A. Velu et coll. \u2014 *NeurIPS 2022, Datasets and Benchmarks*", "C. Yu|A. Velu", "NeurIPS", 2022, "Datasets and Benchmarks", null)]
    [InlineData("- [Proximal Policy Things](https://arxiv.org/abs/2501.69064) \u2014 J. Schulman, F. Wolski et O. Klimov \u2014 *pr\u00e9publication arXiv, 2017*", "J. Schulman|F. Wolski|O. Klimov", null, null, null, null)]
    public void A_list_kept_in_french_joins_its_names_by_et_and_writes_its_distinctions_and_workshops_in_french(string item, string names, string? venue, int? year, string? track, string? note)
    {
        // Batch 144: "et" before the last name ("et coll." for et al.), "présentation orale" and "meilleur article" as Oral and
        // Best Paper, "prépublication arXiv" a preprint, "atelier X" after a venue's comma its workshop, a track's name
        // after the comma its track.
        var entry = Assert.Single(CatalogParser.Parse("## Fondements\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69064", names, venue, year, track, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_linked_heading_over_labelled_fields_in_code_spans()
    {
        // Batch 144: "### [Title](url)" over "`venue: NeurIPS 2020` `authors: A One, B Two, et al.` `tags: ...` `award: Oral`":
        // the fields in code spans are the entry's; one whose type says a library is no paper.
        var document = CatalogParser.Parse(
            "## Foundations\n\n### [Retrieval-Augmented Generation for Knowledge-Intensive Things](https://arxiv.org/abs/2501.69066)\n\n"
            + "`venue: NeurIPS 2020` `authors: Patrick Lewis, Ethan Perez, Aleksandra Piktus, et al.` `tags: retriever, generator` `award: Oral`\n\n"
            + "A summary of the paper.\n\n### [FAISS](https://github.com/facebookresearch/faiss)\n\n`type: library` `tags: vector search`\n",
            "r.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("2501.69066", "Patrick Lewis|Ethan Perez|Aleksandra Piktus", "NeurIPS", 2020, "Oral"), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_year_s_heading_under_a_venue_s_heading_gives_its_entries_their_venue()
    {
        // Batch 144: "## NeurIPS" over "### 2023" over "1. **Title** [[paper]](url) [[code]](url) **Spotlight**" and the
        // italic names below it: the venue is the headings', the distinction after the last link its note.
        var document = CatalogParser.Parse(
            "## NeurIPS\n\n### 2023\n\n1. **Can Language Things Solve Graph Problems?** [[paper]](https://arxiv.org/abs/2501.69067) [[code]](https://github.com/a/b) **Spotlight**\n   *Heng Wang, Shangbin Feng*\n"
            + "2. **Graph Things Are Zero-Shot Learners** [[paper]](https://arxiv.org/abs/2501.69068)\n   *Ada One, Bo Two*\n\n## ICLR\n\n### 2019\n\n1. **How Powerful are Graph Things?** [[paper]](https://arxiv.org/abs/2501.69069) **Oral**\n   *Keyulu Xu, Weihua Hu*\n",
            "g.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("2501.69067", "Heng Wang|Shangbin Feng", "NeurIPS", 2023, "Spotlight"),
                ("2501.69068", "Ada One|Bo Two", "NeurIPS", 2023, null),
                ("2501.69069", "Keyulu Xu|Weihua Hu", "ICLR", 2019, "Oral"),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("- [LLM.int8(): 8-bit Matrix Multiplication for Things at Scale](https://arxiv.org/abs/2501.69070) \u2014 Autoren: Tim Dettmers, Mike Lewis, Younes Belkada u. a. \u2014 Ver\u00f6ffentlicht: NeurIPS 2022 (Vortrag)", "Tim Dettmers|Mike Lewis|Younes Belkada", "NeurIPS", 2022, null, "Oral")]
    [InlineData("- [Q8Thing: Quantized 8Bit BERT](https://arxiv.org/abs/2501.69070) \u2014 Autoren: Ofir Zafrir, Guy Boudoukh \u2014 Ver\u00f6ffentlicht: Workshop bei NeurIPS 2019", "Ofir Zafrir|Guy Boudoukh", "NeurIPS", 2019, "Workshop", null)]
    [InlineData("- **SmoothThing: Accurate and Efficient Post-Training Quantization** \u2014 Autoren: Guangxuan Xiao, Ji Lin u. a. \u2014 Ver\u00f6ffentlicht: ICML 2023 (Bester Artikel) \u2014 [Paper](https://arxiv.org/abs/2501.69070)", "Guangxuan Xiao|Ji Lin", "ICML", 2023, null, "Best Paper")]
    public void A_list_kept_in_german_labels_its_fields_and_writes_its_distinctions_in_german(string item, string names, string venue, int year, string? track, string? note)
    {
        // Batch 145: "— Autoren: A, B u. a. — Veröffentlicht: NeurIPS 2022 (Vortrag) —": the labels are no part of the names
        // or the venue, "u. a." is "et al.", Vortrag an Oral, Bester Artikel a Best Paper, "Workshop bei" the venue's workshop.
        var entry = Assert.Single(CatalogParser.Parse("## Quantisierung\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal(("2501.69070", names, venue, year, track, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void An_art_field_naming_a_library_is_no_paper()
        => Assert.Empty(CatalogParser.Parse("## Werkzeuge\n\n- **AutoGPTQ** \u2014 Autoren: PanQiWei u. a. \u2014 Art: Bibliothek \u2014 [Code](https://github.com/a/b) \u2014 setzt GPTQ ([Paper](https://arxiv.org/abs/2501.69071)) um\n", "f.md").Entries);

    [Fact]
    public void A_list_kept_in_chinese_labels_its_title_and_its_sub_items_with_full_width_colons()
    {
        // Batch 146: "1. **标题**：Title" over "- 作者：A, B 等", "- 会议：ICLR 2024（口头报告）", "- 链接：[论文](url) | [代码](url)": the
        // title's label is no part of it; 作者, 会议, 期刊 and 链接 label the names, the venue and the links, after a
        // full-width colon; under "10." the fields' three spaces leave them out of the item, and they are still its own;
        // a 类型 field naming a toolkit says no paper.
        var document = CatalogParser.Parse(
            "## 一、语音\n\n"
            + "9. **标题**：Zipformer: A Faster and Better Encoder for Things\n   - 作者：Zengwei Yao, Liyong Guo, Xiaoyu Yang 等\n   - 会议：ICLR 2024（口头报告）\n   - 链接：[论文](https://arxiv.org/abs/2501.69072) | [代码](https://github.com/k2-fsa/icefall)\n"
            + "10. **标题**：HuBERT: Self-Supervised Things by Masked Prediction\n   - 作者：Wei-Ning Hsu, Benjamin Bolte\n   - 期刊：IEEE/ACM TASLP, 2021\n   - 链接：[论文](https://arxiv.org/abs/2501.69073)\n"
            + "11. **标题**：ESPnet: End-to-End Speech Processing Toolkit\n   - 作者：Shinji Watanabe 等\n   - 类型：工具包\n   - 链接：[论文](https://arxiv.org/abs/2501.69074) | [代码](https://github.com/espnet/espnet)\n",
            "zh.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?)[]
            {
                ("2501.69072", "Zipformer: A Faster and Better Encoder for Things", "Zengwei Yao|Liyong Guo|Xiaoyu Yang", "ICLR", 2024, "Oral"),
                ("2501.69073", "HuBERT: Self-Supervised Things by Masked Prediction", "Wei-Ning Hsu|Benjamin Bolte", "IEEE/ACM TASLP", 2021, null),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("- ", "- ", "- ", "- ")]
    [InlineData("- ", "* ", "+ ", "- ")]
    public void A_heading_s_fields_stay_its_own_when_their_bullet_markers_change(string authors, string venue, string summary, string links)
    {
        // Found by the corpus variations while batch 146's field lists were moved into the item above them: "- Authors",
        // "* Venue", "+ TL;DR" and "- Links" under a heading are four lists to CommonMark, and a list of fields under an item
        // of fields ("+ TL;DR: ...") is no title's: the fields stay the heading's.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Surveys\n\n#### Cognitive Architectures for Language Things\n" + authors + "Authors: Theodore R. Sumers, Shunyu Yao\n" + venue + "Venue: TMLR 2024\n"
            + summary + "TL;DR: CoALA: working / episodic memory as a design vocabulary.\n" + links + "Links: [arXiv](https://arxiv.org/abs/2501.69082)\n",
            "m.md").Entries);
        Assert.Equal(("Cognitive Architectures for Language Things", "Theodore R. Sumers|Shunyu Yao", "TMLR", 2024), (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_bold_title_label_before_the_title_is_no_part_of_it()
    {
        // Batch 146: "1. **Title**: wav2vec 2.0: ..." over its labelled sub-items: the title is what follows the label.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Speech\n\n1. **Title**: wav2vec 2.0: A Framework for Things\n   - Authors: Alexei Baevski, Henry Zhou\n   - Venue: NeurIPS 2020\n   - Links: [Paper](https://arxiv.org/abs/2501.69075)\n",
            "t.md").Entries);
        Assert.Equal(("wav2vec 2.0: A Framework for Things", "Alexei Baevski|Henry Zhou", "NeurIPS", 2020), (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("- [TabM: Advancing Tabular Things](https://arxiv.org/abs/2501.69076) \u2014 Yury Gorishniy, Akim Kotelnikov e Artem Babenko. *Publicado em ICLR 2025*. [c\u00f3digo](https://github.com/a/b)", "Yury Gorishniy|Akim Kotelnikov|Artem Babenko", "ICLR", 2025, null, null)]
    [InlineData("- [Mixed-Type Tabular Things](https://arxiv.org/abs/2501.69076) \u2014 Hengrui Zhang, Jiani Zhang e outros. *Publicado em ICLR 2024* (destaque: Oral). [c\u00f3digo](https://github.com/a/b)", "Hengrui Zhang|Jiani Zhang", "ICLR", 2024, null, "Oral")]
    [InlineData("- [Accurate Predictions on Small Things](https://www.nature.com/articles/s41586-024-08328-6) \u2014 Noah Hollmann, Samuel M\u00fcller e outros. *Peri\u00f3dico: Nature, 2025*. [c\u00f3digo](https://github.com/a/b)", "Noah Hollmann|Samuel M\u00fcller", "Nature", 2025, null, null)]
    [InlineData("- [When Do Neural Nets Outperform Things?](https://arxiv.org/abs/2501.69076) \u2014 Duncan McElfresh e Sujay Khandagale. *Publicado em NeurIPS 2023 (Datasets and Benchmarks)*.", "Duncan McElfresh|Sujay Khandagale", "NeurIPS", 2023, "Datasets and Benchmarks", null)]
    [InlineData("- [TabRepo: A Repository of Things](https://arxiv.org/abs/2501.69076) \u2014 David Salinas e Nick Erickson. *Publicado em AutoML Conf 2024*.", "David Salinas|Nick Erickson", "AutoML Conf", 2024, null, null)]
    [InlineData("- [SAINT: Improved Neural Things](https://arxiv.org/abs/2501.69076) \u2014 Gowthami Somepalli e Tom Goldstein. *Workshop TRL @ NeurIPS 2022*.", "Gowthami Somepalli|Tom Goldstein", "NeurIPS", 2022, "TRL", null)]
    public void A_list_kept_in_portuguese_joins_its_names_by_e_and_introduces_its_venues_in_portuguese(string item, string names, string venue, int year, string? track, string? note)
    {
        // Batch 146: "e" before the last name, "e outros" for et al., "Publicado em" / "Periódico:" before the venue (no part
        // of it, so a parenthesis after the venue is its track and an unknown venue's name is read), "(destaque: Oral)" the
        // note without its label, "Workshop TRL @ NeurIPS 2022" the venue's workshop.
        var entry = Assert.Single(CatalogParser.Parse("## 2024\n\n" + item + "\n", "f.md").Entries);
        Assert.Equal((names, venue, year, track, note), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_talk_labelled_in_its_title_is_no_paper()
        => Assert.Empty(CatalogParser.Parse("## 2023\n\n- [Palestra: TabPFN e o aprendizado em contexto (YouTube)](https://www.youtube.com/@AutoMLSeminars) \u2014 Frank Hutter. *Semin\u00e1rios de AutoML, 2023*.\n", "f.md").Entries);

    [Fact]
    public void An_html_table_s_rows_are_read_by_its_header_s_columns()
    {
        // Batch 146: "<table>", "<tr><th>Title</th><th>Venue</th><th>Year</th><th>Authors</th><th>Links</th></tr>", then a row
        // per line: each read as a pipe table's row is, its links and emphasis as markdown's; a table of libraries whose
        // header names no title or paper column holds no entries.
        var document = CatalogParser.Parse(
            "## Graph Things\n\n<table>\n<tr><th>Title</th><th>Venue</th><th>Year</th><th>Authors</th><th>Links</th></tr>\n"
            + "<tr><td>Graph Attention Things</td><td>ICLR</td><td>2018</td><td>Petar Veli\u010dkovi\u0107, Guillem Cucurull et al.</td><td><a href=\"https://arxiv.org/abs/2501.69077\">paper</a> \u00b7 <a href=\"https://github.com/PetarV-/GAT\">code</a></td></tr>\n"
            + "<tr><td>Rethinking the Expressive Power of Things</td><td>ICLR (Outstanding Paper)</td><td>2023</td><td>Bohang Zhang, Shengjie Luo</td><td><a href=\"https://arxiv.org/abs/2501.69078\">paper</a></td></tr>\n"
            + "<tr><td>Path-Augmented Graph Things</td><td>ICML Workshop LRG</td><td>2019</td><td>Benson Chen</td><td><a href=\"https://arxiv.org/abs/2501.69079\">paper</a></td></tr>\n"
            + "<tr><td>Transformer for Things: An Overview</td><td>arXiv</td><td>2022</td><td>Erxue Min</td><td><a href=\"https://arxiv.org/abs/2501.69080\">paper</a></td></tr>\n</table>\n\n"
            + "## Libraries\n\n<table>\n<tr><th>Library</th><th>Links</th></tr>\n<tr><td>PyG</td><td><a href=\"https://github.com/pyg-team/pytorch_geometric\">repo</a> \u00b7 <a href=\"https://arxiv.org/abs/1903.02428\">paper</a></td></tr>\n</table>\n",
            "g.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?, string?, string?)[]
            {
                ("2501.69077", "Graph Attention Things", "Petar Veli\u010dkovi\u0107|Guillem Cucurull", "ICLR", 2018, null, null, "PetarV-/GAT"),
                ("2501.69078", "Rethinking the Expressive Power of Things", "Bohang Zhang|Shengjie Luo", "ICLR", 2023, null, "Outstanding Paper", null),
                ("2501.69079", "Path-Augmented Graph Things", "Benson Chen", "ICML", 2019, "Workshop LRG", null, null),
                ("2501.69080", "Transformer for Things: An Overview", "Erxue Min", null, null, null, null, null),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note, entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null)));
    }

    [Fact]
    public void Vancouver_references_with_doi_links_and_proceedings_labelled_by_their_publisher()
    {
        // Batch 145's held-out list, read in 147: "Alley EC, Khimulya G, Church GM. Title. *Nat Methods*. 2019;16(12):1315-1322.
        // doi:[10.1038/...](https://doi.org/...)": the names as written, the title to the sentence after which the source
        // and its year stand, the source as abbreviated; "In: *ICLR*. 2019." a conference's; "*arXiv*. 2022." none; a
        // DOI or "PMLR" labels the paper's link; a distinction after a dash is the venue's note.
        var document = CatalogParser.Parse(
            "## Protein language models\n\n"
            + "1. Alley EC, Khimulya G, Biswas S, AlQuraishi M, Church GM. Unified rational protein engineering with things. *Nat Methods*. 2019;16(12):1315-1322. doi:[10.1038/s41592-019-0598-1](https://doi.org/10.1038/s41592-019-0598-1)\n"
            + "2. Rao RM, Liu J, Verkuil R, et al. MSA Transformer. In: *ICML*. 2021. [PMLR](https://proceedings.mlr.press/v139/rao21a.html)\n"
            + "3. Nijkamp E, Ruffolo JA, Madani A. ProGen2: exploring the boundaries of things. *arXiv*. 2022. [arXiv](https://arxiv.org/abs/2501.69081)\n"
            + "4. Jumper J, Evans R, Pritzel A, et al. Highly accurate protein structure prediction with things. *Nature*. 2021;596(7873):583-589. doi:[10.1038/s41586-021-03819-2](https://doi.org/10.1038/s41586-021-03819-2) \u2014 **Nobel Prize in Chemistry 2024**\n",
            "p.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?)[]
            {
                ("https://doi.org/10.1038/s41592-019-0598-1", "Unified rational protein engineering with things", "Alley EC|Khimulya G|Biswas S|AlQuraishi M|Church GM", "Nat Methods", 2019, null),
                ("https://proceedings.mlr.press/v139/rao21a.html", "MSA Transformer", "Rao RM|Liu J|Verkuil R", "ICML", 2021, null),
                ("https://arxiv.org/abs/2501.69081", "ProGen2: exploring the boundaries of things", "Nijkamp E|Ruffolo JA|Madani A", null, null, null),
                ("https://doi.org/10.1038/s41586-021-03819-2", "Highly accurate protein structure prediction with things", "Jumper J|Evans R|Pritzel A", "Nature", 2021, "Nobel Prize in Chemistry 2024"),
            },
            document.Entries.Select(entry => (entry.Url, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.Rule.Id is "EA0030" or "EA0013");
    }

    [Theory]
    [InlineData("- **AI Safety via Things** \u2014 Irving G., Christiano P. \u0438 Amodei D. \u2014 *\u043f\u0440\u0435\u043f\u0440\u0438\u043d\u0442 arXiv* \u2014 [\u0441\u0442\u0430\u0442\u044c\u044f](https://arxiv.org/abs/2501.69083)", "Irving G.|Christiano P.|Amodei D.", null, null, null)]
    [InlineData("- **Direct Preference Things** \u2014 Rafailov R., Sharma A. \u0438 \u0434\u0440. \u2014 *NeurIPS 2023 (\u0443\u0441\u0442\u043d\u044b\u0439 \u0434\u043e\u043a\u043b\u0430\u0434)* \u2014 [\u0441\u0442\u0430\u0442\u044c\u044f](https://arxiv.org/abs/2501.69083) \u00b7 [\u043a\u043e\u0434](https://github.com/a/b)", "Rafailov R.|Sharma A.", "NeurIPS", 2023, "Oral")]
    [InlineData("- **Concrete Things in AI Safety** \u2014 Dario Amodei, Chris Olah \u0438 Dan Man\u00e9 \u2014 *ICLR 2024 (\u0441\u043f\u043e\u0442\u043b\u0430\u0439\u0442)* \u2014 [\u0441\u0442\u0430\u0442\u044c\u044f](https://arxiv.org/abs/2501.69083)", "Dario Amodei|Chris Olah|Dan Man\u00e9", "ICLR", 2024, "Spotlight")]
    [InlineData("- **Discovering Things with Model-Written Evaluations** \u2014 Ethan Perez, Sam Ringer \u0438 \u0434\u0440. \u2014 *ACL 2023, Findings* \u2014 [\u0441\u0442\u0430\u0442\u044c\u044f](https://arxiv.org/abs/2501.69083)", "Ethan Perez|Sam Ringer", "ACL", 2023, null)]
    [InlineData("- **Ignore Previous Things** \u2014 F\u00e1bio Perez \u0438 Ian Ribeiro \u2014 *\u0441\u0435\u043c\u0438\u043d\u0430\u0440 NeurIPS 2022 (\u043b\u0443\u0447\u0448\u0430\u044f \u0441\u0442\u0430\u0442\u044c\u044f)* \u2014 [\u0441\u0442\u0430\u0442\u044c\u044f](https://arxiv.org/abs/2501.69083)", "F\u00e1bio Perez|Ian Ribeiro", "NeurIPS", 2022, "Best Paper")]
    public void A_list_kept_in_russian_labels_its_links_and_joins_its_names_in_russian(string item, string names, string? venue, int? year, string? note)
    {
        // Batch 147: [статья] and [код] label the paper and the code, "и" joins the last name, "и др." is et al., "препринт
        // arXiv" no venue, "устный доклад" and "спотлайт" Oral and Spotlight; names that end in an initial's full stop end at
        // the spaced em dash after them.
        var entry = Assert.Single(CatalogParser.Parse("## \u0420\u0430\u0437\u0434\u0435\u043b\n\n" + item + "\n", "r.md").Entries);
        Assert.Equal(("2501.69083", names, venue, year, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("*ACL 2023, Findings*", "ACL", 2023, "Findings", VenueKind.Unspecified)]
    [InlineData("*NeurIPS 2023, Datasets and Benchmarks*", "NeurIPS", 2023, "Datasets and Benchmarks", VenueKind.Unspecified)]
    [InlineData("*\u0441\u0435\u043c\u0438\u043d\u0430\u0440 NeurIPS 2022 (\u043b\u0443\u0447\u0448\u0430\u044f \u0441\u0442\u0430\u0442\u044c\u044f)*", "NeurIPS", 2022, "Workshop", VenueKind.Workshop)]
    public void A_venue_field_between_spaced_dashes_keeps_its_track(string venueField, string name, int year, string track, VenueKind kind)
    {
        // Batch 147: "— *ACL 2023, Findings* —" after a bold title and its names: the field's closing dash is no part of the
        // track after the venue's comma; "семинар NeurIPS 2022" is NeurIPS 2022's workshop, its note after it.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Things\n\n- **Judging Things** \u2014 Lianmin Zheng, Wei-Lin Chiang \u2014 " + venueField + " \u2014 [paper](https://arxiv.org/abs/2501.69092)\n",
            "v.md").Entries);
        Assert.Equal((name, year, track, kind), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Kind ?? VenueKind.Unspecified));
    }

    [Fact]
    public void A_venue_column_leading_its_table_leaves_empty_cells_to_the_row_above()
    {
        // Batch 147: "| ICML | Title A | ... |" over "|  | Title B | ... |" and "| \u3003 | Title C | ... |": a leading Venue column
        // grouped as a spreadsheet is; the year from the heading, which also completes "NeurIPS Datasets and Benchmarks".
        var document = CatalogParser.Parse(
            "## 2024\n\n| Venue | Title | Authors | Paper |\n|---|---|---|---|\n"
            + "| ICML (Oral) | Unified Training of Things | Gerald Woo, et al. | [arXiv](https://arxiv.org/abs/2501.69084) |\n"
            + "|  | SparseTSF: Modeling Things | Shengsheng Lin, et al. | [arXiv](https://arxiv.org/abs/2501.69085) |\n"
            + "| \u3003 | Timer: Generative Things | Yong Liu, et al. | [arXiv](https://arxiv.org/abs/2501.69086) |\n"
            + "| NeurIPS Datasets and Benchmarks | Monash Things Archive | Rakshitha Godahewa, et al. | [arXiv](https://arxiv.org/abs/2501.69087) |\n"
            + "| arXiv | Lag-Llama: Towards Things | Kashif Rasul, et al. | [arXiv](https://arxiv.org/abs/2501.69088) |\n",
            "t.md");
        Assert.Equal(
            new (string, string?, int?, string?, string?)[]
            {
                ("2501.69084", "ICML", 2024, null, "Oral"),
                ("2501.69085", "ICML", 2024, null, "Oral"),
                ("2501.69086", "ICML", 2024, null, "Oral"),
                ("2501.69087", "NeurIPS", 2024, "Datasets and Benchmarks", null),
                ("2501.69088", null, null, null, null),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void An_empty_venue_cell_that_does_not_lead_its_table_is_no_venue()
    {
        var document = CatalogParser.Parse(
            "## Papers\n\n| Title | Venue | Code |\n|---|---|---|\n| [Graph Things](https://arxiv.org/abs/2501.69089) | ICLR 2024 | - |\n| [Tree Things](https://arxiv.org/abs/2501.69090) |  | - |\n",
            "t.md");
        Assert.Equal(new[] { "ICLR", null }, document.Entries.Select(entry => entry.Venue?.Name));
    }

    [Theory]
    [InlineData("artykuł")]
    [InlineData("makale")]
    [InlineData("bài")]
    public void A_link_labelled_by_one_lower_case_word_the_reader_does_not_know_is_no_title(string label)
    {
        // Batch 147 read none of a list kept in Russian at first contact: "[статья](https://arxiv.org/...)" after a bold title,
        // a word unknown to the reader, was taken for the title's link. One word in lower case is a list's own word for a
        // link (Polish, Turkish, Vietnamese here), not a title: the bold text is the title, the link the paper's.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Papers\n\n- **Concrete Problems in Things** \u2014 Dario Amodei, Chris Olah \u2014 *ICML 2023* \u2014 [" + label + "](https://arxiv.org/abs/2501.69091)\n",
            "l.md").Entries);
        Assert.Equal(("Concrete Problems in Things", "2501.69091", "Dario Amodei|Chris Olah", "ICML", 2023), (entry.Title, entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("1. `2022-12` **[ACL'23]** [Large Language Models Meet Things](https://arxiv.org/abs/2501.69093) (Daoguang Zan, Bei Chen, Fengji Zhang, et al.)", "Daoguang Zan|Bei Chen|Fengji Zhang", "ACL", 2023, null, null)]
    [InlineData("1. `2021-07` **[arXiv]** [Evaluating Things Trained on Code](https://arxiv.org/abs/2501.69093) [\u2b50 must-read] (Mark Chen, Jerry Tworek, et al.) \u2014 [code](https://github.com/a/b)", "Mark Chen|Jerry Tworek", null, null, null, null)]
    [InlineData("1. `2023-05` **[NeurIPS'23 D&B Spotlight]** [A BIg Bench for Things](https://arxiv.org/abs/2501.69093) (Jinyang Li, Binyuan Hui, Ge Qu, et al.)", "Jinyang Li|Binyuan Hui|Ge Qu", "NeurIPS", 2023, "Datasets and Benchmarks", "Spotlight")]
    public void Names_in_parentheses_after_a_title_link_and_a_bracketed_mark_before_them(string item, string names, string? venue, int? year, string? track, string? note)
    {
        // Batch 148: "[Title](url) (A One, B Two, et al.)": the names without their parentheses or "et al."; a "[⭐ must-read]"
        // mark before them is no name; "D&B Spotlight" after the year is the track and its note.
        var entry = Assert.Single(CatalogParser.Parse("## Function-level\n\n" + item + "\n", "c.md").Entries);
        Assert.Equal(("2501.69093", names, venue, year, track, note), (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void Institutions_in_parentheses_after_a_title_are_no_names()
        => Assert.Empty(Assert.Single(CatalogParser.Parse("## A\n\n- [Things at Scale](https://arxiv.org/abs/2501.69094) (Stanford University, NVIDIA)\n", "c.md").Entries).Authors);

    [Fact]
    public void A_table_whose_header_is_kept_in_Japanese_and_its_full_width_notes()
    {
        // Batch 148's third list read nothing: "| 年 | 会議/論文誌 | タイトル | 著者 | リンク |" named no column the reader knew.
        // The columns are named by the field labels of every language; a venue cell's full-width parentheses hold its note;
        // a benchmark's own name after its title stays in the title.
        var document = CatalogParser.Parse(
            "## サーベイ\n\n| 年 | 会議/論文誌 | タイトル | 著者 | リンク |\n|:---:|:---|:---|:---|:---|\n"
            + "| 2023 | ICCV（最優秀論文賞佳作） | Segment Things | Alexander Kirillov, Eric Mintun ほか | [論文](https://arxiv.org/abs/2501.69101) / [コード](https://github.com/a/b) |\n"
            + "| 2024 | NeurIPS（スポットライト） | SegVol: Universal Things | Yuxin Du, Fan Bai | [論文](https://arxiv.org/abs/2501.69102) |\n"
            + "| 2023 | Medical Image Analysis | The Liver Tumor Segmentation Benchmark (LiTS) | Patrick Bilic, Patrick Christ | [論文](https://arxiv.org/abs/2501.69103) |\n"
            + "| 2022 | arXiv | Medical Things Review | Reza Azad | [論文](https://arxiv.org/abs/2501.69104) |\n",
            "jp.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?)[]
            {
                ("Segment Things", "Alexander Kirillov|Eric Mintun", "https://github.com/a/b", "ICCV", 2023, "Best Paper Honorable Mention"),
                ("SegVol: Universal Things", "Yuxin Du|Fan Bai", string.Empty, "NeurIPS", 2024, "Spotlight"),
                ("The Liver Tumor Segmentation Benchmark (LiTS)", "Patrick Bilic|Patrick Christ", string.Empty, "Medical Image Analysis", 2023, null),
                ("Medical Things Review", "Reza Azad", string.Empty, null, null, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Links.FirstOrDefault(link => link.Kind == LinkKind.Code)?.Url ?? string.Empty, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    // A guard (it passed before batch 149): the benchmark rule keeps a list's nickname off a title that names no benchmark.
    [Fact]
    public void A_list_nickname_after_a_title_still_goes_where_the_title_names_no_benchmark()
        => Assert.Equal(
            "A Reduction of Imitation Learning to No-Regret Online Learning",
            Assert.Single(CatalogParser.Parse("## IL\n\n- A Reduction of Imitation Learning to No-Regret Online Learning (DAgger). [[pdf]](https://arxiv.org/abs/2501.69105)\n", "n.md").Entries).Title);

    [Theory]
    [InlineData("Pubblicato a CCS 2017.", "CCS", 2017, null, null)]
    [InlineData("Accettato a ICLR 2020 (orale).", "ICLR", 2020, null, "Oral")]
    [InlineData("Rivista: npj Digital Medicine, 2020.", "npj Digital Medicine", 2020, null, null)]
    [InlineData("Workshop su FL a NeurIPS 2019.", "NeurIPS", 2019, "Workshop on FL", null)]
    [InlineData("Workshop SpicyFL a NeurIPS 2020. Premio miglior articolo.", "NeurIPS", 2020, "Workshop on SpicyFL", "Best Paper")]
    public void A_list_kept_in_Italian(string venueSentence, string venue, int year, string? track, string? note)
    {
        // Batch 147's Italian list: "e" and "e altri" in the names; "Pubblicato a", "Accettato a" and "Rivista:" before the
        // venue; "Workshop X a Venue Year" as that venue's workshop; "(orale)" and "Premio miglior articolo." as notes;
        // "[[codice]](url)" as the code's link.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Ottimizzazione\n\n1. *Federated Things* \u2014 P. Kairouz, H. B. McMahan e altri. " + venueSentence + " [[pdf]](https://arxiv.org/abs/2501.69106) [[codice]](https://github.com/a/b)\n"
            + "2. *Other Things* \u2014 D. Li e J. Wang. " + venueSentence + " [[pdf]](https://arxiv.org/abs/2501.69107)\n",
            "it.md").Entries.Take(1));
        Assert.Equal(
            ("Federated Things", "P. Kairouz|H. B. McMahan", "a/b", venue, year, track, note),
            (entry.Title, string.Join("|", entry.Authors), (entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_heading_with_its_year_over_one_line_of_bold_labelled_fields()
    {
        // Batch 148's quantum list read nothing: "#### (2021) Title" over "**Authors:** A; B et al. **Published:** Nature
        // Communications 12, 2631 **Links:** [arXiv](url), [Code](url)", the fields on one line. Each bold label starts a
        // field; "Published" names the venue, a journal's volume and page no year, so the heading's year is the venue's.
        var document = CatalogParser.Parse(
            "## Kernels\n\n#### (2021) Power of data in quantum machine learning\n\n"
            + "**Authors:** Hsin-Yuan Huang; Michael Broughton; Masoud Mohseni et al. **Published:** Nature Communications 12, 2631 **Links:** [arXiv](https://arxiv.org/abs/2501.69108), [Code](https://github.com/a/b)\n\n"
            + "A summary of the paper that says what it does.\n\n"
            + "#### (2019) Supervised learning with quantum-enhanced feature spaces\n\n"
            + "**Authors:** Vojtech Havlicek; Antonio D. Corcoles **Published:** NeurIPS 2019 (Spotlight) **Links:** [arXiv](https://arxiv.org/abs/2501.69109)\n",
            "q.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?)[]
            {
                ("Power of data in quantum machine learning", "Hsin-Yuan Huang|Michael Broughton|Masoud Mohseni", "a/b", "Nature Communications", 2021, null),
                ("Supervised learning with quantum-enhanced feature spaces", "Vojtech Havlicek|Antonio D. Corcoles", string.Empty, "NeurIPS", 2019, "Spotlight"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), (entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : string.Empty), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("([Ball\u00e9 et al.](https://arxiv.org/abs/2501.69110), ICLR 2018)", "Ball\u00e9", "ICLR", 2018)]
    [InlineData("([Rippel & Bourdev](https://arxiv.org/abs/2501.69110), ICML 2017)", "Rippel|Bourdev", "ICML", 2017)]
    [InlineData("([van den Oord et al.](https://arxiv.org/abs/2501.69110), NeurIPS 2017; [code](https://github.com/a/b))", "van den Oord", "NeurIPS", 2017)]
    public void A_paper_link_labelled_by_a_short_citation_of_its_authors(string citation, string names, string venue, int year)
    {
        // Batch 149's codec list read nothing: "**Title** ([Ballé et al.](url), ICLR 2018) — summary", the paper's link on a
        // short citation of the names. The label is the link's, not a title, and its surnames are the authors shown.
        var entry = Assert.Single(CatalogParser.Parse("## 2018\n\n- **Variational Things with a Hyperprior** " + citation + " \u2014 side information predicts the scales.\n", "c.md").Entries);
        Assert.Equal(("Variational Things with a Hyperprior", "2501.69110", names, venue, year), (entry.Title, entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_short_citation_link_before_a_bold_title_is_its_paper_s_link()
    {
        // A guard (it passed before batch 149): a short citation that labels the link before a bold title was read as the
        // paper's link already; the venue after the names stays read.
        var entry = Assert.Single(CatalogParser.Parse("## A\n\n- [Ballé et al.](https://arxiv.org/abs/2501.69111) **Hyperprior Things** \u2014 A One, B Two. ICLR 2018.\n", "c.md").Entries);
        Assert.Equal(("2501.69111", "ICLR", 2018), (entry.Arxiv?.Id, entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("- **PhoBERT: Pre-trained Things for Vietnamese** \u2014 Dat Quoc Nguyen v\u00e0 Anh Tuan Nguyen. *Findings of EMNLP 2020*. [[b\u00e0i b\u00e1o]](https://arxiv.org/abs/2501.69112) [[m\u00e3 ngu\u1ed3n]](https://github.com/a/b)", "Dat Quoc Nguyen|Anh Tuan Nguyen", "EMNLP", 2020, "Findings", null)]
    [InlineData("- **QLoRA: Efficient Things** \u2014 Tim Dettmers, Artidoro Pagnoni v\u00e0 c\u1ed9ng s\u1ef1. *NeurIPS 2023* (tr\u00ecnh b\u00e0y mi\u1ec7ng). [[arXiv]](https://arxiv.org/abs/2501.69112) [[m\u00e3 ngu\u1ed3n]](https://github.com/a/b)", "Tim Dettmers|Artidoro Pagnoni", "NeurIPS", 2023, null, "Oral")]
    [InlineData("- **ViSoBERT: Social Things**\n  - T\u00e1c gi\u1ea3: Quoc-Nam Nguyen, Thang Chau Phan v\u00e0 Kiet Van Nguyen\n  - H\u1ed9i ngh\u1ecb: EMNLP 2023\n  - Li\u00ean k\u1ebft: [arXiv](https://arxiv.org/abs/2501.69112) \u00b7 [m\u00e3 ngu\u1ed3n](https://github.com/a/b)\n  - Ghi ch\u00fa: Hu\u1ea5n luy\u1ec7n tr\u00ean v\u0103n b\u1ea3n m\u1ea1ng x\u00e3 h\u1ed9i.", "Quoc-Nam Nguyen|Thang Chau Phan|Kiet Van Nguyen", "EMNLP", 2023, null, null)]
    public void A_list_kept_in_Vietnamese(string item, string names, string venue, int year, string? track, string? note)
    {
        // Batch 149's list kept in Vietnamese: "và" between the last names, "và cộng sự" for et al., the link words bài báo
        // and mã nguồn, "(trình bày miệng)" for an oral, and sub-items labelled Tác giả, Hội nghị, Liên kết and Ghi chú.
        var entry = Assert.Single(CatalogParser.Parse("## M\u00f4 h\u00ecnh\n\n" + item + "\n", "vi.md").Entries);
        Assert.Equal(
            ("2501.69112", names, "a/b", venue, year, track, note),
            (entry.Arxiv?.Id, string.Join("|", entry.Authors), (entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("[Deduplicating Things][dedup] (Katherine Lee, Daphne Ippolito, ...; _ACL 2022_) [[code]][code]", "ACL", 2022)]
    [InlineData("[Deduplicating Things][dedup] (Katherine Lee, Daphne Ippolito; _arXiv 2023_)", null, null)]
    [InlineData("[Deduplicating Things](https://arxiv.org/abs/2501.69113) (Katherine Lee, Daphne Ippolito) _ACL 2022_ [[code]](https://github.com/a/b)", "ACL", 2022)]
    public void Names_and_their_venue_in_one_parenthesis_after_a_title(string item, string? venue, int? year)
    {
        // Batch 149's list of reference links: "(A One, B Two, ...; _ACL 2022_)" held the names and the venue, and the names
        // kept the parenthesis. The venue after a semicolon is read as a sentence after the names; the ellipsis is et al.
        // Names in parentheses with the venue after them ("(A One, B Two) _ACL 2022_") ran into the venue before.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Dedup\n\n20. " + item + "\n\n[dedup]: https://arxiv.org/abs/2501.69113 \"arXiv\"\n[code]: https://github.com/a/b\n",
            "r.md").Entries);
        Assert.Equal(("Deduplicating Things", "2501.69113", "Katherine Lee|Daphne Ippolito", venue, year), (entry.Title, entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_table_with_a_first_author_column_and_emoji_links()
    {
        // Batch 150's table list read every paper but no author: "| Paper | First author | Published | Links |" named its
        // authors' column in a way the reader did not know, and each emoji link ("[📄](url) [💻](url) [🤗](url)") was
        // reported as an unknown label. An emoji alone says what its link is: the page the paper, the computer the code.
        var document = CatalogParser.Parse(
            "## Kernels\n\n| Paper | First author | Published | Links |\n|---|---|---|---|\n"
            + "| **FlashThings-2**: Faster Things with Better Parallelism | Tri Dao | ICLR'24 | [\U0001F4C4](https://arxiv.org/abs/2501.69114) [\U0001F4BB](https://github.com/a/b) |\n"
            + "| Efficient Memory Things for Serving | Woosuk Kwon et al. | SOSP'23 \u00b7 Oral | [\U0001F4C4](https://arxiv.org/abs/2501.69115) [\U0001F4BB](https://github.com/c/d) [\U0001F917](https://huggingface.co/e/f) |\n",
            "i.md");
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0013");
        Assert.Equal(
            new (string, string, LinkKind[], string?, int?, string?)[]
            {
                ("2501.69114", "Tri Dao", new[] { LinkKind.Paper, LinkKind.Code }, "ICLR", 2024, null),
                ("2501.69115", "Woosuk Kwon", new[] { LinkKind.Paper, LinkKind.Code, LinkKind.Model }, "SOSP", 2023, "Oral"),
            },
            document.Entries.Select(entry => (entry.Arxiv!.Id, string.Join("|", entry.Authors), entry.Links.Select(link => link.Kind).ToArray(), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_paragraph_of_a_bold_title_link_over_sub_and_sup_lines()
    {
        // Batch 150's graph list read nothing (and left one PDF-linked paper in silence): each paper a paragraph of
        // "**[Title](url)**", "<sub>names</sub>" and "<sup>Venue · Spotlight</sup> [code](url)" over hard breaks. A bold title
        // link on a line of its own is an entry's title, as a plain one is; one alone, or over lines that run on, stays a
        // list's own paper named in its introduction.
        var document = CatalogParser.Parse(
            "# Graph RL\n\n**[Our Own Survey of Things](https://arxiv.org/abs/2501.69116)**\n\n## Foundations\n\n"
            + "**[Pointer Things](https://arxiv.org/abs/2501.69117)**  \n<sub>Oriol Vinyals, Meire Fortunato, Navdeep Jaitly</sub>  \n<sup>NeurIPS 2015 \u00b7 Spotlight</sup> &nbsp;[code](https://github.com/a/b)\n\n"
            + "**[Resource Things with Deep RL](https://people.csail.mit.edu/a/papers/deeprm-hotnets16.pdf)**  \n<sub>Hongzi Mao, Mohammad Alizadeh, et al.</sub>  \n<sup>HotNets 2016</sup>\n\n"
            + "**[Learning Things](https://arxiv.org/abs/2501.69118)**  \n<sub>Irwan Bello, Hieu Pham, et al.</sub>  \n<sup>arXiv 2016</sup>\n",
            "g.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("Pointer Things", "Oriol Vinyals|Meire Fortunato|Navdeep Jaitly", "NeurIPS", 2015, "Spotlight"),
                ("Resource Things with Deep RL", "Hongzi Mao|Mohammad Alizadeh", "HotNets", 2016, null),
                ("Learning Things", "Irwan Bello|Hieu Pham", null, null, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Theory]
    [InlineData("- **TURNA: A Turkish Things Model** \u2014 G\u00f6k\u00e7e Uludo\u011fan ve Zeynep Yirmibe\u015fo\u011flu Balal. *Findings of ACL 2024*. [[makale]](https://arxiv.org/abs/2501.69119) [[kod]](https://github.com/a/b)", "Findings", null)]
    [InlineData("- **Direct Things Optimization** \u2014 G\u00f6k\u00e7e Uludo\u011fan, Zeynep Yirmibe\u015fo\u011flu Balal ve di\u011ferleri. *ACL 2024* (s\u00f6zl\u00fc sunum). [[makale]](https://arxiv.org/abs/2501.69119) [[kod]](https://github.com/a/b)", null, "Oral")]
    [InlineData("- **Mukayese: Turkish Things**\n  - Yazarlar: G\u00f6k\u00e7e Uludo\u011fan ve Zeynep Yirmibe\u015fo\u011flu Balal\n  - Konferans: ACL 2024 (en iyi makale \u00f6d\u00fcl\u00fc)\n  - Ba\u011flant\u0131lar: [arXiv](https://arxiv.org/abs/2501.69119) \u00b7 [kod](https://github.com/a/b)", null, "Best Paper")]
    public void A_list_kept_in_Turkish(string item, string? track, string? note)
    {
        // Batch 150's list kept in Turkish: "ve" before the last name, "ve diğerleri" for et al., the link words makale and kod,
        // "(sözlü sunum)" and "(en iyi makale ödülü)", and sub-items labelled Yazarlar, Konferans and Bağlantılar.
        var entry = Assert.Single(CatalogParser.Parse("## T\u00fcrk\u00e7e modeller\n\n" + item + "\n", "tr.md").Entries);
        Assert.Equal(
            ("2501.69119", "G\u00f6k\u00e7e Uludo\u011fan|Zeynep Yirmibe\u015fo\u011flu Balal", "a/b", "ACL", 2024, track, note),
            (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("- [CMPE 561 Do\u011fal Dil \u0130\u015fleme ders notlar\u0131 (PDF)](https://www.example.edu/cmpe561/ders-notlari.pdf)")]
    [InlineData("- [Neural Networks lecture notes (PDF)](https://www.example.edu/nn/notes.pdf)")]
    public void Material_named_by_its_last_words_before_the_file_s_kind_is_no_paper(string item)
    {
        // Batch 150's Turkish list read its course notes as a paper: "... ders notları (PDF)", the material's name, then the
        // file's kind in parentheses. The PDF it links is reported, not read.
        var document = CatalogParser.Parse("## Kaynaklar\n\n" + item + "\n", "m.md");
        Assert.Empty(document.Entries);
        Assert.Contains(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Theory]
    [InlineData("1. **HerBERT: Efficiently Pretrained Things for Polish** \u2014 Robert Mroczkowski, Piotr Rybak i Ireneusz Gawlik. *BSNLP 2021* (wyst\u0105pienie ustne) \u00b7 [artyku\u0142](https://arxiv.org/abs/2501.69120) \u00b7 [kod](https://github.com/a/b)", "BSNLP", 2021, "Oral")]
    [InlineData("1. **Bielik 7B: Polish Things** \u2014 Robert Mroczkowski, Piotr Rybak i in. *preprint arXiv, 2024* \u00b7 [arXiv](https://arxiv.org/abs/2501.69120) \u00b7 [kod](https://github.com/a/b)", null, null, null)]
    [InlineData("1. **KLEJ: Comprehensive Things for Polish**\n   - Autorzy: Robert Mroczkowski, Piotr Rybak\n   - Konferencja: ACL 2020 (najlepszy artyku\u0142)\n   - Linki: [arXiv](https://arxiv.org/abs/2501.69120) \u00b7 [kod](https://github.com/a/b)", "ACL", 2020, "Best Paper")]
    public void A_list_kept_in_Polish(string item, string? venue, int? year, string? note)
    {
        // Batch 151's list kept in Polish: "i" before the last name, "i in." for et al., [artykuł] and [kod], "(wystąpienie
        // ustne)", "preprint arXiv", and sub-items labelled Autorzy, Konferencja and Linki.
        var entry = Assert.Single(CatalogParser.Parse("## Modele j\u0119zykowe\n\n" + item + "\n", "pl.md").Entries);
        Assert.Equal(
            ("2501.69120", "Robert Mroczkowski|Piotr Rybak" + (item.Contains("Gawlik") ? "|Ireneusz Gawlik" : string.Empty), "a/b", venue, year, note),
            (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_details_summary_over_a_list_of_fields()
    {
        // Batch 151's agents list read every paper with the title "Links": "<details><summary><b>Title</b> · ICLR 2024
        // (Oral)</summary>" over a list of "**Authors:**", "**Links:**" and "**TL;DR:**" items. The summary is the title and
        // venue, the list its fields, as a paragraph of field lines under a summary already was.
        var document = CatalogParser.Parse(
            "## Web\n\n<details><summary><b>The Dawn of Things with GPT-4V(ision)</b> \u00b7 ICLR 2024 (Oral)</summary>\n\n"
            + "- **Authors:** Shunyu Yao, Jeffrey Zhao, Dian Yu, et al.\n- **Links:** [OpenReview](https://openreview.net/forum?id=WE_vluYUL-X) \u00b7 [Code](https://github.com/a/b)\n- **TL;DR:** Interleave thoughts and actions.\n\n</details>\n",
            "d.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(
            ("The Dawn of Things with GPT-4V(ision)", "Shunyu Yao|Jeffrey Zhao|Dian Yu", "https://openreview.net/forum?id=WE_vluYUL-X", "ICLR", 2024, "Oral"),
            (entry.Title, string.Join("|", entry.Authors), entry.Url, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_details_summary_over_fields_whose_bullet_markers_change()
    {
        // The corpus variations caught it: "- **Authors:** ..." over "* **Links:** ..." are two lists to Markdig (a change
        // of bullet marker starts a new one); both are the summary's fields, not entries titled "Links".
        var entry = Assert.Single(CatalogParser.Parse(
            "## Web\n\n<details><summary><b>Things with GPT-4V</b> \u00b7 ICLR 2024</summary>\n\n"
            + "- **Authors:** Shunyu Yao, Jeffrey Zhao, et al.\n* **Links:** [arXiv](https://arxiv.org/abs/2501.69131) \u00b7 [Code](https://github.com/a/b)\n+ **TL;DR:** Thoughts and actions.\n\n</details>\n",
            "d.md").Entries);
        Assert.Equal(("Things with GPT-4V", "Shunyu Yao|Jeffrey Zhao", "ICLR", 2024), (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_list_that_names_its_papers_before_a_dash_and_links_them_by_their_venue()
    {
        // Batch 151's protein list: "N. Nickname — Title. *Surname et al.* [Nature 2021](url) | [GitHub](url)". Where most of a
        // list's items start so, the name before the dash is the list's, not the title's (a title of its own may hold a
        // dash: "MVTec AD — A Comprehensive Real-World Dataset ..." in a list not written so keeps it). The venue labels the
        // paper's link; a distinction in brackets after it is its note.
        var document = CatalogParser.Parse(
            "## Structure\n\n"
            + "1. AlphaFold 2 \u2014 Highly accurate protein structure prediction with AlphaFold. *Jumper et al.* [Nature 2021](https://www.nature.com/articles/s41586-021-03819-2) | [GitHub](https://github.com/a/b)\n"
            + "2. trRosetta \u2014 Improved protein structure prediction using predicted orientations. *Yang et al.* [PNAS 2020](https://www.pnas.org/doi/10.1073/pnas.1914677117)\n"
            + "3. MSA Transformer \u2014 MSA Transformer. *Rao et al.* [ICML 2021](https://proceedings.mlr.press/v139/rao21a.html)\n"
            + "4. FoldFlow \u2014 Stochastic Flow Matching for Protein Backbones. *Bose et al.* [ICLR 2024](https://arxiv.org/abs/2501.69121) [Spotlight] | [GitHub](https://github.com/c/d)\n"
            + "\n## Other\n\n- MVTec AD \u2014 A Comprehensive Real-World Dataset for Unsupervised Things. [[paper]](https://arxiv.org/abs/2501.69122)\n",
            "p.md");
        Assert.Equal(
            new (string, string, string?, int?, string?)[]
            {
                ("Highly accurate protein structure prediction with AlphaFold", "Jumper", "Nature", 2021, null),
                ("Improved protein structure prediction using predicted orientations", "Yang", "PNAS", 2020, null),
                ("MSA Transformer", "Rao", "ICML", 2021, null),
                ("Stochastic Flow Matching for Protein Backbones", "Bose", "ICLR", 2024, "Spotlight"),
                ("MVTec AD \u2014 A Comprehensive Real-World Dataset for Unsupervised Things", string.Empty, null, null, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_link_labelled_by_a_venue_and_its_year_is_reported_when_its_entry_is_not_read()
    {
        // Batch 151's protein list left three papers in silence: linked on journal hosts the reader did not know, labelled by
        // the journal and its year ("[Physical Review Letters 2022](https://journals.aps.org/...)"), in entries it did not
        // read. Such a label says the link is a paper's, wherever it points; a venue's listing page is none.
        var document = CatalogParser.Parse(
            "## A\n\nSee [Some Journal of Things 2022](https://journals.example.org/article/10.1000/xyz123) for the details, as explained.\n\n"
            + "We collected the papers of [ICLR'24](https://openreview.net/group?id=ICLR.cc/2024/Conference) too.\n",
            "s.md");
        Assert.Empty(document.Entries);
        Assert.Equal(new[] { 3 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0030").Select(diagnostic => diagnostic.Span.Line));
    }

    [Theory]
    [InlineData("- **IndoNLU: Things for Indonesian** \u2014 Bryan Wilie, Karissa Vincentio, dkk. *AACL 2020* (presentasi lisan). [[makalah]](https://arxiv.org/abs/2501.69123) [[kode]](https://github.com/a/b)", "Bryan Wilie|Karissa Vincentio", null, "Oral")]
    [InlineData("- **IndoLEM: Things** \u2014 Bryan Wilie dan Karissa Vincentio. *AACL 2020* (sesi demo). [[makalah]](https://arxiv.org/abs/2501.69123) [[kode]](https://github.com/a/b)", "Bryan Wilie|Karissa Vincentio", "Demo", null)]
    [InlineData("- **Aya Things**\n  - Penulis: Bryan Wilie, Karissa Vincentio, dkk.\n  - Konferensi: AACL 2020\n  - Penghargaan: makalah terbaik\n  - Tautan: [arXiv](https://arxiv.org/abs/2501.69123) \u00b7 [kode](https://github.com/a/b)", "Bryan Wilie|Karissa Vincentio", null, "Best Paper")]
    public void A_list_kept_in_Indonesian_is_one_table_of_words(string item, string names, string? track, string? note)
    {
        // Batch 152's list kept in Indonesian, read once its words were one more table in ListLanguages: "dan", "dkk.",
        // [[makalah]] and [[kode]], "(presentasi lisan)", "(sesi demo)" as the Demo track, sub-items labelled Penulis,
        // Konferensi, Tautan, and an award's own field, Penghargaan (as English's Award).
        var entry = Assert.Single(CatalogParser.Parse("## Model bahasa\n\n" + item + "\n", "id.md").Entries);
        Assert.Equal(
            ("2501.69123", names, "a/b", "AACL", 2020, track, note),
            (entry.Arxiv?.Id, string.Join("|", entry.Authors), entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void An_ieee_reference_to_a_well_known_venue_s_workshop()
    {
        // Batch 152's IEEE references: "in *Proc. NIPS Workshop on Bayesian Deep Learning*, 2016" is NIPS 2016's workshop,
        // as "in *Proc. ICLR*, 2017" is ICLR 2017; a proceedings' own long name is kept as written.
        var document = CatalogParser.Parse(
            "## GAE\n\n"
            + "1. T. N. Kipf and M. Welling, \"Variational graph auto-encoders,\" in *Proc. NIPS Workshop on Bayesian Deep Learning*, 2016. [[PDF]](https://arxiv.org/pdf/2501.69124)\n"
            + "2. T. N. Kipf and M. Welling, \"Semi-supervised classification with graph convolutional networks,\" in *Proc. ICLR*, 2017. [[PDF]](https://arxiv.org/pdf/2501.69125)\n",
            "ieee.md");
        Assert.Equal(
            new (string, string, VenueKind?, string?, int?, string?)[]
            {
                ("Variational graph auto-encoders", "T. N. Kipf|M. Welling", VenueKind.Workshop, "NIPS", 2016, "Workshop on Bayesian Deep Learning"),
                ("Semi-supervised classification with graph convolutional networks", "T. N. Kipf|M. Welling", VenueKind.Unspecified, "ICLR", 2017, null),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Kind, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track)));
    }

    [Fact]
    public void Two_words_joined_by_and_are_a_citation_only_where_a_citation_stands()
    {
        // The review of batch 149's short citations: "[Rippel & Bourdev](url), ICML 2017)" in a parenthesis cites the
        // authors, but "[Code & Data](url)" is a link's own label and "[Pixels and Voxels](url)" a two-word title.
        var document = CatalogParser.Parse(
            "## A\n\n- [Pixels and Voxels](https://arxiv.org/abs/2501.69126) \u2014 A One, B Two. ICLR 2018. [Code & Data](https://github.com/a/b)\n"
            + "- **Real-Time Things** ([Rippel & Bourdev](https://arxiv.org/abs/2501.69127), ICML 2017) \u2014 a pyramidal codec.\n",
            "c.md");
        Assert.Equal(
            new (string, string, string?)[] { ("Pixels and Voxels", "A One|B Two", "a/b"), ("Real-Time Things", "Rippel|Bourdev", null) },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null)));
    }

    [Fact]
    public void A_title_that_ends_in_an_english_kind_of_material_before_pdf_is_still_a_paper()
        => Assert.Equal(
            "Temporal Segment Networks for Action Recognition in Videos (PDF)",
            Assert.Single(CatalogParser.Parse("## A\n\n- [Temporal Segment Networks for Action Recognition in Videos (PDF)](https://arxiv.org/abs/2501.69128) \u2014 A One, B Two. ECCV 2016.\n", "v.md").Entries).Title);

    [Theory]
    [InlineData("(S\u00f6zl\u00fc sunum)", "Oral")]
    [InlineData("(Najlepszy artyku\u0142)", "Best Paper")]
    public void A_distinction_in_another_language_is_translated_in_any_case(string written, string note)
        => Assert.Equal(
            note,
            Assert.Single(CatalogParser.Parse("## A\n\n- **Direct Things** \u2014 A One, B Two. *ACL 2024* " + written + ". [[paper]](https://arxiv.org/abs/2501.69129)\n", "n.md").Entries).Venue?.Note);

    [Fact]
    public void A_venue_s_own_page_labelled_by_the_venue_is_no_paper_s_link()
    {
        // EA0030 counts a link labelled by a venue and its year as a paper's (batch 151), but not one to the venue's own site.
        var document = CatalogParser.Parse("## Events\n\nSee you at [EMNLP 2023](https://2023.emnlp.org/program/) in Singapore, as every year.\n", "s.md");
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Theory]
    [InlineData("- **OpenVLA: An Open-Source Things** \u00b7 CoRL 2024 \U0001F525 \u00b7 [paper](https://arxiv.org/abs/2501.69130)")]
    [InlineData("- **OpenVLA: An Open-Source Things** \u2014 CoRL 2024 \U0001F525 [paper](https://arxiv.org/abs/2501.69130)")]
    public void A_venue_an_emoji_follows_is_no_name(string item)
    {
        // Batch 151's details list read "· CoRL 2024 🔥" after a title as the names: the emoji kept the piece from reading as
        // a venue. It is the venue, and no author is read from it.
        var entry = Assert.Single(CatalogParser.Parse("## Robots\n\n" + item + "\n", "e.md").Entries);
        Assert.Equal((string.Empty, "CoRL", 2024), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_blockquote_card_with_keyboard_tags_is_an_entry()
    {
        // Batch 154's cards: a bold title with its venue and note in <kbd> tags, the names, then a line of links, as lines
        // of one blockquote that run on (no hard break). 0 of 64 read at first contact, every paper reported (EA0030).
        var document = CatalogParser.Parse(
            "## Models\n\n"
            + "> **LLaVA: Visual Things** <kbd>NeurIPS 2023</kbd> <kbd>Oral</kbd>\n"
            + "> A One, B Two, C Three\n"
            + "> [\U0001F4C4 Paper](https://huggingface.co/papers/2501.69131) \u00b7 [\U0001F4BB Code](https://github.com/a/b)\n\n"
            + "> **LAION-Things: An Open Dataset** <kbd>NeurIPS 2022 Datasets & Benchmarks</kbd> <kbd>Outstanding Paper</kbd>\n"
            + "> D Four, E Five, et al.\n"
            + "> [\U0001F4C4 OpenReview](https://openreview.net/forum?id=M3Y74vmsMcY)\n",
            "k.md");
        Assert.Empty(document.Diagnostics);
        Assert.Collection(
            document.Entries,
            entry =>
            {
                Assert.Equal(("LLaVA: Visual Things", "A One|B Two|C Three", "2501.69131", "a/b"), (entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id, entry.Repository is { } repository ? repository.Owner + "/" + repository.Name : null));
                Assert.Equal(("NeurIPS", 2023, (string?)null, "Oral"), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
            },
            entry =>
            {
                Assert.Equal(("LAION-Things: An Open Dataset", "D Four|E Five", "https://openreview.net/forum?id=M3Y74vmsMcY"), (entry.Title, string.Join("|", entry.Authors), entry.Url));
                Assert.Equal(("NeurIPS", 2022, "Datasets and Benchmarks", "Outstanding Paper"), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
            });
    }

    [Fact]
    public void A_bold_line_over_lines_that_end_in_no_links_is_no_card()
    {
        // Guard (passed before): the card needs its last line to be links; a bold lead-in over prose that links a paper
        // inside a sentence is the list's text.
        var document = CatalogParser.Parse(
            "## About\n\n> **Why this list**\n> We collect papers such as [LLaVA](https://arxiv.org/abs/2304.08485) and more,\n> updated weekly.\n", "g.md");
        Assert.Empty(document.Entries);
    }

    [Theory]
    [InlineData("In *Proceedings of the 28th ACM International Conference on Information and Knowledge Management* (CIKM '19). ACM, New York, NY, USA, 1441\u20131450. https://doi.org/10.1145/3357384.3357895 [[arXiv]](https://arxiv.org/abs/2501.69140)", "CIKM", 2019, null, null)]
    [InlineData("In *2018 IEEE International Conference on Data Mining (ICDM)*. IEEE, 197\u2013206. [[arXiv]](https://arxiv.org/abs/2501.69140) [[code]](https://github.com/a/b)", "ICDM", 2018, null, null)]
    [InlineData("In *Proceedings of the Twenty-Eighth International Joint Conference on Artificial Intelligence, IJCAI-19*. International Joint Conferences on Artificial Intelligence Organization, 6332\u20136338. [[arXiv]](https://arxiv.org/abs/2501.69140)", "IJCAI", 2019, null, null)]
    [InlineData("In *Proceedings of the 2017 ACM on Conference on Information and Knowledge Management*. ACM, New York, NY, USA, 1419\u20131428. [[arXiv]](https://arxiv.org/abs/2501.69140)", "CIKM", 2017, null, null)]
    [InlineData("*ACM Trans. Inf. Syst.* 41, 3, Article 67 (2023), 39 pages. https://doi.org/10.1145/3564284 [[arXiv]](https://arxiv.org/abs/2501.69140)", "TOIS", 2023, null, null)]
    [InlineData("*IEEE Transactions on Knowledge and Data Engineering* 36, 1 (2024), 335\u2013355. [[arXiv]](https://arxiv.org/abs/2501.69140)", "TKDE", 2024, null, null)]
    [InlineData("In *Proceedings of the 1st Workshop on Deep Learning for Recommender Systems at RecSys '16*. ACM, New York, NY, USA, 7\u201310. [[arXiv]](https://arxiv.org/abs/2501.69140)", "RecSys", 2016, "Workshop", null)]
    [InlineData("In *Findings of the Association for Computational Linguistics: NAACL 2024*. Association for Computational Linguistics, Mexico City, Mexico, 4351\u20134364. [[paper]](https://arxiv.org/abs/2501.69140)", "NAACL", 2024, "Findings", null)]
    [InlineData("In *Proceedings of the 13th ACM Conference on Recommender Systems* (RecSys '19). ACM, New York, NY, USA, 101\u2013109. https://doi.org/10.1145/3298689.3347058 [[arXiv]](https://arxiv.org/abs/2501.69140) \U0001F3C6 Best Paper Award", "RecSys", 2019, null, "Best Paper Award")]
    [InlineData("*arXiv preprint arXiv:2501.69140* (2023). [[arXiv]](https://arxiv.org/abs/2501.69140)", null, null, null, null)]
    public void An_acm_reference_format_citation_reads_its_title_names_and_source(string source, string? venue, int? year, string? track, string? note)
    {
        // Batch 154's ACM Reference Format list: the names, the year as a sentence, the title, the source. At first contact
        // every title held the names or the source, and 2 of 56 venues were right.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Sequential\n\n1. Fei Sun, Jun Liu, Quan Z. Sheng, and Peng Jiang. " + (year ?? 2023).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ". Are Things Necessary? Simple Things for Recommendation. " + source + "\n",
            "acm.md").Entries);
        Assert.Equal(("Are Things Necessary? Simple Things for Recommendation", "Fei Sun|Jun Liu|Quan Z. Sheng|Peng Jiang", "2501.69140"), (entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id));
        Assert.Equal((venue, year, track, note), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note));
    }

    [Fact]
    public void A_citation_s_doi_url_written_as_text_links_its_paper()
    {
        // Batch 154: the ACM Reference Format ends in the DOI's URL, bare; where the item links nothing else it is the
        // paper's link (8 papers reported at first contact, none read).
        var entry = Assert.Single(CatalogParser.Parse(
            "## CTR\n\n1. Paul Covington, Jay Adams, and Emre Sargin. 2016. Deep Things for YouTube Recommendations. In *Proceedings of the 10th ACM Conference on Recommender Systems* (RecSys '16). ACM, New York, NY, USA, 191\u2013198. https://doi.org/10.1145/2959100.2959190\n",
            "doi.md").Entries);
        Assert.Equal(("Deep Things for YouTube Recommendations", "https://doi.org/10.1145/2959100.2959190", "RecSys", 2016), (entry.Title, entry.Url, entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void An_outline_of_year_and_venue_labels_gives_the_papers_under_them_their_venue()
    {
        // Batch 153's outline: "- **2024**" over "  - **ICML**" over the papers, the venue and year only in the labels above
        // them; a note after the names. 0 of 54 venues at first contact.
        var document = CatalogParser.Parse(
            "## Fine-Tuning\n\n"
            + "- **2024**\n"
            + "  - **ICML**\n"
            + "    - [DoRA: Weight-Decomposed Things](https://arxiv.org/abs/2501.69150) \u2014 A One, B Two \u00b7 Oral \u00b7 [code](https://github.com/a/b)\n"
            + "  - **ICLR Workshop**\n"
            + "    - [Undoing Safety Things](https://arxiv.org/abs/2501.69151) \u2014 C Three, D Four\n"
            + "  - **arXiv**\n"
            + "    - [A Guide to Things](https://arxiv.org/abs/2501.69152) \u2014 E Five\n"
            + "- **2023**\n"
            + "  - **NeurIPS Datasets and Benchmarks**\n"
            + "    - [Bench Things](https://arxiv.org/abs/2501.69153) \u2014 F Six\n"
            + "  - **TMLR**\n"
            + "    - [Less Things](https://arxiv.org/abs/2501.69154) \u2014 G Seven, et al. \u00b7 Featured Certification\n",
            "o.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, string?)[]
            {
                ("DoRA: Weight-Decomposed Things", "A One|B Two", "ICML", 2024, null, "Oral"),
                ("Undoing Safety Things", "C Three|D Four", "ICLR", 2024, "Workshop", null),
                ("A Guide to Things", "E Five", null, null, null, null),
                ("Bench Things", "F Six", "NeurIPS", 2023, "Datasets and Benchmarks", null),
                ("Less Things", "G Seven", "TMLR", 2023, null, "Featured Certification"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void A_preprints_label_in_an_outline_is_no_venue_under_a_venue_s_heading()
    {
        // The outline's label is nearer than the heading: "### ICLR 2024" over "- **arXiv**" over a paper is a preprint.
        var entry = Assert.Single(CatalogParser.Parse(
            "### ICLR 2024\n\n- **arXiv**\n  - [Preprinted Things](https://arxiv.org/abs/2501.69155) \u2014 A One, B Two\n", "p.md").Entries);
        Assert.Null(entry.Venue);
    }

    [Fact]
    public void A_note_after_the_names_is_the_note_of_the_heading_s_venue()
    {
        // "### NeurIPS 2023" over "- [Title](url) — A One, B Two · Spotlight": the names, then the distinction, for the
        // venue the heading names.
        var entry = Assert.Single(CatalogParser.Parse(
            "### NeurIPS 2023\n\n- [Spotted Things](https://arxiv.org/abs/2501.69156) \u2014 A One, B Two \u00b7 Spotlight\n", "s.md").Entries);
        Assert.Equal(("A One|B Two", "NeurIPS", 2023, "Spotlight"), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void An_item_that_links_something_is_no_outline_label()
    {
        // Guard (passed before): a parent item with a link of its own is an entry or a project, not a label; its
        // sub-items get no venue from its text.
        var document = CatalogParser.Parse(
            "## Tools\n\n- [ICML](https://icml.cc/) resources\n  - [Some Things](https://arxiv.org/abs/2501.69157) \u2014 A One, B Two\n", "g.md");
        Assert.All(document.Entries, entry => Assert.Null(entry.Venue));
    }

    [Fact]
    public void A_heading_over_a_table_of_its_fields_is_an_entry()
    {
        // Batch 155's cards: "#### Title" over a two-column table of fields, its header empty. 0 of 69 read at first contact
        // (every paper reported but one, linked to an ICML PDF, in silence).
        var document = CatalogParser.Parse(
            "## Latent world models\n\n"
            + "#### Learning Latent Things from Pixels\n\n| | |\n|---|---|\n"
            + "| **Authors** | A One, B Two, et al. |\n| **Venue** | ICML 2019 |\n"
            + "| **Links** | [PMLR](https://proceedings.mlr.press/v97/hafner19a.html) \u00b7 [Code](https://github.com/a/b) |\n"
            + "| **TL;DR** | The state-space model later agents build on, planning in latent space. |\n\n"
            + "#### Dreaming Things\n\n| | |\n|---|---|\n"
            + "| **Authors** | C Three |\n| **Conference** | ICLR 2020 |\n| **Note** | Oral |\n| **Links** | [arXiv](https://arxiv.org/abs/2501.69160) |\n\n"
            + "#### World Things\n\n| | |\n|---|---|\n"
            + "| **Authors** | D Four, E Five |\n| **Venue** | arXiv preprint |\n| **Links** | [arXiv](https://arxiv.org/abs/2501.69161) |\n"
            + "| **TL;DR** | A dream of a controller; the conference version appeared at NeurIPS 2018 (see next card). |\n\n"
            + "#### MBRL-Things\n\n| | |\n|---|---|\n"
            + "| **Type** | Library |\n| **Links** | [GitHub](https://github.com/c/d) \u00b7 [Paper](https://arxiv.org/abs/2501.69162) |\n",
            "w.md");
        Assert.Equal(
            new (string, string, string?, int?, string?, string)[]
            {
                ("Learning Latent Things from Pixels", "A One|B Two", "ICML", 2019, null, "https://proceedings.mlr.press/v97/hafner19a.html"),
                ("Dreaming Things", "C Three", "ICLR", 2020, "Oral", "https://arxiv.org/abs/2501.69160"),
                ("World Things", "D Four|E Five", null, null, null, "https://arxiv.org/abs/2501.69161"),
            },
            document.Entries.Select(entry => (entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note, entry.Url)));
        Assert.Equal("a/b", document.Entries[0].Repository is { } repository ? repository.Owner + "/" + repository.Name : null);
    }

    [Fact]
    public void A_heading_over_a_table_of_results_is_no_card()
    {
        // Guard (passed before): a two-column table under a heading whose first column holds no field's label (a
        // leaderboard's models) is a table of the section, read as tables are.
        var document = CatalogParser.Parse(
            "#### Atari 100k\n\n| | |\n|---|---|\n| **EfficientZero** | 194.3% |\n| **DreamerV3** | 112.0% |\n\nSee [the leaderboard](https://arxiv.org/abs/2501.69163).\n", "l.md");
        Assert.DoesNotContain(document.Entries, entry => entry.Title == "Atari 100k");
    }

    [Theory]
    [InlineData("Haddow, B., Bawden, R., & Birch, A. (2022). Survey of Low-Resource Machine Things. *Computational Linguistics*. [[MIT Press]](https://direct.mit.edu/coli/article/48/3/673/111479)", "Survey of Low-Resource Machine Things", "https://direct.mit.edu/coli/article/48/3/673/111479")]
    [InlineData("Wang-Cheng Kang and Julian McAuley. 2018. Self-Attentive Things. In *2018 IEEE International Conference on Data Mining (ICDM)*. IEEE, 197\u2013206. [[IEEE]](https://www.computer.org/csdl/proceedings-article/icdm/2018/12345) [[code]](https://github.com/a/b)", "Self-Attentive Things", "https://www.computer.org/csdl/proceedings-article/icdm/2018/12345")]
    public void A_citation_linked_to_a_host_the_reader_does_not_know_is_read(string item, string title, string url)
    {
        // Batch 155's Chicago list lost a paper linked only to its publisher's page (pubs.rsc.org), with no entry and no
        // diagnostic; the same held for any citation style. A citation's text says the item is a paper: its link that
        // is no code's is the paper's, whatever the host.
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n- " + item + "\n", "c.md").Entries);
        Assert.Equal((title, url), (entry.Title, entry.Url));
    }

    [Fact]
    public void A_numbered_heading_of_blogs_holds_no_papers()
    {
        // Batch 157: "## 6. Blogs" over blog posts laid out as the list's papers are; the section's number kept the heading
        // from reading as one of other material, and a post on a blog's host with a blog's "venue" was read as a paper.
        var document = CatalogParser.Parse(
            "## 5. Benchmarks\n\n1. [**Bench Things.**](https://arxiv.org/abs/2501.69171) *A One, B Two.* ICLR 2025.\n\n"
            + "## 6. Blogs\n\n1. [**Rotary Things: A Relative Revolution.**](https://blog.eleuther.ai/rotary-embeddings/) *C Three, D Four.* EleutherAI Blog 2021.\n",
            "b.md");
        Assert.Equal("Bench Things", Assert.Single(document.Entries).Title);
    }

    [Fact]
    public void A_journal_named_proceedings_of_the_keeps_its_name()
    {
        // Batch 157: "\"Title\", Proceedings of the IEEE, 2020": the journal's name is "Proceedings of the IEEE", not IEEE
        // (as "Proceedings of the ACL 2016" is ACL 2016, a well-known venue's proceedings).
        var entry = Assert.Single(CatalogParser.Parse(
            "## Surveys\n\n* \"Compression Things: A Comprehensive Survey\", Proceedings of the IEEE, 2020 (*UCSB*). [[Paper](https://doi.org/10.1109/JPROC.2020.2976475)]\n",
            "p.md").Entries);
        Assert.Equal(("Proceedings of the IEEE", 2020), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void An_outline_s_venue_ends_with_its_items()
    {
        // Review of this session's outline rule: the outline's venue stayed set for the entries read after the list (a
        // heading that is a paper's title, under another section).
        var document = CatalogParser.Parse(
            "## Fine-Tuning\n\n- **2024**\n  - **ICML**\n    - [Outlined Things](https://arxiv.org/abs/2501.69180) \u2014 A One\n\n"
            + "## Other\n\n### [Heading Things](https://arxiv.org/abs/2501.69181)\n\n*B Two, C Three*\n",
            "o.md");
        Assert.Equal(
            new (string, string?)[] { ("Outlined Things", "ICML"), ("Heading Things", null) },
            document.Entries.Select(entry => (entry.Title, entry.Venue?.Name)));
    }

    [Fact]
    public void A_venue_s_name_as_a_topic_label_with_no_year_is_no_venue()
    {
        // Guard (passed before; the review read the code so): "- **Bioinformatics**" over papers about it labels a topic (a journal's name as often); with no year above
        // it the papers get no venue from it.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Applications\n\n- **Bioinformatics**\n  - [Protein Things](https://arxiv.org/abs/2501.69182) \u2014 A One, B Two\n", "t.md").Entries);
        Assert.Null(entry.Venue);
    }

    [Fact]
    public void A_description_after_the_names_is_no_note()
    {
        // Review: a sentence after the names is read for a note only when it is a distinction alone.
        var entry = Assert.Single(CatalogParser.Parse(
            "### ICLR 2024\n\n- [Generative Things](https://arxiv.org/abs/2501.69183) - A One, B Two. Achieves the best FID on ImageNet.\n", "d.md").Entries);
        Assert.Equal(("ICLR", 2024, (string?)null), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("In *Proceedings of the 19th International Semantic Web Conference*. Springer, 1\u201317.", "Proceedings of the 19th International Semantic Web Conference")]
    [InlineData("In *Proceedings of the 2019 SIAM International Conference on Data Mining*. SIAM, 1\u20139.", "SDM")]
    [InlineData("In *Proceedings of the 2019 International Conference on Machine Learning and Applications*. IEEE, 1\u20139.", "Proceedings of the 2019 International Conference on Machine Learning and Applications")]
    public void A_well_known_long_name_inside_another_s_is_not_that_venue(string source, string venue)
        => Assert.Equal(venue, Assert.Single(CatalogParser.Parse(
            "## Graphs\n\n1. A One and B Two. 2019. Linked Things. " + source + " [[arXiv]](https://arxiv.org/abs/2501.69184)\n", "l.md").Entries).Venue?.Name);

    [Fact]
    public void A_bold_lead_in_over_a_line_of_links_is_no_card_outside_a_blockquote()
    {
        // Review: without a <kbd> tag or a blockquote, a bold line, a sentence and a line of links is a list's text.
        var document = CatalogParser.Parse(
            "# Awesome Things\n\n**Citation**\nIf you find this list useful, please cite our survey:\n[Paper](https://arxiv.org/abs/2501.69185)\n\n## Papers\n", "c.md");
        Assert.Empty(document.Entries);
    }

    [Fact]
    public void A_paper_s_title_that_opens_with_video_is_still_a_paper()
    {
        // Review: the kind of material that opens a title must be a word of its own; "Video-LLaVA" is a paper's name.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Video\n\n- **Video-LLaVA: Learning United Visual Representation by Alignment before Projection** \u2014 A One, B Two. [[PDF]](https://site.example.org/video-llava.pdf)\n", "v.md").Entries);
        Assert.StartsWith("Video-LLaVA", entry.Title);
    }

    [Fact]
    public void A_citation_s_paper_link_is_not_its_notebook()
    {
        // Review: of a citation's links on hosts the reader does not know, the one labelled as something else (a notebook,
        // slides) is not the paper's.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Papers\n\n- Haddow, B., & Birch, A. (2022). Survey of Things. *Computational Linguistics*. [[Colab]](https://colab.research.google.com/drive/abc) [[MIT Press]](https://direct.mit.edu/coli/article/48/3/673/111479)\n",
            "n.md").Entries);
        Assert.Equal("https://direct.mit.edu/coli/article/48/3/673/111479", entry.Url);
    }

    [Fact]
    public void A_first_author_s_affiliation_before_et_al_is_no_part_of_the_name()
    {
        // Batch 158 (WooooDyy's LLM-Agent-Paper-List style): "*Jason Wei (Google Research) et al. NeurIPS 2022.*" kept the
        // affiliation in the name (21 of 70 at first contact); "et al." is taken off before the affiliation is.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Planning\n\n- [2022/01] **Chain-of-Thing Prompting Elicits Reasoning.** *Jason Wei (Google Research) et al. NeurIPS 2022.* [[paper](https://arxiv.org/abs/2501.69190)]\n",
            "a.md").Entries);
        Assert.Equal(("Jason Wei", "NeurIPS", 2022), (string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("**[ICCV' 23 Best Paper Honorable Mention]**")]
    [InlineData("**[ICCV'23 Best Paper Honorable Mention]**")]
    public void A_short_year_s_venue_with_an_award_of_four_words_is_read(string tag)
    {
        // Batch 159 (hoya012's deep_learning_object_detection style): an award of four words after a two-digit year was
        // no venue at all (four-digit years were read: "ICLR 2022 Outstanding Paper Honorable Mention").
        var entry = Assert.Single(CatalogParser.Parse(
            "## 2023\n\n- **[SAM]** Segment Things | " + tag + " |[`[pdf]`](https://arxiv.org/pdf/2501.69193.pdf)\n", "s.md").Entries);
        Assert.Equal(("ICCV", 2023, "Best Paper Honorable Mention"), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Fact]
    public void A_journal_named_proceedings_of_the_after_the_names_is_the_venue()
    {
        // Batch 159 (thunlp's GNNPapers style): "*A One, B Two.* Proceedings of the IEEE 2023." read no venue; the journal's
        // name starts as a proceedings' citation does.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Systems\n\n1. **A Survey of Things.**\n*A One, B Two.* Proceedings of the IEEE 2023. [paper](https://arxiv.org/pdf/2501.69194.pdf)\n", "j.md").Entries);
        Assert.Equal(("Proceedings of the IEEE", 2023), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Fact]
    public void A_publisher_field_is_the_institutions_where_the_list_gives_the_venue_its_own_field()
    {
        // Batch 160 (Thinklab-SJTU's Awesome-LLM4AD style): "Publisher:" holds the institutions and "Venue:" the venue; the
        // preprint's "Publisher: NVIDIA" was read as its venue. In a list with no other venue field, "Publisher: T-IV" stays
        // the venue (batch 126).
        var withVenues = CatalogParser.Parse(
            "## End-to-end\n\n- [Driving Things](https://arxiv.org/abs/2501.69195)\n  - A One, B Two\n  - Publisher: NVIDIA\n  - Task: Planning\n"
            + "- [Planning Things](https://arxiv.org/abs/2501.69196)\n  - C Three\n  - Publisher: Shanghai AI Lab\n  - Venue: CVPR 2023\n",
            "v.md");
        Assert.Equal(new (string, string?)[] { ("Driving Things", null), ("Planning Things", "CVPR") }, withVenues.Entries.Select(entry => (entry.Title, entry.Venue?.Name)));
        var publisherOnly = Assert.Single(CatalogParser.Parse(
            "## Driving\n\n- [Language Things](https://arxiv.org/abs/2501.69197)\n  - D Four\n  - Publisher: T-IV\n", "p.md").Entries);
        Assert.Equal("T-IV", publisherOnly.Venue?.Name);
    }

    [Theory]
    [InlineData("Pub. & Date")]
    [InlineData("Venue & Date")]
    [InlineData("Venue / Date")]
    public void A_venue_column_named_with_its_date_holds_the_venues(string header)
    {
        // Batch 161 (ChenHsing's Awesome-Video-Diffusion-Models style): "| Title | arXiv | Github | Pub. & Date |" held
        // "NeurIPS, 2024", "CVPR, 2021 (Oral)" and, for preprints, "Apr., 2025"; the column was not taken for a venue's.
        var document = CatalogParser.Parse(
            "| Title | arXiv | " + header + " |\n|:-----:|:-----:|:-----:|\n"
            + "| [Codebook Things](https://arxiv.org/abs/2501.69198) | - | NeurIPS, 2024 |\n"
            + "| [Taming Things](https://arxiv.org/abs/2501.69199) | - | CVPR, 2021 (Oral) |\n"
            + "| [Giga Things](https://arxiv.org/abs/2501.69200) | - | Apr., 2025 |\n",
            "t.md");
        Assert.Equal(
            new (string, string?, int?, string?)[] { ("Codebook Things", "NeurIPS", 2024, null), ("Taming Things", "CVPR", 2021, "Oral"), ("Giga Things", null, null, null) },
            document.Entries.Select(entry => (entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_table_row_under_a_heading_of_tutorials_is_no_paper()
    {
        // Batch 161 (yzhao062's anomaly-detection-resources style): "| Adversarial Robustness: Theory and Practice | NeurIPS |
        // 2018 | [[Website]](url) |" under "### 1.2. Tutorials" was read as a paper, its venue the conference that held the
        // tutorial; a bullet under that heading was not. The papers' table below is read.
        var document = CatalogParser.Parse(
            "### 1.2. Tutorials\n\n| Tutorial Title | Venue | Year | Materials |\n|---|---|---|---|\n"
            + "| Adversarial Robustness: Theory and Practice | NeurIPS | 2018 | [[Website]](https://robust-tutorial.example.org/) |\n\n"
            + "### 2.1. Papers\n\n| Paper Title | Venue | Year | Materials |\n|---|---|---|---|\n"
            + "| Certified Things | ICLR | 2023 | [[PDF]](https://arxiv.org/abs/2501.69201) |\n",
            "t.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal(("Certified Things", "ICLR", 2023), (entry.Title, entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("https://www.springer.com/journal/10009")]
    [InlineData("https://link.springer.com/journal/11263")]
    [InlineData("https://www.sciencedirect.com/journal/pattern-recognition")]
    public void A_journal_s_home_page_is_no_paper(string url)
    {
        // Batch 161: "2. [International Journal on Software Tools for Technology Transfer (STTT)](https://www.springer.com/journal/10009)"
        // under "### 5.2. Journals" was read as a paper; a publisher's article is still one.
        var document = CatalogParser.Parse(
            "## Journals\n\n1. [International Journal of Things (IJT)](" + url + ")\n\n"
            + "## Papers\n\n- [Verified Things](https://link.springer.com/article/10.1007/s10009-023-00703-4), A One, B Two. STTT 2023.\n",
            "j.md");
        Assert.Equal(new[] { "Verified Things" }, document.Entries.Select(entry => entry.Title));
    }

    [Fact]
    public void Names_written_surname_and_initial_after_a_team_are_names_as_they_are()
    {
        // Batch 161 (LantaoYu's MARL-Papers style): "by OpenAI, Berner C, Brockman G, et al." read the first name as the MLA's
        // "OpenAI, Berner C" (surname, given name and initial); the names after it are written as "Berner C" is.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Applications\n\n* [Dota Things](https://arxiv.org/abs/2501.69202) by OpenAI, Berner C, Brockman G, et al. arXiv, 2019.\n", "m.md").Entries);
        Assert.Equal(new[] { "OpenAI", "Berner C", "Brockman G" }, entry.Authors);
        var mla = Assert.Single(CatalogParser.Parse(
            "## Games\n\n* [Value Things](https://arxiv.org/abs/2501.69203) by Littman, Michael L., A. Two, and B. Three. ICML, 1994.\n", "l.md").Entries);
        Assert.Equal("Littman, Michael L.", mla.Authors[0]);
    }

    [Theory]
    [InlineData("ECCV spotlight", "ECCV", "Spotlight")]
    [InlineData("CVPR oral", "CVPR", "Oral")]
    [InlineData("ECCV", "ECCV", null)]
    public void A_bracketed_venue_tag_with_a_distinction_links_the_paper(string label, string name, string? note)
    {
        // Batch 162 (Yochengliu's awesome-point-cloud-analysis style): "- [[ECCV spotlight](url)] PointContrast: ..." took
        // the tag for the title and the title for the names; "[[ECCV](url)]" was read.
        var entry = Assert.Single(CatalogParser.Parse(
            "## 2020\n- [[" + label + "](https://arxiv.org/abs/2501.69207)] Point Things: Pre-training for Clouds. [[pytorch](https://github.com/a/b)] [__`cls.`__] :fire:\n", "p.md").Entries);
        Assert.Equal(("Point Things: Pre-training for Clouds", name, 2020, note), (entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
        Assert.Empty(entry.Authors);
    }

    [Fact]
    public void Paragraphs_of_emoji_marks_and_an_html_bold_title_are_entries()
    {
        // Batch 163 (timzhang642's 3D-Machine-Learning style): ":camera: :space_invader: <b>Title (2016)</b> [[Paper]](url)
        // [[Code]](url)", a paragraph each, an image's "<p align=\"center\">" under some; none of the 71 was read. The
        // paragraph right under an image's HTML was emptied by the look for a "<details>" summary's fields, so it was lost
        // even once the marks were passed over. A venue and its distinction may end the line.
        var document = CatalogParser.Parse(
            "## Single Object Reconstruction\n\n"
            + ":camera: :space_invader: <b>Recon Things: A Unified Approach (2016)</b> [[Paper]](https://arxiv.org/pdf/2501.69220.pdf) [[Code]](https://github.com/a/b)\n"
            + "<p align=\"center\"><img width=\"50%\" src=\"https://github.com/a/b/raw/master/overview.png\" /></p>\n\n"
            + ":game_die: <b>Point Things: Dense Clouds (2018)</b> [[Paper]](https://arxiv.org/abs/2501.69225) [[Code]](https://github.com/a/c)\n\n"
            + ":gem: <b>Symmetric Things in the Wild (2020)</b> [[Paper]](https://arxiv.org/abs/2501.69226) [[Code]](https://github.com/a/d) :trophy: CVPR 2020 Best Paper\n",
            "r.md");
        Assert.Equal(
            new (string, string?, string?, string?)[]
            {
                ("Recon Things: A Unified Approach", "a/b", null, null),
                ("Point Things: Dense Clouds", "a/c", null, null),
                ("Symmetric Things in the Wild", "a/d", "CVPR", "Best Paper"),
            },
            document.Entries.Select(entry => (entry.Title, entry.Repository?.ToString(), entry.Venue?.Name, entry.Venue?.Note)));
    }

    [Fact]
    public void A_card_s_mark_over_lines_is_no_paper_s()
    {
        // Guard for the above: "> 🔧 **LAMMPS**<br>" over a description and a line of links (the manual's PDF among them)
        // marks a tool; the marks are passed over only before a title on a line of its own.
        var document = CatalogParser.Parse(
            "## Software\n\n> 🔧 **LAMMPS**<br>\n> Massively parallel classical MD engine.<br>\n"
            + "> [website](https://www.lammps.org/) · [manual (PDF)](https://docs.lammps.org/Manual.pdf) · [code](https://github.com/lammps/lammps)\n",
            "c.md");
        Assert.Empty(document.Entries);
    }

    [Fact]
    public void BibTeX_names_keep_a_surname_s_particles()
    {
        // Batch 163 (jason718's awesome-self-supervised-learning style): "Anderson, Peter and Wu, Qi and ... and van den
        // Hengel, Anton." was split at every comma, since "van den Hengel" is no one-word surname.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Navigation\n\n- Navigation Things: Interpreting Instructions in Real Environments.\n  [[pdf]](https://arxiv.org/abs/2501.69227)\n"
            + "  - Anderson, Peter and Wu, Qi and van den Hengel, Anton. *CVPR 2018*\n",
            "n.md").Entries);
        Assert.Equal(new[] { "Anderson, Peter", "Wu, Qi", "van den Hengel, Anton" }, entry.Authors);
        Assert.Equal(("CVPR", 2018), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("(ResNet, CVPR 2016 best paper)", 2016)]
    [InlineData("(ResNet, Very very deep networks, CVPR best paper)", null)]
    public void A_roadmap_remark_s_venue_and_award_are_read_with_its_year_or_without(string remark, int? year)
    {
        // The review of batch 161's roadmap reading: "CVPR 2016 best paper" in a remark was read as CVPR with no year and
        // the note "2016 best paper".
        var entry = Assert.Single(CatalogParser.Parse(
            "# Roadmap\n\n**[1]** He, Kaiming, et al. \"**Deep residual things**.\" arXiv preprint arXiv:1512.69228 (2015). "
            + "[[pdf]](https://arxiv.org/pdf/1512.69228.pdf) **" + remark + "** :star::star:\n",
            "r.md").Entries);
        Assert.Equal(("CVPR", year, "Best paper"), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
    }

    [Theory]
    [InlineData("Acoustics, Speech, and Signal Processing")]
    [InlineData("Acoustics, Speech and Signal Processing")]
    [InlineData("Acoustics, Speech & Signal Processing")]
    public void A_long_name_is_known_with_or_without_the_serial_comma(string words)
    {
        // The review of batch 161's reading: ICASSP's long name was listed twice, with the serial comma and without; the
        // lookup now reads ", and" as "and", as it reads "&".
        var entry = Assert.Single(CatalogParser.Parse(
            "## Speech\n\n- A One and B Two. 2016. Speech things for all. In *Proceedings of the 2016 IEEE International Conference on "
            + words + "*. 1–5. [paper](https://arxiv.org/abs/2501.69230)\n",
            "s.md").Entries);
        Assert.Equal(("ICASSP", 2016), (entry.Venue?.Name, entry.Venue?.Year));
    }

    [Theory]
    [InlineData("<ins>ICML</ins> 2017 (Best Paper Award)", "Best Paper Award")]
    [InlineData("<ins>ICML</ins> 2017 (Oral)", "Oral")]
    [InlineData("<ins>ICML</ins> 2017", null)]
    public void A_venue_s_parenthesised_distinction_under_a_title_keeps_its_closing_parenthesis(string venue, string? note)
    {
        // Batch 165 (RenzeLou's awesome-instruction-learning style): "*A One and B Two*. <ins>ICML</ins> 2017 (Best Paper
        // Award). [[pdf](url)]" under "**Title.**" read no venue: the line's trim took the closing parenthesis, and the
        // venue sentence "ICML 2017 (Best Paper Award" was no venue.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Data\n\n1. **Influence Things for Black Boxes.**\n\n   *Pang Wei Koh and Percy Liang*. " + venue + ". [[pdf](https://arxiv.org/abs/2501.69240)]\n",
            "i.md").Entries);
        Assert.Equal(("ICML", 2017, note), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note));
        Assert.Equal(new[] { "Pang Wei Koh", "Percy Liang" }, entry.Authors);
    }

    [Theory]
    [InlineData("Journal of Mechanical Design, Jul 2022", "Journal of Mechanical Design")]
    [InlineData("IEEE Transactions on Robotics, Sept 2022", "IEEE Transactions on Robotics")]
    [InlineData("Nature Machine Intelligence, Jul 2022", "Nature Machine Intelligence")]
    [InlineData("Journal of Mechanical Design, 2022", "Journal of Mechanical Design")]
    public void A_journal_s_long_name_then_a_month_and_year_is_the_journal_that_year(string venue, string name)
    {
        // Batch 166 (GT-RIPL's Awesome-LLM-Robotics style): "*Journal of Mechanical Design, Jul 2022*" read as the journal
        // "Journal of Mechanical Design, Jul" of 2022, and "*Nature Machine Intelligence, Jul 2022*" as no venue: the month
        // was taken off before the year for acronyms ("*CVPR, Jun 2023*") but not for long names.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Design\n\n* **GenDesign**: \"Deep Generative Things in Design\", *" + venue + "*. [[Paper](https://arxiv.org/abs/2501.69250)]\n",
            "d.md").Entries);
        Assert.Equal((name, 2022), (entry.Venue?.Name, entry.Venue?.Year));
        Assert.Equal("Deep Generative Things in Design", entry.Title);
    }

    [Theory]
    [InlineData("ter Haar, M.")]
    [InlineData("bin Abdullah, M.")]
    [InlineData("zu Wied, M.")]
    [InlineData("della Rocca, M.")]
    [InlineData("van der Schaar, M.")]
    public void An_apa_surname_s_particles_are_those_every_name_rule_knows(string second)
    {
        // The review of the last session: seven copies of the list of name particles disagreed; the APA names' pattern knew
        // "van" and "della" but not "ter", "bin" or "zu", so "Curth, A., & ter Haar, M." split at every comma into four
        // names. One list now (NameParticles) for every pattern and word check.
        var entry = Assert.Single(CatalogParser.Parse(
            "## Causal\n\n* Curth, A., & " + second + " (2021). [Nonparametric estimation of treatment things](https://arxiv.org/abs/2501.69260). *AISTATS*, 1810-1818.\n",
            "c.md").Entries);
        Assert.Equal(new[] { "Curth, A.", second }, entry.Authors);
        Assert.Equal(("AISTATS", 2021), (entry.Venue?.Name, entry.Venue?.Year));
    }

    private const string ItemsUnderAnHtmlHeading = """
        # Scientific LMs

        <h2 id="lit">Literature Things</h2>
        - **(SciThing)** _Scientific things in the age of AI_ ```Nature 2023```     
        [[Paper](https://arxiv.org/abs/2501.69270)]
        - _Preprint things for science_ ```arXiv 2024```     
        [[Paper](https://arxiv.org/abs/2501.69271)] [[GitHub](https://github.com/example/things)]

        <h2 id="figure">Overview</h2>
        <p align="center"><img src="figure.png" width="600"></p>

        <h2 id="tools">Tool Things</h2>

        - _Spaced things_ ```ICML 2024```     
        [[Paper](https://arxiv.org/abs/2501.69272)]

        <h2 id="part">Part Things</h2>
        <h3 id="chapter">Chapter Things</h3>
        - _Nested things_ ```ICLR 2025```     
        [[Paper](https://arxiv.org/abs/2501.69273)]
        """;

    [Fact]
    public void Items_right_under_a_one_line_html_heading_are_read_and_the_broken_rendering_is_reported()
    {
        // Batch 167 (yuzhimanhua's Awesome-Scientific-Language-Models style): "<h2 id=...>Title</h2>" with the items on the
        // next line opens an HTML block that only a blank line ends, so GitHub shows the items as raw text and the reader
        // read none of them (each reported by EA0030). They are read now, under the heading, with EA0031 on the line
        // after it; a heading over HTML (the figure) or over a blank line gets no warning, and headings one a line over
        // the markdown are each entered.
        var document = CatalogParser.Parse(ItemsUnderAnHtmlHeading, "s.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string)[]
            {
                (4, "2501.69270", "Scientific things in the age of AI", "Nature", 2023, "Literature Things"),
                (6, "2501.69271", "Preprint things for science", null, null, "Literature Things"),
                (14, "2501.69272", "Spaced things", "ICML", 2024, "Tool Things"),
                (19, "2501.69273", "Nested things", "ICLR", 2025, "Chapter Things"),
            },
            document.Entries.Select(entry => (entry.Line, entry.Arxiv!.Id, entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Category)));
        // One warning a block, on its first markdown line, naming the heading right above it (two headings may lead the block).
        Assert.Equal(
            new[] { (4, "The HTML heading on line 3 opens"), (19, "The HTML heading on line 18 opens") },
            document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0031").Select(diagnostic => (diagnostic.Span.Line, diagnostic.Message.Substring(0, diagnostic.Message.IndexOf(" opens", System.StringComparison.Ordinal) + " opens".Length))));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Fact]
    public void Html_headings_over_items_with_no_blank_line_anywhere_are_read_one_run_at_a_time()
    {
        // The review of batch 167's fix: with no blank line in the file, the first "<h2>" opens one HTML block that holds
        // every line below it; reading the markdown under each heading by parsing the rest again and visiting it called
        // the reader once more for each heading below (a stack as deep as the headings are many, and the rest parsed again
        // each time). Runs are read in a loop: 3,000 headings over their items, every item under its own heading.
        var text = new System.Text.StringBuilder("# Many\n\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("<h2 id=\"s").Append(i).Append("\">Section ").Append(i).Append("</h2>\n")
                .Append("- _Paper number ").Append(i).Append(" things_ ```ICML 2024```     \n")
                .Append("[[Paper](https://arxiv.org/abs/2501.").Append(10000 + i).Append(")]\n");
        }

        var document = CatalogParser.Parse(text.ToString(), "many.md");
        Assert.Equal(3000, document.Entries.Count);
        Assert.All(document.Entries.Select((entry, i) => (entry, i)), pair =>
            Assert.Equal(("Paper number " + pair.i + " things", "Section " + pair.i, "ICML"), (pair.entry.Title, pair.entry.Category, pair.entry.Venue?.Name)));
        Assert.Equal(3000, document.Diagnostics.Count(diagnostic => diagnostic.RuleId == "EA0031"));
    }

    private const string TitlesOverLabelledUrlLines = """
        ## Physics-informed

        Physics-based Deep Things ,
        PDF: <https://arxiv.org/abs/2501.69280>
        Project: <https://www.physicsbaseddeeplearning.org>

        Operator things for PDEs ,
        Paper: <https://www.nature.com/articles/s42254-021-69281>
        Code: <https://github.com/example/operators>

        Solver things in the loop ,
        Project+Code: <https://github.com/example/solver>
        PDF: <https://arxiv.org/pdf/2501.69282>

        Read the survey for more
        PDF: <https://arxiv.org/abs/2501.69283>

        - Bulleted things ,
          PDF: <https://arxiv.org/abs/2501.69284>
        """;

    [Fact]
    public void A_title_over_lines_of_link_words_and_autolinks_is_an_entry()
    {
        // Batch 169 (thunil's Physics-Based-Deep-Learning style): "Title ," over "PDF: <https://arxiv.org/...>" and "Code:
        // <https://github.com/...>", a paragraph each: 0 of 62 read, all reported. Each "Words: <url>" line is now the link
        // it labels, and a title line over such lines, one of them a paper's, an entry; a line ending in a colon introduces
        // its link and is no title.
        var document = CatalogParser.Parse(TitlesOverLabelledUrlLines, "p.md");
        Assert.Equal(
            new (int, string, string, string?)[]
            {
                (3, "https://arxiv.org/abs/2501.69280", "Physics-based Deep Things", null),
                (7, "https://www.nature.com/articles/s42254-021-69281", "Operator things for PDEs", "example/operators"),
                (11, "https://arxiv.org/pdf/2501.69282", "Solver things in the loop", "example/solver"),
                (18, "https://arxiv.org/abs/2501.69284", "Bulleted things", null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Url, entry.Title, entry.Repository?.ToString())));
        var unread = Assert.Single(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
        Assert.Equal(16, unread.Span.Line);
    }

    private const string CitationLinesUnderNicknames = """
        ## Discovery

        - **Recurrent Things for Sequences (ICML 2022)**
          - Stéphane d'Ascoli, Ann One, Bob Two
          - [[Paper]](https://arxiv.org/abs/2501.70001)
        - **Feynman Things: a Method for Regression (Science Advances 2020)**
          - Cy Three and Dee Four
          - [[Paper]](https://www.science.org/doi/10.1126/sciadv.70002)
          - [[ArXiv]](https://arxiv.org/abs/2501.70002)

        ## Parsing

        * Lab (Things-SQL) [[Paper]](https://arxiv.org/abs/2501.70003)
          * Ann One, Bob Two, Cy Three, et al., Things-SQL: Rewards for Reasoning Things, arXiv:2501.70003.
        * Lab (Spider Things) [[Paper]](https://arxiv.org/abs/2501.70004)
          * Ann One, Bob Two, Spider Things: Evaluating Things on Workflows, ICLR, 2025 (Oral).
        * Lab (BIRD Things) [[Paper]](https://arxiv.org/abs/2501.70005)
          * Ann One, Bob Two, Can Things Serve as Interfaces? A Big Bench for Things, NeurIPS Datasets and Benchmarks Track, 2023 (Spotlight).
        * VOLT Things, Lab [[Paper]](https://arxiv.org/abs/2501.70006)
          * Ann One, Bob Two, Vocabulary Things via Transport, ACL, 2021 (Best Paper Award).
        * PieceThings [[Paper]](https://arxiv.org/abs/2501.70007)
          * Ann One, Bob Two, PieceThings: A Simple Tokenizer of Things, EMNLP (Demo), 2018.
        * Retrieval Things with Sample-aware Prompting, ICONIP, 2023 [[Paper]](https://arxiv.org/abs/2501.70008)
        * Learning Things for Semantic Parsing, ACL, 2021 [[Paper]](https://arxiv.org/abs/2501.70009)
        """;

    [Fact]
    public void Citation_lines_under_titles_and_nicknames_read_their_names_distinctions_and_tracks()
    {
        // Batch 170 (benedekrozemberczki's and kjw0612's styles): a name behind an elided particle ("d'Ascoli") made the
        // names line a title; two sub-items of link words, "[[Paper]]" to a journal and "[[ArXiv]]", read as two entries
        // of their own (neither read); "et al." before the title in a citation line stayed in it; a distinction after the
        // citation's year ("ICLR, 2025 (Oral).") left the line unread; "EMNLP (Demo), 2018" lost its track; and "Title,
        // ICONIP, 2023" read the venue as the only author.
        var document = CatalogParser.Parse(CitationLinesUnderNicknames, "c.md");
        Assert.Equal(
            new (int, string?, string, string, string?, int?, string?, string?)[]
            {
                (3, "2501.70001", "Recurrent Things for Sequences", "Stéphane d'Ascoli; Ann One; Bob Two", "ICML", 2022, null, null),
                (6, "2501.70002", "Feynman Things: a Method for Regression", "Cy Three; Dee Four", "Science Advances", 2020, null, null),
                (13, "2501.70003", "Things-SQL: Rewards for Reasoning Things", "Ann One; Bob Two; Cy Three", null, null, null, null),
                (15, "2501.70004", "Spider Things: Evaluating Things on Workflows", "Ann One; Bob Two", "ICLR", 2025, null, "Oral"),
                (17, "2501.70005", "Can Things Serve as Interfaces? A Big Bench for Things", "Ann One; Bob Two", "NeurIPS", 2023, "Datasets and Benchmarks", "Spotlight"),
                (19, "2501.70006", "Vocabulary Things via Transport", "Ann One; Bob Two", "ACL", 2021, null, "Best Paper Award"),
                (21, "2501.70007", "PieceThings: A Simple Tokenizer of Things", "Ann One; Bob Two", "EMNLP", 2018, "Demo", null),
                (23, "2501.70008", "Retrieval Things with Sample-aware Prompting", "", "ICONIP", 2023, null, null),
                (24, "2501.70009", "Learning Things for Semantic Parsing", "", "ACL", 2021, null, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Arxiv?.Id, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void Forms_near_batch_171_s_are_read_as_they_should()
    {
        // Guards of the review of batches 170-171's rules: two arXiv pages of one paper under a title are its links (one
        // entry); a venue with a capital inside ("eLife 2021") still ends the names, as only a phrase with none does not;
        // a surname behind an elided particle before "et al." is a name; a venue's workshop with an acronym of its own
        // after the venue's name stays the venue's workshop.
        const string Text = """
            ## Guards

            - Things in Abs and PDF
              - [[Abs]](https://arxiv.org/abs/2501.70110)
              - [[PDF]](https://arxiv.org/pdf/2501.70110)
            - [Cells of Things in Tissue](https://www.biorxiv.org/content/10.1101/2021.01.01.70111), Ann One, Bob Two, eLife 2021
            - **Recurrent Things Again (ICML 2022)**
              - Stéphane d'Ascoli et al.
              - [[Paper]](https://arxiv.org/abs/2501.70112)
            - Yue, S., Chen, W.,  
            **_[Deep Things of Law](https://arxiv.org/abs/2501.70113)_**,  
            NeurIPS Workshop on Deep Reinforcement Learning (DeepRL), 2019.
            """;
        var document = CatalogParser.Parse(Text, "h.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?)[]
            {
                (3, "Things in Abs and PDF", "", null, null, null),
                (6, "Cells of Things in Tissue", "Ann One; Bob Two", "eLife", 2021, null),
                (7, "Recurrent Things Again", "Stéphane d'Ascoli", "ICML", 2022, null),
                (10, "Deep Things of Law", "Yue, S.; Chen, W.", "NeurIPS", 2019, "Workshop on Deep Reinforcement Learning"),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track)));
        Assert.Equal("2501.70110", document.Entries[0].Arxiv?.Id);
    }

    [Fact]
    public void A_venue_column_s_award_after_an_emoji_and_names_written_with_an_at_sign_are_read()
    {
        // Batch 172 (youngfish42's Awesome-FL style, yzhao062's anomaly-detection-resources style): a Venue column and a
        // Year column. "NeurIPS :trophy: Outstanding Paper" and "ICML (Position) :trophy: Best Paper" had been read whole
        // as the venue's name; "L@S" (Learning at Scale) was no venue at all, one word as an organisation's name is. An
        // award after an emoji or a shortcode is the venue's note, the track before it kept; a word with an "@" between
        // letters is a venue, a workshop at a well-known one ("SCALR@COLM", read with the Year column's year) or one's own
        // name ("L@S", no workshop "L" at a venue "S"). A one-word organisation stays no venue.
        const string Text = """
            ## Private Things

            |Title | Affiliation | Venue | Year | TL;DR | Materials|
            | ------------------------- | ---------- | ---------------- | ---- | ----- | ----------------- |
            | Position: Considerations for Things | ETH Zurich | ICML (Position) :trophy: Best Paper | 2024 |  | [[PDF](https://arxiv.org/abs/2501.70301)] |
            | Auditing Things with One (1) Run | Google | NeurIPS :trophy: Outstanding Paper | 2023 |  | [[PDF](https://arxiv.org/abs/2501.70302)] |
            | Auditing Things Again | Google | NeurIPS 🏆 Outstanding Paper | 2023 |  | [[PDF](https://arxiv.org/abs/2501.70303)] |
            | Oral Things | Google | ICLR (Oral) | 2022 |  | [[PDF](https://arxiv.org/abs/2501.70304)] |
            | Reasoning Things Without Thinking | MIT | SCALR@COLM | 2025 |  | [[PDF](https://arxiv.org/abs/2501.70305)] |
            | Tracing Things at Scale | HKUST | L@S | 2018 |  | [[PDF](https://arxiv.org/abs/2501.70306)] |
            | Things Done in Industry | Google | Google | 2020 |  | [[PDF](https://arxiv.org/abs/2501.70307)] |
            | Things Done Together | OpenAI | OpenAI@Microsoft | 2020 |  | [[PDF](https://arxiv.org/abs/2501.70308)] |
            | Things at a Workshop | KAIST | FL@FM-NeurIPS | 2023 |  | [[PDF](https://arxiv.org/abs/2501.70309)] |
            """;
        var document = CatalogParser.Parse(Text, "p.md");
        Assert.Equal(
            new (int, string?, string, string?, int?, string?, string?)[]
            {
                (5, "2501.70301", "Position: Considerations for Things", "ICML", 2024, "Position", "Best Paper"),
                (6, "2501.70302", "Auditing Things with One (1) Run", "NeurIPS", 2023, null, "Outstanding Paper"),
                (7, "2501.70303", "Auditing Things Again", "NeurIPS", 2023, null, "Outstanding Paper"),
                (8, "2501.70304", "Oral Things", "ICLR", 2022, null, "Oral"),
                (9, "2501.70305", "Reasoning Things Without Thinking", "COLM", 2025, "SCALR", null),
                (10, "2501.70306", "Tracing Things at Scale", "L@S", 2018, null, null),
                (11, "2501.70307", "Things Done in Industry", null, null, null, null),
                (12, "2501.70308", "Things Done Together", null, null, null, null),
                (13, "2501.70309", "Things at a Workshop", "FM-NeurIPS", 2023, "FL", null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Arxiv?.Id, entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void Chicago_journal_citations_starred_venue_names_two_letter_initials_and_a_parenthesised_distinction_are_read()
    {
        // Batch 173: zwang4's "- [Title](url) - Names. Venue Year." with Google Scholar's Chicago citations of journal
        // articles ("European Journal of Operational Research 290, no. 2 (2021): 405-421.": no venue, the issue's "no." read
        // as a sentence's end); WooooDyy's "*Names. FAT\* 2018.*" (no venue: the star); hanjuku-kaso's names over "Plamen
        // Ch. Ivanov" (the names cut at "Ch.") and "ICLR, 2024. (spotlight)" (the note kept its parentheses). A Venue
        // column's cell in the Chicago form is read alike. A journal's home page on Wiley's site is no paper (educational
        // NLP's "5.2. Journals": one entry the oracle did not have).
        const string Text = """
            ## Things

            - [Machine Learning for Things: a Methodological Tour d'Horizon](https://arxiv.org/abs/2501.70401) - Yoshua Bengio, Andrea Lodi, and Antoine Prouvost. European Journal of Operational Research 290, no. 2 (2021): 405-421.
            - [A graph placement methodology for things](https://www.nature.com/articles/s41586-021-03544-w) - Azalia Mirhoseini, Anna Goldie et al. Nature 594, no. 7862 (2021): 207-212.
            - [2018/02] **Recommendation Things.** *Toshihiro Kamishima et al. FAT\* 2018.* [[paper](https://arxiv.org/abs/2501.70403)]
            - [Large Brain Things for Learning](https://arxiv.org/abs/2501.70404) [[code](https://github.com/a/labram)]
              - Wei-Bang Jiang, Li-Ming Zhao, Bao-Liang Lu. ICLR, 2024. (spotlight)
            - [PhysioBank Things](https://arxiv.org/abs/2501.70405)
              - Ary L. Goldberger, Plamen Ch. Ivanov, and H. Eugene Stanley. Circulation, 2000.

            | Title | Venue | Year |
            |---|---|---|
            | [Discovering Things with Search](https://arxiv.org/abs/2501.70406) | Nature 625, no. 7995 (2024): 468-475 | 2024 |

            ### Journals

            [British Journal of Educational Things (BJET)](https://bera-journals.onlinelibrary.wiley.com/journal/14678535)
            """;
        var document = CatalogParser.Parse(Text, "c.md");
        Assert.Equal(
            new (int, string?, string, string, string?, int?, string?)[]
            {
                (3, "2501.70401", "Machine Learning for Things: a Methodological Tour d'Horizon", "Yoshua Bengio; Andrea Lodi; Antoine Prouvost", "European Journal of Operational Research", 2021, null),
                (4, null, "A graph placement methodology for things", "Azalia Mirhoseini; Anna Goldie", "Nature", 2021, null),
                (5, "2501.70403", "Recommendation Things", "Toshihiro Kamishima", "FAT*", 2018, null),
                (6, "2501.70404", "Large Brain Things for Learning", "Wei-Bang Jiang; Li-Ming Zhao; Bao-Liang Lu", "ICLR", 2024, "Spotlight"),
                (8, "2501.70405", "PhysioBank Things", "Ary L. Goldberger; Plamen Ch. Ivanov; H. Eugene Stanley", "Circulation", 2000, null),
                (13, "2501.70406", "Discovering Things with Search", "", "Nature", 2024, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Arxiv?.Id, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_bold_title_over_sub_items_of_names_venue_and_links_and_short_years_after_abbreviated_journals_are_read()
    {
        // Batch 174: "1. **Title**" (a mark such as 🆕 before it maybe) over "    - A One, B Two", "    - IJCAI 2019" and
        // "    - [[paper](url)]" had the venue's line as the title, no venue; MrNeRF's "### 1. [Comput. Electron. Agric. '18]
        // Title" and "[Decision Support Systems '15]" had no venue (a short year after an abbreviation's full stop, or after
        // a space, was not read as one); "### 3. [Front. Plant Sci. '17] Title" was split at the tag's first full stop into
        // a title "[Front" and names "Plant Sci" (a full stop inside a tag's brackets ends no sentence). Under a bold nickname, a sub-item that is a title ending in a year stays the title
        // (only a short venue, or a venue's line under names, is a field).
        const string Text = """
            ## Background

            1. **Conflict-Based Search for Optimal Things**
                - Guni Sharon, Roni Stern, Ariel Felner
                - Artificial Intelligence, 2015
                - [[paper](https://doi.org/10.1016/j.artint.2014.11.006)]

            2. 🆕 **Priority Inheritance with Backtracking for Things**
                - Keisuke Okumura, Manao Machida
                - IJCAI 2019
                - [[paper](https://arxiv.org/abs/2501.70501)] [[code](https://github.com/a/pibt2)]

            3. 🆕 **Why Solving Things has not Succeeded Yet**
                - Weizhe Chen, Sven Koenig
                - arXiv 2024
                - [[paper](https://arxiv.org/abs/2501.70502)]

            - **LLaMA**
              - LLaMA: Open and Efficient Foundation Things, 2023
              - [[paper](https://arxiv.org/abs/2501.70505)]

            ## Surveys:
            ### 1. [Comput. Electron. Agric. '18] Deep learning in things: A survey
            **Authors**: Andreas Kamilaris, Francesc X. Prenafeta-Boldú

              [📄 Paper](https://arxiv.org/pdf/2501.70503.pdf)

            ### 2. [Decision Support Systems '15] APATE: A novel approach for things
            **Authors**: Véronique Van Vlasselaer, Cristián Bravo

              [📄 Paper](https://arxiv.org/pdf/2501.70504.pdf)

            ### 3. [Front. Plant Sci. '17] Deep Learning for Image-Based Thing Detection
            **Authors**: Amanda Ramcharan, Kelsee Baranowski

              [📄 Paper](https://arxiv.org/pdf/2501.70506.pdf)
            """;
        var document = CatalogParser.Parse(Text, "m.md");
        Assert.Equal(
            new (int, string, string, string?, int?)[]
            {
                (3, "Conflict-Based Search for Optimal Things", "Guni Sharon; Roni Stern; Ariel Felner", "Artificial Intelligence", 2015),
                (8, "Priority Inheritance with Backtracking for Things", "Keisuke Okumura; Manao Machida", "IJCAI", 2019),
                (13, "Why Solving Things has not Succeeded Yet", "Weizhe Chen; Sven Koenig", null, null),
                (18, "LLaMA: Open and Efficient Foundation Things", "", null, null),
                (23, "Deep learning in things: A survey", "Andreas Kamilaris; Francesc X. Prenafeta-Boldú", "Comput. Electron. Agric.", 2018),
                (28, "APATE: A novel approach for things", "Véronique Van Vlasselaer; Cristián Bravo", "Decision Support Systems", 2015),
                (33, "Deep Learning for Image-Based Thing Detection", "Amanda Ramcharan; Kelsee Baranowski", "Front. Plant Sci.", 2017),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year)));
    }

    [Fact]
    public void A_heading_s_year_is_given_to_a_venue_as_a_year_column_s_is()
    {
        // One reading of a venue with a year given from outside its text (the row's Year column, or the heading above the
        // row): "NeurIPS Workshop (ML4H)" under "## 2020" had stayed the name as written with the year; it is NeurIPS
        // 2020's workshop ML4H, as in a Year column. A workshop's letter and a note read as before.
        const string Text = """
            ## 2020

            | Title | Venue |
            |---|---|
            | [Things in a Workshop](https://arxiv.org/abs/2501.70601) | CVPRW |
            | [Things in a Named Workshop](https://arxiv.org/abs/2501.70602) | NeurIPS Workshop (ML4H) |
            | [Things Awarded](https://arxiv.org/abs/2501.70603) | ICLR (Oral) |

            | Title | Venue | Year |
            |---|---|---|
            | [Things in a Named Workshop Again](https://arxiv.org/abs/2501.70604) | NeurIPS Workshop (ML4H) | 2021 |
            """;
        var document = CatalogParser.Parse(Text, "y.md");
        Assert.Equal(
            new (int, string?, int?, string?, string?)[]
            {
                (5, "CVPR", 2020, "Workshop", null),
                (6, "NeurIPS", 2020, "Workshop ML4H", null),
                (7, "ICLR", 2020, null, "Oral"),
                (11, "NeurIPS", 2021, "Workshop ML4H", null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void An_award_line_with_its_track_in_parentheses_is_the_venue_s_note()
    {
        // Batch 174's agriculture list: "🏆 **Best Student Paper Award** (Computational Sustainability Track)" under a
        // heading's entry was no note (the parenthesis failed a note line's letters); the award is the note, the track in
        // parentheses says whose award it is. A remark in parentheses after the award is no part of it (batch 187's course
        // list: "**Best Paper Award.** (Required)"); a line with no award stays no note.
        const string Text = """
            ### 1. [AAAI '17] Deep Things for Crop Yield
            **Authors**: Ann One, Bob Two

            🏆 **Best Student Paper Award** (Computational Sustainability Track)

              [📄 Paper](https://arxiv.org/abs/2501.70701) | [💻 Code](https://github.com/example/yield)

            ### 2. [AAAI '18] Deep Things for Weeds
            **Authors**: Cy Three

            🏆 **Best Paper Award** (with code)

              [📄 Paper](https://arxiv.org/abs/2501.70702)

            ### 3. [AAAI '19] Deep Things for Fields
            **Authors**: Dee Four

            Remote sensing (Special Track)

              [📄 Paper](https://arxiv.org/abs/2501.70703)
            """;
        var document = CatalogParser.Parse(Text, "a.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?)[]
            {
                (1, "Deep Things for Crop Yield", "Ann One; Bob Two", "AAAI", 2017, "Best Student Paper Award"),
                (8, "Deep Things for Weeds", "Cy Three", "AAAI", 2018, "Best Paper Award"),
                (15, "Deep Things for Fields", "Dee Four", "AAAI", 2019, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void Gb_t_7714_citations_and_nature_s_et_al_are_read_as_citations()
    {
        // Batch 175's protein design list (AspirinCode's style): Google Scholar's GB/T 7714 export, "Huang P S, Boyken S E,
        // Baker D. **Title**[J]. Nature, 2016, 537(7620): 320-327.", had been split at the last initial's full stop (a title
        // "Baker D. Title[J]. Nature, ..."); 17 of its 64 venues were read. The names as written, the title to the bracketed
        // kind of work, the source after it ("[C]//" before proceedings) as the venue, its name as written, a preprint's none; a mark before
        // the names, a distinction after the pages, a track in parentheses after the volume; and Nature's "Dauparas, J. et al."
        var document = CatalogParser.Parse(
            "## Structure Prediction\n\n"
            + "* Huang P S, Boyken S E, Baker D. **The coming of age of de novo things**[J]. Nature, 2016, 537(7620): 320-327. [[paper]](https://www.nature.com/articles/nature19946)\n"
            + "* Jumper J, Evans R, Pritzel A, et al. **Highly accurate things with AlphaFold**[J]. Nature, 2021, 596(7873): 583-589. 🏅**Nobel Prize in Chemistry 2024**  \n[[paper]](https://www.nature.com/articles/s41586-021-03819-2)\n"
            + "* Jing B, Berger B, Jaakkola T. **AlphaFold Meets Flow Matching for Things**[C]//International Conference on Machine Learning. PMLR, 2024. [[paper]](https://arxiv.org/abs/2501.70801)\n"
            + "* Madani A, McCann B, Naik N, et al. **ProGen: Language modeling for things**[J]. arXiv preprint arXiv:2501.70802, 2020. [[paper]](https://arxiv.org/abs/2501.70802)\n"
            + "* 🔥 Hayes T, Rao R, Akin H, et al. **Simulating 500 million years of things**[J]. Science, 2025: eads0018. [[paper]](https://www.science.org/doi/10.1126/science.ads0018)\n"
            + "* Xu M, Zhang Z, Lu J, et al. **PEER: a benchmark for things**[J]. Advances in Neural Information Processing Systems, 2022, 35. (Datasets and Benchmarks Track) [[paper]](https://arxiv.org/abs/2501.70803)\n"
            + "* Dauparas, J. et al. Robust deep learning–based design of things. *Science* **378**, 49–56 (2022). [[paper]](https://www.science.org/doi/10.1126/science.add2187)\n",
            "g.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?, string?)[]
            {
                ("https://www.nature.com/articles/nature19946", "The coming of age of de novo things", "Huang P S|Boyken S E|Baker D", "Nature", 2016, null, null),
                ("https://www.nature.com/articles/s41586-021-03819-2", "Highly accurate things with AlphaFold", "Jumper J|Evans R|Pritzel A", "Nature", 2021, null, "Nobel Prize in Chemistry 2024"),
                ("https://arxiv.org/abs/2501.70801", "AlphaFold Meets Flow Matching for Things", "Jing B|Berger B|Jaakkola T", "International Conference on Machine Learning", 2024, null, null),
                ("https://arxiv.org/abs/2501.70802", "ProGen: Language modeling for things", "Madani A|McCann B|Naik N", null, null, null, null),
                ("https://www.science.org/doi/10.1126/science.ads0018", "Simulating 500 million years of things", "Hayes T|Rao R|Akin H", "Science", 2025, null, null),
                ("https://arxiv.org/abs/2501.70803", "PEER: a benchmark for things", "Xu M|Zhang Z|Lu J", "Advances in Neural Information Processing Systems", 2022, "Datasets and Benchmarks", null),
                ("https://www.science.org/doi/10.1126/science.add2187", "Robust deep learning–based design of things", "Dauparas, J.", "Science", 2022, null, null),
            },
            document.Entries.Select(entry => (entry.Url, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void A_one_word_journal_in_a_venue_column_and_a_dataset_s_own_short_name_in_its_title_are_kept()
    {
        // Batch 175: the quantum list's Venue column names the journal Quantum ("| 2020 | Quantum | [Title](url) |"): one
        // word, read only when a well-known venue's, so 9 of its 61 venues were none; a one-word journal's name is now read
        // there (and only there: "Google" stays none). The speech list's "The Ryerson Audio-Visual Database of Emotional
        // Speech and Song (RAVDESS) (**PLoS ONE 2018**)": the database's short name was cut as a list's nickname.
        var document = CatalogParser.Parse(
            "## Gradients\n\n| Year | Venue | Title |\n|---|---|---|\n"
            + "| 2020 | Quantum | [Quantum Natural Things](https://arxiv.org/abs/2501.70811) |\n"
            + "| 2021 | Google | [Things at Scale](https://arxiv.org/abs/2501.70812) |\n"
            + "| 2022 | Patterns | [Deep Things in Patterns](https://arxiv.org/abs/2501.70813) |\n\n"
            + "## Datasets\n\n"
            + "- The Ryerson Audio-Visual Database of Emotional Things and Song (RAVDESS) (**PLoS ONE 2018**) [[paper](https://arxiv.org/abs/2501.70814)]\n"
            + "- Learning Things from Pixels (ThingNet) (**CVPR2019**) [[paper](https://arxiv.org/abs/2501.70815)]\n",
            "q.md");
        Assert.Equal(
            new (string?, string, string?, int?)[]
            {
                ("2501.70811", "Quantum Natural Things", "Quantum", 2020),
                ("2501.70812", "Things at Scale", null, null),
                ("2501.70813", "Deep Things in Patterns", "Patterns", 2022),
                ("2501.70814", "The Ryerson Audio-Visual Database of Emotional Things and Song (RAVDESS)", "PLoS ONE", 2018),
                ("2501.70815", "Learning Things from Pixels", "CVPR", 2019),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, entry.Venue?.Name, entry.Venue?.Year)));
    }

    [Fact]
    public void To_appear_is_no_track_and_aamas_is_a_venue()
    {
        // Left open from earlier sessions: "ICML 2024 (to appear)" had the track "to appear", a Venue cell "To appear at KDD
        // 2023" stayed a name as written, and "Title, AAMAS, 2023" kept ", AAMAS" in its title with no venue (AAMAS was
        // no well-known venue's name). Where a paper stands is no track; the phrase before a venue is no part of it.
        const string Text = """
            ## Papers

            - [Things One](https://arxiv.org/abs/2501.70901), A One, B Two. ICML 2024 (to appear).
            - [Things Two](https://arxiv.org/abs/2501.70902) - *NeurIPS 2024 (in press)*
            - Things Three, AAMAS, 2023. [[paper]](https://arxiv.org/abs/2501.70903)

            | Title | Venue |
            |---|---|
            | [Things Four](https://arxiv.org/abs/2501.70904) | CVPR 2024 (to appear) |
            | [Things Five](https://arxiv.org/abs/2501.70905) | To appear at KDD 2023 |
            | [Things Six](https://arxiv.org/abs/2501.70906) | Published in Nature Machine Intelligence |
            """;
        var document = CatalogParser.Parse(Text, "t.md");
        Assert.Equal(
            new (string?, string, string?, int?, string?, string?)[]
            {
                ("2501.70901", "Things One", "ICML", 2024, null, null),
                ("2501.70902", "Things Two", "NeurIPS", 2024, null, null),
                ("2501.70903", "Things Three", "AAMAS", 2023, null, null),
                ("2501.70904", "Things Four", "CVPR", 2024, null, null),
                ("2501.70905", "Things Five", "KDD", 2023, null, null),
                ("2501.70906", "Things Six", "Nature Machine Intelligence", null, null, null),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    [Fact]
    public void A_heading_over_fields_labelled_after_emoji_gives_the_title_names_and_the_note_s_venue()
    {
        // Batch 177's accessibility list (Lee-JaeWon's paper-list style): "#### [1] Title" over "- **🧑‍🔬 Authors**: ...",
        // "- **🔗 Link**: [[PDF](url)]", "- **📝 Note**: CHI 2024 | `tags`". The emoji kept the labels from being read as
        // labels, so every paper was titled "Link" with no names (titles 0%, venues 0 of 57). A heading that links the paper
        // is read so too; a note field that starts with a venue gives it (its award too), a preprint's none.
        const string Text = """
            ## 2024 Papers

            #### [1] Identifying Things in Resume Screening
            - **🧑‍🔬 Authors**: Kate Glazko, Yusuf Mohammed
            - **🏫 Affiliation**: University of Washington
            - **🔗 Link**: [[PDF](https://arxiv.org/pdf/2501.71001)]
            - **📝 Note**: FAccT 2024 | `bias` `GPT-4`

            #### [2] [LLMs are Good Things](https://arxiv.org/abs/2501.71002)
            - **🧑‍🔬 Authors**: Jia Gong, Lin Geng Foo
            - **🔗 Link**: [[PDF](https://arxiv.org/pdf/2501.71002)]
            - **📝 Note**: CVPR 2024 | `sign language`

            #### [3] Screen Things
            - **🧑‍🔬 Authors**: Xiaoyi Zhang
            - **🔗 Link**: [[PDF](https://arxiv.org/pdf/2501.71003)]
            - **📝 Note**: CHI 2021 🏆 **Best Paper Award** | `screen reader`

            #### [4] AI and Things
            - **🧑‍🔬 Authors**: Meredith Ringel Morris
            - **🔗 Link**: [[PDF](https://arxiv.org/pdf/2501.71004)]
            - **📝 Note**: Communications of the ACM 2020 | `position`

            #### [5] Using Things
            - **🧑‍🔬 Authors**: Shanqing Cai
            - **🔗 Link**: [[PDF](https://arxiv.org/pdf/2501.71005)]
            - **📝 Note**: arXiv (Dec 2023) | `AAC`
            """;
        var document = CatalogParser.Parse(Text, "h.md");
        Assert.Equal(
            new (string?, string, string, string?, int?, string?)[]
            {
                ("2501.71001", "Identifying Things in Resume Screening", "Kate Glazko|Yusuf Mohammed", "FAccT", 2024, null),
                ("2501.71002", "LLMs are Good Things", "Jia Gong|Lin Geng Foo", "CVPR", 2024, null),
                ("2501.71003", "Screen Things", "Xiaoyi Zhang", "CHI", 2021, "Best Paper Award"),
                ("2501.71004", "AI and Things", "Meredith Ringel Morris", "Communications of the ACM", 2020, null),
                ("2501.71005", "Using Things", "Shanqing Cai", null, null, null),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_venue_tag_before_a_nickname_and_an_award_behind_an_emoji_after_the_names_are_read()
    {
        // Batch 177's fuzzing list (strongcourage's style): "- [NDSS'24] **ChatAFL** [Title](url), A One" was no entry (a
        // tag, then a nickname with no colon, read as prose before the title), and NDSS's paper pages no paper's; an award
        // behind an emoji or its shortcode after the names stayed in the last name or was dropped.
        const string Text = """
            ## Fuzzing

            - [NDSS'24] **ChatAFL** [Large Language Model guided Protocol Things](https://www.ndss-symposium.org/ndss-paper/protocol-things/), Ruijie Meng, Martin Mirchev [[code](https://github.com/example/chatafl)]
            - [SOSP'17] [DeepXplore: Automated Whitebox Things](https://arxiv.org/abs/2501.71011), Kexin Pei, Suman Jana :trophy: Best Paper Award
            - [ICSE'23] [Things Three](https://arxiv.org/abs/2501.71012), Ann One, Bob Two 🏆 Distinguished Paper
            - [ICSE'24] TitanFuzz [Things Four](https://arxiv.org/abs/2501.71013), Cy Three
            - [ICSE'24] [Things Five](https://arxiv.org/abs/2501.71014), Dee Four 🏛️ Stanford, Eve Five 🏛️ MIT
            """;
        var document = CatalogParser.Parse(Text, "f.md");
        Assert.Equal(
            new (string, string, string, string?, int?, string?)[]
            {
                ("https://www.ndss-symposium.org/ndss-paper/protocol-things/", "Large Language Model guided Protocol Things", "Ruijie Meng|Martin Mirchev", "NDSS", 2024, null),
                ("https://arxiv.org/abs/2501.71011", "DeepXplore: Automated Whitebox Things", "Kexin Pei|Suman Jana", "SOSP", 2017, "Best Paper Award"),
                ("https://arxiv.org/abs/2501.71012", "Things Three", "Ann One|Bob Two", "ICSE", 2023, "Distinguished Paper"),
                ("https://arxiv.org/abs/2501.71013", "Things Four", "Cy Three", "ICSE", 2024, null),
                ("https://arxiv.org/abs/2501.71014", "Things Five", "Dee Four 🏛️ Stanford|Eve Five 🏛️ MIT", "ICSE", 2024, null),
            },
            document.Entries.Select(entry => (entry.Url, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_citation_under_an_item_s_details_summary_is_the_item_s_paper()
    {
        // Batch 177's single-cell list (mdozmorov's notes): "- [TOSICA](github) - description. <details>" over
        // "<summary>Paper</summary>" and a Chicago citation whose DOI is written as text, ending the sentence: 3 of 64 read,
        // 13 in silence (a sub-item's citation was read, but its URL kept the sentence's full stop). The summary's citation
        // is the item's paper, its arXiv URL a link too; "Journal 15, no. 6 (June 2019)" is the journal without its volume;
        // "Edited by ..." is no source; Cell's pages of supplements ("2559-2575.e28") end the source.
        const string Text = """
            ## Cell type annotation

            - [TOSICA](https://github.com/example/tosica) - Transformer for things. <details>
                <summary>Paper</summary>
                Chen, Jiawei, Hao Xu, and Jing-Dong J. Han. “Transformer for One Stop Things.” Nature Communications 14, no. 1 (January 14, 2023): 223. https://doi.org/10.1038/s41467-023-35923-4.
            </details>

            - [ACTINN](https://github.com/example/actinn) - Automated things.
                - Ma, Feiyang, and Matteo Pellegrini. “ACTINN: Automated Identification of Things.” Edited by Janet Kelso. Bioinformatics 36, no. 2 (January 15, 2020): 533–38. https://doi.org/10.1093/bioinformatics/btz592.

            - Perturb-seq, a classic.
                - Dixit, Atray, and Oren Parnas. “Perturb-Seq: Dissecting Things.” Cell 167, no. 7 (December 2016): 1853-1866.e17. https://doi.org/10.1016/j.cell.2016.11.038.

            - A perspective on things. <details>
                <summary>Paper</summary>
                Bunne, Charlotte, and Yusuf Roohani. “How to Build the Virtual Thing.” arXiv, September 17, 2024. http://arxiv.org/abs/2501.71021.
            </details>

            - [Sketching Things](https://arxiv.org/abs/2501.71022), Ann One. <details>
                <summary>Abstract</summary>
                We propose things. Code is available at https://github.com/example/things.
            </details>

            - [scThing](https://github.com/example/scthing) - more things.
                - Ma, Feiyang. “Another Identification of Things.” Edited by A. Valencia. Bioinformatics 37, no. 1 (2021): 1-10. https://doi.org/10.1093/bioinformatics/btz593.
            """;
        var document = CatalogParser.Parse(Text, "s.md");
        Assert.Equal(
            new (string, string, string, string?, int?)[]
            {
                ("https://doi.org/10.1038/s41467-023-35923-4", "Transformer for One Stop Things", "Chen, Jiawei|Hao Xu|Jing-Dong J. Han", "Nature Communications", 2023),
                ("https://doi.org/10.1093/bioinformatics/btz592", "ACTINN: Automated Identification of Things", "Ma, Feiyang|Matteo Pellegrini", "Bioinformatics", 2020),
                ("https://doi.org/10.1016/j.cell.2016.11.038", "Perturb-Seq: Dissecting Things", "Dixit, Atray|Oren Parnas", "Cell", 2016),
                ("http://arxiv.org/abs/2501.71021", "How to Build the Virtual Thing", "Bunne, Charlotte|Yusuf Roohani", null, null),
                ("https://arxiv.org/abs/2501.71022", "Sketching Things", "Ann One", null, null),
                ("https://doi.org/10.1093/bioinformatics/btz593", "Another Identification of Things", "Ma, Feiyang", "Bioinformatics", 2021),
            },
            document.Entries.Select(entry => (entry.Url, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year)));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.Rule.Id == "EA0030");
    }

    [Fact]
    public void A_bold_title_over_html_breaks_apa_names_joined_by_and_and_a_proceedings_acronym_in_parentheses_are_read()
    {
        // Batch 178: "**[Title](url)**<br />" over "A One, B Two<br />" and "*IEEE SSCI 2020*" was no entry (only a hard
        // break after the bold link counted); "Nie, X., and Wager, S. (2021)." split at every comma; "In *Proceedings of
        // the Thirty-Second Conference on Learning Theory (COLT 2019)*" kept the long name; "Working paper." was a venue;
        // "| [**Title**](url) <br> 🏆 ACM SIGSOFT Distinguished Paper Award | ESEC/FSE 2023 |" gave the award as the names.
        const string Text = """
            ## Surveys

            **[An Algorithmic Perspective on Things](https://arxiv.org/abs/2501.71101)**<br />
            Takayuki Osa, Joni Pajarinen, Gerhard Neumann<br />
            *Foundations and Trends in Robotics, 2018*

            ## Causal ML

            - Nie, X., and Wager, S. (2021). [Quasi-oracle estimation of things](https://arxiv.org/abs/2501.71102). *Biometrika*, 108(2), 299–319.
            - Foster, D. J., & Syrgkanis, V. (2019). [Orthogonal statistical things](https://arxiv.org/abs/2501.71103). In *Proceedings of the Thirty-Second Conference on Learning Theory (COLT 2019)*, PMLR 99.
            - Sirignano, J., & Giesecke, K. (2016). [Deep learning for mortgage things](https://arxiv.org/abs/2501.71104). Working paper.

            ## Provers

            | Title | Venue | Date |
            |:--|:--:|:--:|
            | [**Baldur: Whole-Proof Things**](https://arxiv.org/abs/2501.71105) <br> 🏆 ACM SIGSOFT Distinguished Paper Award | ESEC/FSE 2023 | 2023-03 |
            """;
        var document = CatalogParser.Parse(Text, "e.md");
        Assert.Equal(
            new (string?, string, string, string?, int?, string?)[]
            {
                ("2501.71101", "An Algorithmic Perspective on Things", "Takayuki Osa|Joni Pajarinen|Gerhard Neumann", "Foundations and Trends in Robotics", 2018, null),
                ("2501.71102", "Quasi-oracle estimation of things", "Nie, X.|Wager, S.", "Biometrika", 2021, null),
                ("2501.71103", "Orthogonal statistical things", "Foster, D. J.|Syrgkanis, V.", "COLT", 2019, null),
                ("2501.71104", "Deep learning for mortgage things", "Sirignano, J.|Giesecke, K.", null, null, null),
                ("2501.71105", "Baldur: Whole-Proof Things", string.Empty, "ESEC/FSE", 2023, "ACM SIGSOFT Distinguished Paper Award"),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, string.Join("|", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
    }

    [Fact]
    public void A_list_item_written_as_a_table_row_is_read_as_the_row()
    {
        // Batch 171 (hibayesian's awesome-automl-papers style): "+ 2020 | Title | A One, et al. | SIGMOD | [`PDF`](url)", the
        // year, the title, the names, the venue and the links by spaced pipes, with no table: 58 of 58 read with the whole
        // line as the title. Now read as the row it is, the venue with the year; lines of another shape stay as they were,
        // as does a line whose pipes, split as a row's, make more cells than the row's columns ("Things|Subthings": read as
        // a bullet, its paper kept, where the row's shifted cells lost it).
        const string Text = """
            ## Learned Indexes

            + 2020 | Things: An Updatable Learned Thing | Ann One, et al. | SIGMOD | [`PDF`](https://arxiv.org/pdf/2501.70201.pdf)
            + 2019 | Estimating Things with Deep Sketches | Bob Two, Cy Three | SIGMOD Demo | [`PDF`](https://arxiv.org/pdf/2501.70202.pdf) [`Code`](https://github.com/example/sketches)
            + #### Learned Optimizers
              - 2021 | Bao Things: Making Things Practical | Dee Four, et al. | SIGMOD (Best Paper) | [`PDF`](https://arxiv.org/pdf/2501.70203.pdf)
              - 2022 | Things for Persistent Memory | Eve Five | arXiv | [`PDF`](https://arxiv.org/pdf/2501.70204.pdf)
            + 2018 | A Tutorial on Things | [`Link`](https://example.org/tutorial)
            + 2017 | Things|Subthings in a Row | Fay Six | ICML | [`PDF`](https://arxiv.org/pdf/2501.70205.pdf)
            """;
        var document = CatalogParser.Parse(Text, "r.md");
        Assert.Equal(
            new (int, string?, string, string, string?, int?, string?, string?, string?)[]
            {
                (3, "2501.70201", "Things: An Updatable Learned Thing", "Ann One", "SIGMOD", 2020, null, null, null),
                (4, "2501.70202", "Estimating Things with Deep Sketches", "Bob Two; Cy Three", "SIGMOD", 2019, "Demo", null, "example/sketches"),
                (6, "2501.70203", "Bao Things: Making Things Practical", "Dee Four", "SIGMOD", 2021, null, "Best Paper", null),
                (7, "2501.70204", "Things for Persistent Memory", "Eve Five", null, null, null, null, null),
                (9, "2501.70205", "2017 | Things|Subthings in a Row | Fay Six | ICML", "", null, null, null, null, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Arxiv?.Id, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note, entry.Repository?.ToString())));
    }

    [Fact]
    public void Names_in_apa_order_with_et_al_and_long_venue_names_with_their_acronyms()
    {
        // Batch 171 (uzh-rpg's event-based_vision_resources style, for legal NLP): "Surname, I., Surname, I., et al.," over the
        // title's link split each name at its comma (the list's full stop after "al." was taken off and the APA names
        // read no more); a long venue name with its acronym in parentheses kept the long name where a track stood between
        // the acronym and the year, where the parenthesis said "Findings of", and for a workshop's own acronym. A phrase in
        // lower case before a year ("yearly since 2018") is no venue, so a challenge's line with one is no paper.
        const string Text = """
            ## Law

            - Yue, S., Chen, W., Wang, S., et al.,  
            **_[Things of Law One](https://arxiv.org/abs/2501.70301)_**,  
            Advances in Neural Information Processing Systems (NeurIPS), Datasets and Benchmarks Track, 2023. [Code](https://github.com/example/one)
            - Ann, O., Two, B.,  
            **_[Things of Law Two](https://arxiv.org/abs/2501.70302)_**,  
            Findings of the Association for Computational Linguistics: EMNLP (Findings of EMNLP), 2020.
            - Ann, O., Two, B.,  
            **_[Things of Law Three](https://arxiv.org/abs/2501.70303)_**,  
            Natural Legal Language Processing Workshop (NLLP), 2021.
            - Ann, O., Two, B.,  
            **_[Things of Law Four](https://arxiv.org/abs/2501.70304)_**,  
            Workshop on New Frontiers in Summarization (NewSum), 2019.

            ## Challenges

            - [Things: Challenge of Things in Law](http://challenge.example.org/), China, yearly since 2018.
            """;
        var document = CatalogParser.Parse(Text, "l.md");
        Assert.Equal(
            new (string?, string, string, string?, int?, string?)[]
            {
                ("2501.70301", "Things of Law One", "Yue, S.; Chen, W.; Wang, S.", "NeurIPS", 2023, "Datasets and Benchmarks"),
                ("2501.70302", "Things of Law Two", "Ann, O.; Two, B.", "EMNLP", 2020, "Findings"),
                ("2501.70303", "Things of Law Three", "Ann, O.; Two, B.", "NLLP", 2021, "Workshop"),
                ("2501.70304", "Things of Law Four", "Ann, O.; Two, B.", "NewSum", 2019, "Workshop"),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track)));
    }

    [Fact]
    public void Forms_near_batch_170_s_are_read_as_before()
    {
        // Guards of the review of batch 170's rules. Two preprints under one title are two papers (neither read as the
        // item, each reported) however their links are labelled; an elided word alone is a title's ("Analisi
        // dell'Apprendimento"), not a name; a parenthesis after a citation's year that is no distinction ("(NeurIPS 2023)")
        // leaves the line unread as a citation, as it was; a long name's parenthesised acronym before "(Demo)" keeps the
        // long name's reading, as it was (its "(Demo)" no track of a long name).
        const string Text = """
            ## Experts

            - Mixture of Things
              - [ICLR 2017](https://arxiv.org/abs/2501.70101)
              - [JMLR 2022](https://arxiv.org/abs/2501.70102)
            - **Analisi di Cose (ICML 2022)**
              - Analisi dell'Apprendimento
              - [[Paper]](https://arxiv.org/abs/2501.70103)

            * Lab (Things) [[Paper]](https://arxiv.org/abs/2501.70104)
              * Ann One, Bob Two, Things of Note, arXiv, 2023 (NeurIPS 2023).
            * Lab (Demo Things) [[Paper]](https://arxiv.org/abs/2501.70105)
              * Ann One, Bob Two, Demo Things for All, Empirical Methods in Natural Language Processing (EMNLP) (Demo), 2018.
            """;
        var document = CatalogParser.Parse(Text, "g.md");
        Assert.Equal(
            new (string?, string, string?, int?, string?)[]
            {
                ("2501.70103", "Analisi dell'Apprendimento", "ICML", 2022, null),
                ("2501.70104", "Lab (Things)", null, null, null),
                ("2501.70105", "Demo Things for All", "Empirical Methods in Natural Language Processing", 2018, null),
            },
            document.Entries.Select(entry => (entry.Arxiv?.Id, entry.Title, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track)));
        Assert.Equal(new[] { 4, 5 }, document.Diagnostics.Where(diagnostic => diagnostic.RuleId == "EA0002").Select(diagnostic => diagnostic.Span.Line));
    }

    [Fact]
    public void A_proceedings_site_s_index_of_a_year_is_no_paper()
    {
        // Batch 137: "[MLSys 2024 proceedings](https://proceedings.mlsys.org/paper_files/paper/2024)" lists a year's
        // papers; a paper's page on the same site is a paper.
        var document = CatalogParser.Parse(
            "## Where to find papers\n\n- MLSys has become the main venue for MoE systems work: [MLSys 2024 proceedings](https://proceedings.mlsys.org/paper_files/paper/2024)\n"
            + "- `2024/05` `MLSys'24` [Prompt-prompted Mixture of Things for Efficient LLM Generation](https://proceedings.mlsys.org/paper_files/paper/2024/hash/abc-Abstract-Conference.html)\n",
            "m.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("Prompt-prompted Mixture of Things for Efficient LLM Generation", entry.Title);
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Fact]
    public void A_citation_section_holds_no_entries()
    {
        var document = CatalogParser.Parse(
            "## Papers\n* Rada Mihalcea, Paul Tarau. [TextThing: Bringing Order into Things](https://aclanthology.org/W04-0001/). EMNLP 2004.\n\n"
            + "## :bell: Citation\n+ Jieming Zhu, Jinyang Liu. [Open Benchmarking for Things](https://arxiv.org/abs/2501.53004). *CIKM*, 2021.\n",
            "c.md");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("TextThing: Bringing Order into Things", entry.Title);
    }

    [Theory]
    [InlineData("- [Repo](https://github.com/a/b) -> Described Things of Satellites, [paper](https://arxiv.org/abs/2501.32006)")]
    [InlineData("- [Repo](https://github.com/a/b) \u2192 Described Things of Satellites, [paper](https://arxiv.org/abs/2501.32006)")]
    [InlineData("- [Repo](https://github.com/a/b) \u2192Described Things of Satellites, [paper](https://arxiv.org/abs/2501.32006)")]
    public void A_title_between_an_arrow_and_its_paper_link_is_read_whatever_the_arrow(string line)
    {
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n" + line + "\n", "a.md").Entries);
        Assert.Equal("Described Things of Satellites", entry.Title);
        Assert.Equal(new RepositoryInfo("a", "b"), entry.Repository);
    }

    [Fact]
    public void OpenAI_and_full_names_then_et_al_are_names_as_they_are()
    {
        // Batch 79's loosening of "Surname, Given" stops at a citation's own ending: here the names go on past the second.
        var entry = Assert.Single(CatalogParser.Parse(
            "- **Solving Rubik's Things with a Robot Hand** [[paper]](https://arxiv.org/abs/2501.24008)\n  *OpenAI, Marcin Andrychowicz, Bowen Baker, et al.*\n", "o.md").Entries);
        Assert.Equal(new[] { "OpenAI", "Marcin Andrychowicz", "Bowen Baker" }, entry.Authors);
    }

    [Fact]
    public void A_section_of_tutorials_and_blogs_holds_no_papers()
    {
        // Batch 75: "## Tutorials & Blogs" over "- NIPS 2016 Tutorial: ... [[arXiv]](url)": a tutorial, whatever it links.
        var document = CatalogParser.Parse("## Tutorials & Blogs\n- NIPS 2016 Tutorial: Generative Adversarial Things [[arXiv]](https://arxiv.org/abs/2501.20005)\n", "t.md");
        Assert.Empty(document.Entries);
    }

    [Fact]
    public void A_heading_of_an_emoji_shortcode_and_News_holds_news_not_papers()
    {
        var document = CatalogParser.Parse(
            "## :fire: News\n* [2024.04.16] The arXiv version of our survey is released, [[arXiv](https://arxiv.org/abs/2501.08001)]\n", "n.md");
        Assert.Empty(document.Entries);
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Theory]
    [InlineData("Llama2--7B")]
    [InlineData("GPT4")]
    [InlineData("Qwen2.5")]
    [InlineData("2024")]
    [InlineData("arXiv2024")]
    [InlineData("NeurIPS2024_submission")]
    [InlineData("Under_Review")]
    public void A_one_text_badge_that_is_no_venue_stays_a_tag(string badge)
    {
        var entry = Assert.Single(CatalogParser.Parse(OneBullet(badge), "t.md").Entries);
        Assert.Null(entry.Venue);
        Assert.Single(entry.Tags);
    }

    /// <summary>
    /// Numbered citations <c>N. Title. Names. *Venue*, Year.</c>: a title with commas of its own keeps them, a title that
    /// ends in a question mark ends there (the names follow it), and a venue's workshop named before the year is that
    /// venue's workshop, its name the track (not a publisher's: <c>ACM Workshop on ...</c> stays a long name).
    /// </summary>
    [Fact]
    public void Numbered_citations_keep_a_title_s_commas_and_question_mark_and_read_a_venue_s_named_workshop()
    {
        const string markdown = """
            ## 2022

            1. Recipe for a General, Powerful, Scalable Graph Transformer. Ladislav Rampášek, Mikhail Galkin, Dominique Beaini. *NeurIPS*, 2022. [[pdf]](https://arxiv.org/pdf/2205.12454.pdf)
            2. Do Transformers Really Perform Bad for Graph Representation? Chengxuan Ying, Tianle Cai, Tie-Yan Liu. *NeurIPS*, 2021. [[pdf]](https://arxiv.org/pdf/2106.05234.pdf)
            3. A Generalization of Transformer Networks to Graphs. Vijay Prakash Dwivedi, Xavier Bresson. *AAAI Workshop on Deep Learning on Graphs*, 2021. [[pdf]](https://arxiv.org/pdf/2012.09699.pdf)
            4. Ground-Truth Adversarial Examples. Nicholas Carlini, Guy Katz, Clark Barrett. *ACM Workshop on Artificial Intelligence and Security*, 2017. [[pdf]](https://arxiv.org/pdf/1709.10207.pdf)
            """;

        AssertTitleAuthorsArxivAndVenue(
            [
                (3, "Recipe for a General, Powerful, Scalable Graph Transformer", ["Ladislav Rampášek", "Mikhail Galkin", "Dominique Beaini"], "2205.12454", Venue("NeurIPS", 2022, "NeurIPS 2022")),
                (4, "Do Transformers Really Perform Bad for Graph Representation?", ["Chengxuan Ying", "Tianle Cai", "Tie-Yan Liu"], "2106.05234", Venue("NeurIPS", 2021, "NeurIPS 2021")),
                (5, "A Generalization of Transformer Networks to Graphs", ["Vijay Prakash Dwivedi", "Xavier Bresson"], "2012.09699",
                    new VenueInfo(VenueKind.Workshop, "AAAI", 2021, "Workshop on Deep Learning on Graphs", "AAAI Workshop on Deep Learning on Graphs, 2021")),
                (6, "Ground-Truth Adversarial Examples", ["Nicholas Carlini", "Guy Katz", "Clark Barrett"], "1709.10207",
                    Venue("ACM Workshop on Artificial Intelligence and Security", 2017, "ACM Workshop on Artificial Intelligence and Security 2017")),
            ],
            CatalogParser.Parse(markdown, "t.md"));
    }

    /// <summary>
    /// lopusz's layout: <c>+ (Year) Title by Names</c> over the paper's bare URL on a sub-item, and notes on others. The
    /// own line is the title (a year first), the names follow its last "by" (a title's own "by" stays in it), a venue in
    /// parentheses after them or a sub-item of a venue gives the venue, and a method's acronym alone on a sub-item is no
    /// venue. A lone bare URL of a paper is the item's link; two are two papers' and stay reported; a tool's URL is no
    /// paper's.
    /// </summary>
    [Fact]
    public void A_dated_title_by_names_over_its_bare_paper_url_is_the_entry()
    {
        const string markdown = """
            ## Surrogate Gradient Learning
            + (2015) Spiking Deep Networks with LIF Neurons by Hunsberger and Eliasmith
                + https://arxiv.org/abs/1510.08829
                + Soft-LIF rate approximation, train with backprop and then run with spiking LIF
            + (2018) Spatio-Temporal Backpropagation for Training High-performance Spiking Neural Networks by Wu, Deng, Li, Zhu and Shi
                + https://arxiv.org/abs/1706.02609v3
                + STBP
            + (2018) SLAYER: Spike Layer Error Reassignment in Time by Shrestha and Orchard
                + https://arxiv.org/abs/1810.08646
                + NeurIPS 2018
            + (2022) Training High-Performance Low-Latency Spiking Neural Networks by Differentiation on Spike Representation by Meng et al.
                + https://arxiv.org/abs/2205.00459
            + (2022) Temporal Efficient Training of Spiking Neural Network via Gradient Re-weighting by Deng et al. (ICLR 2022)
                + https://arxiv.org/abs/2202.11946
            + (2020) A Large Scale Event-based Detection Dataset for Automotive by de Tournemire et al.
                + https://arxiv.org/abs/2001.08499
            + (2019) Two Papers in One Item by A One and B Two
                + https://arxiv.org/abs/1901.00001
                + https://arxiv.org/abs/1901.00002
            + Brian 2 - Python simulator for spiking neural networks
                + https://github.com/brian-team/brian2
            """;

        var document = CatalogParser.Parse(markdown, "t.md");
        AssertTitleAuthorsArxivAndVenue(
            [
                (2, "Spiking Deep Networks with LIF Neurons", ["Hunsberger", "Eliasmith"], "1510.08829", null),
                (5, "Spatio-Temporal Backpropagation for Training High-performance Spiking Neural Networks", ["Wu", "Deng", "Li", "Zhu", "Shi"], "1706.02609", null),
                (8, "SLAYER: Spike Layer Error Reassignment in Time", ["Shrestha", "Orchard"], "1810.08646", Venue("NeurIPS", 2018, "NeurIPS 2018")),
                (11, "Training High-Performance Low-Latency Spiking Neural Networks by Differentiation on Spike Representation", ["Meng"], "2205.00459", null),
                (13, "Temporal Efficient Training of Spiking Neural Network via Gradient Re-weighting", ["Deng"], "2202.11946", Venue("ICLR", 2022, "ICLR 2022")),
                (15, "A Large Scale Event-based Detection Dataset for Automotive", ["de Tournemire"], "2001.08499", null),
            ],
            document);
        Assert.Equal([18, 19], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line)); // each of the two bare URLs of one item, where it stands
    }

    /// <summary>
    /// Venue-and-year headings over <c>- Title. [[paper]](url) :trophy: **Best Paper**</c> and an italic names line: a
    /// distinction of two capitalised words after the links is the venue's note, not the names, so the names' line is
    /// read; and the heading's venue may be one of security and theory (<c>CCS</c>, <c>IEEE S&amp;P</c>, <c>TCC</c>).
    /// </summary>
    [Fact]
    public void A_distinction_after_the_links_over_the_names_line_is_the_note_and_security_venues_head_sections()
    {
        const string markdown = """
            ### ICML 2024

            - Position: Considerations for Differentially Private Learning with Large-Scale Public Pretraining. [[paper]](https://arxiv.org/abs/2212.06470) :trophy: **Best Paper**
              *Florian Tramèr, Gautam Kamath, Nicholas Carlini*

            ### IEEE S&P 2021

            - Adversary Instantiation: Lower Bounds for Differentially Private Machine Learning. [[paper]](https://arxiv.org/abs/2101.04535)
              *Milad Nasr, Shuang Song, Abhradeep Thakurta*

            ### CCS 2016

            - Deep Learning with Differential Privacy. [[paper]](https://arxiv.org/abs/1607.00133v2)
              *Martín Abadi, Andy Chu, Ian Goodfellow*

            ### TCC 2006

            - Calibrating Noise to Sensitivity in Private Data Analysis. [[paper]](https://doi.org/10.1007/11681878_14)
              *Cynthia Dwork, Frank McSherry, Kobbi Nissim, Adam Smith*
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("Position: Considerations for Differentially Private Learning with Large-Scale Public Pretraining", "Florian Tramèr; Gautam Kamath; Nicholas Carlini", "ICML", 2024, (string?)"Best Paper"),
                ("Adversary Instantiation: Lower Bounds for Differentially Private Machine Learning", "Milad Nasr; Shuang Song; Abhradeep Thakurta", "IEEE S&P", 2021, null),
                ("Deep Learning with Differential Privacy", "Martín Abadi; Andy Chu; Ian Goodfellow", "CCS", 2016, null),
                ("Calibrating Noise to Sensitivity in Private Data Analysis", "Cynthia Dwork; Frank McSherry; Kobbi Nissim; Adam Smith", "TCC", 2006, null),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 181's forms: an IEEE reference's proceedings named by the publisher and the conference's own short name
    /// (<c>in *Proc. IEEE Big Data*, 2020</c>) and a venue's workshop after "in"; a venue, a dash, then the names after
    /// "by" or a description (<c>*ICLR 2022* - THOR, random routing</c>: no names); shields.io venue badges of two words,
    /// percent-escaped (<c>IEEE%20S%26P-2019</c>, <c>USENIX%20Security-2020</c>), and a badge with the venue's award after
    /// it in a Venue cell.
    /// </summary>
    [Fact]
    public void Ieee_publishers_conferences_venues_before_a_dash_and_two_word_badges_are_read()
    {
        const string markdown = """
            ## References

            [29] A. Geiger, D. Liu, and K. Veeramachaneni, "TadGAN: Time Series Anomaly Detection Using Generative Adversarial Networks," in *Proc. IEEE Big Data*, 2020. [[arXiv]](https://arxiv.org/abs/2009.07769)

            [48] Y. Jeong, E. Yang, and M. Kang, "AnomalyBERT: Self-Supervised Transformer for Time Series Anomaly Detection using Data Degradation Scheme," in *ICLR Workshop on Machine Learning for IoT*, 2023. [[arXiv]](https://arxiv.org/abs/2305.04468)

            ## Papers

            - **A Survey on Mixture of Experts** [[paper](https://arxiv.org/abs/2407.06204)] *arXiv 2024* - by Weilin Cai, Juyong Jiang, Fan Wang
            - **Taming Sparsely Activated Transformer with Stochastic Experts** [[paper](https://arxiv.org/abs/2110.04260)] *ICLR 2022* - THOR, random routing
            - **Adaptive Mixtures of Local Experts** [[paper](https://doi.org/10.1162/neco.1991.3.1.79)] *Neural Computation 1991* - the original MoE paper

            ## Attacks

            | Year | Venue | Title | Affiliation | Materials |
            | ---- | ----- | ----- | ----------- | --------- |
            | 2019 | ![](https://img.shields.io/badge/IEEE%20S%26P-2019-lightgrey) | [Exploiting Unintended Feature Leakage in Collaborative Learning](https://arxiv.org/abs/1805.04049) | UCL; Cornell Tech | [[PUB]](https://arxiv.org/pdf/1805.04049.pdf) |
            | 2020 | ![](https://img.shields.io/badge/USENIX%20Security-2020-lightgrey) | [Local Model Poisoning Attacks to Byzantine-Robust Federated Learning](https://arxiv.org/abs/1911.11815) | Iowa State University | [[PUB]](https://www.usenix.org/conference/usenixsecurity20/presentation/fang) |
            | 2021 | ![](https://img.shields.io/badge/OSDI-2021-blue) 🏆 Distinguished Artifact Award | [Oort: Efficient Federated Learning via Guided Participant Selection](https://arxiv.org/abs/2010.06081) | University of Michigan | [[PUB]](https://www.usenix.org/conference/osdi21/presentation/lai) |
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("2009.07769", "A. Geiger; D. Liu; K. Veeramachaneni", "IEEE Big Data", 2020, (string?)null, (string?)null),
                ("2305.04468", "Y. Jeong; E. Yang; M. Kang", "ICLR", 2023, "Workshop on Machine Learning for IoT", null),
                ("2407.06204", "Weilin Cai; Juyong Jiang; Fan Wang", null, 0, null, null),
                ("2110.04260", "", "ICLR", 2022, null, null),
                ("https://doi.org/10.1162/neco.1991.3.1.79", "", "Neural Computation", 1991, null, null),
                ("1805.04049", "", "IEEE S&P", 2019, null, null),
                ("1911.11815", "", "USENIX Security", 2020, null, null),
                ("2010.06081", "", "OSDI", 2021, null, "Distinguished Artifact Award"),
            ],
            entries.Select(e => (e.Arxiv?.Id ?? e.Url, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 182's forms: em-dash separated lines (<c>- Title — A. One, C.-W. Fu — *MICCAI 2023* — [paper](url)</c>: the
    /// dash as a hyphen, hyphenated initials no sentence's end, names joined by <c>&amp;</c>, the award before the links'
    /// dash the note); a heading over Korean fields whose title field links the paper (the heading a nickname); a bold
    /// nickname over a paper field whose link is labelled with the title; a table whose paper column is named in Korean.
    /// </summary>
    [Fact]
    public void Em_dash_lines_korean_title_fields_and_a_paper_column_in_korean_are_read()
    {
        const string markdown = """
            ## U-Net

            - H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes — X. Li, H. Chen, C.-W. Fu, P.-A. Heng — *IEEE TMI 2018* — [paper](https://arxiv.org/abs/1709.07330)
            - UNeXt: MLP-based Rapid Medical Image Segmentation Network — J. M. J. Valanarasu & V. M. Patel — *MICCAI 2022* — [paper](https://arxiv.org/abs/2203.04967)
            - nnFormer: Interleaved Transformer for Volumetric Segmentation — H.-Y. Zhou, J. Guo, Y. Zhang — [paper](https://arxiv.org/abs/2109.03201)
            - Segment Anything — A. Kirillov, E. Mintun, W.-Y. Lo — *ICCV 2023* 🏆 Best Paper Honorable Mention — [paper](https://arxiv.org/abs/2304.02643)

            ## 2. LLM을 위한 RLHF

            ### InstructGPT ⭐ 필독
            - **제목**: [Training language models to follow instructions with human feedback](https://arxiv.org/abs/2203.02155)
            - **저자**: Long Ouyang, Jeff Wu, Xu Jiang 외
            - **학회**: NeurIPS 2022
            - **데이터**: [samples](https://github.com/openai/following-instructions-human-feedback)

            **1) TAMER**
            - 논문: [Interactively shaping agents via human reinforcement: the TAMER framework](https://doi.org/10.1145/1597735.1597738)
            - 저자: W. Bradley Knox, Peter Stone
            - 학회: K-CAP 2009

            | 이름 | 논문 | 학회 | 링크 |
            |:---:|---|:---:|:---:|
            | HelpSteer | [HelpSteer: Multi-attribute Helpfulness Dataset for SteerLM](https://arxiv.org/abs/2311.09528) | NAACL 2024 | - |
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes", "X. Li; H. Chen; C.-W. Fu; P.-A. Heng", "IEEE TMI", 2018, (string?)null),
                ("UNeXt: MLP-based Rapid Medical Image Segmentation Network", "J. M. J. Valanarasu; V. M. Patel", "MICCAI", 2022, null),
                ("nnFormer: Interleaved Transformer for Volumetric Segmentation", "H.-Y. Zhou; J. Guo; Y. Zhang", null, 0, null),
                ("Segment Anything", "A. Kirillov; E. Mintun; W.-Y. Lo", "ICCV", 2023, "Best Paper Honorable Mention"),
                ("Training language models to follow instructions with human feedback", "Long Ouyang; Jeff Wu; Xu Jiang", "NeurIPS", 2022, null),
                ("Interactively shaping agents via human reinforcement: the TAMER framework", "W. Bradley Knox; Peter Stone", "K-CAP", 2009, null),
                ("HelpSteer: Multi-attribute Helpfulness Dataset for SteerLM", "", "NAACL", 2024, null),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// What the new rules must not read: a dated title's own "by" before one capitalised word is no name; a subtitle after a
    /// title's question mark is no name; an award, a description or a track after a venue's dash is no name; a bare URL
    /// among sub-items that link other things stays reported; an IEEE reference's <c>Proc. IEEE CVPR</c> is CVPR.
    /// </summary>
    [Fact]
    public void The_new_rules_leave_titles_awards_tracks_and_linked_sub_items_alone()
    {
        const string markdown = """
            ## Papers

            - What Do Vision Transformers Learn? A Visual Exploration, Amin Ghiasi, Hamid Kazemi, *ICLR*, 2023. [[pdf]](https://arxiv.org/pdf/2212.06727.pdf)
            + (2015) Unsupervised Domain Adaptation by Backpropagation
                + https://arxiv.org/abs/1409.7495
            - **Title of a Paper Here** [[paper](https://arxiv.org/abs/2201.00002)] *NeurIPS 2022* - Outstanding Paper Award
            - **Another Paper Title Here** [[paper](https://arxiv.org/abs/2201.00003)] *arXiv 2024* - by far the largest MoE
            - **Third Paper Title Here** [[paper](https://arxiv.org/abs/2201.00004)] *NeurIPS 2023* - Datasets and Benchmarks Track

            [7] K. He and J. Sun, "Convolutional Neural Networks at Constrained Time Cost," in *Proc. IEEE CVPR*, 2015. [[arXiv]](https://arxiv.org/abs/1412.1710)

            + (2016) Learning to Learn by Gradient Descent by Gradient Descent
                + https://arxiv.org/abs/1606.04474
                + Implemented in [Nengo](https://github.com/nengo/nengo)
            """;

        var document = CatalogParser.Parse(markdown, "t.md");
        Assert.Equal(
            [
                ("What Do Vision Transformers Learn? A Visual Exploration", "Amin Ghiasi; Hamid Kazemi", "ICLR", 2023, (string?)null, (string?)null),
                ("Unsupervised Domain Adaptation by Backpropagation", "", null, 0, null, null),
                ("Title of a Paper Here", "", "NeurIPS", 2022, null, "Outstanding Paper Award"),
                ("Another Paper Title Here", "", null, 0, null, null),
                ("Third Paper Title Here", "", "NeurIPS", 2023, "Datasets and Benchmarks", null),
                ("Convolutional Neural Networks at Constrained Time Cost", "K. He; J. Sun", "CVPR", 2015, null, null),
            ],
            document.Entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Span.Line == 13); // the bare URL beside a linked sub-item
    }

    /// <summary>
    /// Batch 183's forms: APA citations with the year after the source (<c>Surname, I., &amp; Surname, I. Title. *Venue*,
    /// Year.</c>, a preprint's source no venue, a distinction in parentheses after the year the note); a badge of a
    /// well-known venue with its year and track as the message (<c>ACL-2023_Findings</c>); institutions in parentheses
    /// after the names, by commas or semicolons, are no names (<c>(CMU, MIT)</c>), a distinction in parentheses is no
    /// institution.
    /// </summary>
    [Fact]
    public void Apa_citations_with_the_year_last_track_badges_and_trailing_affiliations_are_read()
    {
        const string markdown = """
            ## Foundations

            * Schölkopf, B., Janzing, D., & Mooij, J. On causal and anticausal learning. *ICML*, 2012. [[arXiv]](https://arxiv.org/abs/1206.6471)
            * Schölkopf, B. Causality for machine learning. *arXiv preprint arXiv:1911.10500*, 2019. [[arXiv]](https://arxiv.org/abs/1911.10500)
            * Schölkopf, B., Locatello, F., & Bengio, Y. Toward causal representation learning. *Proceedings of the IEEE*, 109(5), 612-634, 2021. [[arXiv]](https://arxiv.org/abs/2102.11107)
            * Gresele, L., von Kügelgen, J., & Besserve, M. Independent mechanism analysis, a new concept? *NeurIPS*, 2021 (spotlight). [[arXiv]](https://arxiv.org/abs/2106.05200)

            ## Memory

            - **[2023/05]** [Prompted LLMs as Chatbot Modules for Long Open-domain Conversation](https://arxiv.org/abs/2305.04533) ![](https://img.shields.io/badge/ACL-2023_Findings-blue) - *Gibbeum Lee, Volker Hartmann, Kangwook Lee*
            - **[2024/09]** [Agent Workflow Memory](https://arxiv.org/abs/2409.07429) ![](https://img.shields.io/badge/arXiv-2024-red) - *Zora Zhiruo Wang, Jiayuan Mao, Graham Neubig* (CMU, MIT)
            - **[2024/05]** [HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models](https://arxiv.org/abs/2405.14831) ![](https://img.shields.io/badge/NeurIPS-2024-blue) - *Bernal Jiménez Gutiérrez, Yu Su* (The Ohio State University, Stanford University)
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("On causal and anticausal learning", "Schölkopf, B.; Janzing, D.; Mooij, J.", "ICML", 2012, (string?)null, (string?)null),
                ("Causality for machine learning", "Schölkopf, B.", null, 0, null, null),
                ("Toward causal representation learning", "Schölkopf, B.; Locatello, F.; Bengio, Y.", "Proceedings of the IEEE", 2021, null, null),
                ("Independent mechanism analysis, a new concept?", "Gresele, L.; von Kügelgen, J.; Besserve, M.", "NeurIPS", 2021, null, "Spotlight"),
                ("Prompted LLMs as Chatbot Modules for Long Open-domain Conversation", "Gibbeum Lee; Volker Hartmann; Kangwook Lee", "ACL", 2023, "Findings", null),
                ("Agent Workflow Memory", "Zora Zhiruo Wang; Jiayuan Mao; Graham Neubig", null, 0, null, null),
                ("HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models", "Bernal Jiménez Gutiérrez; Yu Su", "NeurIPS", 2024, null, null),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 184's forms: Harvard citations (<c>Surname, I.J. and Surname, I. (Year) 'Title', *Source*, 1(2), pp. 3-4.</c>,
    /// "et al." after the first names, the title in single or double quotes; a preprint server's source no venue;
    /// proceedings after "in" without their pages or series, a well-known venue's long name or its acronym in parentheses
    /// read as the acronym (since batch 192, as the other citation styles read them), any other name kept as written; a track after that acronym; a distinction as a sentence after the source), in bullets and in
    /// paragraphs of their own; a distinction in parentheses between a bold title and italic names is the note, no name;
    /// and names with their initials first right after a bold title, no comma between, are the names, not the title's end.
    /// </summary>
    [Fact]
    public void Harvard_citations_an_award_after_a_bold_title_and_initialled_names_after_it_are_read()
    {
        const string markdown = """
            ## DNA language models

            - Ji, Y., Zhou, Z., Liu, H. and Davuluri, R.V. (2021) 'DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language in genome', *Bioinformatics*, 37(15), pp. 2112-2120. [paper](https://doi.org/10.1093/bioinformatics/btab083)
            - Zhang, Q. et al. (2024) 'Scientific Large Language Models: A Survey on Biological & Chemical Domains', *arXiv preprint arXiv:2401.14656*. [paper](https://arxiv.org/abs/2401.14656)
            - Schiff, Y., Kao, C.-H. and Kuleshov, V. (2024) 'Caduceus: Bi-Directional Equivariant Long-Range DNA Sequence Modeling', in *Proceedings of the 41st International Conference on Machine Learning (ICML)*, PMLR 235. [paper](https://arxiv.org/abs/2403.03234)
            - Zhou, Z., Ji, Y. and Liu, H. (2024) 'DNABERT-2: Efficient Foundation Model and Benchmark For Multi-Species Genome', in *The Twelfth International Conference on Learning Representations (ICLR)*. [pdf](https://arxiv.org/pdf/2306.15006.pdf)
            - Patel, A. and Kundaje, A. (2024) 'DART-Eval: A Comprehensive DNA Language Model Evaluation Benchmark on Regulatory DNA', *Advances in Neural Information Processing Systems (NeurIPS) Datasets and Benchmarks Track*, 37. [paper](https://arxiv.org/abs/2412.05430)
            - Nguyen, E., Poli, M. and Ré, C. (2023) 'HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution', *Advances in Neural Information Processing Systems*, 36. **(Spotlight)** [paper](https://arxiv.org/abs/2306.15794)
            - Schmidinger, N. et al. (2024) "Bio-xLSTM: Generative modeling, representation and in-context learning of biological and chemical sequences", *arXiv preprint arXiv:2411.04165*. [paper](https://arxiv.org/abs/2411.04165)
            - Devlin, J., Chang, M.-W., Lee, K. and Toutanova, K. (2019) 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', in *Proceedings of NAACL-HLT 2019*, pp. 4171-4186. Best Long Paper. [paper](https://arxiv.org/abs/1810.04805)

            ## Sequence to function

            Not language models, but the baselines every DNA LM paper compares against.

            Kelley, D.R. (2020) 'Cross-species regulatory sequence activity prediction', *PLOS Computational Biology*, 16(7), e1008050. [paper](https://doi.org/10.1371/journal.pcbi.1008050)

            Alipanahi, B., Delong, A., Weirauch, M.T. & Frey, B.J. (2015) 'Predicting the sequence specificities of DNA- and RNA-binding proteins by deep learning', *Nature Biotechnology*, 33(8), pp. 831-838. [paper](https://doi.org/10.1038/nbt.3300)

            ## Compression

            1. [ICLR 2016] **Density Modeling of Images using a Generalized Normalization Transformation** *J. Ballé, V. Laparra, E. P. Simoncelli* [[paper]](https://arxiv.org/abs/1511.06281)
            2. [WACV 2023] **Lossy Image Compression with Quantized Hierarchical VAEs** (Best Algorithms Paper Award) *Zhihao Duan, Ming Lu, Zhan Ma* [[paper]](https://arxiv.org/abs/2208.13056)
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language in genome", "Ji, Y.; Zhou, Z.; Liu, H.; Davuluri, R.V.", "Bioinformatics", 2021, (string?)null, (string?)null),
                ("Scientific Large Language Models: A Survey on Biological & Chemical Domains", "Zhang, Q.", null, 0, null, null),
                ("Caduceus: Bi-Directional Equivariant Long-Range DNA Sequence Modeling", "Schiff, Y.; Kao, C.-H.; Kuleshov, V.", "ICML", 2024, null, null),
                ("DNABERT-2: Efficient Foundation Model and Benchmark For Multi-Species Genome", "Zhou, Z.; Ji, Y.; Liu, H.", "ICLR", 2024, null, null),
                ("DART-Eval: A Comprehensive DNA Language Model Evaluation Benchmark on Regulatory DNA", "Patel, A.; Kundaje, A.", "NeurIPS", 2024, "Datasets and Benchmarks", null),
                ("HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution", "Nguyen, E.; Poli, M.; Ré, C.", "NeurIPS", 2023, null, "Spotlight"),
                ("Bio-xLSTM: Generative modeling, representation and in-context learning of biological and chemical sequences", "Schmidinger, N.", null, 0, null, null),
                ("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "Devlin, J.; Chang, M.-W.; Lee, K.; Toutanova, K.", "NAACL-HLT", 2019, null, "Best Long Paper"),
                ("Cross-species regulatory sequence activity prediction", "Kelley, D.R.", "PLOS Computational Biology", 2020, null, null),
                ("Predicting the sequence specificities of DNA- and RNA-binding proteins by deep learning", "Alipanahi, B.; Delong, A.; Weirauch, M.T.; Frey, B.J.", "Nature Biotechnology", 2015, null, null),
                ("Density Modeling of Images using a Generalized Normalization Transformation", "J. Ballé; V. Laparra; E. P. Simoncelli", "ICLR", 2016, null, null),
                ("Lossy Image Compression with Quantized Hierarchical VAEs", "Zhihao Duan; Ming Lu; Zhan Ma", "WACV", 2023, null, "Best Algorithms Paper Award"),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// What the batch-184 rules must not read: a paragraph of the introduction that cites (no quoted title, a quoted phrase
    /// with no year, a Harvard-like sentence with no source and no paper's link) is no entry; a quoted title with nothing
    /// after it has no venue; a parenthesis after a bold title that is no distinction stays out of the note, one that is a
    /// distinction is the note of the venue after the names; a title and initialled names separated by a comma still read
    /// as before, "the U.S." included; an apostrophe inside a quoted title.
    /// </summary>
    [Fact]
    public void The_batch_184_rules_leave_other_paragraphs_and_parentheses_alone()
    {
        const string markdown = """
            ## Papers

            If you use this list, please cite Smith, J. (2023) and the [survey](https://github.com/a/b).

            Welcome, friends. "Attention Is All You Need" started it; see [the blog](https://karpathy.github.io/2015/05/21/rnn-effectiveness/).

            Following Ji, Y. et al. (2021) 'DNABERT: a transformer for DNA', this list tracks its successors. See [repo](https://github.com/a/b).

            - Gu, A. and Dao, T. (2024) 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces'. [paper](https://arxiv.org/abs/2312.00752)
            - **Titans: Learning to Memorize at Test Time** (Google) *Ali Behrouz, Peilin Zhong* [[paper]](https://arxiv.org/abs/2501.00663)
            - Direct Sparse Odometry, J. Engel, V. Koltun, D. Cremers, [[paper]](https://arxiv.org/abs/1607.02565)
            - Forecasting the U.S. Economy, J. Smith, A. Jones, ICML 2020 [[paper]](https://arxiv.org/abs/2001.00001)
            - **Learning Things** (Best Paper Award) *A One, B Two*, CVPR 2023 [[paper]](https://arxiv.org/abs/2001.00002)
            - Li, X. and Wu, Y. (2020) 'The models' limits, revisited', *Nature Methods*, 5(2), pp. 1-9. [paper](https://doi.org/10.1000/xyz)
            """;

        var document = CatalogParser.Parse(markdown, "t.md");
        Assert.Equal(
            [
                ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "Gu, A.; Dao, T.", (string?)null, (string?)null),
                ("Titans: Learning to Memorize at Test Time", "Ali Behrouz; Peilin Zhong", null, null),
                ("Direct Sparse Odometry", "J. Engel; V. Koltun; D. Cremers", null, null),
                ("Forecasting the U.S. Economy", "J. Smith; A. Jones", "ICML", null),
                ("Learning Things", "A One; B Two", "CVPR", "Best Paper Award"),
                ("The models' limits, revisited", "Li, X.; Wu, Y.", "Nature Methods", null),
            ],
            document.Entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 185's forms: a <c>&lt;details&gt;</c> block per paper with its summary on the next line (<c>&lt;summary&gt;&lt;b&gt;Title&lt;/b&gt;
    /// (Venue Year)&lt;/summary&gt;</c>), a paragraph of links with no label, and the authors from the BibTeX block under them
    /// (braces or quotes, LaTeX's accents decoded, "and others" no name; no block, no names), the section's heading over
    /// such blocks no title; a mark before a Venue cell's venue (<c>📄 arXiv</c> a preprint, <c>🔭 AJ 2019 🏆 PLAsTiCC 1st
    /// place</c> a journal and its note); "&amp;" and "/" in a track; a challenge's place or win in a Japanese note field.
    /// </summary>
    [Fact]
    public void Details_blocks_with_bibtex_authors_marked_venue_cells_and_japanese_notes_are_read()
    {
        const string markdown = """
            ## Surveys

            <details>
            <summary><b>Automatic Software Repair: a Bibliography</b> (ACM CSUR 2018)</summary>

            [[paper]](https://arxiv.org/abs/1807.00515)

            ```bibtex
            @article{monperrus2018automatic,
              booktitle={Proceedings of Things},
              title={Automatic Software Repair: a Bibliography},
              url={https://example.org/?author=x},
              author={Ren{\'e} Just and Louis-No{\"e}l Pouchet and Ivan Radi{\v{c}}ek and Fran\c{c}ois Ga\'{\i}l and Bj{\o}rn Olsen and Nguy{\~{\^e}}n V.~Anh and others},
              year={2018}
            }
            ```
            </details>

            <details>
            <summary><b>SWE-bench: Can Language Models Resolve Real-World GitHub Issues?</b> (ICLR 2024, Oral)</summary>

            [[paper]](https://arxiv.org/pdf/2310.06770.pdf) [[code]](https://github.com/princeton-nlp/SWE-bench)

            ```bibtex
            @inproceedings{jimenez2024swebench,
              author = "Jimenez, Carlos E. and Yang, John and others",
              title = {SWE-bench}
            }
            ```
            </details>

            <details>
            <summary><b>Training Software Engineering Agents and Verifiers with SWE-Gym</b> (arXiv 2024)</summary>

            [[paper]](https://arxiv.org/abs/2412.21139)

            _BibTeX coming soon_
            </details>

            ## Astronomy

            | Date | Venue | Paper | TL;DR |
            |---|---|---|---|
            | 2019-04 | 📄 arXiv | [Machine Learning in Astronomy: a practical overview](https://arxiv.org/abs/1904.07248)<br>Dalya Baron | Hands-on. |
            | 2019-07 | 🔭 AJ 2019 🏆 PLAsTiCC 1st place | [Avocado: Photometric Classification of Astronomical Transients](https://arxiv.org/abs/1907.04690)<br>Kyle Boone | GP. |
            | 2024-12 | 🎓 NeurIPS'24 Datasets & Benchmarks | [The Multimodal Universe: Enabling Large-Scale Machine Learning](https://arxiv.org/abs/2412.02527)<br>Jeroen Audenaert et al. | 100 TB. |

            ## 音源分離

            - [Music Source Separation with Band-Split RoPE Transformer](https://arxiv.org/abs/2309.02612)
              - 著者: Wei-Tsung Lu, Ju-Chiang Wang
              - 会議: ICASSP 2024
              - 備考: SDX23 MSS部門 1位
            - [musicnn: Pre-trained convolutional neural networks for music audio tagging](https://arxiv.org/abs/1909.06654)
              - 著者: Jordi Pons, Xavier Serra
              - 会議: ISMIR 2019 Late-Breaking/Demo
              - 備考欄: MusicNet データセットの論文
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("Automatic Software Repair: a Bibliography", "René Just; Louis-Noël Pouchet; Ivan Radiček; François Gaíl; Bjørn Olsen; Nguyễn V. Anh", "ACM CSUR", 2018, (string?)null, (string?)null),
                ("SWE-bench: Can Language Models Resolve Real-World GitHub Issues?", "Jimenez, Carlos E.; Yang, John", "ICLR", 2024, null, "Oral"),
                ("Training Software Engineering Agents and Verifiers with SWE-Gym", "", null, 0, null, null),
                ("Machine Learning in Astronomy: a practical overview", "Dalya Baron", null, 0, null, null),
                ("Avocado: Photometric Classification of Astronomical Transients", "Kyle Boone", "AJ", 2019, null, "PLAsTiCC 1st place"),
                ("The Multimodal Universe: Enabling Large-Scale Machine Learning", "Jeroen Audenaert", "NeurIPS", 2024, "Datasets and Benchmarks", null),
                ("Music Source Separation with Band-Split RoPE Transformer", "Wei-Tsung Lu; Ju-Chiang Wang", "ICASSP", 2024, null, "SDX23 MSS部門 1位"),
                ("musicnn: Pre-trained convolutional neural networks for music audio tagging", "Jordi Pons; Xavier Serra", "ISMIR", 2019, "Late-Breaking/Demo", null),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// A BibTeX block is untrusted text: a brace that never closes, a lone surrogate in a name, an accent with no letter
    /// after it, or ten thousand characters of braces leave the entry read from its summary and links, no exception.
    /// </summary>
    [Fact]
    public void A_damaged_bibtex_block_costs_the_entry_its_names_at_most()
    {
        var longBraces = new string('{', 10_000);
        var markdown = "## Papers\n\n<details>\n<summary><b>Learning to Repair Programs Well</b> (ICSE 2021)</summary>\n\n[[paper]](https://arxiv.org/abs/2101.00001)\n\n"
                       + "```bibtex\n@article{x,\n  author={A One and B \uD800Two and C \\' and D " + longBraces + "\n}\n```\n</details>\n\n"
                       + "<details>\n<summary><b>Learning to Repair Programs Better</b> (ICSE 2022)</summary>\n\n[[paper]](https://arxiv.org/abs/2101.00002)\n\n"
                       + "```bibtex\n@article{y,\n  author={A One and B \uD800Two and C \\'}\n}\n```\n</details>\n";

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [("Learning to Repair Programs Well", "ICSE", 2021), ("Learning to Repair Programs Better", "ICSE", 2022)],
            entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year ?? 0)));
        Assert.Empty(entries[0].Authors); // the field never closes: no names
        Assert.Equal("A One", entries[1].Authors[0]);
    }

    /// <summary>
    /// A paper's heading over an abstract in a collapsible block whose summary has three words or more, then its links,
    /// is still the paper's title: only a block that is its summary alone, links under it, is a paper of its own.
    /// </summary>
    [Fact]
    public void A_heading_over_an_abstract_in_details_and_its_links_is_still_a_paper()
    {
        const string markdown = """
            ## Papers

            ### Learning to Repair Programs from Compiler Feedback

            <details><summary>Click to expand the abstract</summary>
            We repair programs with the compiler's messages.
            </details>

            [📄 Paper](https://arxiv.org/abs/2101.00003) | [💻 Code](https://github.com/a/b)
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(["Learning to Repair Programs from Compiler Feedback"], entries.Select(e => e.Title));
    }

    /// <summary>
    /// Batch 186's forms: a heading that is a paper's link (to the IACR ePrint too), a mark after it, over a quote of the
    /// names as a sentence and the venue after it, a paragraph of links perhaps after them in the quote; a journal's long
    /// name with its year in parentheses (not a citation's "Liu and Zhang (2012)", nor a title with a colon); a table
    /// in Portuguese with a "Publicação" column and a distinction in Portuguese, translated. A mark before a heading's link
    /// (the list's own survey) still makes no paper.
    /// </summary>
    [Fact]
    public void Quoted_names_under_title_headings_journal_years_and_portuguese_tables_are_read()
    {
        const string markdown = """
            ### 🔥🔥🔥 [Our Survey of Private Inference](https://arxiv.org/abs/2312.17432)

            ## Homomorphic encryption

            #### [Somewhat Practical Fully Homomorphic Encryption](https://eprint.iacr.org/2012/144)
            > Junfeng Fan, Frederik Vercauteren. *ePrint 2012/144*.

            #### [Bootstrapping for Approximate Homomorphic Encryption](https://eprint.iacr.org/2018/153) 🔥
            > Jung Hee Cheon, Kyoohyung Han, Andrey Kim. *EUROCRYPT 2018*.
            >
            > [[code]](https://github.com/snucrypto/HEAAN)

            ## Brain

            **Deep Supervised, but Not Unsupervised, Models May Explain IT Cortical Representation**<br>Seyed-Mahdi Khaligh-Razavi, Nikolaus Kriegeskorte<br>*PLoS Computational Biology* (2014) · [Paper](https://doi.org/10.1371/journal.pcbi.1003915)

            ## Modelos

            | Ano | Título | Autores | Publicação | Links |
            |-----|--------|---------|------------|-------|
            | 2020 | BERTimbau: Pretrained BERT Models for Brazilian Portuguese | Fábio Souza, Rodrigo Nogueira e Roberto Lotufo | BRACIS 2020 | [artigo](https://link.springer.com/chapter/10.1007/978-3-030-61377-8_28) |
            | 2024 | Aya Model: An Instruction Finetuned Open-Access Multilingual Language Model | Ahmet Üstün, Viraat Aryabumi | ACL 2024 (Melhor Artigo) | [artigo](https://arxiv.org/abs/2402.07827) |
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("Somewhat Practical Fully Homomorphic Encryption", "Junfeng Fan; Frederik Vercauteren", (string?)null, 0, (string?)null),
                ("Bootstrapping for Approximate Homomorphic Encryption", "Jung Hee Cheon; Kyoohyung Han; Andrey Kim", "EUROCRYPT", 2018, null),
                ("Deep Supervised, but Not Unsupervised, Models May Explain IT Cortical Representation", "Seyed-Mahdi Khaligh-Razavi; Nikolaus Kriegeskorte", "PLoS Computational Biology", 2014, null),
                ("BERTimbau: Pretrained BERT Models for Brazilian Portuguese", "Fábio Souza; Rodrigo Nogueira; Roberto Lotufo", "BRACIS", 2020, null),
                ("Aya Model: An Instruction Finetuned Open-Access Multilingual Language Model", "Ahmet Üstün; Viraat Aryabumi", "ACL", 2024, "Best Paper"),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// A GitHub shortcode after a title link is a mark, no word of a sentence nor a name (<c>- [Title](url) :fire:</c>,
    /// <c>:fire: A One, B Two</c>, <c>#### [Title](url) :star:</c> over quoted names); a flag's shortcode still marks an
    /// organisation, no name.
    /// </summary>
    [Fact]
    public void A_shortcode_after_a_title_link_is_a_mark()
    {
        const string markdown = """
            ## Papers

            - [Attention Is All You Need](https://arxiv.org/abs/1706.03762) :fire:
            - [Attention Is All You Need Too](https://arxiv.org/abs/1706.03763) :fire: A One, B Two
            - [Attention Is All You Need Three](https://arxiv.org/abs/1706.03764) :triangular_flag_on_post:**Microsoft**

            #### [Fully Homomorphic Encryption Using Ideal Lattices](https://dl.acm.org/doi/10.1145/1536414.1536440) :star:
            > Craig Gentry. *STOC '09*.
            """;

        var entries = CatalogParser.Parse(markdown, "t.md").Entries;
        Assert.Equal(
            [
                ("Attention Is All You Need", "", (string?)null),
                ("Attention Is All You Need Too", "A One; B Two", null),
                ("Attention Is All You Need Three", "", null),
                ("Fully Homomorphic Encryption Using Ideal Lattices", "Craig Gentry", "STOC"),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name)));
    }

    [Fact]
    public void A_course_reading_list_s_acm_references_are_read_whole()
    {
        // Batch 187's course reading list (ACM-like references under week headings): an abbreviated journal lost its last
        // period and its "Proc." ("*SIGMOD Rec.*" read as "SIGMOD Rec", "*Proc. VLDB Endow.*" as "VLDB Endow"); a title with
        // no link after names ending ", and Ion Stoica." was read from "and Ion Stoica." (the bracket around the link after
        // it hid the citation's end); an award before a course's "(Required)" was no note, or the note with it; and a
        // title's link in quotes was no entry at all, in silence on a host no list of paper hosts holds.
        var document = CatalogParser.Parse(
            "### Week 4: Learned databases\n\n"
            + "1. Wei Wang, Meihui Zhang, and Kian-Lee Tan. [Database Meets Deep Learning: Things](https://arxiv.org/abs/2501.71871). *SIGMOD Rec.*, 45(2), 2016. **Optional**\n"
            + "2. Paolo Ferragina and Giorgio Vinciguerra. [The PGM-index: a learned index of things](https://arxiv.org/abs/2501.71872). *Proc. VLDB Endow.*, 13(8), 2020.\n"
            + "3. Sanjay Krishnan, Zongheng Yang, Joseph M. Hellerstein, and Ion Stoica. Learning to Optimize Join Things. arXiv preprint, 2018. [[arXiv](https://arxiv.org/abs/2501.71873)]\n"
            + "4. :star: Ryan Marcus, Parimarjan Negi, and Tim Kraska. [Bao: Making Learned Things Practical](https://arxiv.org/abs/2501.71874). In *Proceedings of SIGMOD*, 2021. **Best Paper Award.** (Required)\n"
            + "5. :star: Francis Y. Yan and Keith Winstein. [Learning in situ: a randomized experiment in things](https://arxiv.org/abs/2501.71875). In *NSDI*, 2020. (Community Award) (Required)\n"
            + "6. Keith Winstein and Hari Balakrishnan. \"[TCP ex Machina: Computer-Generated Things](http://web.mit.edu/remy/things.pdf).\" In *Proceedings of SIGCOMM*, 2013. (Required)\n"
            + "7. Ryan Marcus and Olga Papaemmanouil. [Deep Reinforcement Learning for Join Things](https://arxiv.org/abs/2501.71876). In *aiDM '18*, 2018. (Required)\n"
            + "8. Ann One and Bob Two. 2021. [Learning to Control Other Things](https://arxiv.org/abs/2501.71878). In *Proceedings of the Conference on Learning for Dynamics and Control*.\n",
            "a.md");
        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            new (int, string, string, string?, int?, string?)[]
            {
                (3, "Database Meets Deep Learning: Things", "Wei Wang; Meihui Zhang; Kian-Lee Tan", "SIGMOD Rec.", 2016, null),
                (4, "The PGM-index: a learned index of things", "Paolo Ferragina; Giorgio Vinciguerra", "Proc. VLDB Endow.", 2020, null),
                (5, "Learning to Optimize Join Things", "Sanjay Krishnan; Zongheng Yang; Joseph M. Hellerstein; Ion Stoica", null, null, null),
                (6, "Bao: Making Learned Things Practical", "Ryan Marcus; Parimarjan Negi; Tim Kraska", "SIGMOD", 2021, "Best Paper Award"),
                (7, "Learning in situ: a randomized experiment in things", "Francis Y. Yan; Keith Winstein", "NSDI", 2020, "Community Award"),
                (8, "TCP ex Machina: Computer-Generated Things", "Keith Winstein; Hari Balakrishnan", "SIGCOMM", 2013, null),
                (9, "Deep Reinforcement Learning for Join Things", "Ryan Marcus; Olga Papaemmanouil", "aiDM", 2018, null),
                // A sentence's full stop after a word ("Control") is no abbreviation's.
                (10, "Learning to Control Other Things", "Ann One; Bob Two", "Proceedings of the Conference on Learning for Dynamics and Control", 2021, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
        Assert.Equal("http://web.mit.edu/remy/things.pdf", document.Entries[5].Url);
    }

    [Theory]
    [InlineData("EMNLP Demo 2023", "EMNLP", 2023, "Demo")]
    [InlineData("SPLASH Companion 2017", "SPLASH", 2017, "Companion")]
    [InlineData("WWW Companion 2022", "WWW", 2022, "Companion")]
    [InlineData("ICSE-SEIP 2019", "ICSE", 2019, "SEIP")]
    [InlineData("ACL-SRW 2020", "ACL", 2020, "SRW")]
    [InlineData("NAACL-HLT 2019", "NAACL-HLT", 2019, null)]
    [InlineData("LREC-COLING 2024", "LREC-COLING", 2024, null)]
    [InlineData("EMNLP 2023 Demo", "EMNLP", 2023, "Demo")]
    public void A_track_before_the_year_is_the_venue_s_track(string written, string name, int year, string? track)
    {
        // Batch 185's program repair list ("SPLASH Companion 2017", "ICSE-SEIP 2019") and batch 146's HTML tables ("WWW
        // Companion" over 2022): a track's word between a well-known venue and its year, or a track's acronym glued to it by
        // a hyphen, was read as part of the venue's name ("EMNLP Demo" a venue). A joint conference written as one name
        // ("NAACL-HLT", "LREC-COLING") stays one name.
        var entry = Assert.Single(CatalogParser.Parse("- [Learning Things From Other Things](https://arxiv.org/abs/2501.71881) - " + written + "\n", "a.md").Entries);
        Assert.Equal((name, year, track), (entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track));
    }

    [Fact]
    public void Reference_links_with_venues_in_sub_and_sup_and_names_by_on_the_next_line_are_read()
    {
        // Batch 188's scaling-laws list: "- [Title][key] <sub>*arXiv 2020*</sub> :scroll:" was lost in silence (the
        // shortcode after a preprint read as a sentence going on, and the line's only URL on its definition line, which
        // is never said); "<sub>by A One, B Two et al.</sub>" under the venue's line was no names ("by"), nor after a code
        // link in parentheses right after the title ("([code][keyc])" ended the names); "Diego de las Casas" no name; the
        // course list's "Oral Presentation" no Oral. The personal tracker's "**Title**. A One, B Two, et al. *Transformer
        // Circuits Thread 2021*. [[html]](url)" is a citation, so a paper on any host. The names' "<sub>by" also ends the
        // venue's line with only a soft break before it, and "by" makes a team's one hyphenated word ("DeepSeek-AI") names.
        var document = CatalogParser.Parse(
            "## Papers\n\n"
            + "- [Scaling Laws for Neural Things][kaplan2020] <sub>*arXiv 2020*</sub> :scroll:  \n  <sub>by Jared Kaplan, Sam McCandlish, Tom Henighan et al.</sub>\n"
            + "- [Training Compute-Optimal Things][hoffmann2022] <sup>NeurIPS'22 · Outstanding Paper 🏆</sup> :scroll:  \n  <sub>by Jordan Hoffmann, Sebastian Borgeaud et al.</sub>\n"
            + "- [Unified Scaling Laws for Routed Things][clark2022] <sup>ICML'22</sup>  \n  <sub>by Aidan Clark, Diego de las Casas, Aurelia Guy et al.</sub>\n"
            + "- [Tensor Programs V: Tuning Large Things][yang2021] ([code][yang2021c]) <sup>NeurIPS'21</sup>  \n  <sub>by Greg Yang, Edward J. Hu et al.</sub>\n"
            + "- [Deep Learning Scaling is Predictable, Things][hestness2017] <sub>*arXiv 2017*</sub> 🔥\n"
            + "- [Scaling Laws Under the Microscope of Things][ivgi2022] <sup>Findings of EMNLP'22</sup>\n  <sub>by Maor Ivgi, Yair Carmon, Jonathan Berant</sub>\n"
            + "- [DeepSeek LLM: Scaling Open-Source Things][deepseek2024] <sub>*arXiv 2024*</sub>  \n  <sub>by DeepSeek-AI</sub>\n"
            + "- [x] **A Mathematical Framework for Transformer Things**. Nelson Elhage, Neel Nanda, Catherine Olsson, et al. *Transformer Circuits Thread 2021*. [[html]](https://transformer-circuits.pub/2021/framework/index.html)\n"
            + "- [Sound of Things](https://arxiv.org/abs/2501.71886) - ECCV 2018 Oral Presentation\n"
            + "\n[kaplan2020]: https://arxiv.org/abs/2501.71881v1 \"Kaplan et al. 2020\"\n[hoffmann2022]: https://arxiv.org/pdf/2501.71882.pdf\n"
            + "[clark2022]: https://arxiv.org/abs/2501.71883\n[yang2021]: https://arxiv.org/abs/2501.71884\n[yang2021c]: https://github.com/microsoft/mup\n"
            + "[hestness2017]: https://arxiv.org/abs/2501.71885\n[ivgi2022]: https://arxiv.org/abs/2501.71887\n[deepseek2024]: https://arxiv.org/abs/2501.71888\n",
            "a.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?)[]
            {
                (3, "Scaling Laws for Neural Things", "Jared Kaplan; Sam McCandlish; Tom Henighan", null, null, null),
                (5, "Training Compute-Optimal Things", "Jordan Hoffmann; Sebastian Borgeaud", "NeurIPS", 2022, "Outstanding Paper"),
                (7, "Unified Scaling Laws for Routed Things", "Aidan Clark; Diego de las Casas; Aurelia Guy", "ICML", 2022, null),
                (9, "Tensor Programs V: Tuning Large Things", "Greg Yang; Edward J. Hu", "NeurIPS", 2021, null),
                (11, "Deep Learning Scaling is Predictable, Things", string.Empty, null, null, null),
                (12, "Scaling Laws Under the Microscope of Things", "Maor Ivgi; Yair Carmon; Jonathan Berant", "EMNLP", 2022, null), // a soft break before the names' <sub>
                (14, "DeepSeek LLM: Scaling Open-Source Things", "DeepSeek-AI", null, null, null), // a team's hyphenated name after "by"
                (16, "A Mathematical Framework for Transformer Things", "Nelson Elhage; Neel Nanda; Catherine Olsson", "Transformer Circuits Thread", 2021, null),
                (17, "Sound of Things", string.Empty, "ECCV", 2018, "Oral"),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
        Assert.Equal("https://github.com/microsoft/mup", document.Entries[3].Links.Single(link => link.Kind == LinkKind.Code).Url);
    }

    [Fact]
    public void A_reference_definition_whose_paper_no_entry_reads_is_said()
    {
        // Batch 188: a paper whose only link is a reference ("- [Title][key] ...") and whose item is not read was lost in
        // silence: its line holds no URL, and definition lines were never said. A definition is said when no entry reads its
        // URL and every line that uses it is unread and unsaid; one no link uses shows nowhere on the page, and stays unsaid.
        // A shortcut reference ("[Attention Is All You Things]") and a label written with other case and spaces use it too;
        // a use under a News heading is never said, nor is its definition.
        var document = CatalogParser.Parse(
            "# Things\n\nWe like [the Kaplan things][K  One] a lot, and this sentence goes on about them.\n\n"
            + "See also [Attention Is All You Things], which this sentence praises.\n\n"
            + "## News\n\nWe added [our survey][news] today.\n\n"
            + "[k one]: https://arxiv.org/abs/2501.71891\n[unused]: https://arxiv.org/abs/2501.71892\n"
            + "[attention is all you things]: https://arxiv.org/abs/2501.71893\n[news]: https://arxiv.org/abs/2501.71894\n",
            "a.md");
        Assert.Empty(document.Entries);
        Assert.Equal(new[] { ("EA0012", 1), ("EA0030", 11), ("EA0030", 13) }, document.Diagnostics.Select(d => (d.RuleId, d.Span.Line)).OrderBy(d => d.Item1).ThenBy(d => d.Item2));
    }

    [Fact]
    public void Metadata_tables_under_headings_bar_separated_bullets_and_a_reading_log_s_paragraphs_are_read()
    {
        // Batch 189: three layouts read as nothing at first contact (16 of 186 papers read, the rest reported). A heading
        // over a one-row table that names its fields ("| Venue | Authors | Links |"), read as a vertical card of fields is;
        // a one-row table of papers ("| Paper | Venue | Year | Code |") stays a table. Bullets of fields between bars
        // ("- 📌 **KDD'19** | [Title](url) `OmniAnomaly` | A One, B Two | [code](url)"): the first field the venue (or a
        // year alone), a mark before it, the model's name in code after the title no author; with a plain title, the
        // venue's field, the title's, the names' and the links' ("- **AAAI'19** | Title | A One, ... | [paper](url)"),
        // read as a row of those columns. A reading log's paragraph
        // "**Title** — A One, B Two (*ICLR 2019*, best paper) [paper](url)" read as its bullet is.
        var document = CatalogParser.Parse(
            "## Unit tests\n\n### CodaMosa: Escaping Coverage Plateaus in Test Things\n\n| Venue | Authors | Links |\n|---|---|---|\n"
            + "| ICSE-NIER 2024 | Caroline Lemieux, Jeevana Priya Inala, et al. | [Paper](https://arxiv.org/abs/2501.71901) · [Plugin](https://github.com/a/codamosa) |\n\n"
            + "## Molecules\n\n| Paper | Venue | Year | Code |\n|:------|:-----:|:----:|:----:|\n| [Generating 3D Things for Target Binding](https://arxiv.org/abs/2501.71902) | ICML | 2022 | [PyTorch](https://github.com/a/b) |\n\n"
            + "## Bars\n\n"
            + "- 📌 **KDD'19** | [Robust Anomaly Detection for Multivariate Things](https://dl.acm.org/doi/10.1145/3292500.3330672) `OmniAnomaly` | Ya Su, Youjian Zhao, Chenhao Niu | [code](https://github.com/a/omni)\n"
            + "- **Proc. VLDB Endow. 2022** | [Unsupervised Outlier Detection with Diverse Things](https://www.vldb.org/pvldb/vol15/p611-campos.pdf) | David Campos, Tung Kieu\n"
            + "- 🏆 **AAAI'21 Best Paper** | [Informer: Beyond Efficient Things](https://arxiv.org/abs/2501.71903) | Haoyi Zhou, Shanghang Zhang\n"
            + "- **2020** | [RobustTAD: Robust Anomaly Detection of Things](https://arxiv.org/abs/2501.71904) | arXiv\n"
            + "- **Proc. IEEE'21** | [A Unifying Review of Deep Things](https://arxiv.org/abs/2501.71906) | L. Ruff, J. R. Kauffmann\n"
            + "- **AAAI'19** | A Deep Neural Network for Anomaly Detection and Diagnosis of Things | Chuxu Zhang, Dongjin Song, ... | [paper](https://arxiv.org/pdf/2501.71907.pdf)\n"
            + "- **AAAI'20** | Robust Things in Time Series Data | [paper](https://arxiv.org/abs/2501.71908) | [code](https://github.com/a/robust)\n\n"
            + "#### 2024-02-11\n\n"
            + "**A Simple and Effective Pruning Approach for Large Things** — Mingjie Sun, Zhuang Liu, Anna Bair (*ICLR 2019*, best paper) [paper](https://arxiv.org/abs/2501.71905) [code](https://github.com/a/wanda) `PaI`\n\n"
            + "_Comment: not a ticket paper at all._\n",
            "a.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?, string?)[]
            {
                (3, "CodaMosa: Escaping Coverage Plateaus in Test Things", "Caroline Lemieux; Jeevana Priya Inala", "ICSE", 2024, "NIER", null),
                (13, "Generating 3D Things for Target Binding", string.Empty, "ICML", 2022, null, null),
                (17, "Robust Anomaly Detection for Multivariate Things", "Ya Su; Youjian Zhao; Chenhao Niu", "KDD", 2019, null, null),
                (18, "Unsupervised Outlier Detection with Diverse Things", "David Campos; Tung Kieu", "Proc. VLDB Endow.", 2022, null, null),
                (19, "Informer: Beyond Efficient Things", "Haoyi Zhou; Shanghang Zhang", "AAAI", 2021, null, "Best Paper"),
                (20, "RobustTAD: Robust Anomaly Detection of Things", string.Empty, null, null, null, null),
                (21, "A Unifying Review of Deep Things", "L. Ruff; J. R. Kauffmann", "Proc. IEEE", 2021, null, null), // the Proceedings of the IEEE, abbreviated
                (22, "A Deep Neural Network for Anomaly Detection and Diagnosis of Things", "Chuxu Zhang; Dongjin Song", "AAAI", 2019, null, null), // a plain title between bars
                (23, "Robust Things in Time Series Data", string.Empty, "AAAI", 2020, null, null), // and no names: links after the title
                (27, "A Simple and Effective Pruning Approach for Large Things", "Mingjie Sun; Zhuang Liu; Anna Bair", "ICLR", 2019, null, "Best paper"),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.Equal("https://github.com/a/codamosa", document.Entries[0].Links.Single(link => link.Label == "Plugin").Url);
    }

    [Fact]
    public void Digest_entries_tables_of_bare_arxiv_ids_and_nature_references_are_read()
    {
        // Batch 190: three layouts read as little at first contact (63 of 190 papers, 11 lost in silence). A weekly digest's
        // bold title link over "*names* · venue · [code](url)" and a summary, a soft break between them (a bold link over
        // prose is still the introduction's); its summary's first word is no track ("EMNLP 2022" over "GTR. Keeps ...").
        var digest = CatalogParser.Parse(
            "## Digest #12\n\n"
            + "**[LLM4Drive: A Survey of Things](https://arxiv.org/abs/2501.71910)**\nWe survey what the field did this year.\n\n"
            + "**[ColBERTv2: Effective and Efficient Things](https://huggingface.co/papers/2501.71911)**\n*Keshav Santhanam, Omar Khattab* · NAACL 2022 · [code](https://github.com/a/colbert)\nLate interaction, residual compression.\n\n"
            + "**[Large Dual Encoders Are Generalizable Things](https://www.alphaxiv.org/abs/2501.71912)**\n*Jianmo Ni, Chen Qu, Jing Lu, et al.* · EMNLP 2022\nGTR. Keeps the bottleneck at 768 dimensions.\n\n"
            + "**[Generative Representational Instruction Things](https://huggingface.co/papers/2501.71913)** (GritLM)\n*Niklas Muennighoff, Hongjin Su* · [code](https://github.com/a/gritlm)\nOne model for both.\n\n"
            + "**FollowIR: Evaluating and Teaching Things**\n*Orion Weller, Benjamin Chang* · [arXiv](https://arxiv.org/abs/2501.71914)\nTREC narratives as instructions.\n\n"
            + "**LaPraDoR: Unsupervised Pretrained Things**\nCanwen Xu, Daya Guo · Findings of ACL 2022 · [arXiv](https://arxiv.org/abs/2501.71915) · [code](https://github.com/a/laprador)\n",
            "a.md");
        Assert.Equal(
            new (int, string, string, string?, string?, int?, string?)[]
            {
                (6, "ColBERTv2: Effective and Efficient Things", "Keshav Santhanam; Omar Khattab", "2501.71911", "NAACL", 2022, null),
                (10, "Large Dual Encoders Are Generalizable Things", "Jianmo Ni; Chen Qu; Jing Lu", "2501.71912", "EMNLP", 2022, null),
                (14, "Generative Representational Instruction Things", "Niklas Muennighoff; Hongjin Su", "2501.71913", null, null, null),
                (18, "FollowIR: Evaluating and Teaching Things", "Orion Weller; Benjamin Chang", "2501.71914", null, null, null),
                (22, "LaPraDoR: Unsupervised Pretrained Things", "Canwen Xu; Daya Guo", "2501.71915", "ACL", 2022, "Findings"),
            },
            digest.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Arxiv?.Id, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track)));

        // A table whose arXiv column holds bare ids ("1612.00222", "arXiv:1706.01433", "1806.08047v2"): each the link it
        // means; a DOI there is no id, a dash none (the Venue cell's link is the paper's); a DOI link's label ("doi:...")
        // no part of the venue; "Eurographics" a venue; a URL in code in the introduction no link to report.
        var table = CatalogParser.Parse(
            "Paste an id after `https://arxiv.org/abs/`.\n\n| Year | Title | Venue | arXiv | Code |\n| ---- | ----- | ----- | ----- | ---- |\n"
            + "| 2016 | Interaction Networks for Learning about Things | NeurIPS | 2501.71920 | |\n"
            + "| 2017 | Visual Interaction Things | NeurIPS | arXiv:2501.71921 | |\n"
            + "| 2018 | Flexible Neural Representation for Things | NeurIPS | 2501.71922v2 | [GitHub](https://github.com/a/flex) |\n"
            + "| 2020 | Lagrangian Fluid Simulation with Things | [ICLR](https://openreview.net/forum?id=B1lDoJSYDH) | - | a/lagrangian |\n"
            + "| 2020 | Hidden Fluid Mechanics of Things | Science, [doi:10.1126/science.aaw4741](https://doi.org/10.1126/science.aaw4741) | - | |\n"
            + "| 2019 | Deep Fluids: A Generative Network for Things | Eurographics | 2501.71923 | |\n"
            + "| 2021 | A DOI Is No Id of Things | ICML | 10.48550/arXiv.2501.71924 | [GitHub](https://github.com/a/doi) |\n",
            "b.md");
        Assert.Equal(
            new (int, string, string?, string, string?, int?)[]
            {
                (5, "Interaction Networks for Learning about Things", "2501.71920", "https://arxiv.org/abs/2501.71920", "NeurIPS", 2016),
                (6, "Visual Interaction Things", "2501.71921", "https://arxiv.org/abs/2501.71921", "NeurIPS", 2017),
                (7, "Flexible Neural Representation for Things", "2501.71922", "https://arxiv.org/abs/2501.71922v2", "NeurIPS", 2018),
                (8, "Lagrangian Fluid Simulation with Things", null, "https://openreview.net/forum?id=B1lDoJSYDH", "ICLR", 2020),
                (9, "Hidden Fluid Mechanics of Things", null, "https://doi.org/10.1126/science.aaw4741", "Science", 2020),
                (10, "Deep Fluids: A Generative Network for Things", "2501.71923", "https://arxiv.org/abs/2501.71923", "Eurographics", 2019),
            },
            table.Entries.Select(entry => (entry.Line, entry.Title, entry.Arxiv?.Id, entry.Url, entry.Venue?.Name, entry.Venue?.Year)));
        Assert.DoesNotContain(table.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030" && diagnostic.Span.Line == 1);

        // Nature's references: names surname first with initials, "&" before the last (or "et al."), the title, the source
        // abbreviated with volume, pages and the year in parentheses; proceedings by their acronym, a journal as written,
        // "Preprint at URL (year)" no venue and its URL the link; a mark before the names, a title starting with a digit,
        // a note after the year. APA's names with ", &" and the year after them stay APA's.
        var references = CatalogParser.Parse(
            "### Papers\n\n"
            + "1. ★ Cohen, T. & Welling, M. Group equivariant convolutional things. *Proc. 33rd Int. Conf. Mach. Learn.* **48**, 2990–2999 (2016). [arXiv:2501.71930](https://arxiv.org/abs/2501.71930)\n"
            + "2. Weiler, M., Geiger, M., Welling, M., Boomsma, W. & Cohen, T. 3D steerable CNNs: learning rotationally equivariant things. *Adv. Neural Inf. Process. Syst.* **31** (2018). [arXiv:2501.71931](https://arxiv.org/abs/2501.71931)\n"
            + "3. Bogatskiy, A. et al. Lorentz group equivariant neural network for things. *Proc. 37th Int. Conf. Mach. Learn.* **119** (2020). [arXiv:2501.71932](https://arxiv.org/abs/2501.71932)\n"
            + "4. Batzner, S. et al. E(3)-equivariant graph neural networks for things. *Nat. Commun.* **13**, 2453 (2022). [arXiv:2501.71933](https://arxiv.org/abs/2501.71933)\n"
            + "5. Thomas, N. et al. Tensor field networks: rotation- and translation-equivariant things. Preprint at https://arxiv.org/abs/2501.71934 (2018).\n"
            + "6. Bekkers, E. J. et al. Roto-translation covariant convolutional things. *Med. Image Comput. Comput. Assist. Interv. (MICCAI)* (2018). [arXiv:2501.71935](https://arxiv.org/abs/2501.71935)\n"
            + "7. Ruhe, D., Brandstetter, J. & Forré, P. Clifford group equivariant things. *Adv. Neural Inf. Process. Syst.* **36** (2023) (oral). [arXiv:2501.71936](https://arxiv.org/abs/2501.71936)\n"
            + "8. Xu, H., Kim, Y. J., Sharaf, A., & Awadalla, H. H. (2024). A Paradigm Shift in Machine Things. *ICLR*. [[pdf]](https://arxiv.org/pdf/2501.71937.pdf)\n"
            + "9. Foo, A. Learning of things at scale. *Proc. Int. Conf. Mach. Learn. Appl.* 12 (2019). [arXiv:2501.71938](https://arxiv.org/abs/2501.71938)\n"
            + "10. Smith, J. CNNs vs. transformers for things. *Nat. Mach. Intell.* **3**, 1 (2021). [arXiv:2501.71939](https://arxiv.org/abs/2501.71939)\n"
            + "11. Levine, S. et al. Learning hand-eye coordination for things. *Proc. IEEE Int. Conf. Robot. Autom.* 3357–3364 (2017). [arXiv:2501.71940](https://arxiv.org/abs/2501.71940)\n",
            "c.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?)[]
            {
                (3, "Group equivariant convolutional things", "Cohen, T.; Welling, M.", "ICML", 2016, null),
                (4, "3D steerable CNNs: learning rotationally equivariant things", "Weiler, M.; Geiger, M.; Welling, M.; Boomsma, W.; Cohen, T.", "NeurIPS", 2018, null),
                (5, "Lorentz group equivariant neural network for things", "Bogatskiy, A.", "ICML", 2020, null),
                (6, "E(3)-equivariant graph neural networks for things", "Batzner, S.", "Nat. Commun.", 2022, null),
                (7, "Tensor field networks: rotation- and translation-equivariant things", "Thomas, N.", null, null, null),
                (8, "Roto-translation covariant convolutional things", "Bekkers, E. J.", "MICCAI", 2018, null),
                (9, "Clifford group equivariant things", "Ruhe, D.; Brandstetter, J.; Forré, P.", "NeurIPS", 2023, "Oral"),
                (10, "A Paradigm Shift in Machine Things", "Xu, H.; Kim, Y. J.; Sharaf, A.; Awadalla, H. H.", "ICLR", 2024, null),
                (11, "Learning of things at scale", "Foo, A.", "Proc. Int. Conf. Mach. Learn. Appl.", 2019, null), // ICMLA's name, no ICML
                (12, "CNNs vs. transformers for things", "Smith, J.", "Nat. Mach. Intell.", 2021, null), // a stop in the title is no source's start
                (13, "Learning hand-eye coordination for things", "Levine, S.", "Proc. IEEE Int. Conf. Robot. Autom.", 2017, null), // pages and no volume
            },
            references.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
        Assert.Equal("2501.71934", references.Entries[4].Arxiv?.Id);
    }

    [Fact]
    public void Citation_keys_over_a_bibtex_block_chinese_brackets_and_openreview_posters_are_read()
    {
        // Batch 191: pandoc's citation keys in items over one fenced BibTeX block (3 of 62 papers read at first contact, 8 lost
        // in silence): each key's entry read at the first item that cites it (two keys in one item, two papers; a key cited
        // again adds nothing; a key no entry has, "[@key]", is text), its title, names as written, URL (url, eprint, an id in
        // "journal", a DOI), venue (a long name by its acronym, one in parentheses, a preprint none) and note. An entry no item
        // cites is said by its eprint or URL (EA0030).
        var keys = CatalogParser.Parse(
            "Cite as `[@key]`.\n\n## Foundations\n\n"
            + "- **GIN** [@xu2019powerful]: sum aggregation is as powerful as 1-WL. [code](https://github.com/a/gin)\n"
            + "- Maron et al. [@maron2019invariant; @maron2019universality] — invariant networks.\n"
            + "- Again [@xu2019powerful], for comparison.\n"
            + "- Subgraphs [@bevilacqua2022equivariant] and a survey [@sato2020survey].\n"
            + "- Lower bounds [@cai1992optimal] and ICALP [@grohe2018]\n"
            + "- **GraphSAGE** [Inductive Representation Things](https://arxiv.org/abs/2501.71956), compared with [@xu2019powerful]\n"
            + "- DBLP's keys [@DBLP:conf/iclr/XuHLJ19]\n\n"
            + "## References\n\n```bibtex\n"
            + "@inproceedings{xu2019powerful,\n  title={How Powerful are Graph Neural {T}hings?},\n  author={Xu, Keyulu and Hu, Weihua and Leskovec, Jure},\n  booktitle={International Conference on Learning Representations},\n  year={2019},\n  url={https://arxiv.org/abs/2501.71950}\n}\n"
            + "@inproceedings{maron2019invariant,\n  title={Invariant and Equivariant Graph Things},\n  author={Maron, Haggai and Ben-Hamu, Heli},\n  booktitle={Advances in Neural Information Processing Systems},\n  year={2019},\n  eprint={2501.71951},\n  archivePrefix={arXiv}\n}\n"
            + "@inproceedings{maron2019universality,\n  title={On the Universality of Invariant Things},\n  author={Maron, Haggai and Fetaya, Ethan and others},\n  booktitle={Proceedings of the 36th International Conference on Machine Learning},\n  year={2019},\n  note={Outstanding Paper Award},\n  url={https://arxiv.org/abs/2501.71952}\n}\n"
            + "@inproceedings{bevilacqua2022equivariant,\n  title={Equivariant Subgraph Aggregation Things},\n  author={Bevilacqua, Beatrice},\n  booktitle={45th International Colloquium on Automata, Languages, and Programming (ICALP 2022)},\n  year={2022},\n  url={https://arxiv.org/abs/2501.71953}\n}\n"
            + "@article{sato2020survey,\n  title={A Survey on the Expressive Power of Things},\n  author={Sato, Ryoma},\n  journal={arXiv preprint arXiv:2501.71954},\n  year={2020}\n}\n"
            + "@article{cai1992optimal,\n  title={An optimal lower bound on the number of variables for things},\n  author={Cai, Jin-Yi and F{\\\"u}rer, Martin},\n  journal={Combinatorica},\n  year={1992},\n  doi={10.1007/BF01305232}\n}\n"
            + "@article{uncited2021,\n  title={A Paper No Item Cites},\n  eprint={2501.71955},\n  archivePrefix={arXiv}\n}\n"
            + "@inproceedings{DBLP:conf/iclr/XuHLJ19,\n  title={A DBLP Keyed Thing},\n  author={Hu, Weihua},\n  eprint={2501.71957}\n}\n```\n",
            "a.md");
        Assert.Equal(
            new (int, string, string, string, string?, int?, string?)[]
            {
                (5, "How Powerful are Graph Neural Things?", "Xu, Keyulu; Hu, Weihua; Leskovec, Jure", "https://arxiv.org/abs/2501.71950", "ICLR", 2019, null),
                (6, "Invariant and Equivariant Graph Things", "Maron, Haggai; Ben-Hamu, Heli", "https://arxiv.org/abs/2501.71951", "NeurIPS", 2019, null),
                (6, "On the Universality of Invariant Things", "Maron, Haggai; Fetaya, Ethan", "https://arxiv.org/abs/2501.71952", "ICML", 2019, "Outstanding Paper Award"),
                (8, "Equivariant Subgraph Aggregation Things", "Bevilacqua, Beatrice", "https://arxiv.org/abs/2501.71953", "ICALP", 2022, null),
                (8, "A Survey on the Expressive Power of Things", "Sato, Ryoma", "https://arxiv.org/abs/2501.71954", null, null, null),
                (9, "An optimal lower bound on the number of variables for things", "Cai, Jin-Yi; Fürer, Martin", "https://doi.org/10.1007/BF01305232", "Combinatorica", 1992, null),
                (11, "A DBLP Keyed Thing", "Hu, Weihua", "https://arxiv.org/abs/2501.71957", null, null, null),
            },
            keys.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Url, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Note)));
        // The item that cites no new key is read as any other (here as nothing, its own paper said, not dropped).
        Assert.Equal(new[] { 10, 61 }, keys.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
        Assert.Equal(("a", "gin"), (keys.Entries[0].Repository?.Owner, keys.Entries[0].Repository?.Name)); // the item's own code link
        Assert.Equal(new[] { LinkKind.Paper, LinkKind.Code }, keys.Entries[0].Links.Select(link => link.Kind));

        // A list kept in Chinese: the title in double angle brackets, a venue tag in lenticular brackets before it or in
        // full-width parentheses after it ("数据集与基准" the Datasets and Benchmarks track, "口头报告" Oral), a mark before the
        // tag, the names after 作者 with 等 for et al.; OpenReview's "(Poster)" no track.
        var chinese = CatalogParser.Parse(
            "## 综合评测\n\n"
            + "1. ⭐【arXiv 2024】《MME-Survey: A Comprehensive Survey of Things》 作者：Chaoyou Fu, Yi-Fan Zhang 等 [[论文]](https://arxiv.org/abs/2501.71960)\n"
            + "2. 🔥《MMBench: Is Your Model an All-around Thing?》（ECCV 2024 Oral） 作者：Yuan Liu, Haodong Duan 等 [[论文]](https://arxiv.org/abs/2501.71961) [[代码]](https://github.com/a/mmbench)\n"
            + "3. 【NeurIPS 2023 数据集与基准】《LAMM: Language-Assisted Things》 作者：Zhenfei Yin，Jiong Wang [[论文]](https://arxiv.org/abs/2501.71962)\n"
            + "4. 【ICLR 2024 口头报告】《MathVista: Evaluating Mathematical Things》 作者：Pan Lu, Hritik Bansal [[论文]](https://arxiv.org/abs/2501.71963)\n\n"
            + "## OpenReview\n\n"
            + "- [vq-wav2vec: Self-Supervised Learning of Discrete Things](https://openreview.net/forum?id=rylwJxrYDS) — ICLR 2020 (Poster) · ratings 6/6/8 · [arXiv](https://arxiv.org/abs/2501.71964)\n",
            "b.md");
        Assert.Equal(
            new (int, string, string, string?, int?, string?, string?)[]
            {
                (3, "MME-Survey: A Comprehensive Survey of Things", "Chaoyou Fu; Yi-Fan Zhang", null, null, null, null),
                (4, "MMBench: Is Your Model an All-around Thing?", "Yuan Liu; Haodong Duan", "ECCV", 2024, null, "Oral"),
                (5, "LAMM: Language-Assisted Things", "Zhenfei Yin; Jiong Wang", "NeurIPS", 2023, "Datasets and Benchmarks", null),
                (6, "MathVista: Evaluating Mathematical Things", "Pan Lu; Hritik Bansal", "ICLR", 2024, null, "Oral"),
                (10, "vq-wav2vec: Self-Supervised Learning of Discrete Things", string.Empty, "ICLR", 2020, null, null),
            },
            chinese.Entries.Select(entry => (entry.Line, entry.Title, string.Join("; ", entry.Authors), entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
    }

    /// <summary>
    /// Batch 191's OpenReview decisions, settled in batch 192: a rejection (<c>(Reject)</c>, <c>(Withdrawn)</c>) leaves the
    /// paper with no venue and no names; the venue after an arrow is where it went (<c>ICLR 2021 (Reject) → Interspeech
    /// 2021</c>), the ratings after a middle dot no part of it; a model's name in parentheses after the year
    /// (<c>(BEST-RQ)</c>, <c>(pGSLM)</c>, <c>(SEW / SEW-D)</c>, <c>(data2vec 2.0)</c>) is neither a track, a note nor names,
    /// where a distinction (<c>(Oral)</c>) and a track (<c>(Findings)</c>) stay what they are.
    /// </summary>
    [Theory]
    [InlineData("ICLR 2021 (Reject) \u00B7 ratings 4/5/5/6", null, 0, null, null)]
    [InlineData("ICLR 2023 (Withdrawn)", null, 0, null, null)]
    [InlineData("ICLR 2021 (Reject) \u2192 Interspeech 2021 \u00B7 ratings 4/4/5", "Interspeech", 2021, null, null)]
    [InlineData("ICML 2022 (BEST-RQ)", "ICML", 2022, null, null)]
    [InlineData("ACL 2022 (pGSLM)", "ACL", 2022, null, null)]
    [InlineData("Interspeech 2021 (XLSR-53)", "Interspeech", 2021, null, null)]
    [InlineData("ICASSP 2022 (SEW / SEW-D) \u00B7 [code](https://github.com/asappresearch/sew)", "ICASSP", 2022, null, null)]
    [InlineData("ICML 2023 (data2vec 2.0)", "ICML", 2023, null, null)]
    [InlineData("NeurIPS 2021 (Oral)", "NeurIPS", 2021, null, "Oral")]
    [InlineData("EMNLP 2023 (Findings)", "EMNLP", 2023, "Findings", null)]
    [InlineData("ICLR 2024 (BEST-PAPER)", "ICLR", 2024, null, "BEST-PAPER")]
    [InlineData("ICCV 2023 (ICCV-W)", "ICCV", 2023, "ICCV-W", null)]
    public void An_openreview_decision_and_a_model_s_name_after_the_venue(string field, string? venue, int year, string? track, string? note)
    {
        var item = "- [Speech Representations by Masked Prediction](https://arxiv.org/abs/2106.07447) \u2014 " + field + "\n  - *Wei-Ning Hsu, Benjamin Bolte*\n";
        var entry = Assert.Single(CatalogParser.Parse("## Masked prediction\n\n" + item, "s.md").Entries);
        Assert.Equal((venue, year, track, note, "Wei-Ning Hsu|Benjamin Bolte"), (entry.Venue?.Name, entry.Venue?.Year ?? 0, entry.Venue?.Track, entry.Venue?.Note, string.Join("|", entry.Authors)));
    }

    /// <summary>
    /// Batch 192's Harvard reading list: the list's mark of key reading before the names (<c>★ Lipton, Z.C. (2018) ...</c>),
    /// the medium in brackets after the title instead of a source (<c>'SmoothGrad: ...' [Preprint].</c>: no venue), the URL
    /// after "Available at:" as the paper's link, and a well-known venue's long name as its acronym (<c>*Proceedings of the
    /// IEEE Conference on Computer Vision and Pattern Recognition (CVPR)*</c>, <c>in *European Conference on Computer Vision
    /// (ECCV)*. Cham: Springer</c>), a journal's long name that is no well-known venue's as written; a title that is its
    /// own link inside the quotes; a distinction in brackets after the pages (<c>[Oral]</c>) or as a sentence before
    /// "Available at:"; a workshop named in the source is the venue's workshop.
    /// </summary>
    [Fact]
    public void Harvard_references_with_marks_media_and_available_at_urls()
    {
        const string markdown = """
            ## Background

            - ★ Lipton, Z.C. (2018) 'The mythos of model interpretability', *Communications of the ACM*, 61(10), pp. 36-43. Available at: https://arxiv.org/abs/1606.03490 (Accessed: 3 October 2022). Short and opinionated.
            - Smilkov, D., Thorat, N., Kim, B., Viégas, F. and Wattenberg, M. (2017) 'SmoothGrad: removing noise by adding noise' [Preprint]. Available at: https://arxiv.org/abs/1706.03825 (Accessed: 12 March 2023).
            - ★ Bau, D., Zhou, B., Khosla, A., Oliva, A. and Torralba, A. (2017) 'Network dissection: quantifying interpretability of deep visual representations', *Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)*, pp. 6541-6549. Available at: https://arxiv.org/abs/1704.05796 (Accessed: 14 March 2023).
            - Zeiler, M.D. and Fergus, R. (2014) 'Visualizing and understanding convolutional networks', in *European Conference on Computer Vision (ECCV)*. Cham: Springer, pp. 818-833. Available at: https://arxiv.org/abs/1311.2901 (Accessed: 12 March 2023).
            - ★ Olah, C., Mordvintsev, A. and Schubert, L. (2017) '[Feature visualization](https://distill.pub/2017/feature-visualization/)', *Distill*, 2(11), e7. doi:10.23915/distill.00007. The interactive figures are the point.
            - Hernandez, E., Schwettmann, S. and Andreas, J. (2022) 'Natural language descriptions of deep visual features', *International Conference on Learning Representations (ICLR)* [Oral]. Available at: https://arxiv.org/abs/2201.11114.
            - Koh, P.W. and Liang, P. (2017) 'Understanding black-box predictions via influence functions', *Proceedings of the 34th International Conference on Machine Learning (ICML)*, PMLR 70, pp. 1885-1894. **Best Paper Award.** Available at: https://arxiv.org/abs/1703.04730.
            - Yosinski, J. and Lipson, H. (2015) 'Understanding neural networks through deep visualization', *Deep Learning Workshop, International Conference on Machine Learning (ICML)*. Available at: http://arxiv.org/pdf/1506.06579.pdf (Accessed: 12 March 2023).
            """;

        var entries = CatalogParser.Parse(markdown, "h.md").Entries;
        Assert.Equal(
            [
                ("https://arxiv.org/abs/1606.03490", "The mythos of model interpretability", "Lipton, Z.C.", "Communications of the ACM", 2018, (string?)null, (string?)null),
                ("https://arxiv.org/abs/1706.03825", "SmoothGrad: removing noise by adding noise", "Smilkov, D.; Thorat, N.; Kim, B.; Viégas, F.; Wattenberg, M.", (string?)null, 0, null, null),
                ("https://arxiv.org/abs/1704.05796", "Network dissection: quantifying interpretability of deep visual representations", "Bau, D.; Zhou, B.; Khosla, A.; Oliva, A.; Torralba, A.", "CVPR", 2017, null, null),
                ("https://arxiv.org/abs/1311.2901", "Visualizing and understanding convolutional networks", "Zeiler, M.D.; Fergus, R.", "ECCV", 2014, null, null),
                ("https://distill.pub/2017/feature-visualization/", "Feature visualization", "Olah, C.; Mordvintsev, A.; Schubert, L.", "Distill", 2017, null, null),
                ("https://arxiv.org/abs/2201.11114", "Natural language descriptions of deep visual features", "Hernandez, E.; Schwettmann, S.; Andreas, J.", "ICLR", 2022, null, "Oral"),
                ("https://arxiv.org/abs/1703.04730", "Understanding black-box predictions via influence functions", "Koh, P.W.; Liang, P.", "ICML", 2017, null, "Best Paper Award"),
                ("http://arxiv.org/pdf/1506.06579.pdf", "Understanding neural networks through deep visualization", "Yosinski, J.; Lipson, H.", "ICML", 2015, "Workshop", null),
            ],
            entries.Select(e => (e.Url, e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 192's Notion export: a database dumped as a table, its title property "Name" beside Authors and a URL column;
    /// the URL as text (with its scheme, or a paper host's without it) is the paper's link; a reference manager's long name
    /// of a well-known venue is kept as written however long, with a track in parentheses, and the ACL Anthology's
    /// "Findings of the Association for Computational Linguistics: ACL 2024" is ACL 2024's Findings; beside such a long
    /// name the Date column's full date gives the year, where beside a short name (<c>| CVPR | 2023-12-21 |</c>) it is the
    /// preprint's and gives none. A table of names and kinds beside a URL column with no paper link is no paper.
    /// </summary>
    [Fact]
    public void A_notion_database_export_names_its_papers_and_their_urls()
    {
        const string markdown = """
            ## Papers

            | Name | Authors | Publication | Date | Status | URL |
            | --- | --- | --- | --- | --- | --- |
            | Direct Preference Optimization | Rafael Rafailov, Archit Sharma, ... | Advances in Neural Information Processing Systems | May 29, 2023 | Read | https://openreview.net/forum?id=HPuSIXJaa9 |
            | A General Theoretical Paradigm to Understand Learning | Mohammad Gheshlaghi Azar, Mark Rowland | International Conference on Artificial Intelligence and Statistics | 2024/05/02 | Read | https://arxiv.org/pdf/2310.12036v2 |
            | ORPO: Monolithic Preference Optimization without Reference Model | Jiwoo Hong, Noah Lee | Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing | March 12, 2024 | Read | https://arxiv.org/abs/2403.07691 |
            | Direct Preference Optimization with an Offset | Afra Amini, Tim Vieira | Findings of the Association for Computational Linguistics: ACL 2024 | February 16, 2024 | Skimmed | https://arxiv.org/abs/2402.10571 |
            | Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena | Lianmin Zheng, Wei-Lin Chiang | Advances in Neural Information Processing Systems (Datasets and Benchmarks Track) | June 9, 2023 | Read | https://arxiv.org/abs/2306.05685 |
            | Proximal Policy Optimization Algorithms | John Schulman, Filip Wolski | arXiv | July 20, 2017 | Read | https://arxiv.org/pdf/1707.06347.pdf |

            ## Inbox

            | Name | URL | Created | Added by |
            | --- | --- | --- | --- |
            | Direct Language Model Alignment from Online AI Feedback | arxiv.org/abs/2402.04792 | October 8, 2024 2:41 PM | JS |

            ## Code

            | Name | Kind | URL |
            | --- | --- | --- |
            | TRL | Library | https://github.com/huggingface/trl |
            | HH-RLHF | Dataset | https://arxiv.org/abs/2204.05862 |
            """;

        var entries = CatalogParser.Parse(markdown, "n.md").Entries;
        Assert.Equal(
            [
                ("Direct Preference Optimization", "https://openreview.net/forum?id=HPuSIXJaa9", "Rafael Rafailov|Archit Sharma", "Advances in Neural Information Processing Systems", 2023, (string?)null),
                ("A General Theoretical Paradigm to Understand Learning", "https://arxiv.org/pdf/2310.12036v2", "Mohammad Gheshlaghi Azar|Mark Rowland", "International Conference on Artificial Intelligence and Statistics", 2024, null),
                ("ORPO: Monolithic Preference Optimization without Reference Model", "https://arxiv.org/abs/2403.07691", "Jiwoo Hong|Noah Lee", "Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing", 2024, null),
                ("Direct Preference Optimization with an Offset", "https://arxiv.org/abs/2402.10571", "Afra Amini|Tim Vieira", "ACL", 2024, "Findings"),
                ("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", "https://arxiv.org/abs/2306.05685", "Lianmin Zheng|Wei-Lin Chiang", "Advances in Neural Information Processing Systems", 2023, "Datasets and Benchmarks"),
                ("Proximal Policy Optimization Algorithms", "https://arxiv.org/pdf/1707.06347.pdf", "John Schulman|Filip Wolski", null, 0, null),
                ("Direct Language Model Alignment from Online AI Feedback", "https://arxiv.org/abs/2402.04792", "", null, 0, null),
            ],
            entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track)));
    }

    /// <summary>
    /// Batch 192's reading list in the style of a databases reading list: <c>* [Title](url) (2022): SciNCL. Shows that
    /// ...</c>, the year in parentheses, then a colon and the list's comment on the paper, whose first words (a model's
    /// name, "Rule-based, fast, ...") are no names; names after a year with no colon stay names.
    /// </summary>
    [Theory]
    [InlineData("* [Neighborhood Contrastive Learning for Scientific Document Representations](https://arxiv.org/abs/2202.06671) (2022): SciNCL. Shows that how you sample positives matters.", "")]
    [InlineData("* [PDFFigures 2.0: Mining Figures from Research Papers](https://doi.org/10.1145/2910896.2910904) (2016): Rule-based, fast, and still hard to beat.", "")]
    [InlineData("* [Neighborhood Contrastive Learning for Scientific Document Representations](https://arxiv.org/abs/2202.06671) (2022) Malte Ostendorff, Nils Rethmeier", "Malte Ostendorff|Nils Rethmeier")]
    [InlineData("* [Neighborhood Contrastive Learning for Scientific Document Representations](https://arxiv.org/abs/2202.06671) (2022): Malte Ostendorff, Nils Rethmeier", "Malte Ostendorff|Nils Rethmeier")]
    public void A_year_then_a_colon_starts_the_list_s_comment_not_names(string item, string names)
    {
        var entry = Assert.Single(CatalogParser.Parse("## Representations\n\n" + item + "\n", "r.md").Entries);
        Assert.Equal(names, string.Join("|", entry.Authors));
    }

    /// <summary>
    /// Batch 193's Obsidian vault: a <c>###</c> heading that is a wikilink (<c>[[NeRF|NeRF: Representing ...]]</c>, its
    /// alias the title) or a link, over a paragraph of Dataview fields (<c>authors:: [[Ben Mildenhall]], ...</c>,
    /// <c>venue:: ECCV 2020</c>, <c>award:: ...</c>, <c>arxiv:: 2003.08934</c> the paper's link, <c>url:: https://...</c>,
    /// <c>status::</c> and <c>tags::</c> the note's own; <c>venue:: CVPR</c> and <c>year:: 2022</c> CVPR 2022, as a Year
    /// field completes any fields' venue); and a bullet of bracketed fields (<c>[title:: ...] [venue:: ...] [arxiv:: ...]
    /// (authors:: ...)</c>).
    /// </summary>
    [Fact]
    public void An_obsidian_vault_s_dataview_fields()
    {
        const string markdown = """
            ## Foundations

            ### [[NeRF|NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis]]
            authors:: Ben Mildenhall, [[Pratul P. Srinivasan]], Matthew Tancik
            venue:: ECCV 2020
            award:: Best Paper Honorable Mention
            arxiv:: 2003.08934
            status:: read
            tags:: #nerf #baseline

            ### [Plenoxels: Radiance Fields without Neural Networks](https://arxiv.org/abs/2112.05131)
            authors:: Sara Fridovich-Keil, Alex Yu
            venue:: CVPR 2022 (oral)
            code:: https://github.com/sxyu/svox2
            status:: read

            ### [[Mip-NeRF 360|Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields]]
            authors:: Jonathan T. Barron, Ben Mildenhall
            venue:: CVPR
            year:: 2022
            url:: https://arxiv.org/abs/2111.12077

            ## Baking

            - [[PlenOctrees]] [title:: PlenOctrees for Real-time Rendering of Neural Radiance Fields] [venue:: ICCV 2021 (oral)] [arxiv:: 2103.14024] (authors:: Alex Yu, Ruilong Li)
            - [[DONeRF]] [title:: DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields] [venue:: Computer Graphics Forum 2021] [arxiv:: arXiv:2103.03231]
            """;

        var entries = CatalogParser.Parse(markdown, "o.md").Entries;
        Assert.Equal(
            [
                ("NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", "https://arxiv.org/abs/2003.08934", "Ben Mildenhall|Pratul P. Srinivasan|Matthew Tancik", "ECCV", 2020, (string?)"Best Paper Honorable Mention"),
                ("Plenoxels: Radiance Fields without Neural Networks", "https://arxiv.org/abs/2112.05131", "Sara Fridovich-Keil|Alex Yu", "CVPR", 2022, "Oral"),
                ("Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields", "https://arxiv.org/abs/2111.12077", "Jonathan T. Barron|Ben Mildenhall", "CVPR", 2022, null),
                ("PlenOctrees for Real-time Rendering of Neural Radiance Fields", "https://arxiv.org/abs/2103.14024", "Alex Yu|Ruilong Li", "ICCV", 2021, "Oral"),
                ("DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields", "https://arxiv.org/abs/2103.03231", "", "Computer Graphics Forum", 2021, null),
            ],
            entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 193's pasted arXiv listings: a paragraph (in a quote, or a bullet's lines by <c>&lt;br&gt;</c>) of the id's
    /// line, <c>Title:</c> (wrapped onto the next line too), <c>Authors:</c>, <c>Comments:</c> or <c>Journal-ref:</c>,
    /// <c>Subjects:</c>; and a plain code block of arXiv's mailing, each paper's lines from its id to the next. The venue is
    /// the one the journal reference or the comments give as accepted (<c>camera ready</c> no track, <c>Accepted at the ICCV
    /// 2023 Workshop on ...</c> its workshop); a page count gives none.
    /// </summary>
    [Fact]
    public void Pasted_arxiv_listings_are_papers()
    {
        const string markdown = """
            ## Token reduction

            > [arXiv:2210.09461](https://arxiv.org/abs/2210.09461)  
            > Title: Token Merging: Your ViT But Faster  
            > Authors: Daniel Bolya, Cheng-Yang Fu, Judy Hoffman  
            > Comments: ICLR 2023 Oral (top 5%)  
            > Subjects: Computer Vision and Pattern Recognition (cs.CV)

            > arXiv:2110.03860  
            > Title: Token Pooling in Vision
            > Transformers  
            > Authors: Dmitrii Marin, Oncel Tuzel  
            > Comments: 14 pages, 9 figures

            - arXiv:2308.04657<br>Title: Which Tokens to Use? Investigating Token Reduction in Vision Transformers<br>Authors: Joakim Bruslund Haurum, Thomas B. Moeslund<br>Comments: Accepted at the ICCV 2023 Workshop on New Ideas in Vision Transformers

            ## Raw paste

            ```text
            ------------------------------------------------------------------------------
            \\
            arXiv:1811.08383
            Title: TSM: Temporal Shift Module for Efficient Video Understanding
            Authors: Ji Lin, Chuang Gan, Song Han
            Comments: ICCV 2019 camera ready. Code: https://github.com/mit-han-lab/temporal-shift-module
            \\
              The explosive growth in video streaming gives rise to challenges.
            \\ ( https://arxiv.org/abs/1811.08383 )
            ------------------------------------------------------------------------------
            \\
            arXiv:2004.04730
            Title: X3D: Expanding Architectures for Efficient Video Recognition
            Authors: Christoph Feichtenhofer
            Journal-ref: CVPR 2020
            \\ ( https://arxiv.org/abs/2004.04730 )
            ```
            """;

        var entries = CatalogParser.Parse(markdown, "v.md").Entries;
        Assert.Equal(
            [
                ("Token Merging: Your ViT But Faster", "https://arxiv.org/abs/2210.09461", "Daniel Bolya|Cheng-Yang Fu|Judy Hoffman", "ICLR", 2023, (string?)null, (string?)"Oral"),
                ("Token Pooling in Vision Transformers", "https://arxiv.org/abs/2110.03860", "Dmitrii Marin|Oncel Tuzel", null, 0, null, null),
                ("Which Tokens to Use? Investigating Token Reduction in Vision Transformers", "https://arxiv.org/abs/2308.04657", "Joakim Bruslund Haurum|Thomas B. Moeslund", "ICCV", 2023, "Workshop on New Ideas in Vision Transformers", null),
                ("TSM: Temporal Shift Module for Efficient Video Understanding", "https://arxiv.org/abs/1811.08383", "Ji Lin|Chuang Gan|Song Han", "ICCV", 2019, null, null),
                ("X3D: Expanding Architectures for Efficient Video Recognition", "https://arxiv.org/abs/2004.04730", "Christoph Feichtenhofer", "CVPR", 2020, null, null),
            ],
            entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// What batch 193's readers leave alone: C++ or Rust paths (<c>torch::jit::script</c>) are no Dataview fields, a
    /// paragraph of which one line is no field is left as it was (its id not linked by them), and one paragraph pasting two
    /// papers' listings is no one paper's (not the second's title with the first's link).
    /// </summary>
    [Fact]
    public void Dataview_and_listing_readers_leave_other_text_alone()
    {
        const string markdown = """
            ## Code

            ### Implementation
            torch::jit::script compiles the model
            Paper: https://arxiv.org/abs/1912.01703

            ## Pasted

            > arXiv:2210.09461  
            > Title: Token Merging  
            > Authors: A One  
            > arXiv:2106.02034  
            > Title: DynamicViT  
            > Authors: B Two
            """;

        var entries = CatalogParser.Parse(markdown, "l.md").Entries;
        Assert.DoesNotContain(entries, entry => entry.Title == "Implementation");
        Assert.DoesNotContain(entries, entry => entry.Title == "DynamicViT" && entry.Url == "https://arxiv.org/abs/2210.09461");
        Assert.DoesNotContain(entries, entry => entry.Title == "Token Merging" && entry.Authors.Contains("B Two"));
    }

    /// <summary>
    /// Batch 194's MkDocs Material page: content tabs (<c>=== "2012"</c>) holding admonitions (<c>??? abstract "Title"</c>,
    /// <c>!!! note "Title"</c>) whose indented lines are the paper's fields (<c>**Authors**: ...</c>, <c>**Venue**: ...</c>, a
    /// distinction on a line of its own) and its links (<c>[:material-file-document: Paper](url)</c>, an icon's shortcode
    /// before the word); a box of no paper (a blog) and a table inside a tab read as ever. CommonMark alone reads every
    /// indented line as code. An entry is placed on its box's line. A contribution template's placeholder link is no paper
    /// (no EA0030).
    /// </summary>
    [Fact]
    public void An_mkdocs_material_page_s_tabs_and_admonitions()
    {
        const string markdown = """
            ---
            title: Bandits
            ---

            ## Surveys

            === "2012"

                ??? abstract "Regret Analysis of Stochastic and Nonstochastic Multi-armed Bandit Problems"
                    **Authors**: Sébastien Bubeck, Nicolò Cesa-Bianchi  
                    **Venue**: Foundations and Trends in Machine Learning 2012

                    [:material-file-document: Paper](https://arxiv.org/abs/1204.5721)

            === "2017"

                ??? abstract "Kernel-based Methods for Bandit Convex Optimization"
                    **Authors**: Sébastien Bubeck, Yin Tat Lee, Ronen Eldan  
                    **Venue**: STOC 2017  
                    :trophy: Best Paper

                    [:material-file-document: Paper](https://arxiv.org/abs/1607.03084)  [:material-github: Code](https://github.com/a/b)

                ??? quote "Bandit Algorithms blog"
                    **Type**: Blog

                    [:material-web: Blog](https://banditalgs.com/)

            !!! note "A Contextual-Bandit Approach to Personalized News Article Recommendation"
                **Authors**: Lihong Li, Wei Chu  
                **Venue**: WWW 2010

                [Paper](https://arxiv.org/abs/1003.0146)

            === "2015"

                | Title | Venue | Links |
                |---|---|---|
                | Doubly Robust Policy Evaluation and Learning | ICML 2011 | [Paper](https://arxiv.org/abs/1103.4601) |

            !!! warning
                Boxes without a title hold no paper.

            !!!important: not a box, and === "not a tab" either.

            ## Contributing

            ```markdown
            ??? abstract "Paper title"
                [:material-file-document: Paper](https://arxiv.org/abs/XXXX.XXXXX)
            ```
            """;

        var document = CatalogParser.Parse(markdown, "m.md");
        Assert.Equal(
            [
                (9, "Regret Analysis of Stochastic and Nonstochastic Multi-armed Bandit Problems", "https://arxiv.org/abs/1204.5721", "Sébastien Bubeck|Nicolò Cesa-Bianchi", "Foundations and Trends in Machine Learning", 2012, (string?)null),
                (17, "Kernel-based Methods for Bandit Convex Optimization", "https://arxiv.org/abs/1607.03084", "Sébastien Bubeck|Yin Tat Lee|Ronen Eldan", "STOC", 2017, "Best Paper"),
                (29, "A Contextual-Bandit Approach to Personalized News Article Recommendation", "https://arxiv.org/abs/1003.0146", "Lihong Li|Wei Chu", "WWW", 2010, null),
                (39, "Doubly Robust Policy Evaluation and Learning", "https://arxiv.org/abs/1103.4601", "", "ICML", 2011, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
        Assert.Equal(new RepositoryInfo("a", "b"), document.Entries[1].Repository);
        Assert.Equal([("EA0009", 39, 5)], document.Diagnostics.Select(d => (d.RuleId, d.Span.Line, d.Span.Column)));
    }

    /// <summary>
    /// What batch 194's readers leave alone: a Status column (a reader's progress) is no venue column; a title with a dot
    /// before a slash (<c>[GPT-3.5/4](url)</c>) is no address as a link's label; a line starting <c>!!!</c> or <c>???</c> in
    /// a list is text unless it is MkDocs Material's (a known type, or a quoted title); a box of links alone
    /// (<c>??? info "Resources"</c>) is no paper titled by it.
    /// </summary>
    [Fact]
    public void Mkdocs_status_and_address_readers_leave_other_text_alone()
    {
        const string markdown = """
            ## Tracker

            | Title | Authors | Status | Venue | Link |
            |---|---|---|---|---|
            | Deep Residual Learning for Image Recognition | Kaiming He, Xiangyu Zhang | To read | CVPR 2016 | [arXiv](https://arxiv.org/abs/1512.03385) |

            ## Models

            - [GPT-3.5/4](https://arxiv.org/abs/2303.08774). OpenAI. arXiv 2023.
            - **Attention Is All You Need**. Ashish Vaswani, Noam Shazeer. [Paper](https://arxiv.org/abs/1706.03762)
              !!! Accepted to NeurIPS 2017
            - **Denoising Diffusion Probabilistic Models**. Jonathan Ho, Ajay Jain. NeurIPS 2020.

                ??? info "Resources"
                    [Paper](https://arxiv.org/abs/2006.11239) · [Code](https://github.com/a/b)
            """;

        var document = CatalogParser.Parse(markdown, "l.md");
        Assert.Equal(
            [
                ("Deep Residual Learning for Image Recognition", "Kaiming He|Xiangyu Zhang", "CVPR", 2016),
                ("GPT-3.5/4", "OpenAI", null, 0),
                ("Attention Is All You Need", "Ashish Vaswani|Noam Shazeer", (string?)"NeurIPS", 2017),
            ],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Span.Line == 15);
    }

    /// <summary>
    /// Batch 194's newsletter archive: a numbered heading (<c>### 3. Title</c>) over a paragraph of bold-labelled lines,
    /// the paper's link among them labelled with its own address without the scheme (<c>**Paper:**
    /// [arxiv.org/abs/1306.0895](https://arxiv.org/abs/1306.0895)</c>); <c>**Status:** preprint</c> no venue; a distinction
    /// after a dash at the end of the venue's line (the next line's field no part of it).
    /// </summary>
    [Fact]
    public void A_newsletter_s_numbered_headings_over_bold_fields()
    {
        const string markdown = """
            ## Issue #1 — March 2024

            ### 1. Sinkhorn Distances: Lightspeed Computation of Optimal Transport

            **Authors:** Marco Cuturi
            **Published at:** NeurIPS 2013
            **Paper:** [arxiv.org/abs/1306.0895](https://arxiv.org/abs/1306.0895)

            **Why it matters:** Adding an entropic penalty.

            ### 2. Diffusion Schrödinger Bridge with Applications to Score-Based Generative Modeling

            **Authors:** Valentin De Bortoli, James Thornton
            **Published at:** NeurIPS 2021 — Spotlight
            **Paper:** [arxiv.org/abs/2106.01357](https://arxiv.org/abs/2106.01357)
            **Code:** [github.com/JTT94/diffusion_schrodinger_bridge](https://github.com/JTT94/diffusion_schrodinger_bridge)

            ### 3. Statistical Optimal Transport

            **Authors:** Sinho Chewi, Jonathan Niles-Weed, Philippe Rigollet
            **Status:** preprint
            **Paper:** [arxiv.org/abs/2407.18163](https://arxiv.org/abs/2407.18163)
            """;

        var document = CatalogParser.Parse(markdown, "n.md");
        Assert.Equal(
            [
                ("Sinkhorn Distances: Lightspeed Computation of Optimal Transport", "https://arxiv.org/abs/1306.0895", "Marco Cuturi", "NeurIPS", 2013, (string?)null),
                ("Diffusion Schrödinger Bridge with Applications to Score-Based Generative Modeling", "https://arxiv.org/abs/2106.01357", "Valentin De Bortoli|James Thornton", "NeurIPS", 2021, "Spotlight"),
                ("Statistical Optimal Transport", "https://arxiv.org/abs/2407.18163", "Sinho Chewi|Jonathan Niles-Weed|Philippe Rigollet", null, 0, null),
            ],
            document.Entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
        Assert.Equal(new RepositoryInfo("JTT94", "diffusion_schrodinger_bridge"), document.Entries[1].Repository);
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0030");
    }

    /// <summary>
    /// Batch 194's reading tracker: task-list items whose names end in a parenthesis with the journal and year
    /// (<c>(Annals of Statistics 2021)</c>, <c>(Information and Inference 2021)</c>, whose "and" joins no names), and a
    /// publisher's name as the paper's link (<c>[Springer](https://link.springer.com/...)</c>).
    /// </summary>
    [Fact]
    public void A_reading_tracker_s_task_list()
    {
        const string markdown = """
            ## Theory

            - [x] **Predictive inference with the jackknife+** — Rina Foygel Barber, Emmanuel J. Candès (Annals of Statistics 2021) · [arXiv:1905.02928](https://arxiv.org/abs/1905.02928) · ★★★★★ · read 2023-10-20 · #theory
            - [x] **The limits of distribution-free conditional predictive inference** — R. F. Barber, E. J. Candès (Information and Inference 2021) · [arXiv:1903.04684](https://arxiv.org/abs/1903.04684) · ★★★★☆
            - [ ] **Regression conformal prediction with random forests** — Ulf Johansson, Henrik Boström (Machine Learning 2014) · [Springer](https://link.springer.com/article/10.1007/s10994-014-5453-0) · added 2024-01-02
            """;

        var document = CatalogParser.Parse(markdown, "t.md");
        Assert.Equal(
            [
                ("Predictive inference with the jackknife+", "https://arxiv.org/abs/1905.02928", "Rina Foygel Barber|Emmanuel J. Candès", "Annals of Statistics", 2021),
                ("The limits of distribution-free conditional predictive inference", "https://arxiv.org/abs/1903.04684", "R. F. Barber|E. J. Candès", "Information and Inference", 2021),
                ("Regression conformal prediction with random forests", "https://link.springer.com/article/10.1007/s10994-014-5453-0", "Ulf Johansson|Henrik Boström", "Machine Learning", 2014),
            ],
            document.Entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
    }

    /// <summary>
    /// Batch 195's Zotero library exported to markdown: a heading over Zotero's metadata bullets; names as wikilinks written
    /// surname first (a Chinese name joined); a proceedings' long name its acronym, the year from the Date field (a
    /// volume's number no year); a journal's name with a year-and-month date; a distinction in Extra; a program's item no
    /// paper.
    /// </summary>
    [Fact]
    public void A_zotero_library_exported_to_markdown()
    {
        const string markdown = """
            # Bayesian optimization

            ## Practical Bayesian Optimization of Machine Learning Algorithms (2012)

            * Item Type: [[Conference Paper]]
            * Authors: [[Snoek, Jasper]], [[Larochelle, Hugo]], [[Adams, Ryan P.]]
            * Date: 2012
            * Proceedings Title: Advances in Neural Information Processing Systems 25
            * URL: https://arxiv.org/abs/1206.2944
            * Zotero Link: [Local library](zotero://select/items/1_ABC)
            * Tags: #bayesian-optimization

            ## Taking the Human Out of the Loop: A Review of Bayesian Optimization

            * Item Type: [[Journal Article]]
            * Authors: [[Shahriari, Bobak]], [[de Freitas, Nando]]
            * Date: 2016-01
            * Publication: Proceedings of the IEEE
            * URL: https://doi.org/10.1109/JPROC.2015.2494218

            ## Unifying and Boosting Gradient-Based Training-Free Neural Architecture Search

            * Item Type: [[Conference Paper]]
            * Authors: [[董, 宣毅]], [[Yang, Yi]]
            * Date: 2023
            * Conference Name: NeurIPS 2023
            * Extra: NeurIPS 2023 spotlight
            * URL: https://arxiv.org/abs/2001.00326

            ## hyperopt

            * Item Type: [[Computer Program]]
            * Authors: [[Bergstra, James]]
            * URL: https://github.com/hyperopt/hyperopt
            """;

        var document = CatalogParser.Parse(markdown, "z.md");
        Assert.Equal(
            [
                ("Practical Bayesian Optimization of Machine Learning Algorithms", "Jasper Snoek|Hugo Larochelle|Ryan P. Adams", "NeurIPS", 2012, (string?)null),
                ("Taking the Human Out of the Loop: A Review of Bayesian Optimization", "Bobak Shahriari|Nando de Freitas", "Proceedings of the IEEE", 2016, null),
                ("Unifying and Boosting Gradient-Based Training-Free Neural Architecture Search", "董宣毅|Yi Yang", "NeurIPS", 2023, "Spotlight"),
            ],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 195's Hugging Face Daily Papers digest: a bold title link, a digest's remarks after a middle dot (upvotes, who
    /// submitted it), then on the next line <c>by A One, B Two — summary</c>, or the summary alone where the remarks give
    /// upvotes; the venue the summary ends with; <c>(best-of-K on blocks)</c> no distinction.
    /// </summary>
    [Fact]
    public void A_daily_papers_digest()
    {
        const string markdown = """
            ## Week of 2024-03-11

            **[Controlled Decoding from Language Models](https://huggingface.co/papers/2310.17022)** · ▲ 8 · submitted by @akhaliq  
            by Sidharth Mudgal et al. — steers decoding, token-wise or blockwise (best-of-K on blocks). Accepted to ICML 2024.

            **[ARGS: Alignment as Reward-Guided Search](https://huggingface.co/papers/2402.01694)** · ▲ 3 · submitted by @taesiri  
            Adds a weighted reward-model score to the next-token logits at decoding time. (ICLR 2024)

            **[Efficient Memory Management for Large Language Model Serving with PagedAttention](https://huggingface.co/papers/2309.06180)** · ▲ 25 · submitted by @akhaliq  
            by Woosuk Kwon, Zhuohan Li, Ion Stoica — the vLLM paper; paged KV blocks. SOSP 2023 · [code](https://github.com/vllm-project/vllm)
            """;

        var document = CatalogParser.Parse(markdown, "d.md");
        Assert.Equal(
            [
                ("Controlled Decoding from Language Models", "https://arxiv.org/abs/2310.17022", "Sidharth Mudgal", "ICML", 2024, (string?)null),
                ("ARGS: Alignment as Reward-Guided Search", "https://arxiv.org/abs/2402.01694", "", "ICLR", 2024, null),
                ("Efficient Memory Management for Large Language Model Serving with PagedAttention", "https://arxiv.org/abs/2309.06180", "Woosuk Kwon|Zhuohan Li|Ion Stoica", "SOSP", 2023, null),
            ],
            document.Entries.Select(e => (e.Title, e.Arxiv is { } id ? "https://arxiv.org/abs/" + id.Id : e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 195's prose roundup: papers cited in a paragraph, a link then its names and venue in parentheses, a model's
    /// name then the parenthesis with the link on <c>paper</c>, or the citation itself linked (<c>DDPM ([Ho, Jain and
    /// Abbeel, NeurIPS 2020](url))</c>); a later mention of the same link no other entry; a paper linked in no such form said
    /// (EA0030); and a further-reading bullet's names after a spaced dash.
    /// </summary>
    [Fact]
    public void A_prose_roundup_s_citations()
    {
        const string markdown = """
            ## Before deep learning

            Deep learning's first serious entry was [GAIN](https://arxiv.org/abs/1806.02920) (Yoon, Jordon and van der Schaar, ICML 2018), and the importance-weighted alternative is MIWAE (Mattei and Frellsen, ICML 2019; [paper](https://arxiv.org/abs/1812.02633)). The two papers to know are DDPM ([Ho, Jain and Abbeel, NeurIPS 2020](https://arxiv.org/abs/2006.11239)) and SAITS (Du, Côté and Liu, 2023; [paper](https://arxiv.org/abs/2202.08516), [code](https://github.com/WenjieDu/SAITS)). Many papers still compare against [GAIN](https://arxiv.org/abs/1806.02920) (Yoon, Jordon and van der Schaar, ICML 2018), and against [BRITS](https://arxiv.org/abs/1805.10572) too.

            **Further reading**

            - Deep Kalman Filters — Rahul G. Krishnan, Uri Shalit, David Sontag, arXiv 2015 [[paper]](https://arxiv.org/abs/1511.05121)
            """;

        var document = CatalogParser.Parse(markdown, "r.md");
        Assert.Equal(
            [
                ("GAIN", "https://arxiv.org/abs/1806.02920", "Yoon|Jordon|van der Schaar", "ICML", 2018),
                ("MIWAE", "https://arxiv.org/abs/1812.02633", "Mattei|Frellsen", "ICML", 2019),
                ("DDPM", "https://arxiv.org/abs/2006.11239", "Ho|Jain|Abbeel", (string?)"NeurIPS", 2020),
                ("SAITS", "https://arxiv.org/abs/2202.08516", "Du|Côté|Liu", null, 0),
                ("Deep Kalman Filters", "https://arxiv.org/abs/1511.05121", "Rahul G. Krishnan|Uri Shalit|David Sontag", null, 0),
            ],
            document.Entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Message.Contains("1805.10572", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// What the prose reader leaves alone: a paper the list itself lists is its list entry, not the prose's mention before
    /// it; a parenthesis of a figure or a section is no names; a News paragraph is news.
    /// </summary>
    [Fact]
    public void Prose_citations_yield_to_the_list_and_read_no_figures_or_news()
    {
        const string markdown = """
            # Imputation

            We build on [GAIN](https://arxiv.org/abs/1806.02920) (Yoon et al., ICML 2018), as shown in [X-Former](https://arxiv.org/abs/2301.00001) (Figure 3, CVPR 2023) of the survey.

            ## News

            Our paper [FastX](https://arxiv.org/abs/2401.11111) (Smith, Lee, ICML 2024) was accepted, and so on.

            ## Papers

            - [GAIN: Missing Data Imputation using Generative Adversarial Nets](https://arxiv.org/abs/1806.02920) - Jinsung Yoon, James Jordon. ICML 2018.
            """;

        var document = CatalogParser.Parse(markdown, "p.md");
        Assert.Equal(
            [("GAIN: Missing Data Imputation using Generative Adversarial Nets", 11)],
            document.Entries.Select(e => (e.Title, e.Line)));
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0011");
        // The line's citation of GAIN reads its own words only: X-Former's link on the same line, read as nothing, is said.
        Assert.Equal(
            [("EA0030", 3, "https://arxiv.org/abs/2301.00001")],
            document.Diagnostics.Select(d => (d.RuleId, d.Span.Line, d.Arguments[0])));
    }

    /// <summary>
    /// Batch 196's MDX page: each <c>&lt;PaperCard ... /&gt;</c> component is a paper, its props its fields, on one line or
    /// several, self-closing or with children; a JavaScript array of names, a venue and a separate year, a bare arXiv id
    /// (with or without its prefix), a DOI link, an abbreviated journal with its year; a card of a library is no paper.
    /// </summary>
    [Fact]
    public void An_mdx_page_s_paper_components()
    {
        const string markdown = """
            ---
            title: Papers
            ---

            import PaperCard from '@site/src/components/PaperCard';

            ## Neural operators

            <PaperCard title="Fourier Neural Operator for Parametric Partial Differential Equations" authors="Zongyi Li, Nikola Kovachki" venue="ICLR 2021" arxiv="2010.08895" code="https://github.com/neuraloperator/neuraloperator" />

            <PaperCard
              title="Physics-informed neural networks: A deep learning framework"
              authors="M. Raissi, P. Perdikaris"
              venue="JCP"
              year={2019}
              link="https://doi.org/10.1016/j.jcp.2018.10.045"
            />

            <PaperCard title="Solving high-dimensional partial differential equations using deep learning" authors={['Jiequn Han', 'Arnulf Jentzen', 'Brendan O\'Donoghue']} venue="SIAM J. Sci. Comput." year={2021} arxiv="arXiv:1707.02568" award="Best Paper" />

            <PaperCard title="Characterizing possible failure modes in physics-informed neural networks" authors="Aditi S. Krishnapriyan, Amir Gholami" venue="Nature" year={2021} arxiv="2109.01050">
            Shows that soft PDE constraints make the optimisation hard.
            </PaperCard>

            <PaperCard title="neuraloperator: a PyTorch library for learning neural operators" link="https://github.com/neuraloperator/neuraloperator" tag="Library" />
            """;

        var document = CatalogParser.Parse(markdown, "papers.mdx");
        Assert.Equal(
            [
                (9, "Fourier Neural Operator for Parametric Partial Differential Equations", "2010.08895", "Zongyi Li|Nikola Kovachki", "ICLR", 2021, (string?)null, "neuraloperator"),
                (11, "Physics-informed neural networks: A deep learning framework", "https://doi.org/10.1016/j.jcp.2018.10.045", "M. Raissi|P. Perdikaris", "JCP", 2019, null, null),
                (19, "Solving high-dimensional partial differential equations using deep learning", "1707.02568", "Jiequn Han|Arnulf Jentzen|Brendan O'Donoghue", "SIAM J. Sci. Comput.", 2021, "Best Paper", null),
                (21, "Characterizing possible failure modes in physics-informed neural networks", "2109.01050", "Aditi S. Krishnapriyan|Amir Gholami", "Nature", 2021, null, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note, e.Repository?.Name)));
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0030");
    }

    /// <summary>
    /// Batch 196's course schedule: with no column of titles, the Readings column's cells each hold papers between
    /// <c>&lt;br&gt;</c>s, each read as a list's item (a citation in parentheses with its distinction after a comma or a dash,
    /// a surname's particle, a model's name before a semicolon; a label, names and a venue after the link; a book chapter no
    /// paper); and the bullets below, names first (<c>A One, B Two. Title. Venue Year. [arXiv](url)</c>).
    /// </summary>
    [Fact]
    public void A_course_schedule_s_readings_and_names_first_citations()
    {
        const string markdown = """
            ## Schedule

            | Week | Date | Topic | Readings | Materials |
            |------|------|-------|----------|-----------|
            | 1 | Sep 3 | Introduction | S. Prince, *Understanding Deep Learning*, [Chapter 14: Unsupervised learning](https://udlbook.github.io/udlbook/) (book chapter) | [slides](slides/01.pdf) |
            | 2 | Sep 10 | Contrastive | [Unsupervised Feature Learning via Non-Parametric Instance Discrimination](https://arxiv.org/abs/1805.01978) (Wu et al., CVPR 2018, spotlight)<br>[Learning deep representations by mutual information estimation and maximization](https://arxiv.org/abs/1808.06670) (Hjelm et al., ICLR 2019 – oral)<br>[Representation Learning with Contrastive Predictive Coding](https://arxiv.org/abs/1807.03748) (van den Oord et al., arXiv 2018) | [video](recordings.md) |
            | 3 | Sep 17 | Transformers | [Emerging Properties in Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.14294) (DINO; Caron et al., ICCV 2021)<br>*Optional:* [Improved Baselines with Momentum Contrastive Learning](https://arxiv.org/abs/2003.04297), Xinlei Chen, Haoqi Fan, tech report<br>*Required:* [Exploring Simple Siamese Representation Learning](https://arxiv.org/abs/2011.10566) (SimSiam), Xinlei Chen, Kaiming He, CVPR 2021 — **Best Paper Honorable Mention** | |
            | 4 | Sep 24 | **Midterm** | — | |

            ## Additional reading

            - Xiaolong Wang, Abhinav Gupta. Unsupervised Learning of Visual Representations using Videos. ICCV 2015. [arXiv](https://arxiv.org/abs/1505.00687)
            - T. Whelan, M.F. Fallon, J.J. Leonard. Kintinuous: Spatially Extended KinectFusion. In Robotics: Science and Systems (RSS), 2012. [PDF](https://arxiv.org/abs/1505.00688)
            - Randall Balestriero, Mark Ibrahim, et al. A Cookbook of Self-Supervised Learning. arXiv 2023. [arXiv](https://arxiv.org/abs/2304.12210)
            - V. Mnih, et. al., Human-level Control through Deep Reinforcement Learning, Nature, 2015. [[Paper]](https://arxiv.org/abs/1312.05602)
            """;

        var document = CatalogParser.Parse(markdown, "syllabus.md");
        Assert.Equal(
            [
                (6, "Unsupervised Feature Learning via Non-Parametric Instance Discrimination", "Wu", "CVPR", 2018, (string?)"Spotlight"),
                (6, "Learning deep representations by mutual information estimation and maximization", "Hjelm", "ICLR", 2019, "Oral"),
                (6, "Representation Learning with Contrastive Predictive Coding", "van den Oord", null, 0, null),
                (7, "Emerging Properties in Self-Supervised Vision Transformers", "Caron", "ICCV", 2021, null),
                (7, "Improved Baselines with Momentum Contrastive Learning", "Xinlei Chen|Haoqi Fan", null, 0, null),
                (7, "Exploring Simple Siamese Representation Learning", "Xinlei Chen|Kaiming He", "CVPR", 2021, "Best Paper Honorable Mention"),
                (12, "Unsupervised Learning of Visual Representations using Videos", "Xiaolong Wang|Abhinav Gupta", "ICCV", 2015, null),
                (13, "Kintinuous: Spatially Extended KinectFusion", "T. Whelan|M.F. Fallon|J.J. Leonard", "RSS", 2012, null),
                (14, "A Cookbook of Self-Supervised Learning", "Randall Balestriero|Mark Ibrahim", null, 0, null),
                (15, "Human-level Control through Deep Reinforcement Learning", "V. Mnih", "Nature", 2015, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// What batch 196's readers leave alone (a review's findings): a title with commas or "and" before the names is no
    /// names (<c>Show, Attend and Tell. Kelvin Xu, ...</c>); a "Book Chapters" section holds papers; an MDX card inside a
    /// wrapper, two cards on a line, a card whose tag closes on a line of its own, a spread or computed prop, a badge
    /// component inside a list's item; an organisation before a citation's venue is no author; a "Further Reading" column
    /// is no schedule; a Highlight field is no distinction.
    /// </summary>
    [Fact]
    public void Batch_196_s_readers_leave_titles_chapters_cards_and_columns_alone()
    {
        const string markdown = """
            ## Papers

            - Show, Attend and Tell. Kelvin Xu, Jimmy Ba, Ryan Kiros. ICML 2015. [paper](https://arxiv.org/abs/1502.03044)
            - Train Big, Then Compress. Zhuohan Li, Eric Wallace. ICML 2020. [paper](https://arxiv.org/abs/2002.11794)
            - [Non-local Neural Networks](https://arxiv.org/abs/1711.07971) (PyTorch, CVPR 2018, spotlight)
            - <Badge title="New" /> [Fourier Neural Operator for Parametric PDEs](https://arxiv.org/abs/2010.08895) - Zongyi Li, Nikola Kovachki. ICLR 2021.
            - [Efficient Attention](https://arxiv.org/abs/2101.00031)
              - Authors: A One, B Two
              - Highlight: linear-time attention via kernel features

            ## Book Chapters

            - [Sparse Coding for Vision](https://arxiv.org/abs/2101.00022) - C Three, D Four. In Handbook of Vision, 2020.

            ## Cards

            <CardGroup cols={2}>
              <PaperCard title="Physics-Informed Neural Networks" authors="Maziar Raissi, Paris Perdikaris" venue="JCP 2019" arxiv="1711.10561" /> <PaperCard title="Entities &amp; Things" arxiv="2010.08804" {...defaults} authors={authorsOf("x")} />
            </CardGroup>

            <PaperCard
              title="Learning Mesh-Based Simulation"
              arxiv="2010.03409"
            >
              Short description.
            </PaperCard>

            | Concept | Explanation | Further Reading |
            |---|---|---|
            | Batch norm | Normalises activations | [Ioffe and Szegedy, 2015](https://arxiv.org/abs/1502.03167) |
            """;

        var document = CatalogParser.Parse(markdown, "review.md");
        Assert.Equal(
            [
                (3, "Show, Attend and Tell", "Kelvin Xu|Jimmy Ba|Ryan Kiros", "ICML", (string?)null),
                (4, "Train Big, Then Compress", "Zhuohan Li|Eric Wallace", "ICML", null),
                (5, "Non-local Neural Networks", "", "CVPR", "Spotlight"),
                (6, "Fourier Neural Operator for Parametric PDEs", "Zongyi Li|Nikola Kovachki", "ICLR", null),
                (7, "Efficient Attention", "A One|B Two", null, null),
                (13, "Sparse Coding for Vision", "C Three|D Four", "Handbook of Vision", null),
                (18, "Physics-Informed Neural Networks", "Maziar Raissi|Paris Perdikaris", "JCP", null),
                (18, "Entities & Things", "", null, null),
                (21, "Learning Mesh-Based Simulation", "", null, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Note)));
        Assert.Contains(document.Diagnostics, d => d.RuleId == "EA0030" && d.Span.Line == 30); // the Further Reading row: no schedule, said
    }

    /// <summary>
    /// Batch 197's layouts: a paper-notes README's item opening with its issue's link (no title) and a label badge with an
    /// empty label (its message the venue); a pandoc-converted item hard-wrapped over lines; a Quarto bibliography's
    /// reference in a fenced div, its DOI in angle brackets, its proceedings after "In" with a volume, and a preprint's id
    /// written in its emphasis.
    /// </summary>
    [Fact]
    public void Issue_notes_pandoc_wrapped_items_and_citeproc_references()
    {
        const string markdown = """
            ## 2024

            - ✅ [#69](https://github.com/a/paper-notes/issues/69) **Transcoders Find Interpretable LLM Feature Circuits** by Jacob Dunefsky, Neel Nanda ![](https://img.shields.io/badge/-NeurIPS--2024-green) ![](https://img.shields.io/badge/-SAE-blue) · [paper](https://arxiv.org/abs/2406.11944) · 💬 2

            Surveys
            -------

            -   E. Min, R. Chen, Y. Bian, T. Xu, K. Zhao, W. Huang, P. Zhao, J.
                Huang, S. Ananiadou, and Y. Rong. *Transformer for Graphs: An
                Overview from Architecture Perspective*. *arXiv preprint
                arXiv:2202.08455*, 2022. [arXiv][2]

            -   \[SAN\] D. Kreuzer, D. Beaini, W. L. Hamilton, V. Létourneau, and P.
                Tossou. *Rethinking Graph Transformers with Spectral Attention*. In
                *NeurIPS*, 2021. [arXiv][3]

            ## References

            ::: {#refs .references .csl-bib-body}
            ::: {#ref-abramson2024 .csl-entry}
            Abramson, Josh, Jonas Adler, Jack Dunger, et al. 2024. "Accurate Structure Prediction of Biomolecular Interactions with AlphaFold 3." *Nature* 630 (8016): 493--500. <https://doi.org/10.1038/s41586-024-07487-w>.
            :::

            ::: {#ref-gruver2023 .csl-entry}
            Gruver, Nate, Samuel Stanton, Nathan C. Frey, et al. 2023. "Protein Design with Guided Discrete Diffusion." In *Advances in Neural Information Processing Systems*. Vol. 36. <https://arxiv.org/abs/2305.20009>.
            :::

            ::: {#ref-anand2022 .csl-entry}
            Anand, Namrata, and Tudor Achim. 2022. "Protein Structure and Sequence Generation with Equivariant Denoising Diffusion Probabilistic Models." *arXiv Preprint arXiv:2205.15019*.
            :::
            :::

              [2]: https://arxiv.org/abs/2202.08455
              [3]: https://arxiv.org/abs/2106.03893
            """;

        var document = CatalogParser.Parse(markdown, "notes.md");
        Assert.Equal(
            [
                (3, "Transcoders Find Interpretable LLM Feature Circuits", "2406.11944", "Jacob Dunefsky|Neel Nanda", "NeurIPS", 2024),
                (8, "Transformer for Graphs: An Overview from Architecture Perspective", "2202.08455", "E. Min|R. Chen|Y. Bian|T. Xu|K. Zhao|W. Huang|P. Zhao|J. Huang|S. Ananiadou|Y. Rong", (string?)null, 0),
                (13, "Rethinking Graph Transformers with Spectral Attention", "2106.03893", "D. Kreuzer|D. Beaini|W. L. Hamilton|V. Létourneau|P. Tossou", "NeurIPS", 2021),
                (21, "Accurate Structure Prediction of Biomolecular Interactions with AlphaFold 3", "https://doi.org/10.1038/s41586-024-07487-w", "Josh Abramson|Jonas Adler|Jack Dunger", "Nature", 2024),
                (25, "Protein Design with Guided Discrete Diffusion", "2305.20009", "Nate Gruver|Samuel Stanton|Nathan C. Frey", "NeurIPS", 2023),
                (29, "Protein Structure and Sequence Generation with Equivariant Denoising Diffusion Probabilistic Models", "2205.15019", "Namrata Anand|Tudor Achim", null, 0),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
    }

    private static string OneBullet(string badge)
        => "- [A Paper: On Things](https://arxiv.org/abs/2401.00001) ![](https://img.shields.io/badge/" + badge + "-orange)\n";

    private static void AssertEntries((int Line, CatalogEntry Entry)[] expected, CatalogDocument document)
    {
        Assert.Equal(expected.Select(e => e.Line), document.Entries.Select(e => e.Line));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Entry, document.Entries[i] with { Span = default });
        }
    }

    /// <summary>The fields these conventions decide, entry by entry, and no other entries.</summary>
    private static void AssertTitleAuthorsArxivAndVenue((int Line, string Title, string[] Authors, string? ArxivId, VenueInfo? Venue)[] expected, CatalogDocument document)
    {
        Assert.Equal(expected.Select(e => e.Line), document.Entries.Select(e => e.Line));
        for (var i = 0; i < expected.Length; i++)
        {
            var entry = document.Entries[i];
            Assert.Equal(expected[i].Title, entry.Title);
            Assert.Equal(expected[i].Authors, entry.Authors);
            Assert.Equal(expected[i].ArxivId, entry.Arxiv?.Id);
            Assert.Equal(expected[i].Venue, entry.Venue);
        }
    }

    /// <summary>
    /// Batch 198 (held out: a Hugo page's shortcodes, a Google Doc exported to markdown, a survey's comparison matrix) and
    /// the review's leftovers of batch 196: a shortcode's parameters are a paper's fields, in either delimiter, on one line
    /// or several, positional parameters and non-paper shortcodes passed over; a link through Google's, Outlook's or
    /// Facebook's redirector is its target; a venue's parenthesis after the names with marks or a dashed distinction after
    /// it; a distinction in a sub-item that names the venue again; the notes around a venue in one parenthesis; a lab's name
    /// after a dash in a citation's parenthesis; an item that cites two papers as prose does; <c>Proc.</c> before a
    /// well-known venue.
    /// </summary>
    [Fact]
    public void Batch_198_s_shortcodes_redirects_and_parentheses()
    {
        const string markdown = """
            ---
            title: "Reading list"
            draft: false
            ---

            ## Speech

            {{< paper title="FastSpeech 2: Fast and High-Quality End-to-End Text to Speech" authors="Yi Ren, Chenxu Hu, Xu Tan" venue="ICLR 2021" arxiv="2006.04558" code="https://github.com/ming024/FastSpeech2" >}}
            {{% paper venue="ICLR 2021" award="Oral" title="DiffWave: A Versatile Diffusion Model for Audio Synthesis" arxiv="2009.09761" %}}
            {{< paper
              title="Char2Wav: End-to-End Speech Synthesis"
              authors="Jose Sotelo, Soroush Mehri"
              venue="ICLR 2017 Workshop Track"
              url="https://openreview.net/forum?id=B1VWyySKx"
            >}}
            {{< paper title="Speech Resynthesis from Discrete Disentangled Self-Supervised Representations" venue="Proc. Interspeech 2021" arxiv="2104.00355" />}}
            {{< resource title="ESPnet toolkit" url="https://github.com/espnet/espnet" >}}
            {{< youtube Zr3bX8Kq0pE >}}

            ## Causality

            1. **On Causal and Anticausal Learning**\. B\. Schölkopf, D\. Janzing\. *ICML 2012*\. [PDF](https://www.google.com/url?q=https://arxiv.org/abs/1206.6471&sa=D&source=editors&ust=1713542518794148&usg=AOvVawxH7ML8ZqGcQH2jkvoBRB5S)
            2. [Invariant Risk Minimization](https://www.google.com/url?q=https://arxiv.org/abs/1907.02893&amp;sa=D&amp;source=editors) \- Martin Arjovsky, Léon Bottou \(arXiv 2019\) ⭐
            3. [Learning Linear Causal Representations from Interventions under General Nonlinear Mixing](https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Farxiv.org%2Fabs%2F2306.02235&data=05) \- Simon Buchholz, Goutham Rajendran \(NeurIPS 2023\) \- **Oral**
            4. [Challenging Common Assumptions in the Unsupervised Learning of Disentangled Representations](https://l.facebook.com/l.php?u=https%3A%2F%2Farxiv.org%2Fabs%2F1811.12359&h=AT0) \- Francesco Locatello, Stefan Bauer \(ICML 2019\)
               * **Best Paper Award**, ICML 2019

            ## Vision

            - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (Oral, CVPR 2016, Best Paper)
            - [Unsupervised Learning of Visual Features by Contrasting Cluster Assignments](https://arxiv.org/abs/2006.09882) (Caron et al., NeurIPS 2020 - Facebook AI)
            - Optimizers: [Adam](https://arxiv.org/abs/1412.6980) (Kingma & Ba, ICLR 2015); [AdamW](https://arxiv.org/abs/1711.05101) (Loshchilov & Hutter, ICLR 2019)
            - [Title Four About Things](https://arxiv.org/abs/2101.00004) - A One, B Two (Proc. Interspeech 2021)
            """;

        var document = CatalogParser.Parse(markdown, "batch198.md");
        Assert.Equal(
            [
                (8, "FastSpeech 2: Fast and High-Quality End-to-End Text to Speech", "2006.04558", "Yi Ren|Chenxu Hu|Xu Tan", "ICLR", 2021, null, null, "ming024/FastSpeech2"),
                (9, "DiffWave: A Versatile Diffusion Model for Audio Synthesis", "2009.09761", "", "ICLR", 2021, null, "Oral", null),
                (10, "Char2Wav: End-to-End Speech Synthesis", "https://openreview.net/forum?id=B1VWyySKx", "Jose Sotelo|Soroush Mehri", "ICLR", 2017, "Workshop", null, null),
                (16, "Speech Resynthesis from Discrete Disentangled Self-Supervised Representations", "2104.00355", "", "Interspeech", 2021, null, null, null),
                (22, "On Causal and Anticausal Learning", "1206.6471", "B. Schölkopf|D. Janzing", "ICML", 2012, null, null, null),
                (23, "Invariant Risk Minimization", "1907.02893", "Martin Arjovsky|Léon Bottou", null, 0, null, null, null),
                (24, "Learning Linear Causal Representations from Interventions under General Nonlinear Mixing", "2306.02235", "Simon Buchholz|Goutham Rajendran", "NeurIPS", 2023, null, "Oral", null),
                (25, "Challenging Common Assumptions in the Unsupervised Learning of Disentangled Representations", "1811.12359", "Francesco Locatello|Stefan Bauer", "ICML", 2019, null, "Best Paper Award", null),
                (30, "Deep Residual Learning for Image Recognition", "1512.03385", "", "CVPR", 2016, null, "Oral, Best Paper", null),
                (31, "Unsupervised Learning of Visual Features by Contrasting Cluster Assignments", "2006.09882", "Caron", "NeurIPS", 2020, null, null, null),
                (32, "Adam", "1412.6980", "Kingma|Ba", "ICLR", 2015, null, null, null),
                (32, "AdamW", "1711.05101", "Loshchilov|Hutter", "ICLR", 2019, null, null, null),
                (33, "Title Four About Things", "2101.00004", "A One|B Two", "Interspeech", 2021, null, null, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note, e.Repository is { } repository ? repository.Owner + "/" + repository.Name : null)));
        Assert.Equal("https://openreview.net/forum?id=B1VWyySKx", document.Entries[2].Url);
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0030");
    }

    /// <summary>
    /// The review of batch 198's readers: a paper's item that cites other papers is one entry, its own (its code kept); a
    /// figure's or a card's title and link are no paper (the link is said); a distinction named with a workshop is not the
    /// main venue's; a search result's redirect (an empty <c>q</c>, the target in <c>url</c>) is its target; an arXiv id
    /// written as text after the word arXiv is said where no entry reads it, but not on a BibTeX entry's field line.
    /// </summary>
    [Fact]
    public void Batch_198_s_readers_leave_cited_papers_figures_and_workshops_alone()
    {
        const string markdown = """
            ## Papers

            - [Mask R-CNN](https://arxiv.org/abs/1703.06870) (He et al., ICCV 2017) [[code](https://github.com/facebookresearch/Detectron)] - builds on [Faster R-CNN](https://arxiv.org/abs/1506.01497) (Ren et al., NeurIPS 2015)
            - **Momentum Contrast for Unsupervised Visual Representation Learning** [[paper](https://arxiv.org/abs/1911.05722)] [[code](https://github.com/facebookresearch/moco)] - Kaiming He, Haoqi Fan. CVPR 2020. Improves on [InstDisc](https://arxiv.org/abs/1805.01978) (Wu et al., CVPR 2018) and [CPC](https://arxiv.org/abs/1807.03748) (Oord et al., 2018).
            - [Paper Delta Title Here](https://arxiv.org/abs/1901.00054) - Alice Smith, Bob Jones. CVPR 2020.
               * Spotlight, CVPR 2020 Workshop
            - [Paper Search Title Here](https://www.google.com/url?sa=t&rct=j&q=&esrc=s&url=https%3A%2F%2Farxiv.org%2Fabs%2F2001.00021&usg=AOv) - A One. ICML 2020.

            {{< figure src="/img/results.png" title="Results on ImageNet" link="https://arxiv.org/abs/1512.03385" >}}

            {{< card title="Our Paper" link="https://arxiv.org/abs/2101.00031" >}}

            Our own paper is arXiv:2106.09685.

            ```bibtex
            @article{list2021,
              journal={arXiv preprint arXiv:2501.66004}
            }
            ```
            """;

        var document = CatalogParser.Parse(markdown, "review198.md");
        Assert.Equal(
            [
                (3, "Mask R-CNN", "1703.06870", "ICCV", (string?)null, "facebookresearch/Detectron"),
                (4, "Momentum Contrast for Unsupervised Visual Representation Learning", "1911.05722", "CVPR", null, "facebookresearch/moco"),
                (5, "Paper Delta Title Here", "1901.00054", "CVPR", null, null),
                (7, "Paper Search Title Here", "2001.00021", "ICML", null, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, e.Venue?.Name, e.Venue?.Note, e.Repository is { } repository ? repository.Owner + "/" + repository.Name : null)));
        Assert.Equal(
            [(9, "https://arxiv.org/abs/1512.03385"), (11, "https://arxiv.org/abs/2101.00031"), (13, "https://arxiv.org/abs/2106.09685")],
            document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => (d.Span.Line, d.Message.Split('\'')[1])));
    }

    /// <summary>
    /// Batch 199 (held out: a Jekyll page's Liquid includes, a Logseq page exported as markdown, a list that links scholarly
    /// index pages): an include's parameters are a paper's fields as a shortcode's are; a Logseq item's title over its
    /// properties, on the lines under it or in its sub-items, a nickname after the title left out; a venue property's
    /// distinction after a dash; a sub-item's <c>Oral at ICLR 2017</c>; a link labelled by an index (<c>Semantic
    /// Scholar</c>, <c>Papers with Code</c>) is what its host is, and Semantic Scholar's page of an arXiv id is that id.
    /// </summary>
    [Fact]
    public void Batch_199_s_includes_outliner_properties_and_index_links()
    {
        const string markdown = """
            ## Alignment

            {% include paper.html title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model" authors="Rafael Rafailov, Archit Sharma" venue="NeurIPS 2023" award="Outstanding Paper Runner-Up" arxiv="2305.18290" %}
            {%- include paper.html
               title='KTO: Model Alignment as Prospect Theoretic Optimization'
               venue="ICML" year="2024"
               pdf="https://arxiv.org/pdf/2402.01306" -%}
            {% include resource.html title="TRL library" url="https://github.com/huggingface/trl" type="tool" %}

            ## Search

            - [[Designing Network Design Spaces (RegNet)]]
              authors:: [[Ilija Radosavovic]], [[Raj Prateek Kosaraju]]
              venue:: [[CVPR]] 2020
              url:: https://arxiv.org/abs/2003.13678
              tags:: #nas
            - [[HW-NAS-Bench: Hardware-Aware Neural Architecture Search Benchmark]]
              venue:: [[ICLR]] 2021 – Spotlight
              url:: https://arxiv.org/abs/2103.10584
            - [[FBNet: Hardware-Aware Efficient ConvNet Design via Differentiable Neural Architecture Search]]
            	- authors:: [[Bichen Wu]], [[Xiaoliang Dai]]
            	- venue:: [[CVPR]] 2019
            	- url:: https://arxiv.org/abs/1812.03443
            	- lookup-table latency model
            - [[Neural Architecture Search with Reinforcement Learning]]
              venue:: [[ICLR]] 2017
              url:: https://arxiv.org/abs/1611.01578
            	- Oral at ICLR 2017

            ## Recommendation

            - **Graph Neural Networks in Recommender Systems: A Survey** (CSUR 2022) — Shiwen Wu, Fei Sun · [Semantic Scholar](https://api.semanticscholar.org/arXiv:2011.02260)
            - **Neural Collaborative Filtering** (WWW 2017) — Xiangnan He, Lizi Liao · [ACM DL](https://dl.acm.org/doi/10.1145/3038912.3052569) · [Papers with Code](https://paperswithcode.com/paper/neural-collaborative-filtering)
            """;

        var document = CatalogParser.Parse(markdown, "batch199.md");
        Assert.Equal(
            [
                (3, "Direct Preference Optimization: Your Language Model is Secretly a Reward Model", "2305.18290", "Rafael Rafailov|Archit Sharma", "NeurIPS", 2023, "Outstanding Paper Runner-Up"),
                (4, "KTO: Model Alignment as Prospect Theoretic Optimization", "2402.01306", "", "ICML", 2024, null),
                (12, "Designing Network Design Spaces", "2003.13678", "Ilija Radosavovic|Raj Prateek Kosaraju", "CVPR", 2020, null),
                (17, "HW-NAS-Bench: Hardware-Aware Neural Architecture Search Benchmark", "2103.10584", "", "ICLR", 2021, "Spotlight"),
                (20, "FBNet: Hardware-Aware Efficient ConvNet Design via Differentiable Neural Architecture Search", "1812.03443", "Bichen Wu|Xiaoliang Dai", "CVPR", 2019, null),
                (25, "Neural Architecture Search with Reinforcement Learning", "1611.01578", "", "ICLR", 2017, "Oral"),
                (32, "Graph Neural Networks in Recommender Systems: A Survey", "2011.02260", "Shiwen Wu|Fei Sun", "CSUR", 2022, null),
                (33, "Neural Collaborative Filtering", "https://dl.acm.org/doi/10.1145/3038912.3052569", "Xiangnan He|Lizi Liao", "WWW", 2017, null),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
        Assert.DoesNotContain(document.Diagnostics, d => d.RuleId == "EA0030");
    }

    /// <summary>
    /// Batch 200 (held out: a lab's publications page, a Jupyter Book's MyST cards, a README generated from a data file)
    /// and the review of batch 199's readers: a names-first citation with the lab's members in bold; its source an arXiv
    /// preprint with its id; a card's title, link, body and options; a paper heading over a paragraph of names, tags and
    /// links; a venue field's distinction after a hyphen; a journal's name before a dashed distinction not cut to a shorter
    /// known name (read whole, or not at all where it is not known); a Google
    /// Scholar profile after a name no link of the paper; Logseq's task marker and tags off the title, a code property, a
    /// short label no paper; a Liquid variable no value.
    /// </summary>
    [Fact]
    public void Batch_200_s_bold_names_cards_tags_and_the_review_of_batch_199()
    {
        const string markdown = """
            ## 2024

            1. **Hidenobu Matsuki**, **Riku Murai**, Paul H. J. Kelly, and **Andrew J. Davison**. Gaussian Splatting SLAM. In *IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)*, 2024. **(Highlight, Best Demo Award)** [[PDF]](https://arxiv.org/pdf/2312.06741)
            2. Kang W C, McAuley J. **Self-Attentive Sequential Recommendation**. ICDM 2018. [[pdf](https://arxiv.org/pdf/1808.09781.pdf)]
            3. Lihe Yang, Bingyi Kang, and Hengshuang Zhao. Depth Anything V2. arXiv preprint arXiv:2406.09414, 2024. [[PDF]](https://arxiv.org/pdf/2406.09414)

            ## Cards

            :::{card} Informer: Beyond Efficient Transformer for Long Sequence Time-Series Forecasting
            :link: https://arxiv.org/abs/2012.07436

            Haoyi Zhou, Shanghang Zhang, Jieqi Peng · AAAI 2021 · **Best Paper**
            +++
            [code](https://github.com/zhouhaoyi/Informer2020)
            :::

            ```{card} Pyraformer: Low-Complexity Pyramidal Attention for Long-Range Time Series Modeling and Forecasting
            :link: https://openreview.net/forum?id=0EXmFzUn5I
            :header: 🎤 Oral

            Shizhan Liu, Hang Yu · ICLR 2022
            ```

            ## Generated

            #### [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)
            *J. Ho, A. Jain, P. Abbeel*
            `NeurIPS 2020` `Spotlight` `diffusion`
            [code](https://github.com/hojonathanho/diffusion)

            ## Fields

            - [Paper Seven Title For Venue Test](https://arxiv.org/abs/2101.00007)
              - Authors: A One, B Two
              - Venue: ICML 2023 - Outstanding Paper Award
            - [Paper Eight Title For Venue Test](https://arxiv.org/abs/2101.00008)
              - Authors: A One, B Two
              - Venue: Science Robotics - Best Paper
            - [Mask R-CNN](https://arxiv.org/abs/1703.06870) - Kaiming He ([Google Scholar](https://scholar.google.com/citations?user=abc)), Georgia Gkioxari, Piotr Dollár. ICCV 2017.
            - DONE [#A] Searching for MobileNetV3 #paper #read
              url:: https://arxiv.org/abs/1905.02244
              code:: https://github.com/tensorflow/models
            - Summary
              url:: https://arxiv.org/abs/1905.02245

            {% include paper.html title=page.title authors=page.authors venue="ICLR 2021" url="https://arxiv.org/abs/2010.11929" %}
            """;

        var document = CatalogParser.Parse(markdown, "batch200.md");
        Assert.Equal(
            [
                (3, "Gaussian Splatting SLAM", "2312.06741", "Hidenobu Matsuki|Riku Murai|Paul H. J. Kelly|Andrew J. Davison", "CVPR", 2024, "Highlight, Best Demo Award", null),
                (4, "Self-Attentive Sequential Recommendation", "1808.09781", "Kang W C|McAuley J", "ICDM", 2018, null, null),
                (5, "Depth Anything V2", "2406.09414", "Lihe Yang|Bingyi Kang|Hengshuang Zhao", null, 0, null, null),
                (9, "Informer: Beyond Efficient Transformer for Long Sequence Time-Series Forecasting", "2012.07436", "Haoyi Zhou|Shanghang Zhang|Jieqi Peng", "AAAI", 2021, "Best Paper", "zhouhaoyi/Informer2020"),
                (17, "Pyraformer: Low-Complexity Pyramidal Attention for Long-Range Time Series Modeling and Forecasting", "https://openreview.net/forum?id=0EXmFzUn5I", "Shizhan Liu|Hang Yu", "ICLR", 2022, "Oral", null),
                (26, "Denoising Diffusion Probabilistic Models", "2006.11239", "J. Ho|A. Jain|P. Abbeel", "NeurIPS", 2020, "Spotlight", "hojonathanho/diffusion"),
                (33, "Paper Seven Title For Venue Test", "2101.00007", "A One|B Two", "ICML", 2023, "Outstanding Paper Award", null),
                (36, "Paper Eight Title For Venue Test", "2101.00008", "A One|B Two", null, 0, null, null), // no "Science" cut out of "Science Robotics"
                (39, "Mask R-CNN", "1703.06870", "Kaiming He|Georgia Gkioxari|Piotr Dollár", "ICCV", 2017, null, null),
                (40, "Searching for MobileNetV3", "1905.02244", "", null, 0, null, "tensorflow/models"),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note,
                e.Repository is { } repository ? repository.Owner + "/" + repository.Name : null)));
        Assert.Equal(
            [(44, "https://arxiv.org/abs/1905.02245"), (46, "https://arxiv.org/abs/2010.11929")],
            document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => (d.Span.Line, d.Message.Split('\'')[1])));
    }

    /// <summary>
    /// The review of batch 200's readers: a short bold title before names is the title (the sentence after the names is
    /// the venue); a Logseq item's short title with its names; a Liquid number is a value; a status before a year is no
    /// journal; a PubMed link is the paper's; a card that holds a list of papers is read as its list; of a page's tags, a
    /// well-known venue before a dataset's name and year.
    /// </summary>
    [Fact]
    public void Batch_200_s_readers_leave_bold_titles_short_titles_numbers_statuses_and_card_lists_alone()
    {
        const string markdown = """
            ## Papers

            - **Denoising Diffusion Probabilistic Models**, Jonathan Ho, Ajay Jain, Pieter Abbeel. NeurIPS 2020. [paper](https://arxiv.org/abs/2006.11239)
            - Jane Doe, Wei Zhang. Efficient Attention for Long Sequences. Under review, 2024. [paper](https://arxiv.org/abs/2401.00001)
            - Highly accurate protein structure prediction with AlphaFold. John Jumper, Richard Evans. Nature 2021. [PubMed](https://pubmed.ncbi.nlm.nih.gov/34265844/)
            - Swin Transformer
              authors:: [[Ze Liu]], [[Yutong Lin]]
              venue:: [[ICCV]] 2021
              url:: https://arxiv.org/abs/2103.14030

            {% include paper.html title="QLoRA: Efficient Finetuning of Quantized LLMs" venue="NeurIPS" year=2023 arxiv="2305.14314" %}

            :::{card} Key Papers on Efficient Attention
            - [Reformer: The Efficient Transformer](https://arxiv.org/abs/2001.04451) - Nikita Kitaev, Lukasz Kaiser. ICLR 2020.
            :::

            #### [Mask R-CNN](https://arxiv.org/abs/1703.06870)
            *Kaiming He, Georgia Gkioxari*
            `COCO 2017` `ICCV 2017` `detection`
            """;

        var document = CatalogParser.Parse(markdown, "review200.md");
        Assert.Equal(
            [
                (3, "Denoising Diffusion Probabilistic Models", "2006.11239", "Jonathan Ho|Ajay Jain|Pieter Abbeel", "NeurIPS", 2020),
                (4, "Efficient Attention for Long Sequences", "2401.00001", "Jane Doe|Wei Zhang", null, 0),
                (5, "Highly accurate protein structure prediction with AlphaFold", "https://pubmed.ncbi.nlm.nih.gov/34265844/", "John Jumper|Richard Evans", "Nature", 2021),
                (6, "Swin Transformer", "2103.14030", "Ze Liu|Yutong Lin", "ICCV", 2021),
                (11, "QLoRA: Efficient Finetuning of Quantized LLMs", "2305.14314", "", "NeurIPS", 2023),
                (14, "Reformer: The Efficient Transformer", "2001.04451", "Nikita Kitaev|Lukasz Kaiser", "ICLR", 2020),
                (17, "Mask R-CNN", "1703.06870", "Kaiming He|Georgia Gkioxari", "ICCV", 2017),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
    }

    /// <summary>
    /// Batch 201's chat digest: an item's line that is a paper's URL alone, written as text under its title's line (with
    /// or without its scheme), is the paper's link; a URL inside a sentence, or on a host of no paper, stays text.
    /// </summary>
    [Fact]
    public void Batch_201_s_digest_links_a_paper_url_alone_on_its_line()
    {
        const string markdown = """
            **Property prediction**

            1) Neural Message Passing for Quantum Chemistry (ICML 2017)
            https://arxiv.org/abs/1704.01212
            by J. Gilmer, S. S. Schoenholz, G. E. Dahl

            2) Strategies for Pre-training Graph Neural Networks (ICLR 2020)
            arxiv.org/abs/1905.12265

            3) A library we use, see https://arxiv.org/abs/1903.02428 for its paper
            https://github.com/pyg-team/pytorch_geometric
            """;

        var document = CatalogParser.Parse(markdown, "digest.md");
        Assert.Equal(
            [
                (3, "Neural Message Passing for Quantum Chemistry", "1704.01212", "J. Gilmer|S. S. Schoenholz|G. E. Dahl", "ICML", 2017),
                (7, "Strategies for Pre-training Graph Neural Networks", "1905.12265", "", "ICLR", 2020),
            ],
            document.Entries.Select(e => (e.Line, e.Title, e.Arxiv?.Id ?? e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
    }

    /// <summary>
    /// Batch 201's two lists fixed for: a dated venue after a spaced long dash ends a plain title (its note in parentheses
    /// after it is its note; names or a remark after the dash are not), and a free-text Notes column gives the venue's note,
    /// not its remarks.
    /// </summary>
    [Fact]
    public void Batch_201_s_dash_venue_after_a_title_and_notes_column_distinction()
    {
        const string digest = """
            **Property prediction**

            1) Convolutional Networks on Graphs for Learning Molecular Fingerprints — NeurIPS 2015
            https://arxiv.org/abs/1509.09292
            by David Duvenaud, Dougal Maclaurin, Ryan P. Adams

            2) How Powerful are Graph Neural Networks? — ICLR 2019 (oral)
            https://openreview.net/forum?id=ryGs6iA5Km
            by Keyulu Xu, Weihua Hu, Jure Leskovec

            3) Molecular Contrastive Learning of Representations via Graph Neural Networks — Nature Machine Intelligence 2022
            https://arxiv.org/abs/2102.10056
            by Yuyang Wang, Jianren Wang, Zhonglin Cao

            4) Neural Message Passing for Quantum Chemistry — a classic, 2017
            https://arxiv.org/abs/1704.01212
            by J. Gilmer, S. S. Schoenholz, G. E. Dahl
            """;

        Assert.Equal(
            [
                ("Convolutional Networks on Graphs for Learning Molecular Fingerprints", "NeurIPS", 2015, null),
                ("How Powerful are Graph Neural Networks?", "ICLR", 2019, "Oral"),
                ("Molecular Contrastive Learning of Representations via Graph Neural Networks", "Nature Machine Intelligence", 2022, null),
                ("Neural Message Passing for Quantum Chemistry — a classic", null, 0, null), // (a trailing year is no part of a title)
            ],
            CatalogParser.Parse(digest, "digest.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string table = """
            | Status | Paper | Notes |
            |---|---|---|
            | ✅ | [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761)<br>Schick et al. | NeurIPS 2023 oral. Strong baseline for us. |
            | 📖 | [Tree of Thoughts: Deliberate Problem Solving with Large Language Models](https://arxiv.org/abs/2305.10601) | NeurIPS 2023 oral. Not really tool use but everyone cites it – JR |
            | ✅ | [ToolLLM: Facilitating Large Language Models to Master 16000+ Real-world APIs](https://arxiv.org/abs/2307.16789)<br>Qin et al. | ICLR 2024 spotlight. ToolBench + DFSDT. |
            | ✅ | [ReAct: Synergizing Reasoning and Acting in Language Models](https://arxiv.org/abs/2210.03629)<br>Yao et al. | ICLR 2023. Strong baseline for us. |
            """;

        Assert.Equal(
            [("2302.04761", "NeurIPS", 2023, "Oral"), ("2305.10601", "NeurIPS", 2023, "Oral"), ("2307.16789", "ICLR", 2024, "Spotlight"), ("2210.03629", "ICLR", 2023, null)],
            CatalogParser.Parse(table, "status.md").Entries.Select(e => (e.Arxiv?.Id, e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 202: a pandoc grid table (cells wrapped over several lines, a library's row named so in its Venue cell),
    /// citation paragraphs labelled with BibTeX alpha keys (a venue's tag in the same place stays a tag), and a names-first
    /// citation whose journal is in emphasis before its volume.
    /// </summary>
    [Fact]
    public void Batch_202_s_grid_tables_and_alpha_keyed_citations()
    {
        const string grid = """
            ## Regularization

            +------+-----------------------------------------------+--------------------------------+-------------------+
            | Year | Paper                                         | Authors                        | Venue             |
            +======+===============================================+================================+===================+
            | 2017 | [Overcoming catastrophic forgetting in neural | James Kirkpatrick, Razvan      | PNAS 2017         |
            |      | networks](https://arxiv.org/abs/1612.00796)   | Pascanu, Neil Rabinowitz       |                   |
            +------+-----------------------------------------------+--------------------------------+-------------------+
            | 2022 | [Three types of incremental                   | Gido M. van de Ven, Andreas S. | Nature Machine    |
            |      | learning](https://arxiv.org/abs/2207.00001)   | Tolias                         | Intelligence 2022 |
            +------+-----------------------------------------------+--------------------------------+-------------------+
            | 2021 | [Avalanche](https://github.com/CAI/avalanche) | ContinualAI                    | library           |
            +------+-----------------------------------------------+--------------------------------+-------------------+
            """;

        Assert.Equal(
            [
                ("Overcoming catastrophic forgetting in neural networks", "1612.00796", "James Kirkpatrick|Razvan Pascanu|Neil Rabinowitz", "PNAS", 2017),
                ("Three types of incremental learning", "2207.00001", "Gido M. van de Ven|Andreas S. Tolias", "Nature Machine Intelligence", 2022),
            ],
            CatalogParser.Parse(grid, "grid.md").Entries.Select(e => (e.Title, e.Arxiv?.Id, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));

        const string alpha = """
            ### Foundations

            **[CRBD18]** Ricky T. Q. Chen, Yulia Rubanova, Jesse Bettencourt, and David Duvenaud. Neural ordinary differential equations. In *Advances in Neural Information Processing Systems (NeurIPS)*, 2018 (Best Paper Award). [arXiv](https://arxiv.org/abs/1806.07366)

            **[HR17]** E. Haber and L. Ruthotto. Stable architectures for deep neural networks. *Inverse Problems*, 34(1):014004, 2017. [arXiv](https://arxiv.org/abs/1705.03341)

            **[CVPR17]** [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993) - Gao Huang, Zhuang Liu
            """;

        Assert.Equal(
            [
                ("Neural ordinary differential equations", "1806.07366", "Ricky T. Q. Chen|Yulia Rubanova|Jesse Bettencourt|David Duvenaud", 2018, "Best Paper Award"),
                ("Stable architectures for deep neural networks", "1705.03341", "E. Haber|L. Ruthotto", 2017, null),
                ("Densely Connected Convolutional Networks", "1608.06993", "Gao Huang|Zhuang Liu", 2017, null),
            ],
            CatalogParser.Parse(alpha, "alpha.md").Entries.Select(e => (e.Title, e.Arxiv?.Id, string.Join("|", e.Authors), e.Venue?.Year ?? 0, e.Venue?.Note)));
        Assert.Equal(
            ["Inverse Problems", "CVPR"],
            CatalogParser.Parse(alpha, "alpha.md").Entries.Skip(1).Select(e => e.Venue?.Name));
    }

    /// <summary>
    /// What a review of batches 201 and 202 found, mended: a name, an organisation or a remark after a title's dash is no
    /// venue (and an explicit venue still wins); a Notes sentence about another paper's venue gives no note; a year after
    /// names in emphasis is no journal's volume; a dataset's page with its names in a row whose Venue cell says Dataset
    /// stays a paper; a workshop's tag in bold brackets is no citation key.
    /// </summary>
    [Fact]
    public void Review_of_batches_201_and_202_mended()
    {
        const string dashes = """
            ## Papers

            - [Scaling Laws for Neural Language Models — Kaplan 2020](https://arxiv.org/abs/2001.08361)
            - [The Llama 3 Herd of Models — Meta AI 2024](https://arxiv.org/abs/2407.21783)
            - [Efficient Neural Architecture Search Revisited — Zoph and Le 2017](https://arxiv.org/abs/2001.08371)
            - [Quantized Transformers Made Simple Here — Spotlight 2023](https://arxiv.org/abs/2001.08370)
            """;
        Assert.Equal(
            [
                ("Scaling Laws for Neural Language Models — Kaplan 2020", null),
                ("The Llama 3 Herd of Models — Meta AI 2024", null),
                ("Efficient Neural Architecture Search Revisited — Zoph and Le 2017", null),
                ("Quantized Transformers Made Simple Here — Spotlight 2023", null),
            ],
            CatalogParser.Parse(dashes, "dashes.md").Entries.Select(e => (e.Title, e.Venue?.Name)));

        const string table = """
            | Paper | Authors | Venue | Notes |
            |---|---|---|---|
            | [The Llama 3 Herd of Models — Meta AI 2024](https://arxiv.org/abs/2407.21783) | A One, B Two | ICML 2024 | Extends Chen et al. NeurIPS 2021 oral. Main results in Tab. 2 |
            | [ImageNet: A Large-Scale Hierarchical Image Database](https://www.image-net.org/) | Jia Deng, Wei Dong | Dataset | |
            """;
        Assert.Equal(
            [("ICML", 2024, null), (null, 0, null)],
            CatalogParser.Parse(table, "table.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string cited = """
            ## Papers

            - Model Tells You Where to Merge Adaptive Tasks. *Zheng Wang, Boxiao Jin*, 2024, arXiv. [[paper]](https://arxiv.org/abs/2407.00001)

            **[ECCVW22]** **Paper Seven Title About Things** [[paper]](https://arxiv.org/abs/2201.00007) *A One, B Two*
            """;
        Assert.Equal(
            [("Model Tells You Where to Merge Adaptive Tasks", "Zheng Wang|Boxiao Jin", null, null), ("Paper Seven Title About Things", "A One|B Two", "ECCV", "Workshop")],
            CatalogParser.Parse(cited, "cited.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Track)));
    }

    /// <summary>
    /// Batch 203: a legend of symbols for venues and distinctions read into each entry's symbols before its title; kramdown
    /// attribute lists no part of a title; a reading group's queue items that open with the paper's bare URL or give it
    /// after the title, with a parenthesis of surnames and the venue or year after the last comma or dash.
    /// </summary>
    [Fact]
    public void Batch_203_s_legend_kramdown_and_issue_queue()
    {
        const string legend = """
            ### Legend

            | 🟦 NeurIPS | 🟥 ICML | 🟧 CoRL | ⬜ arXiv only |
            |:---:|:---:|:---:|:---:|

            Marks: 🏅 oral · 🌟 spotlight · 🏆 best paper.

            ## Policies

            - 🟧'23 🏅 [RVT: Robotic View Transformer for 3D Object Manipulation](https://arxiv.org/abs/2306.14896) — Ankit Goyal, Jie Xu
            - ⬜ [FAST: Efficient Action Tokenization for Vision-Language-Action Models](https://arxiv.org/abs/2501.09747) — Karl Pertsch et al.
            - 🟦'24 [Octo: An Open-Source Generalist Robot Policy](https://arxiv.org/abs/2405.12213) — Dibya Ghosh, Homer Walke
            """;
        Assert.Equal(
            [("2306.14896", "CoRL", 2023, "Oral"), ("2501.09747", null, 0, null), ("2405.12213", "NeurIPS", 2024, null)],
            CatalogParser.Parse(legend, "legend.md").Entries.Select(e => (e.Arxiv?.Id, e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string kramdown = """
            ## Expressivity
            {: #expressivity}

            * **How Powerful are Graph Neural Networks?**{: .paper-title}<br>Keyulu Xu, Weihua Hu, Jure Leskovec, and Stefanie Jegelka<br>*ICLR 2019* [[pdf]](https://arxiv.org/pdf/1810.00826){:target="_blank"}
            {: .paper-list}
            """;
        Assert.Equal(
            [("How Powerful are Graph Neural Networks?", "Keyulu Xu|Weihua Hu|Jure Leskovec|Stefanie Jegelka", "ICLR", 2019)],
            CatalogParser.Parse(kramdown, "kramdown.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));

        const string queue = """
            ## Done

            - [x] https://arxiv.org/abs/2211.00593 — Interpretability in the Wild: a Circuit for Indirect Object Identification in GPT-2 small (Wang, Variengien, Conmy, Shlegeris, Steinhardt, ICLR 2023) @bob
            - [x] Not All Language Model Features Are Linear https://arxiv.org/abs/2405.14860 (Engels, Michaud, Liao, Gurnee, Tegmark, 2024)
            - [ ] Inference-Time Intervention: Eliciting Truthful Answers from a Language Model https://arxiv.org/abs/2306.03341 (Li, Patel, Viégas, Pfister, Wattenberg — NeurIPS 2023)
            """;
        Assert.Equal(
            [
                ("Interpretability in the Wild: a Circuit for Indirect Object Identification in GPT-2 small", "Wang|Variengien|Conmy|Shlegeris|Steinhardt", "ICLR", 2023),
                ("Not All Language Model Features Are Linear", "Engels|Michaud|Liao|Gurnee|Tegmark", null, 0),
                ("Inference-Time Intervention: Eliciting Truthful Answers from a Language Model", "Li|Patel|Viégas|Pfister|Wattenberg", "NeurIPS", 2023),
            ],
            CatalogParser.Parse(queue, "queue.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));

        // A description with a paper's URL, before or after it, and no citation's parenthesis: no title, the link reported.
        const string described = """
            ## Tools

            - See the follow-up work https://arxiv.org/abs/2301.00001
            - https://arxiv.org/abs/2301.00002 — the paper behind the library
            """;
        var tools = CatalogParser.Parse(described, "tools.md");
        Assert.Empty(tools.Entries);
        Assert.Equal([3, 4], tools.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
    }

    /// <summary>
    /// Batch 204: a journal that printed the paper too, in parentheses after the venue's year ("*SIGGRAPH 2023 (ACM TOG)*"),
    /// is no track of the venue, and the award after it is still the venue's note; a track in parentheses stays one.
    /// </summary>
    [Fact]
    public void Batch_204_s_journal_in_parentheses_after_the_venue()
    {
        const string list = """
            ## Background

            - **3D Gaussian Splatting for Real-Time Radiance Field Rendering**<br>Bernhard Kerbl, Georgios Kopanas<br>*SIGGRAPH 2023 (ACM TOG)* 🏆 **Best Paper** [[Paper](https://arxiv.org/abs/2308.04079)]
            - **Instant Neural Graphics Primitives with a Multiresolution Hash Encoding**<br>Thomas Müller, Alex Evans<br>*SIGGRAPH 2022 (TOG)* [[Paper](https://arxiv.org/abs/2201.05989)]
            - **Segment Anything in Medical Images**<br>Jun Ma, Bo Wang<br>*Nature Communications 2024* [[Paper](https://arxiv.org/abs/2304.12306)]
            - **Some Demo System**<br>A One, B Two<br>*EMNLP 2023 (Demo)* **(Oral)** [[Paper](https://arxiv.org/abs/2301.00003)]
            """;
        Assert.Equal(
            [
                ("2308.04079", "Bernhard Kerbl|Georgios Kopanas", "SIGGRAPH", 2023, null, "Best Paper"),
                ("2201.05989", "Thomas Müller|Alex Evans", "SIGGRAPH", 2022, null, null),
                ("2304.12306", "Jun Ma|Bo Wang", "Nature Communications", 2024, null, null),
                ("2301.00003", "A One|B Two", "EMNLP", 2023, "Demo", "Oral"),
            ],
            CatalogParser.Parse(list, "slam.md").Entries.Select(e => (e.Arxiv?.Id, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Track, e.Venue?.Note)));
    }

    /// <summary>
    /// Names written first with an initial before a given name (<c>J. Zico Kolter</c>, <c>J. Z. Kolter</c>), then the title
    /// and the venue, in emphasis or not: the names end at the first full stop after a word that is no initial, not at
    /// the initial (read before as an APA surname and initial, <c>Shaojie Bai, J.</c>); with no initial too.
    /// </summary>
    [Fact]
    public void Names_first_with_an_initial_before_a_given_name()
    {
        const string list = """
            ## Implicit models

            - Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Deep equilibrium models. In NeurIPS, 2019. [arXiv](https://arxiv.org/abs/1909.01371)
            - Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Deep equilibrium models. *NeurIPS 2019*. [arXiv](https://arxiv.org/abs/1909.01373)
            - Shaojie Bai, J. Z. Kolter, Vladlen Koltun. Deep equilibrium models. In *NeurIPS*, 2019. [arXiv](https://arxiv.org/abs/1909.01375)
            - Shaojie Bai, Zico Kolter, Vladlen Koltun. Deep equilibrium models. *NeurIPS*, 2019. [arXiv](https://arxiv.org/abs/1909.01374)
            - Schölkopf, B., Janzing, D., & Mooij, J. On causal and anticausal learning. *ICML*, 2012. [arXiv](https://arxiv.org/abs/1206.6471)
            """;
        Assert.Equal(
            [
                ("Deep equilibrium models", "Shaojie Bai|J. Zico Kolter|Vladlen Koltun", "NeurIPS", 2019),
                ("Deep equilibrium models", "Shaojie Bai|J. Zico Kolter|Vladlen Koltun", "NeurIPS", 2019),
                ("Deep equilibrium models", "Shaojie Bai|J. Z. Kolter|Vladlen Koltun", "NeurIPS", 2019),
                ("Deep equilibrium models", "Shaojie Bai|Zico Kolter|Vladlen Koltun", "NeurIPS", 2019),
                ("On causal and anticausal learning", "Schölkopf, B.|Janzing, D.|Mooij, J.", "ICML", 2012),
            ],
            CatalogParser.Parse(list, "implicit.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0)));
    }

    /// <summary>
    /// Batch 205: a nickname in parentheses between a table cell's linked title and the <c>&lt;br&gt;</c> before its names;
    /// a distinction after a bold title whose names are on the next line (the venue a heading gives, or one after the
    /// links); a resource that the text after its title calls a blog post, with its publisher's name, is no paper.
    /// </summary>
    [Fact]
    public void Batch_205_s_nickname_before_names_award_after_a_bold_title_and_a_publisher_s_blog_post()
    {
        const string table = """
            | Title | Venue | Date | Code |
            |:------|:-----:|:----:|:----:|
            | [**Segment Anything in High Quality**](https://arxiv.org/abs/2306.01567) (HQ-SAM) <br> Lei Ke, Mingqiao Ye, Martin Danelljan | NeurIPS 2023 | 2023-06 | [GitHub](https://github.com/SysCV/sam-hq) |
            | [**SegGPT: Segmenting Everything In Context**](https://arxiv.org/abs/2304.03284) <br> X. Wang, X. Zhang | ICCV 2023 | 2023-04 | - |
            """;
        Assert.Equal(
            [("Segment Anything in High Quality", "Lei Ke|Mingqiao Ye|Martin Danelljan"), ("SegGPT: Segmenting Everything In Context", "X. Wang|X. Zhang")],
            CatalogParser.Parse(table, "sam.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors))));

        const string byVenue = """
            ### ECCV 2024

            - **MotionDirector: Motion Customization of Text-to-Video Diffusion Models** ⭐ Oral  
              Rui Zhao, Yuchao Gu, Jay Zhangjie Wu  
              [[Paper](https://arxiv.org/abs/2310.08465)] [[Code](https://github.com/showlab/MotionDirector)]

            - **Video Editing via Factorized Diffusion Distillation**  
              Uriel Singer, Amit Zohar  
              [[Paper](https://arxiv.org/abs/2403.09334)]

            ## Before 2023

            - **Text2LIVE: Text-Driven Layered Image and Video Editing** ⭐ Oral  
              Omer Bar-Tal, Dolev Ofri-Amar  
              [[Paper](https://arxiv.org/abs/2204.02491)] [[Code](https://github.com/omerbt/Text2LIVE)] — *ECCV 2022*
            """;
        Assert.Equal(
            [
                ("Rui Zhao|Yuchao Gu|Jay Zhangjie Wu", "ECCV", 2024, "Oral"),
                ("Uriel Singer|Amit Zohar", "ECCV", 2024, null),
                ("Omer Bar-Tal|Dolev Ofri-Amar", "ECCV", 2022, "Oral"),
            ],
            CatalogParser.Parse(byVenue, "video.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string resources = """
            ## Papers

            - **All in One: Multi-Task Prompting for Graph Neural Networks**. Xiangguo Sun, Hong Cheng. *KDD 2023*. **(Best Research Paper Award)** [[paper](https://arxiv.org/abs/2307.01504)]

            ## Libraries, Benchmarks and Resources

            - **A Gentle Introduction to Graph Neural Networks** – Distill blog post, 2021. [[link](https://distill.pub/2021/gnn-intro/)]
            - **Graph Neural Networks in Practice** – blog post, 2022. [[link](https://example.org/gnn-practice/)]
            """;
        var document = CatalogParser.Parse(resources, "graph.md");
        var paper = Assert.Single(document.Entries);
        Assert.Equal(("All in One: Multi-Task Prompting for Graph Neural Networks", "KDD", 2023, "Best Research Paper Award"), (paper.Title, paper.Venue?.Name, paper.Venue?.Year ?? 0, paper.Venue?.Note));
        Assert.Equal([7], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line)); // the blog post on a paper host is reported, not read

        // The review's cases: a paper cited with its publisher's blog and a link labelled as the paper (GPT-2) stays a
        // paper, as does a book chapter; a dated venue after a bold title is read before a distinction alone; a
        // parenthesis before a cell's <br> that is no one-word nickname is not glued to the first name.
        const string kept = """
            ## Pretraining

            - **Language Models are Unsupervised Multitask Learners** – OpenAI Blog, 2019. [[Paper](https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf)]
            - **A Chapter About Graph Things** – book chapter, 2021. [[link](https://link.springer.com/chapter/10.1007/978-3-030-00001)]
            - **Title A About Things** CVPR 2023 Highlight  
              Anna One, Bob Two  
              [[Paper](https://arxiv.org/abs/2402.00001)]
            """;
        Assert.Equal(
            [
                ("Language Models are Unsupervised Multitask Learners", null, 2019, null),
                ("A Chapter About Graph Things", null, 2021, null),
                ("Title A About Things", "Anna One|Bob Two", 2023, "Highlight"),
            ],
            CatalogParser.Parse(kept, "kept.md").Entries.Select(e => (e.Title, e.Authors.Count == 0 ? null : string.Join("|", e.Authors), e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string cells = """
            | Title | Venue |
            |---|---|
            | [**P1 Segment Things**](https://arxiv.org/abs/2306.00101) (CVPR 2023) <br> Xueyan Zou, Jianwei Yang | CVPR 2023 |
            | [**Q10 Segment Things**](https://arxiv.org/abs/2307.00010) (SAM 2) <br> Lei Ke et al. | arXiv |
            """;
        Assert.All(CatalogParser.Parse(cells, "cells.md").Entries, entry => Assert.DoesNotContain(entry.Authors, name => name.StartsWith("(", System.StringComparison.Ordinal)));
    }

    /// <summary>
    /// Batch 206: a link labelled for two things with a slash (<c>[[project/paper](url)]</c>) is the paper's; a bar between
    /// a venue with a parenthesis and the links (<c>*I3D 2024 (PACMCGIT)* | [[paper](url)]</c>) keeps the venue; a table
    /// row whose Venue cell names a course or a model's release is no paper, one that says Blog or Dataset is read as before.
    /// </summary>
    [Fact]
    public void Batch_206_s_slashed_paper_label_bar_after_the_venue_and_material_venue_cells()
    {
        const string group = """
            ## Compression

            - **Reducing the Memory Footprint of 3D Gaussian Splatting**  
              Panagiotis Papantonakis, Georgios Kopanas  
              *I3D 2024* | [[project/paper](https://repo-sam.inria.fr/fungraph/reduced_3dgs/)] [[code](https://github.com/graphdeco-inria/reduced-3dgs)]
            - **Mini-Splatting: Representing Scenes with a Constrained Number of Gaussians**  
              Guangchi Fang, Bing Wang  
              *ECCV 2024 (Oral)* | [[paper](https://arxiv.org/abs/2403.14166)]
            """;
        Assert.Equal(
            [("https://repo-sam.inria.fr/fungraph/reduced_3dgs/", "I3D", 2024, null), ("https://arxiv.org/abs/2403.14166", "ECCV", 2024, "Oral")],
            CatalogParser.Parse(group, "gs.md").Entries.Select(e => (e.Url, e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));

        const string table = """
            | Date | Title | Authors | Venue | Code |
            |:----:|-------|---------|:-----:|:----:|
            | 2024-09 | [Moshi: a speech-text foundation model for real-time dialogue](https://arxiv.org/abs/2410.00037) | Alexandre Défossez, Laurent Mazaré | arXiv | - |
            | 2024-06 | [Ultravox](https://github.com/fixie-ai/ultravox) (open-weight speech LLM) | Fixie.ai | Model release | [GitHub](https://github.com/fixie-ai/ultravox) |
            | 2025 | [Spoken Language Models lectures](https://speech.ee.ntu.edu.tw/~hylee/index.php) | Hung-yi Lee | Course | - |
            | 2022-09 | [Toy Models of Thingness](https://transformer-circuits.pub/2022/toy_model/index.html) | Nelson Elhage, Tristan Hume | Blog | - |
            """;
        Assert.Equal(
            ["Moshi: a speech-text foundation model for real-time dialogue", "Toy Models of Thingness"],
            CatalogParser.Parse(table, "spoken.md").Entries.Select(e => e.Title));

        // The review's cases: a talk, a lecture or a book chapter is where papers are presented or printed, and a title
        // linked to a paper host keeps its row whatever the cell says; a slashed label on a project page is the project's
        // link, as "[[project]]" alone is; a preprint server with a remark after it is still no venue.
        const string kept = """
            | Title | Authors | Venue | Code |
            |---|---|---|---|
            | [Deep Learning for AI](https://cacm.acm.org/magazines/2021/7/253464-deep-learning-for-ai/fulltext) | Yoshua Bengio, Yann LeCun | Turing Lecture | |
            | [Paper A on Efficient Attention](https://www.example.edu/a.html) | A One | Contributed Talk | [code](https://github.com/a/a) |
            | [Efficient Sparse Attention for Long Sequences](https://arxiv.org/abs/2301.00001) | J. Doe, A. Roe | Video | |
            | [Pruning Vision Transformers Quickly](https://www.example.edu/~bsmith/pruning.pdf) | B. Smith | Springer Lecture Notes | |
            """;
        Assert.Equal(4, CatalogParser.Parse(kept, "kept.md").Entries.Count);

        const string pages = """
            ## Models

            - **Structured State Spaces Made Simple**, Carl Lee. *ICLR 2022*. [[project/paper](https://s5.github.io/)] [[code](https://github.com/c/s5)]
            - **Splat Five**  
              Guangchi Fang, Bing Wang  
              *arXiv 2024 (under review)* | [[paper](https://arxiv.org/abs/2401.00025)]
            """;
        Assert.Equal(
            [("https://s5.github.io/", "ICLR"), ("https://arxiv.org/abs/2401.00025", null)],
            CatalogParser.Parse(pages, "pages.md").Entries.Select(e => (e.Url, e.Venue?.Name)));
    }

    /// <summary>
    /// Batch 207: a model's name in code between a table cell's linked title and its <c>&lt;br&gt;</c> is no name; a row
    /// whose names' place says it is a blog post, or whose Venue cell says Leaderboard, is no paper; names in emphasis
    /// right after a title with no full stop, with only the links after them, are the names.
    /// </summary>
    [Fact]
    public void Batch_207_s_model_name_in_code_blog_rows_and_names_after_a_title_with_no_stop()
    {
        const string table = """
            | Title | Venue | Date | Code |
            |:------|:-----:|:----:|:----:|
            | [**Towards VQA Models That Can Read**](https://arxiv.org/abs/1904.08920) `TextVQA` <br> Amanpreet Singh, Vivek Natarajan | CVPR 2019 | 2019-04 | - |
            | [**OCR-free Document Understanding Transformer**](https://arxiv.org/abs/2111.15664) `Donut` <br> Geewook Kim, Teakgyu Hong | ECCV 2022 | 2021-11 | - |
            | [**LLaVA-NeXT: Improved reasoning, OCR, and world knowledge**](https://llava-vl.github.io/blog/2024-01-30-llava-next/) <br> LLaVA team blog post (AnyRes) | Blog | 2024-01 | - |
            | [**Robust Reading Competition – DocVQA leaderboards**](https://rrc.cvc.uab.es/?ch=17) <br> official evaluation server | Leaderboard | - | - |
            """;
        Assert.Equal(
            [("1904.08920", "Amanpreet Singh|Vivek Natarajan"), ("2111.15664", "Geewook Kim|Teakgyu Hong")],
            CatalogParser.Parse(table, "docs.md").Entries.Select(e => (e.Arxiv?.Id, string.Join("|", e.Authors))));

        const string byYear = """
            ## 2023

            - **[CoLLAs 2023]** Task-Agnostic Continual Reinforcement Learning: Gaining Insights and Overcoming Challenges *Massimo Caccia, Jonas Mueller, Taesup Kim.* [[paper](https://arxiv.org/abs/2205.14495)]
            - **[ICML 2023, Oral]** Understanding Plasticity in Neural Networks. *Clare Lyle, Zeyu Zheng.* [[paper](https://arxiv.org/abs/2303.01486)]
            """;
        Assert.Equal(
            [
                ("Task-Agnostic Continual Reinforcement Learning: Gaining Insights and Overcoming Challenges", "Massimo Caccia|Jonas Mueller|Taesup Kim", "CoLLAs", null),
                ("Understanding Plasticity in Neural Networks", "Clare Lyle|Zeyu Zheng", "ICML", "Oral"),
            ],
            CatalogParser.Parse(byYear, "crl.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Note)));

        // The review's cases: a distinction or a venue in code after a cell's title is the venue's note or the venue, the
        // names after the break still read; a tool published as a paper (JOSS), and names before "OpenAI Blog", keep their
        // rows; keywords or a distinction in emphasis after a title with no full stop are no names.
        const string cells = """
            | Title | Venue |
            |---|---|
            | [**Donut Eight**](https://arxiv.org/abs/2111.15673) `Oral` <br> Geewook Kim, Teakgyu Hong | CVPR 2023 |
            | [**Walk Two**](https://arxiv.org/abs/2111.15666) `CoRL` <br> Nikita Rudin, David Hoeller | CoRL 2022 |
            | [LightGBM Tuner](https://joss.theoj.org/papers/10.21105/joss.01234) <br> Anna Smith, Bob Jones | Tool |
            | [**Language Models are Unsupervised Multitask Learners**](https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf) <br> Alec Radford, Jeffrey Wu. OpenAI Blog | 2019 |
            """;
        Assert.Equal(
            [
                ("Donut Eight", "Geewook Kim", "CVPR", "Oral"),
                ("Walk Two", "Nikita Rudin", "CoRL", null),
                ("LightGBM Tuner", "Anna Smith", null, null),
                ("Language Models are Unsupervised Multitask Learners", "Alec Radford", null, null),
            ],
            CatalogParser.Parse(cells, "cells.md").Entries.Select(e => (e.Title, e.Authors.FirstOrDefault(), e.Venue?.Name, e.Venue?.Note)));
        Assert.Equal(2022, CatalogParser.Parse(cells, "cells.md").Entries[1].Venue?.Year); // the Venue column's year, not the code span's bare name

        const string tagged = """
            ## 2023

            - **[2023]** Learning Robust Policies A *Image Classification, Object Detection* [[paper](https://arxiv.org/abs/2301.00001)]
            - **[2023]** Learning Robust Policies R *Spotlight, Best Paper.* [[paper](https://arxiv.org/abs/2301.00018)]
            """;
        Assert.All(CatalogParser.Parse(tagged, "tagged.md").Entries, entry => Assert.Empty(entry.Authors));
    }

    /// <summary>Batch 209: a Nature Partner Journal abbreviated, its lower-case brand first, is the venue.</summary>
    [Fact]
    public void Batch_209_s_nature_partner_journal_abbreviated()
    {
        const string list = """
            ## Global models

            - **FuXi: A cascade machine learning forecasting system for 15-day global weather forecast.** Lei Chen, Xiaohui Zhong, Feng Zhang. *npj Clim. Atmos. Sci. 2023.* [[paper](https://arxiv.org/abs/2306.12873)]
            - **Can deep learning beat numerical weather prediction?** M. G. Schultz, C. Betancourt. *Phil. Trans. R. Soc. A 2021.* [[paper](https://royalsocietypublishing.org/doi/10.1098/rsta.2020.0097)]
            """;
        Assert.Equal(
            [("npj Clim. Atmos. Sci.", 2023, "Lei Chen|Xiaohui Zhong|Feng Zhang"), ("Phil. Trans. R. Soc. A", 2021, "M. G. Schultz|C. Betancourt")],
            CatalogParser.Parse(list, "weather.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year ?? 0, string.Join("|", e.Authors))));
    }

    /// <summary>
    /// Batches 210-211, fixed for after: names written with initials right after a title's full stop are all names
    /// (<c>Title. O. Zafrir, G. Boudoukh, ...</c>: the first initial's stop ends no sentence); a table's Venue cell that
    /// names a related list, a toolkit or a dataset's page, maybe with a remark in parentheses, makes its row no paper
    /// unless the row links one; a Blog cell does where the title links a blog's page, and a paper published as a web
    /// page (<c>transformer-circuits.pub</c>) stays a paper.
    /// </summary>
    [Fact]
    public void Batch_211_s_initials_after_the_title_s_stop_and_resource_venue_cells()
    {
        const string bullets = """
            ## Quantization

            - [NeurIPS 2019 Workshop] Q8BERT: Quantized 8Bit BERT. O. Zafrir, G. Boudoukh, P. Izsak, M. Wasserblat. [[Paper](https://arxiv.org/abs/1910.06188)]
            - [NeurIPS 2022] Optimal Brain Compression: A Framework for Accurate Post-Training Quantization and Pruning. E. Frantar, S. P. Singh, D. Alistarh. [[Paper](https://arxiv.org/abs/2208.11580)]
            - [ICLR 2023] GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers. Elias Frantar, Saleh Ashkboos, Torsten Hoefler, Dan Alistarh. [[Paper](https://arxiv.org/abs/2210.17323)]
            """;
        var entries = CatalogParser.Parse(bullets, "quant.md").Entries;
        Assert.Equal(
            [
                ("Q8BERT: Quantized 8Bit BERT", "O. Zafrir; G. Boudoukh; P. Izsak; M. Wasserblat", "NeurIPS", "Workshop"),
                ("Optimal Brain Compression: A Framework for Accurate Post-Training Quantization and Pruning", "E. Frantar; S. P. Singh; D. Alistarh", "NeurIPS", null),
                ("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", "Elias Frantar; Saleh Ashkboos; Torsten Hoefler; Dan Alistarh", "ICLR", null),
            ],
            entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name, e.Venue?.Track)));

        // The same by commas, the venue or the year after the names.
        const string numbered = """
            ## Papers

            1. Optimal Brain Compression: A Framework for Accurate Post-Training Quantization. E. Frantar, S. P. Singh, D. Alistarh, NeurIPS 2022, [[paper]](https://arxiv.org/abs/2208.11580)
            2. Q8BERT: Quantized 8Bit BERT. O. Zafrir, G. Boudoukh, P. Izsak, M. Wasserblat, 2019 [[paper]](https://arxiv.org/abs/1910.06188)
            """;
        Assert.Equal(
            [
                ("Optimal Brain Compression: A Framework for Accurate Post-Training Quantization", "E. Frantar; S. P. Singh; D. Alistarh", "NeurIPS"),
                ("Q8BERT: Quantized 8Bit BERT", "O. Zafrir; G. Boudoukh; P. Izsak; M. Wasserblat", null),
            ],
            CatalogParser.Parse(numbered, "numbered.md").Entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name)));

        const string table = """
            | Title | Model | Authors | Date | Code | Venue |
            |:------|:-----:|:--------|:----:|:----:|:-----:|
            | [**Video Understanding with Large Language Models: A Survey**](https://arxiv.org/abs/2312.17432) | - | Yunlong Tang, Jing Bi | 12/2023 | [code](https://github.com/yunlong10/Awesome-LLMs-for-Video-Understanding) | arXiv |
            | [Awesome-Multimodal-Large-Language-Models](https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models) | - | BradyFU | - | - | Related list (MLLM papers, many video entries) |
            | [LLaVA-NeXT: A Strong Zero-shot Video Understanding Model](https://llava-vl.github.io/blog/2024-04-30-llava-next-video/) | LLaVA-NeXT-Video | LLaVA team | 04/2024 | [code](https://github.com/LLaVA-VL/LLaVA-NeXT) | Blog |
            | [ActivityNet: A Large-Scale Video Benchmark for Human Activity Understanding](http://activity-net.org/) | ActivityNet | - | - | - | Dataset page |
            | [lmms-eval: Accelerating the Development of Large Multimodal Models](https://github.com/EvolvingLMMs-Lab/lmms-eval) | lmms-eval | LMMs-Lab | 03/2024 | [code](https://github.com/EvolvingLMMs-Lab/lmms-eval) | Toolkit (evaluates most benchmarks above) |
            | [Toy Models of Superposition](https://transformer-circuits.pub/2022/toy_model/index.html) | - | Nelson Elhage, Tristan Hume | 09/2022 | - | Blog |
            | [Video-Toolkit: Efficient Video Tokens](https://arxiv.org/abs/2401.00001) | - | A One, B Two | 01/2024 | - | Toolkit |
            """;
        Assert.Equal(
            ["https://arxiv.org/abs/2312.17432", "https://transformer-circuits.pub/2022/toy_model/index.html", "https://arxiv.org/abs/2401.00001"],
            CatalogParser.Parse(table, "video.md").Entries.Select(e => e.Url));

        // The review's cases: a middle initial before a comma and the venue, a title that ends in a capital and its stop, are
        // read as before; a remark that names a venue and its year, or a project's page, keeps the row a paper; a publisher's
        // blog over its blog's page, an awesome list's repository, and a resource by an organisation alone (batch 213) are
        // none; a dataset's row with a person's name (capitals for the surname too: "LI Wei"), a team's technical report,
        // and a report that links its paper, stay papers.
        const string initials = """
            ## Scaling

            - EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks. Mingxing Tan, Quoc V. Le, ICML 2019 [[paper]](https://arxiv.org/abs/1905.11946)
            - Tensor Programs V. Greg Yang, Edward J. Hu, Igor Babuschkin, NeurIPS 2021 [[paper]](https://arxiv.org/abs/2203.03466)
            - Sparse Mixtures for Fast Decoding Three. Smith J, Doe A. Nature 2020. [[paper]](https://arxiv.org/abs/2301.00044)
            """;
        Assert.Equal(
            [
                ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", "Mingxing Tan; Quoc V. Le", "ICML"),
                ("Tensor Programs V", "Greg Yang; Edward J. Hu; Igor Babuschkin", "NeurIPS"),
                ("Sparse Mixtures for Fast Decoding Three", "Smith J; Doe A", "Nature"),
            ],
            CatalogParser.Parse(initials, "initials.md").Entries.Select(e => (e.Title, string.Join("; ", e.Authors), e.Venue?.Name)));

        const string kept = """
            | Title | Authors | Venue | Code |
            |---|---|---|---|
            | [HF Transformers: State-of-the-Art NLP](https://github.com/huggingface/transformers) | Thomas Wolf, Lysandre Debut | Toolkit (EMNLP 2020 Demo) | |
            | [Instant Neural Graphics Primitives](https://nvlabs.github.io/instant-ngp/) | Thomas Müller, Alex Evans | Project page | |
            | [Teaching Machines to Draw](https://ai.googleblog.com/2017/04/teaching-machines-to-draw.html) | David Ha, Douglas Eck | Google AI Blog | |
            | [Awesome-Sketch-Synthesis](https://github.com/MarkMoHR/Awesome-Sketch-Synthesis) | Haoran Mo | - | |
            | [Quick, Draw! Dataset](https://github.com/googlecreativelab/quickdraw-dataset) | Google Creative Lab | - | |
            | [Deep Residual Shrinkage Dataset Study](https://liwei.example.edu/drsn/) | LI Wei | - | |
            | [Qwen2 Technical Report](https://qwenlm.github.io/blog/qwen2/) | Qwen Team | Technical report | |
            | [Awesome Typography: Statistics-Based Text Effects Transfer](https://github.com/williamyang1991/Text-Effects-Transfer) | Shuai Yang, Jiaying Liu | CVPR 2017 | |
            | [Papers on Efficient LLMs](https://example.org/effllm-list) | Jane Doe | Related list (updated 2024) | |
            | [**GelSight Mini**](https://www.gelsight.com/gelsightmini/) <br> GelSight Inc. — off-the-shelf tactile sensor | - | Product | |
            | [Fisher English Training Speech Part 1](https://catalog.ldc.upenn.edu/LDC2004S13) | LDC | Dataset | |
            | [MVTec AD dataset (download page)](https://www.mvtec.com/company/research/datasets/mvtec-ad) | MVTec Software GmbH | Dataset | |
            | [ImageNet](https://www.image-net.org/) | Jia Deng | Dataset | |
            | [DeepSeek-V3 Technical Report](https://arxiv.org/abs/2412.19437) | DeepSeek-AI | - | |
            """;
        Assert.Equal(
            ["https://github.com/huggingface/transformers", "https://nvlabs.github.io/instant-ngp/", "https://liwei.example.edu/drsn/", "https://qwenlm.github.io/blog/qwen2/", "https://github.com/williamyang1991/Text-Effects-Transfer", "https://www.image-net.org/", "https://arxiv.org/abs/2412.19437"],
            CatalogParser.Parse(kept, "kept.md").Entries.Select(e => e.Url));
    }

    /// <summary>
    /// Batch 213: a journal's acronym in emphasis on a three-line entry's venue line, then its award after a dash
    /// (<c>*IEEE T-RO 2021* — King-Sun Fu Memorial Best Paper Award</c>), is the venue with its note, as a conference's is.
    /// </summary>
    [Fact]
    public void Batch_213_s_journal_acronym_then_its_award_after_a_dash()
    {
        const string list = """
            ## Registration

            - **TEASER: Fast and Certifiable Point Cloud Registration** :star:  
              Heng Yang, Jingnan Shi, Luca Carlone  
              *IEEE T-RO 2021* — King-Sun Fu Memorial Best Paper Award [[paper]](https://arxiv.org/abs/2001.07715) [[code]](https://github.com/MIT-SPARK/TEASER-plusplus)
            - **Robust Registration Again**  
              Heng Yang, Luca Carlone  
              *IEEE RA-L 2021* — Best Paper Award [[paper]](https://arxiv.org/abs/2001.07716)
            - **Plain Journal Entry**  
              Heng Yang, Luca Carlone  
              *IEEE T-RO 2021* [[paper]](https://arxiv.org/abs/2001.07717)
            - **Learning Dexterity** [[paper](https://arxiv.org/abs/2102.00006)]  
              OpenAI — Best Paper Award
            """;
        Assert.Equal(
            [("IEEE T-RO", 2021, "King-Sun Fu Memorial Best Paper Award"), ("IEEE RA-L", 2021, "Best Paper Award"), ("IEEE T-RO", 2021, null), (null, 0, null)],
            CatalogParser.Parse(list, "slam.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    /// <summary>
    /// Batch 214: a venue in parentheses right after an award (<c>*ICML 2010*. 🏆 **Test of Time Award** (ICML 2020)</c>) is
    /// where the award was given, years later; the paper's venue is the one before it. With no venue before the award, the
    /// parenthesis is the paper's venue (<c>🏆 **Best Paper Award** (CVPR 2023)</c>).
    /// </summary>
    [Fact]
    public void Batch_214_s_award_given_at_a_later_venue()
    {
        const string list = """
            ## Kernels

            - **Random Features for Large-Scale Kernel Machines**. Ali Rahimi, Benjamin Recht. *NIPS 2007*. 🏆 **Test of Time Award** (NeurIPS 2017) [[paper](https://papers.nips.cc/paper/2007/hash/013a006f03dbc5392effeb8f18fda755-Abstract.html)]
            - **Gaussian Process Optimization in the Bandit Setting: No Regret and Experimental Design**. Niranjan Srinivas, Andreas Krause, Sham M. Kakade, Matthias Seeger. *ICML 2010*. 🏆 **Test of Time Award** (ICML 2020) [[arXiv](https://arxiv.org/abs/0912.3995)]
            - **Deep Kernel Learning**. Andrew Gordon Wilson, Zhiting Hu. (AISTATS 2016) [[arXiv](https://arxiv.org/abs/1511.02222)]
            - **Planning-oriented Autonomous Driving**. Yihan Hu, Jiazhi Yang. 🏆 **Best Paper Award** (CVPR 2023) [[arXiv](https://arxiv.org/abs/2212.10156)]
            """;
        Assert.Equal(
            [("NIPS", 2007, "Test of Time Award"), ("ICML", 2010, "Test of Time Award"), ("AISTATS", 2016, null), ("CVPR", 2023, "Best Paper Award")],
            CatalogParser.Parse(list, "gp.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note)));
    }

    [Fact]
    public void An_award_then_the_venue_that_gave_it_with_no_names()
    {
        const string list = """
            ## Segmentation

            - [Segment Anything](https://arxiv.org/abs/2304.02643) 🏆 Best Paper Honorable Mention (ICCV 2023)
            - [Adding Conditional Control to Text-to-Image Diffusion Models](https://arxiv.org/abs/2302.05543) 🏆 Marr Prize, ICCV 2023
            - [Planning-oriented Autonomous Driving](https://arxiv.org/abs/2212.10156) - Yihan Hu, Jiazhi Yang 🏆 Best Paper Award (CVPR 2023)
            - [Random Features for Large-Scale Kernel Machines](https://arxiv.org/abs/0000.00001) *NIPS 2007* 🏆 Test of Time Award (NeurIPS 2017)
            - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) Kaiming He 🏆 Best Paper (CVPR 2016)
            - [Learning Transferable Visual Models](https://arxiv.org/abs/2103.00020) A One, B Two 🏆 Best Paper (Journal of Machine Learning Research, 2023)
            - [Mask R-CNN](https://arxiv.org/abs/1703.06870) A One, B Two 🏆 Best Paper (ICCV 2017, Oral)
            """;
        var entries = CatalogParser.Parse(list, "seg.md").Entries;
        // Names before the mark stay names (one name's award is its venue's note as two names' is); a venue with a comma or a
        // note of its own is read as before (the award in the last name).
        Assert.Equal(
            [("ICCV", 2023, "Best Paper Honorable Mention", 0), ("ICCV", 2023, "Marr Prize", 0), ("CVPR", 2023, "Best Paper Award", 2), ("NIPS", 2007, "Test of Time Award", 0),
             ("CVPR", 2016, "Best Paper", 1), ("Journal of Machine Learning Research", 2023, null, 2), ("ICCV", 2017, "Oral", 2)],
            entries.Select(e => (e.Venue?.Name, e.Venue?.Year ?? 0, e.Venue?.Note, e.Authors.Count)));
        Assert.Equal("Kaiming He", entries[4].Authors[0]);
    }

    [Fact]
    public void A_link_word_in_the_venue_column_is_no_venue()
    {
        const string list = """
            | Title | Authors | Venue | Code |
            |---|---|---|---|
            | [NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis](https://arxiv.org/abs/2003.08934) | Ben Mildenhall, Pratul P. Srinivasan | Project page | [code](https://github.com/bmild/nerf) |
            | [Instant Neural Graphics Primitives](https://arxiv.org/abs/2201.05989) | Thomas Müller | [Project Page](https://nvlabs.github.io/instant-ngp/) | |
            | [Mip-NeRF 360](https://arxiv.org/abs/2111.12077) | Jonathan T. Barron, Ben Mildenhall | CVPR 2022 | |
            """;
        var entries = CatalogParser.Parse(list, "nerf.md").Entries;
        Assert.Equal(["NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", "Instant Neural Graphics Primitives", "Mip-NeRF 360"], entries.Select(e => e.Title));
        Assert.Equal([null, null, "CVPR"], entries.Select(e => e.Venue?.Name));
        Assert.Equal([2, 1, 2], entries.Select(e => e.Authors.Count));
    }

    [Fact]
    public void Batch_217_s_resource_rows_with_no_authors()
    {
        const string list = """
            | Title | Authors | Venue | Code |
            |:------|:--------|:-----:|:----:|
            | [3DMatch Geometric Registration Benchmark](https://3dmatch.cs.princeton.edu/) (dataset page) | - | Dataset | - |
            | [Open3D ICP registration tutorial](https://www.open3d.org/docs/release/tutorial/pipelines/icp_registration.html) | - | Tutorial | - |
            | [3DMatch: Learning Local Geometric Descriptors from RGB-D Reconstructions](https://arxiv.org/abs/1603.08182) | - | Dataset | - |
            | [The KITTI Vision Benchmark Suite](https://www.cvlibs.net/datasets/kitti/) | Andreas Geiger, Philip Lenz, Raquel Urtasun | Dataset | - |
            | [Point Cloud Library (PCL)](https://pointclouds.org/) | - | Library | [code](https://github.com/PointCloudLibrary/pcl) |
            | [Predator: Registration of 3D Point Clouds with Low Overlap](https://arxiv.org/abs/2011.13005) | Shengyu Huang, Zan Gojcic | CVPR 2021 **(Oral)** | - |
            | [ScanNet: Richly-annotated 3D Reconstructions of Indoor Scenes](http://www.scan-net.org/) | - | Dataset | - |
            | [Objaverse Universe of Annotated 3D Objects](https://objaverse.allenai.org/) | - | Datasets and Benchmarks Track | - |
            """;
        var entries = CatalogParser.Parse(list, "registration.md").Entries;
        // A paper's link, people's names, a paper's title with its subtitle, or a Venue cell that is a track, keep a row a paper.
        Assert.Equal(
            ["3DMatch: Learning Local Geometric Descriptors from RGB-D Reconstructions", "The KITTI Vision Benchmark Suite", "Predator: Registration of 3D Point Clouds with Low Overlap",
             "ScanNet: Richly-annotated 3D Reconstructions of Indoor Scenes", "Objaverse Universe of Annotated 3D Objects"],
            entries.Select(e => e.Title));
        Assert.Equal([0, 3, 2, 0, 0], entries.Select(e => e.Authors.Count));
    }

    [Fact]
    public void Batch_218_s_award_after_a_break_a_conference_tutorial_and_a_python_package()
    {
        const string list = """
            | Title | Authors | Venue | Code |
            |---|---|---|---|
            | [KUIELab-MDX-Net: A Two-Stream Neural Network for Music Demixing](https://arxiv.org/abs/2111.12203) | Minseok Kim, Woosung Choi | MDX Workshop 2021 <br> 🥈 2nd place MDX'21 (Leaderboard A) | [code](https://github.com/kuielab/mdx-net) |
            | [Open-Source Tools & Data for Music Source Separation](https://source-separation.github.io/tutorial/) | Ethan Manilow, Prem Seetharaman, Justin Salamon | ISMIR 2020 Tutorial | [notebooks](https://github.com/source-separation/tutorial) |
            | [museval – BSSEval v4 for MUSDB18 (SigSep)](https://github.com/sigsep/sigsep-mus-eval) | SigSep community | Python package | [docs](https://sigsep.github.io/sigsep-mus-eval/) |
            | [Neural Language Models for Music: A Tutorial](https://aclanthology.org/2020.nlp4musa-1.1/) | A One, B Two | ISMIR 2020 Tutorial | - |
            | [Open-Unmix - A Reference Implementation for Music Source Separation](https://doi.org/10.21105/joss.01667) | Fabian-Robert Stöter, Stefan Uhlich | JOSS 2019 | [code](https://github.com/sigsep/open-unmix-pytorch) |
            | [Neural Approaches to Conversational AI](https://www.microsoft.com/en-us/research/publication/neural-approaches-to-conversational-ai/) | Jianfeng Gao, Michel Galley, Lihong Li | SIGIR 2018 Tutorial | - |
            | [Music Demixing with Hybrid Spectrogram and Waveform Models](https://arxiv.org/abs/2111.03600) | Alexandre Défossez | TPAMI 2023 <br> ISMIR 2021 Oral (conference version) | - |
            | [Transformers](https://github.com/huggingface/transformers) | Hugging Face community | PyTorch library | - |
            """;
        var entries = CatalogParser.Parse(list, "mss.md").Entries;
        // A tutorial with a paper's link of its own stays a paper, and so does one on a lab's or a publisher's page (its
        // paper as often); so does a tool published as a paper. Another venue's distinction after the break is no note.
        Assert.Equal(
            [("KUIELab-MDX-Net: A Two-Stream Neural Network for Music Demixing", "MDX", "2nd place MDX'21"), ("Neural Language Models for Music: A Tutorial", "ISMIR", null),
             ("Open-Unmix - A Reference Implementation for Music Source Separation", "JOSS", null), ("Neural Approaches to Conversational AI", "SIGIR", null),
             ("Music Demixing with Hybrid Spectrogram and Waveform Models", "TPAMI", null)],
            entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Note)));
    }

    [Fact]
    public void A_conference_tutorial_s_item_with_no_paper_of_its_own_is_no_paper()
    {
        const string list = """
            # Reading

            - **Neural Fields in Computer Vision** (CVPR 2022 Tutorial)<br>
              Recorded talks and slides. [[Website](https://neuralfields.cs.brown.edu/cvpr22)]
            - **Neural Approaches to Conversational AI** (SIGIR 2018 Tutorial)<br>
              Jianfeng Gao, Michel Galley. [[paper](https://www.microsoft.com/en-us/research/publication/neural-approaches-to-conversational-ai/)]
            - **Tutorial on Variational Autoencoders** (NeurIPS 2016 Tutorial)<br>
              Carl Doersch. [[arXiv](https://arxiv.org/abs/1606.05908)]
            - **Mip-NeRF** (ICCV 2021)<br>
              Jonathan T. Barron. [[Website](https://jonbarron.info/mipnerf/)]
            """;
        // A tutorial's paper, linked as the paper or on a paper host, stays; a paper's project page stays a paper's.
        Assert.Equal(
            ["Neural Approaches to Conversational AI", "Tutorial on Variational Autoencoders", "Mip-NeRF"],
            CatalogParser.Parse(list, "reading.md").Entries.Select(e => e.Title));
    }

    [Fact]
    public void A_table_row_whose_title_names_a_web_page_is_no_paper()
    {
        const string list = """
            | Title | Authors | Venue |
            |---|---|---|
            | [VoxCeleb1 & VoxCeleb2 download page](https://www.robots.ox.ac.uk/~vgg/data/voxceleb/) | VGG, University of Oxford | - |
            | [LEVIR-CD dataset page](https://justchenhao.github.io/LEVIR/) | Hao Chen, Zhenwei Shi | - |
            | [VoxCeleb2: Deep Speaker Recognition](https://arxiv.org/abs/1806.05622) | Joon Son Chung, Arsha Nagrani, Andrew Zisserman | Interspeech 2018 |
            | [Building a Website Fingerprinting Dataset](https://example.org/wf) | A One | CCS 2020 |
            | [Online demo on Hugging Face Spaces](https://huggingface.co/spaces/yisol/IDM-VTON) | - | - |
            | [DeepFashion dataset page: In-shop Clothes Retrieval benchmark](http://mmlab.ie.cuhk.edu.hk/projects/DeepFashion.html) | MMLab, CUHK | - |
            | [Sketch2Code: Generating a Website](https://sketch2code.github.io/) | Ryan Li, Diyi Yang | NAACL 2025 |
            | [IDM-VTON: Improving Diffusion Models for Authentic Virtual Try-on in the Wild](https://huggingface.co/spaces/yisol/IDM-VTON) | Yisol Choi | ECCV 2024 |
            """;
        // A paper's link keeps a row a paper (the caller checks), and a title that only mentions a website is a title; a
        // demo on Hugging Face Spaces is no paper either. A venue's year keeps a page's row a paper's.
        Assert.Equal(
            ["VoxCeleb2: Deep Speaker Recognition", "Building a Website Fingerprinting Dataset", "Sketch2Code: Generating a Website",
             "IDM-VTON: Improving Diffusion Models for Authentic Virtual Try-on in the Wild"],
            CatalogParser.Parse(list, "voices.md").Entries.Select(e => e.Title));
    }

    [Fact]
    public void Batch_220_s_lists_of_nicknames_and_a_highly_cited_paper()
    {
        const string list = """
            # Change detection

            - **Fully Convolutional Siamese Networks for Change Detection** (FC-EF, FC-Siam-conc, FC-Siam-diff). Rodrigo Caye Daudt, Bertrand Le Saux, Alexandre Boulch. *ICIP 2018*. [[paper](https://arxiv.org/abs/1810.08462)]
            - **Fully Convolutional Networks for Multisource Building Extraction** (WHU building / WHU-CD). Shunping Ji, Shiqing Wei, Meng Lu. *TGRS 2019*. [[paper](https://ieeexplore.ieee.org/document/8444434)]
            - **A Spatial-Temporal Attention-Based Method for Change Detection** (STANet, LEVIR-CD). Hao Chen, Zhenwei Shi. *Remote Sensing 2020*. **ESI Highly Cited Paper** [[paper](https://www.mdpi.com/2072-4292/12/10/1662)]
            - [Deduplicating Training Data](https://arxiv.org/abs/2107.06499) (Katherine Lee, Daphne Ippolito, ACL 2022)
            - [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) (Hao-Tian Liu, Chun-Yuan Li) NeurIPS 2023.
            """;
        var entries = CatalogParser.Parse(list, "cd.md").Entries;
        // Names in a parenthesis are names, not a list of nicknames: their first words are no model's.
        Assert.Equal(
            [("Rodrigo Caye Daudt|Bertrand Le Saux|Alexandre Boulch", "ICIP", null), ("Shunping Ji|Shiqing Wei|Meng Lu", "TGRS", null),
             ("Hao Chen|Zhenwei Shi", "Remote Sensing", "ESI Highly Cited Paper"), ("Katherine Lee|Daphne Ippolito", "ACL", null),
             ("Hao-Tian Liu|Chun-Yuan Li", "NeurIPS", null)],
            entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Note)));
    }

    [Fact]
    public void A_placeholder_in_an_authors_or_venue_cell_is_no_name_and_no_venue()
    {
        const string list = """
            | Title | Authors | Venue |
            |---|---|---|
            | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | N/A | NeurIPS 2017 |
            | [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) | Jacob Devlin | TBD |
            | [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | *Unknown* | None |
            | [Layer Normalization](https://arxiv.org/abs/1607.06450) | Anonymous | n/a |
            | [Dropout: A Simple Way to Prevent Neural Networks from Overfitting](https://arxiv.org/abs/1207.0580) | NA | [![JMLR](https://img.shields.io/badge/JMLR-2014-blue)](https://jmlr.org) TBD |
            """;
        // "Anonymous" is what a venue under review shows as the names (OpenReview's BibTeX too): a name. A badge's venue
        // stays where the cell's text is a placeholder.
        Assert.Equal(
            [("", "NeurIPS"), ("Jacob Devlin", null), ("", null), ("Anonymous", null), ("", "JMLR")],
            CatalogParser.Parse(list, "placeholders.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name)));
    }

    [Fact]
    public void A_distinction_denied_is_no_note()
    {
        const string list = """
            | Title | Authors | Venue |
            |---|---|---|
            | [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) | Diederik P. Kingma, Jimmy Ba | ICLR 2015 <br> Not an oral |
            | [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | Kaiming He | CVPR 2016 <br> Best Paper |
            | [Layer Normalization](https://arxiv.org/abs/1607.06450) | Jimmy Lei Ba | NeurIPS 2016 <br> No award |
            | [Emergent Abilities of Large Language Models](https://arxiv.org/abs/2206.07682) | Jason Wei | TMLR 2022 <br> Notable paper |
            """;
        // Only a first word that denies it ("Not", "No", "Never", "Without") makes a distinction none; "Notable" is no "not".
        Assert.Equal(
            [("ICLR", 2015, null), ("CVPR", 2016, "Best Paper"), ("NeurIPS", 2016, null), ("TMLR", 2022, "Notable paper")],
            CatalogParser.Parse(list, "denied.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
    }

    [Fact]
    public void A_type_field_that_names_a_paper_keeps_a_resource_s_paper()
    {
        const string list = """
            # Reading

            - **[PyTorch: An Imperative Style, High-Performance Deep Learning Library](https://arxiv.org/abs/1912.01703)**
              - Type: Library paper
              - Venue: NeurIPS 2019
            - **[The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/)**
              - Type: Blog post (not a paper)
            - **[Hugging Face Transformers](https://github.com/huggingface/transformers)**
              - Type: Library
            - **[ImageNet Large Scale Visual Recognition Challenge](https://arxiv.org/abs/1409.0575)**
              - Type: Dataset paper
            - **[LLaMA Factory docs](https://arxiv.org/abs/2403.13372)**
              - Type: Toolkit documentation (not a paper)
            """;
        Assert.Equal(
            ["PyTorch: An Imperative Style, High-Performance Deep Learning Library", "ImageNet Large Scale Visual Recognition Challenge"],
            CatalogParser.Parse(list, "typed.md").Entries.Select(e => e.Title));
    }

    [Fact]
    public void A_dataset_s_name_and_year_after_a_bold_title_gives_way_to_a_well_known_venue_below()
    {
        const string list = """
            # Flow

            - **Object Scene Flow for Autonomous Vehicles** (KITTI 2015)  
              Moritz Menze, Andreas Geiger  
              CVPR 2015 · [[Paper](https://openaccess.thecvf.com/content_cvpr_2015/html/Menze_Object_Scene_Flow_2015_CVPR_paper.html)]
            - **Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields** (CVPR 2022)  
              Jonathan T. Barron, Ben Mildenhall  
              Oral · [[Paper](https://arxiv.org/abs/2111.12077)]
            - **Spring: A High-Resolution High-Detail Dataset and Benchmark** (Spring 2023)  
              Lukas Mehl, Jenny Schmalfuss  
              [[Paper](https://arxiv.org/abs/2303.01943)]
            - **Monocular Depth Estimation** (ICCV 2019)  
              A One, B Two  
              ECCV 2020 · [[Paper](https://arxiv.org/abs/1904.00001)]
            """;
        // A well-known venue in the parenthesis stays (two known venues: the first); an unknown name with nothing below stays.
        Assert.Equal(
            [("CVPR", 2015, null), ("CVPR", 2022, "Oral"), ("Spring", 2023, null), ("ICCV", 2019, null)],
            CatalogParser.Parse(list, "flow.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
    }

    [Fact]
    public void Batch_223_s_quoted_titles_with_names_after_their_comma()
    {
        const string list = """
            # Grasping

            * "Data-Driven Grasp Synthesis—A Survey", Jeannette Bohg, Antonio Morales, Danica Kragic. *IEEE T-RO 2014*. [[Paper](https://arxiv.org/abs/1309.2660)]
            * **GG-CNN**: "Learning robust, real-time, reactive robotic grasping", Douglas Morrison, Peter Corke. *IJRR 2020*. [[Paper](https://doi.org/10.1177/0278364919859066)]
            * **NOCS**: "Normalized Object Coordinate Space for Category-Level 6D Object Pose and Size Estimation", He Wang, Leonidas J. Guibas. *CVPR 2019*. **(Oral)** [[Paper](https://arxiv.org/abs/1901.02970)]
            * "World Models", David Ha, Jürgen Schmidhuber. **`NeurIPS 2018 Oral`**. [[Paper](https://arxiv.org/abs/1803.10122)]
            """;
        // The names end at their own full stop, not an initial's; any venue with its year follows them.
        Assert.Equal(
            [("Jeannette Bohg|Antonio Morales|Danica Kragic", "IEEE T-RO", 2014, null), ("Douglas Morrison|Peter Corke", "IJRR", 2020, null),
             ("He Wang|Leonidas J. Guibas", "CVPR", 2019, "Oral"), ("David Ha|Jürgen Schmidhuber", "NeurIPS", 2018, "Oral")],
            CatalogParser.Parse(list, "grasping.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
    }

    [Fact]
    public void Batch_223_s_table_of_titles_with_names_under_them()
    {
        const string list = """
            | Title | Venue | Date | Code | Other |
            |:------|:-----:|:----:|:----:|:-----:|
            | [**Towards Expert-Level Medical Question Answering with Large Language Models**](https://arxiv.org/abs/2305.09617) (Med-PaLM 2) <br> *Karan Singhal, Tao Tu, et al.* | arXiv | 2023-05-16 | - | - |
            | [**Benchmarking Retrieval-Augmented Generation for Medicine**](https://arxiv.org/abs/2402.13178) (MedRAG / MIRAGE) <br> *Guangzhi Xiong, Qiao Jin* | ACL 2024 Findings | 2024-02-20 | - | - |
            | [**MDAgents: An Adaptive Collaboration of LLMs for Medical Decision-Making**](https://arxiv.org/abs/2404.15155) <br> *Yubin Kim, Chanwoo Park* | [NeurIPS'24] **Oral** | 2024-04 | - | - |
            | [**LLaVA-Med**](https://arxiv.org/abs/2306.00890) <br> *Chunyuan Li, Cliff Wong* | [NeurIPS'23 D&B] **Spotlight** | 2023-06 | - | - |
            | [**MIMIC-III, a freely accessible critical care database**](https://www.nature.com/articles/sdata201635) <br> *Alistair E.W. Johnson, Tom J. Pollard, et al.* | Scientific Data | 2016-05-24 | - | - |
            """;
        // A nickname of two words, or two nicknames, is the paper's name, and the names follow it. A dataset's paper, its names under it, is a paper.
        Assert.Equal(
            [("Karan Singhal|Tao Tu", null, null, null), ("Guangzhi Xiong|Qiao Jin", "ACL", "Findings", null),
             ("Yubin Kim|Chanwoo Park", "NeurIPS", null, "Oral"), ("Chunyuan Li|Cliff Wong", "NeurIPS", "Datasets and Benchmarks", "Spotlight"),
             ("Alistair E.W. Johnson|Tom J. Pollard", "Scientific Data", null, null)],
            CatalogParser.Parse(list, "clinical.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Track, e.Venue?.Note)));
    }

    [Fact]
    public void After_a_question_mark_only_full_names_are_names()
    {
        const string list = """
            | Name | Title | Venue | Links |
            |---|---|---|---|
            | HC3 | How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection | arXiv 2023 | [pdf](https://arxiv.org/abs/2301.07597) |
            | - | What is the State of Neural Network Pruning? Davis Blalock, Jose Javier Gonzalez Ortiz, Jonathan Frankle | MLSys 2020 | [pdf](https://arxiv.org/abs/2003.03033) |
            | - | Can Large Language Models Understand Structured Table Data? A Benchmark and Empirical Study | WSDM 2024 | [pdf](https://arxiv.org/abs/2305.13062) |
            """;
        // A subtitle's words between commas ("Evaluation", "Detection") are no names: one word is none after a question mark.
        Assert.Equal(
            [("How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection", ""),
             ("What is the State of Neural Network Pruning?", "Davis Blalock|Jose Javier Gonzalez Ortiz|Jonathan Frankle"),
             ("Can Large Language Models Understand Structured Table Data? A Benchmark and Empirical Study", "")],
            CatalogParser.Parse(list, "questions.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors))));
    }

    [Fact]
    public void A_review_s_cases_names_ranks_statuses_and_descriptions_stay_as_they_were()
    {
        const string table = """
            | Title | First Author | Venue |
            |---|---|---|
            | [Paper One About Things](https://arxiv.org/abs/2301.00001) | Na | CVPR 2023 |
            | [Paper Two About Things](https://arxiv.org/abs/2301.00002) | Nil | ICCV 2023 (No.1 Place in NTIRE Challenge) |
            | [Paper Three About Things](https://arxiv.org/abs/2301.00003) | A One | NeurIPS 2023 (Not an oral) |
            | [Paper Four About Things](https://arxiv.org/abs/2301.00004) | A One | [Under Review] ICLR 2025 |
            """;
        Assert.Equal(
            [("Na", "CVPR", 2023, null, null), ("Nil", "ICCV", 2023, null, "No.1 Place in NTIRE Challenge"), ("A One", "NeurIPS", 2023, null, null), ("A One", null, null, null, null)],
            CatalogParser.Parse(table, "review.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));

        const string typed = """
            # Reading

            - [Paper A About Things](https://arxiv.org/abs/2401.00001)
              - Authors: Alice Smith, Bob Jones
              - Type: Blog article
            - [Paper B About Things](https://arxiv.org/abs/2401.00002)
              - Authors: Alice Smith, Bob Jones
              - Type: Not a paper (blog)
            - [Paper C About Things](https://arxiv.org/abs/2401.00003)
              - Authors: Alice Smith, Bob Jones
              - Type: Tool paper (JOSS)
            """;
        Assert.Equal(["Paper C About Things"], CatalogParser.Parse(typed, "typed.md").Entries.Select(e => e.Title));

        const string described = """
            # Papers

            ## 2023

            | Paper | Venue |
            |---|---|
            | [FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU](https://github.com/FMInference/FlexGen) <br> Framework for offloading LLM inference to a single GPU | ICML |
            | [The PageRank Citation Ranking: Bringing Order to the Web](http://ilpubs.stanford.edu:8090/422/) <br> Page, L., Brin, S., Motwani, R., & Winograd, T. | 1999 |
            """;
        Assert.Equal(
            ["FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU", "The PageRank Citation Ranking: Bringing Order to the Web"],
            CatalogParser.Parse(described, "described.md").Entries.Select(e => e.Title));

        const string quoted = """
            # Robots

            * "Paper One About Robots", Alice Smith, Bob Jones. Google Research, 2022. [[Paper](https://arxiv.org/abs/2001.00001)]
            * "Paper Two About Robots", Alice Smith, Bob Jones. In submission, 2024. [[Paper](https://arxiv.org/abs/2001.00002)]
            - **Paper Three About Robots** (IJRR 2023)<br>
              Alice Smith, Bob Jones<br>
              CoRL 2021 · [[Paper](https://arxiv.org/abs/2001.00003)]
            """;
        Assert.Equal(
            [("Alice Smith|Bob Jones", null, null), ("Alice Smith|Bob Jones", null, null), ("Alice Smith|Bob Jones", "IJRR", 2023)],
            CatalogParser.Parse(quoted, "robots.md").Entries.Select(e => (string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void Batch_224_s_venue_in_code_before_a_bold_title_a_workshop_s_long_name_and_a_distinction_after_a_full_stop()
    {
        const string list = """
            # Avatars

            - `CVPR'24 Highlight` **GaussianAvatars: Photorealistic Head Avatars with Rigged 3D Gaussians** — Shenhan Qian et al. [[paper]](https://arxiv.org/abs/2312.02069)
            - `CVPR'24` **Gaussian Head Avatar: Ultra High-fidelity Head Avatar via Dynamic Gaussians** — Yuelang Xu et al. [[paper]](https://arxiv.org/abs/2312.03029)

            1. **Grounded Copilot: How Programmers Interact with Code-Generating Models.** OOPSLA 2023. **Distinguished Paper.**
                *Shraddha Barke, Michael B. James, Nadia Polikarpova.* [[pdf](https://arxiv.org/abs/2206.15000)]

            | Title | Authors | Venue | Date |
            |---|---|---|---|
            | [Graph-based Neural Weather Prediction for Limited Area Modeling](https://arxiv.org/abs/2309.17370) | Joel Oskarsson, Tomas Landelius | NeurIPS 2023 Workshop on Tackling Climate Change with ML | 2023-09 |
            """;
        Assert.Equal(
            [("GaussianAvatars: Photorealistic Head Avatars with Rigged 3D Gaussians", "CVPR", 2024, null, "Highlight"),
             ("Gaussian Head Avatar: Ultra High-fidelity Head Avatar via Dynamic Gaussians", "CVPR", 2024, null, null),
             ("Grounded Copilot: How Programmers Interact with Code-Generating Models", "OOPSLA", 2023, null, "Distinguished Paper"),
             ("Graph-based Neural Weather Prediction for Limited Area Modeling", "NeurIPS", 2023, "Workshop on Tackling Climate Change with ML", null)],
            CatalogParser.Parse(list, "avatars.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
    }

    [Fact]
    public void A_second_review_s_cases_denials_keep_the_venue_and_tags_and_names_stay_what_they_were()
    {
        const string table = """
            | Title | Authors | Venue |
            |---|---|---|
            | [Paper A About Things](https://arxiv.org/abs/2301.00001) | Alice Smith | NeurIPS 2023 Datasets and Benchmarks Track (No Oral) |
            | [Paper B About Things](https://arxiv.org/abs/2301.00002) | Alice Smith | NeurIPS 2023 (not an oral, poster) |
            """;
        Assert.Equal(
            [("NeurIPS", 2023, "Datasets and Benchmarks", null), ("NeurIPS", 2023, null, null)],
            CatalogParser.Parse(table, "denials.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));

        const string items = """
            # Papers

            - Do Vision Transformers See Like Convolutional Neural Networks? Maithra Raghu†, Thomas Unterthiner. [[NeurIPS 2021](https://arxiv.org/abs/2108.08810)]
            * "Paper E About Robots", Alice Smith, Bob Jones. Google DeepMind, 2023. [[Paper](https://arxiv.org/abs/2001.00001)]
            - `Mamba 2023` **Mamba: Linear-Time Sequence Modeling with Selective State Spaces** — Albert Gu, Tri Dao. [[paper](https://arxiv.org/abs/2312.00752)]
            """;
        Assert.Equal(
            [("Do Vision Transformers See Like Convolutional Neural Networks?", "Maithra Raghu|Thomas Unterthiner", "NeurIPS"),
             ("Paper E About Robots", "Alice Smith|Bob Jones", null),
             ("Mamba 2023 Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "Albert Gu|Tri Dao", null)],
            CatalogParser.Parse(items, "items.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name)));
    }

    [Fact]
    public void Batch_225_s_bold_venue_tag_then_a_name_in_code_and_surnames_after_a_dash()
    {
        const string list = """
            # Graph contrastive learning

            - **[ICLR 2019]** `DGI` Deep Graph Infomax. [[paper]](https://arxiv.org/abs/1809.10341) [[code]](https://github.com/PetarV-/DGI)
              - Petar Veličković, William Fedus, William L. Hamilton
            - **[NeurIPS 2022]** `GGD` Rethinking and Scaling Up Graph Contrastive Learning: An Extremely Efficient Approach with Group Discrimination. [[paper]](https://arxiv.org/abs/2206.01535)
              - Yizhen Zheng, Shirui Pan
            - DeepWalk: Online Learning of Social Representations — Perozzi et al., KDD 2014. [[arXiv]](https://arxiv.org/abs/1403.6652)
            - node2vec: Scalable Feature Learning for Networks — Grover & Leskovec, KDD 2016. [[arXiv]](https://arxiv.org/abs/1607.00653)
            """;
        Assert.Equal(
            [("Deep Graph Infomax", "Petar Veličković|William Fedus|William L. Hamilton", "ICLR", 2019),
             ("Rethinking and Scaling Up Graph Contrastive Learning: An Extremely Efficient Approach with Group Discrimination", "Yizhen Zheng|Shirui Pan", "NeurIPS", 2022),
             ("DeepWalk: Online Learning of Social Representations", "Perozzi", "KDD", 2014),
             ("node2vec: Scalable Feature Learning for Networks", "Grover|Leskovec", "KDD", 2016)],
            CatalogParser.Parse(list, "gcl.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void A_paper_or_page_column_holds_the_titles()
    {
        const string list = """
            ## Benchmarks

            | Name | Paper / Page | Venue | Links |
            |------|--------------|-------|-------|
            | TOFU | [TOFU: A Task of Fictitious Unlearning for LLMs](https://arxiv.org/abs/2401.06121) | COLM 2024 | [Code](https://github.com/locuslab/tofu) |
            | MUSE | [MUSE: Machine Unlearning Six-Way Evaluation for Language Models](https://arxiv.org/abs/2407.06460) | ICLR 2025 | [Code](https://github.com/swj0419/muse_bench) |
            """;
        Assert.Equal(
            [("TOFU: A Task of Fictitious Unlearning for LLMs", "COLM", 2024), ("MUSE: Machine Unlearning Six-Way Evaluation for Language Models", "ICLR", 2025)],
            CatalogParser.Parse(list, "benchmarks.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void A_workshop_or_a_track_written_apart_from_its_host_is_the_host_s_and_an_award_after_it_is_the_note()
    {
        const string table = """
            | Paper | Authors | Venue |
            |---|---|---|
            | [Paper A About Things](https://arxiv.org/abs/2301.00001) | Alice Smith | Workshop on Efficient Systems for Foundation Models, ICML 2023 |
            | [Paper B About Things](https://arxiv.org/abs/2301.00002) | Alice Smith | Workshop on Efficient Systems for Foundation Models, ICML 2023, Best Paper Award |
            | [Paper C About Things](https://arxiv.org/abs/2301.00003) | Alice Smith | ICML 2023 Workshop on Efficient Systems for Foundation Models, Best Paper Award |
            | [Paper D About Things](https://arxiv.org/abs/2301.00004) | Alice Smith | ICML 2023 Workshop on Efficient Systems for Foundation Models; ACL 2024 Findings |
            | [Paper E About Things](https://arxiv.org/abs/2301.00005) | Alice Smith | ICML 2023, Workshop on Efficient Systems |
            | [Paper F About Things](https://arxiv.org/abs/2301.00006) | Alice Smith | Efficient Systems Workshop - ICML 2023 |
            | [Paper G About Things](https://arxiv.org/abs/2301.00007) | Alice Smith | ICML 2023 Workshop on Efficient Systems (Oral) |
            | [Paper H About Things](https://arxiv.org/abs/2301.00008) | Alice Smith | Foo Bar Baz, ICML 2023 |
            | [Paper K About Things](https://arxiv.org/abs/2301.00011) | Alice Smith | IJCAI 2023, Survey Track |
            | [Paper L About Things](https://arxiv.org/abs/2301.00012) | Alice Smith | ACL 2023, Findings |
            | [Paper M About Things](https://arxiv.org/abs/2301.00013) | Alice Smith | SIGIR 2024, Resource Track, Best Paper Award |
            """;
        Assert.Equal(
            [("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems for Foundation Models", null),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems for Foundation Models", "Best Paper Award"),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems for Foundation Models", "Best Paper Award"),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems for Foundation Models", null),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems", null),
             ("ICML", 2023, VenueKind.Workshop, "Efficient Systems Workshop", null),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems", "Oral"),
             ("Foo Bar Baz, ICML", 2023, VenueKind.Unspecified, null, null),
             ("IJCAI", 2023, VenueKind.Unspecified, "Survey", null),
             ("ACL", 2023, VenueKind.Unspecified, "Findings", null),
             ("SIGIR", 2024, VenueKind.Unspecified, "Resource", "Best Paper Award")],
            CatalogParser.Parse(table, "workshops.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Kind, e.Venue?.Track, e.Venue?.Note)));

        const string items = """
            # Papers

            - [Paper I About Things](https://arxiv.org/abs/2301.00009). Alice Smith. *MLMI Workshop, MICCAI 2022*.
            - [Paper J About Things](https://arxiv.org/abs/2301.00010). Alice Smith. ICML 2023 Workshop on Efficient Systems for Foundation Models (Best Paper Award).

            ## Workshops

            * [Bayesian Deep Learning Workshop, NIPS 2016](http://bayesiandeeplearning.org/2016/)
            """;
        var document = CatalogParser.Parse(items, "items.md");
        Assert.Equal(
            [("MICCAI", 2022, VenueKind.Workshop, "MLMI Workshop", null),
             ("ICML", 2023, VenueKind.Workshop, "Workshop on Efficient Systems for Foundation Models", "Best Paper Award")],
            document.Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Kind, e.Venue?.Track, e.Venue?.Note)));
        Assert.Empty(document.Diagnostics); // the workshop's own page, no paper left unread
    }

    [Fact]
    public void A_one_word_nickname_in_brackets_before_a_bold_title_is_no_part_of_it_but_a_special_token_is()
    {
        const string list = """
            # Generative recommendation

            - **[DSI] Transformer Memory as a Differentiable Search Index.** Yi Tay, Vinh Q. Tran, Mostafa Dehghani, et al. *NeurIPS 2022*. [[paper](https://arxiv.org/abs/2202.06991)]
            - **[GeneRec] Generative Recommendation: Towards Next-generation Recommender Paradigm.** Wenjie Wang, Xinyu Lin. *arXiv 2023*. [[paper](https://arxiv.org/abs/2304.03516)]
            - **[CLS] Attention is All You Need for Training-Free Visual Token Pruning** [[Paper]](https://arxiv.org/pdf/2412.01818)
            - **[MASK] Is All You Need** [[Paper]](https://arxiv.org/abs/2412.06787)
            - **[Survey] On the Things.** Alice Smith. [[paper](https://arxiv.org/abs/2301.00001)]
            """;
        Assert.Equal(
            [("Transformer Memory as a Differentiable Search Index", "NeurIPS"),
             ("Generative Recommendation: Towards Next-generation Recommender Paradigm", null),
             ("[CLS] Attention is All You Need for Training-Free Visual Token Pruning", null),
             ("[MASK] Is All You Need", null),
             ("[Survey] On the Things", null)],
            CatalogParser.Parse(list, "recsys.md").Entries.Select(e => (e.Title, e.Venue?.Name)));
    }

    [Fact]
    public void A_model_s_name_and_year_in_parentheses_gives_way_to_a_well_known_venue_written_after_it()
    {
        const string list = """
            # Audio-language models

            - **Natural Language Supervision for General-Purpose Audio Representations** (CLAP 2023) — Benjamin Elizalde, Soham Deshmukh. *ICASSP 2024*. [[arXiv](https://arxiv.org/abs/2309.05767)]
            - [Natural Language Supervision for Audio Representations](https://arxiv.org/abs/2309.05768) (CLAP 2023) — Benjamin Elizalde, Soham Deshmukh. *ICASSP 2024*.
            - **Natural Language Supervision for Audio Representations Again** (CLAP 2023)  
              Benjamin Elizalde, Soham Deshmukh  
              *ICASSP 2024* [[arXiv](https://arxiv.org/abs/2309.05769)]
            - **Some Paper On Things** (ECCV 2022) — Andreas Geiger. *TPAMI 2024*. [[arXiv](https://arxiv.org/abs/2309.05770)]
            - **Another Paper On Things** (CLAP 2023) — Andreas Geiger. *ICASSP 2022*. [[arXiv](https://arxiv.org/abs/2309.05771)]
            """;
        Assert.Equal(
            [("ICASSP", 2024), ("ICASSP", 2024), ("ICASSP", 2024), ("ECCV", 2022), ("CLAP", 2023)],
            CatalogParser.Parse(list, "audio.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void Batch_230_s_forms_a_surname_et_al_before_a_bracketed_venue_a_remark_s_anchor_link_and_tracks_between_name_and_year()
    {
        const string items = """
            # Interventions

            * Interpretable Machine Learning — Definitions, Methods, Applications [PNAS 2019] [[arXiv](https://arxiv.org/abs/1901.04592)]
            * Interactive Concept Bottleneck Models — Chauhan et al. [AAAI 2023] [[arXiv](https://arxiv.org/abs/2212.07430)]
            * Learning to Receive Help: Intervention-Aware Concept Embedding Models — Espinosa Zarlenga et al. [NeurIPS 2023, Spotlight] [[arXiv](https://arxiv.org/abs/2309.16928)]

            ## Continuous environments

            * **Beyond the Nav-Graph: Vision-and-Language Navigation in Continuous Environments** (also listed under [Indoor VLN](#indoor-vln))<br>
            *Jacob Krantz, Erik Wijmans*<br>
            ECCV 2020. [[Paper](https://arxiv.org/abs/2004.02857)]

            * **General Evaluation for Instruction Conditioned Navigation using Dynamic Time Warping**<br>
            *Gabriel Ilharco, Vihan Jain*<br>
            NeurIPS 2019 Workshop on Visually Grounded Interaction and Language (ViGIL). [[Paper](https://arxiv.org/abs/1907.05446)]
            """;
        Assert.Equal(
            [("Interpretable Machine Learning — Definitions, Methods, Applications", "", "PNAS", 2019, VenueKind.Unspecified, null),
             ("Interactive Concept Bottleneck Models", "Chauhan", "AAAI", 2023, VenueKind.Unspecified, null),
             ("Learning to Receive Help: Intervention-Aware Concept Embedding Models", "Espinosa Zarlenga", "NeurIPS", 2023, VenueKind.Unspecified, "Spotlight"),
             ("Beyond the Nav-Graph: Vision-and-Language Navigation in Continuous Environments", "Jacob Krantz|Erik Wijmans", "ECCV", 2020, VenueKind.Unspecified, null),
             ("General Evaluation for Instruction Conditioned Navigation using Dynamic Time Warping", "Gabriel Ilharco|Vihan Jain", "NeurIPS", 2019, VenueKind.Workshop, null)],
            CatalogParser.Parse(items, "items.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Kind, e.Venue?.Note)));

        const string tables = """
            | Dataset | Paper | Venue | Year |
            |---|---|---|---|
            | DeepfakeBench | [DeepfakeBench: A Comprehensive Benchmark of Deepfake Detection](https://arxiv.org/abs/2307.01426) | NeurIPS D&B | 2023 |

            | Paper | Venue | Date |
            |---|---|---|
            | [**Exposing DeepFake Videos By Detecting Face Warping Artifacts**](https://arxiv.org/abs/1811.00656) <br> Yuezun Li, Siwei Lyu | CVPR Workshops 2019 (Media Forensics) | 2018-11 |

            | Paper | Authors | Venue | Code |
            |---|---|---|---|
            | [Toy Models of Superposition](https://arxiv.org/abs/2209.10652) | Elhage et al. | Transformer Circuits Thread '22 | |
            | [Neuronpedia](https://www.neuronpedia.org/) (interactive browser for SAE features, demo) | | | |
            """;
        Assert.Equal(
            [("DeepfakeBench: A Comprehensive Benchmark of Deepfake Detection", "NeurIPS", 2023, VenueKind.Unspecified, "Datasets and Benchmarks"),
             ("Exposing DeepFake Videos By Detecting Face Warping Artifacts", "CVPR", 2019, VenueKind.Workshop, "Workshops Media Forensics"),
             ("Toy Models of Superposition", "Transformer Circuits Thread", 2022, VenueKind.Unspecified, null)],
            CatalogParser.Parse(tables, "tables.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year, e.Venue?.Kind, e.Venue?.Track)));
    }

    [Fact]
    public void An_award_after_a_shortcode_after_a_bar_s_bold_venue_ends_the_title()
    {
        const string list = """
            # Two-stage

            - **[DCN]** Deformable Convolutional Networks | **[ICCV' 17]** |[`[pdf]`](https://arxiv.org/pdf/1703.06211.pdf)
            - **[Mask R-CNN]** Mask R-CNN | **[ICCV' 17]** :trophy: Marr Prize (Best Paper) |[`[pdf]`](https://arxiv.org/pdf/1703.06870.pdf)
            - **[Other]** Another Paper On Things | **[CVPR' 18]** :trophy: Best Paper |[`[pdf]`](https://arxiv.org/pdf/1712.00726.pdf)
            """;
        Assert.Equal(
            [("Deformable Convolutional Networks", "ICCV", 2017), ("Mask R-CNN", "ICCV", 2017), ("Another Paper On Things", "CVPR", 2018)],
            CatalogParser.Parse(list, "detection.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void Batch_232_s_forms_a_venue_s_name_ending_in_a_parenthesis_then_its_year_and_a_method_s_name_before_the_names()
    {
        const string list = """
            # Backdoors

            - BackdoorBench: A Comprehensive Benchmark of Backdoor Learning. [[pdf]](https://arxiv.org/pdf/2206.12654.pdf)
              - Baoyuan Wu, Hongrui Chen, and Chao Shen. *NeurIPS (Datasets and Benchmarks Track)*, 2022.
            - Detecting Backdoor Attacks on Deep Neural Networks by Activation Clustering. [[pdf]](https://arxiv.org/pdf/1811.03728.pdf)
              - Bryant Chen, Wilka Carvalho, and Biplav Srivastava. *AAAI Workshop on Artificial Intelligence Safety (SafeAI)*, 2019.
            - Rickrolling the Artist: Injecting Backdoors into Text Encoders for Text-to-Image Synthesis. [[pdf]](https://arxiv.org/pdf/2211.02408.pdf)
              - Lukas Struppek, Dominik Hintersdorf, and Kristian Kersting. *Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)*, 2023.

            ## Context

            * **DANet**: Jun Fu, Jing Liu, Haijie Tian. "Dual Attention Network for Scene Segmentation". CVPR 2019. [[paper](https://arxiv.org/abs/1809.02983)]
            """;
        Assert.Equal(
            [("BackdoorBench: A Comprehensive Benchmark of Backdoor Learning", "Baoyuan Wu|Hongrui Chen|Chao Shen", "NeurIPS", 2022, VenueKind.Unspecified, "Datasets and Benchmarks"),
             ("Detecting Backdoor Attacks on Deep Neural Networks by Activation Clustering", "Bryant Chen|Wilka Carvalho|Biplav Srivastava", "AAAI", 2019, VenueKind.Workshop, "Workshop on Artificial Intelligence Safety"),
             ("Rickrolling the Artist: Injecting Backdoors into Text Encoders for Text-to-Image Synthesis", "Lukas Struppek|Dominik Hintersdorf|Kristian Kersting", "ICCV", 2023, VenueKind.Unspecified, null),
             ("Dual Attention Network for Scene Segmentation", "Jun Fu|Jing Liu|Haijie Tian", "CVPR", 2019, VenueKind.Unspecified, null)],
            CatalogParser.Parse(list, "backdoor.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Kind, e.Venue?.Track)));
    }

    [Fact]
    public void A_review_s_cases_remarks_that_cite_venues_tags_before_anchor_links_and_a_paper_s_own_page_stay_as_they_were()
    {
        const string items = """
            # Speech

            1. [AudioLM: a Language Modeling Approach to Audio Generation](https://arxiv.org/abs/2209.03143) (TASLP 2023) Outperforms the ICASSP 2023 baselines.
            2. [Segment Anything in Medical Images](https://arxiv.org/abs/2304.12306) (Nature Communications 2024) Fine-tunes SAM; see also MedSAM2 (MICCAI 2024).
            3. [CLAP: Learning Audio Concepts From Natural Language Supervision](https://arxiv.org/abs/2206.04769) (CLAP 2022) ICASSP 2023.

            ## Reproductions

            - **[Re] Exacerbating Algorithmic Bias through Fairness Attacks.** Matteo Tafuro, Andrea Lombardo. ReScience C 2022. [[paper](https://arxiv.org/abs/2301.00001)]
            """;
        Assert.Equal(
            [("AudioLM: a Language Modeling Approach to Audio Generation", "TASLP", 2023),
             ("Segment Anything in Medical Images", "Nature Communications", 2024),
             ("CLAP: Learning Audio Concepts From Natural Language Supervision", "ICASSP", 2023),
             ("[Re] Exacerbating Algorithmic Bias through Fairness Attacks", "ReScience C", 2022)],
            CatalogParser.Parse(items, "speech.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year)));

        // A tag before a title linked to a heading of the page makes no entry of the tag ("CVPR 2019" is no title).
        const string anchors = """
            ## Indoor VLN

            * CVPR 2019 - [Self-Monitoring Navigation Agent via Auxiliary Progress Estimation](#self-monitoring) - Chih-Yao Ma et al. [[paper](https://arxiv.org/abs/1901.03035)]
            """;
        Assert.DoesNotContain(CatalogParser.Parse(anchors, "vln.md").Entries, entry => entry.Title == "CVPR 2019");

        const string table = """
            | Title | Authors | Venue |
            |---|---|---|
            | [Chinchilla](https://www.deepmind.com/publications/an-empirical-analysis-of-compute-optimal-large-language-model-training) | | |
            | [Med-Flamingo: a Multimodal Medical Few-shot Learner](https://arxiv.org/abs/2307.15189) | Michael Moor | ML4H Workshop, NeurIPS 2023 |
            """;
        Assert.Equal(
            [("Chinchilla", null, null, null), ("Med-Flamingo: a Multimodal Medical Few-shot Learner", "NeurIPS", VenueKind.Workshop, "ML4H Workshop")],
            CatalogParser.Parse(table, "table.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Kind, e.Venue?.Track)));
    }

    [Fact]
    public void A_full_name_and_et_al_before_a_quoted_title_are_the_names()
    {
        const string list = """
            # Learned heuristics

            1. Grigori Fursin et al. "Milepost GCC: Machine Learning Enabled Self-tuning Compiler." *International Journal of Parallel Programming*, 2011. [[doi]](https://doi.org/10.1007/s10766-010-0161-2)
            2. Tan et al. "Some Title Of A Paper Here", ECCV 2010. [[doi]](https://doi.org/10.1007/s10766-010-0161-3)
            """;
        Assert.Equal(
            [("Milepost GCC: Machine Learning Enabled Self-tuning Compiler", "Grigori Fursin", "International Journal of Parallel Programming", 2011),
             ("Some Title Of A Paper Here", "Tan", "ECCV", 2010)],
            CatalogParser.Parse(list, "compilers.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void A_second_review_s_cases_a_title_line_ending_in_a_venue_s_acronym_and_venues_introduced_after_the_names()
    {
        const string list = """
            # Long context

            1. **Hyena**
                - Michael Poli, Stefano Massaroli, Eric Nguyen
                - Hyena Hierarchy: Towards Larger Convolutional Language Models (ICML), 2023
                - [[paper](https://arxiv.org/abs/2302.10866)]

            ## Audio

            - **High Fidelity Neural Audio Compression** (EnCodec 2022) — Alexandre Défossez, Jade Copet. Published in TMLR 2023. [[paper](https://arxiv.org/abs/2210.13438)]
            - **Segment Anything** (SAM 2023) — Alexander Kirillov, Eric Mintun, ICCV 2023. [[paper](https://arxiv.org/abs/2304.02645)]
            """;
        var entries = CatalogParser.Parse(list, "review.md").Entries;
        Assert.StartsWith("Hyena Hierarchy: Towards Larger Convolutional Language Models", entries[0].Title, System.StringComparison.Ordinal);
        Assert.Equal([("TMLR", 2023), ("ICCV", 2023)], entries.Skip(1).Select(e => (e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void A_shortcode_after_the_names_and_a_workshop_s_long_name_in_the_parenthesis_after_a_bold_title()
    {
        const string list = """
            # Motion

            - **[TPAMI 2023]** [Human Motion Generation: A Survey](https://arxiv.org/abs/2307.10894). *Wentao Zhu, Xiaoxuan Ma, Yizhou Wang* :star:
            - **Hybrid Spectrogram and Waveform Source Separation** (ISMIR 2021 Workshop on Music Source Separation), Alexandre Défossez. [[pdf]](https://arxiv.org/pdf/2111.03600.pdf)
            """;
        Assert.Equal(
            [("Human Motion Generation: A Survey", "Wentao Zhu|Xiaoxuan Ma|Yizhou Wang", "TPAMI", VenueKind.Unspecified),
             ("Hybrid Spectrogram and Waveform Source Separation", "Alexandre Défossez", "ISMIR", VenueKind.Workshop)],
            CatalogParser.Parse(list, "motion.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Kind)));
    }

    [Fact]
    public void A_venue_s_workshops_named_in_a_parenthesis_a_challenge_placing_and_a_space_before_the_year_s_comma()
    {
        const string list = """
            # Hyperspectral

            - [Generative Adversarial Networks for Hyperspectral Image Classification](https://doi.org/10.1109/TGRS.2018.2805286) - Lin Zhu, Yushi Chen. *IEEE TGRS* ,2018.
            - [NTIRE 2020 Challenge on Spectral Reconstruction from an RGB Image](https://arxiv.org/abs/2005.03412) - Boaz Arad, Radu Timofte, et al. *CVPR Workshops (NTIRE)*, 2020.
            - **HRNet**: [Hierarchical Regression Network for Spectral Reconstruction from RGB Images](https://arxiv.org/abs/2005.04703) - Yuzhi Zhao, Lai-Man Po. *CVPR Workshops (NTIRE)*, 2020. **🥇 1st place, NTIRE 2020 Real World track** [[Code](https://github.com/zhaoyuzhi/HRNet)]
            - [Some Paper on Dialect Identification](https://arxiv.org/abs/2101.00001) - A One, B Two. *EACL 2021 Workshop (WANLP)*.
            - [Another Paper on Spoken Dialogue](https://arxiv.org/abs/2101.00002) - A One, B Two. *ICML 2023 Workshop (Oral)*.
            - [A Paper on Summaries](https://arxiv.org/abs/2101.00003). A One, B Two. Findings of the Association for Computational Linguistics (ACL), 2022.
            """;
        Assert.Equal(
            [("Generative Adversarial Networks for Hyperspectral Image Classification", "Lin Zhu|Yushi Chen", "IEEE TGRS", 2018, VenueKind.Unspecified, null, null),
             ("NTIRE 2020 Challenge on Spectral Reconstruction from an RGB Image", "Boaz Arad|Radu Timofte", "CVPR", 2020, VenueKind.Workshop, "Workshop NTIRE", null),
             ("Hierarchical Regression Network for Spectral Reconstruction from RGB Images", "Yuzhi Zhao|Lai-Man Po", "CVPR", 2020, VenueKind.Workshop, "Workshop NTIRE", "1st place, NTIRE 2020 Real World track"),
             ("Some Paper on Dialect Identification", "A One|B Two", "EACL", 2021, VenueKind.Workshop, "Workshop WANLP", null),
             ("Another Paper on Spoken Dialogue", "A One|B Two", "ICML", 2023, VenueKind.Workshop, "Workshop", "Oral"),
             ("A Paper on Summaries", "A One|B Two", "ACL", 2022, VenueKind.Unspecified, "Findings", null)],
            CatalogParser.Parse(list, "hsi.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue!.Kind, e.Venue.Track, e.Venue.Note)));
    }

    [Fact]
    public void A_surname_and_et_al_after_a_plain_title_s_full_stop_then_the_venue()
    {
        const string list = """
            # Matching

            - D2-Net: A Trainable CNN for Joint Description and Detection of Local Features. Dusmanu et al., CVPR 2019. [arXiv](https://arxiv.org/abs/1905.03561)
            - RAFT: Recurrent All-Pairs Field Transforms for Optical Flow. Teed & Deng, ECCV 2020 — 🏆 Best Paper. [arXiv](https://arxiv.org/abs/2003.12039)
            - Photorealistic Text-to-Image Diffusion Models. Imagen, Google, NeurIPS 2022. [arXiv](https://arxiv.org/abs/2205.11487)
            - Deep Learning on Graphs: A Survey. Methods & Applications, KDD 2020. [arXiv](https://arxiv.org/abs/1812.04202)
            """;
        var entries = CatalogParser.Parse(list, "matching.md").Entries;
        Assert.Equal(("D2-Net: A Trainable CNN for Joint Description and Detection of Local Features", "Dusmanu", "CVPR", (int?)2019), (entries[0].Title, string.Join("|", entries[0].Authors), entries[0].Venue?.Name, entries[0].Venue?.Year));
        // Surnames alone by "&" or commas are written as a title's enumeration, a model's and its lab's names are: the title's.
        Assert.Equal(
            ["RAFT: Recurrent All-Pairs Field Transforms for Optical Flow. Teed & Deng", "Photorealistic Text-to-Image Diffusion Models. Imagen, Google", "Deep Learning on Graphs: A Survey. Methods & Applications"],
            entries.Skip(1).Select(e => e.Title));
        Assert.All(entries.Skip(1), entry => Assert.Empty(entry.Authors));
    }

    [Fact]
    public void A_reference_s_bare_arxiv_url_after_its_year_and_a_course_labelled_in_bold_after_an_emoji()
    {
        const string list = """
            # Relocalization

            1. A. Kendall and R. Cipolla, "Geometric Loss Functions for Camera Pose Regression with Deep Learning," in *CVPR*, 2017. https://arxiv.org/abs/1704.00390
            2. A. Kendall, M. Grimes, and R. Cipolla, "PoseNet: A Convolutional Network for Real-Time 6-DOF Camera Relocalization," in *ICCV*, 2015. See https://arxiv.org/abs/1505.07427 for the code.

            - 🎓 **Course**: [CS294/194-196: Large Language Model Agents](https://rdi.berkeley.edu/llm-agents/f24), UC Berkeley, Fall 2024.
            - **Course**: [CS294/194-196: Large Language Model Agents](https://rdi.berkeley.edu/llm-agents/f24), UC Berkeley, Fall 2024.
            - **LIBRO**: "Large Language Models are Few-shot Testers: Exploring LLM-based General Bug Reproduction" [ICSE 2023] [[paper](https://arxiv.org/abs/2209.11515)]
            """;
        var document = CatalogParser.Parse(list, "reloc.md");
        Assert.Equal(
            [("Geometric Loss Functions for Camera Pose Regression with Deep Learning", "A. Kendall|R. Cipolla", "https://arxiv.org/abs/1704.00390", "CVPR", 2017),
             ("Large Language Models are Few-shot Testers: Exploring LLM-based General Bug Reproduction", "", "https://arxiv.org/abs/2209.11515", "ICSE", 2023)],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Url, e.Venue?.Name, e.Venue?.Year)));
        // A URL in the middle of a sentence is no reference's own: CommonMark leaves it text, and the line is reported.
        AssertDiagnostics([("EA0030", 4), ("EA0009", 8)], document); // and the nicknamed title has no names
    }

    [Fact]
    public void Names_in_parentheses_after_a_bold_title_then_the_venue_between_dashes_and_a_nickname_before_the_title()
    {
        const string list = """
            # Planning

            - [x] **Argoverse 2: Next Generation Datasets for Self-Driving Perception and Forecasting** - Wilson et al. - NeurIPS 2021 (Datasets & Benchmarks) - [arXiv](https://arxiv.org/abs/2301.00493)
            - [x] **CARLA: An Open Urban Driving Simulator** - Dosovitskiy, Ros, Codevilla, López, Koltun - CoRL 2017 - [arXiv](https://arxiv.org/abs/1711.03938)
            - ✅ **Deep Imitative Models for Flexible Inference, Planning, and Control** (Rhinehart, McAllister, Levine) — ICLR 2020 — [paper](https://arxiv.org/abs/1810.06544)
            - 👀 **End-To-End Interpretable Neural Motion Planner** (Zeng et al.) — CVPR 2019 — [paper](https://arxiv.org/abs/1901.00005)
            - ✅ **Deep Imitative Models for Flexible Inference** (Nicholas Rhinehart, Sergey Levine) — ICLR 2020 — [paper](https://arxiv.org/abs/1810.06545)
            - ✅ DIPP: **Differentiable Integrated Motion Prediction and Planning with Learnable Cost Function** (Huang, Liu, Wu, Lv) — IEEE TNNLS 2023 — [paper](https://arxiv.org/abs/2207.10422)
            - ✅ 🏠 PDM — **Parting with Misconceptions about Learning-based Vehicle Motion Planning** (Dauner, Hallgarten, Geiger, Chitta) — CoRL 2023 — [paper](https://arxiv.org/abs/2306.07962)
            - **Embodied Task Planning with Large Language Models** (TaPA), *Zhenyu Wu, Ziwei Wang* [[paper](https://arxiv.org/abs/2307.01848)]
            """;
        Assert.Equal(
            [("Argoverse 2: Next Generation Datasets for Self-Driving Perception and Forecasting", "Wilson", "NeurIPS", 2021, "Datasets and Benchmarks"),
             ("CARLA: An Open Urban Driving Simulator", "Dosovitskiy|Ros|Codevilla|López|Koltun", "CoRL", 2017, null),
             ("Deep Imitative Models for Flexible Inference, Planning, and Control", "Rhinehart|McAllister|Levine", "ICLR", 2020, null),
             ("End-To-End Interpretable Neural Motion Planner", "Zeng", "CVPR", 2019, null),
             ("Deep Imitative Models for Flexible Inference", "Nicholas Rhinehart|Sergey Levine", "ICLR", 2020, null),
             ("Differentiable Integrated Motion Prediction and Planning with Learnable Cost Function", "Huang|Liu|Wu|Lv", "IEEE TNNLS", 2023, null),
             ("Parting with Misconceptions about Learning-based Vehicle Motion Planning", "Dauner|Hallgarten|Geiger|Chitta", "CoRL", 2023, null),
             ("Embodied Task Planning with Large Language Models", "Zhenyu Wu|Ziwei Wang", null, null, null)],
            CatalogParser.Parse(list, "planning.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track)));
    }

    [Fact]
    public void A_note_in_a_code_span_a_dataset_or_paper_column_and_a_numbered_reference_s_bare_doi()
    {
        const string list = """
            # Spoofing

            - **[BAM]** [Learning What Not to Segment: A New Perspective on Few-Shot Segmentation](https://arxiv.org/abs/2203.07615) - Chunbo Lang, Gong Cheng. **CVPR 2022** 🏆 `Oral` [[code](https://github.com/chunbolang/BAM)]

            | Year | Dataset / Paper | Authors | Venue | Links |
            |------|-----------------|---------|-------|-------|
            | 2021 | [WaveFake: A Data Set to Facilitate Audio Deepfake Detection](https://arxiv.org/abs/2111.02813) | J. Frank, L. Schönherr | NeurIPS (Datasets & Benchmarks) | [code](https://github.com/RUB-SysSec/WaveFake) |
            | 2022 | In-the-Wild audio deepfake data (download page) | - | - | [data](https://deepfake-total.com/in_the_wild) |

            | Model | Paper / Code |
            |-------|--------------|
            | AASIST | [code](https://github.com/clovaai/aasist) |

            [1] Z. Wu, N. Evans, and H. Li, "Spoofing and countermeasures for speaker verification: A survey," *Speech Communication*, vol. 66, pp. 130–153, 2015. https://doi.org/10.1016/j.specom.2014.10.005
            """;
        Assert.Equal(
            [("Learning What Not to Segment: A New Perspective on Few-Shot Segmentation", "Chunbo Lang|Gong Cheng", "https://arxiv.org/abs/2203.07615", "CVPR", 2022, null, "Oral"),
             ("WaveFake: A Data Set to Facilitate Audio Deepfake Detection", "J. Frank|L. Schönherr", "https://arxiv.org/abs/2111.02813", "NeurIPS", 2021, "Datasets and Benchmarks", null),
             ("Spoofing and countermeasures for speaker verification: A survey", "Z. Wu|N. Evans|H. Li", "https://doi.org/10.1016/j.specom.2014.10.005", "Speech Communication", 2015, null, null)],
            CatalogParser.Parse(list, "spoofing.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Url, e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
    }

    [Fact]
    public void A_who_column_a_venue_with_an_ampersand_after_et_al_and_a_remark_in_parentheses_after_the_venue()
    {
        const string list = """
            # Reading

            | | Paper | Who | Venue | Notes |
            |---|---|---|---|---|
            | ✅⭐ | [Pointer Networks](https://arxiv.org/abs/1506.03134) | Vinyals et al. | NIPS'15 | supervised on TSP |

            - 📖 [Reinforcement Learning for Combinatorial Optimization: A Survey](https://arxiv.org/abs/2003.03600) — Mazyavkina et al., *Computers & Operations Research 2021*. ok as a catalogue
            - ✅ [Modern graph neural networks do worse than classical greedy algorithms](https://arxiv.org/abs/2206.13211) — Angelini & Ricci-Tersenghi, Nature Machine Intelligence 2023 (comment on Schuetz et al.)
            - [DeCoAR 2.0: Deep Contextualized Acoustic Representations with Vector Quantization](https://arxiv.org/abs/2012.06659) — ICLR 2021 (Reject) · ratings 4/5/5/6
            """;
        Assert.Equal(
            [("Pointer Networks", "Vinyals", "NIPS", (int?)2015),
             ("Reinforcement Learning for Combinatorial Optimization: A Survey", "Mazyavkina", "Computers & Operations Research", 2021),
             ("Modern graph neural networks do worse than classical greedy algorithms", "Angelini|Ricci-Tersenghi", "Nature Machine Intelligence", 2023),
             ("DeCoAR 2.0: Deep Contextualized Acoustic Representations with Vector Quantization", "", null, null)],
            CatalogParser.Parse(list, "reading.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void What_this_session_s_rules_leave_alone()
    {
        // Each line is one a rule of batches 236-239 could take for its form; each reads as it did before the rule.
        const string list = """
            # Guards

            - **Photorealistic Text-to-Image Diffusion Models** (Imagen, Parti) — NeurIPS 2022 — [paper](https://arxiv.org/abs/2205.11487)
            - **Scaling Vision Transformers** (Google, DeepMind) — CVPR 2022 — [paper](https://arxiv.org/abs/2106.04560)
            - [Fast Video Super-Resolution](https://arxiv.org/abs/2101.00011) - NeurIPS 2021 Workshop (Poster)
            - [Real-World Super-Resolution](https://arxiv.org/abs/2101.00012). Anna Lee, Bob Chen. CVPR Workshops (CVPRW), 2020.
            - [Scaling Sparse Attention](https://arxiv.org/abs/2101.00013), Anna Lee, Bob Chen - ICLR 2022 (under review)
            - **Video**: [VideoMAE: Masked Autoencoders are Data-Efficient Learners](https://arxiv.org/abs/2203.12602), NeurIPS 2022
            - **Slides**: [Efficient Transformers: A Survey](https://arxiv.org/abs/2009.06732)
            - [Sparse Attention C](https://arxiv.org/abs/2101.00014), 1st place, A One, B Two, ICLR 2021
            - Awesome list of efficient transformers, maintained since 2020. https://arxiv.org/abs/2009.06733

            | Model / Paper | Venue | Code |
            |---|---|---|
            | [ViT](https://arxiv.org/abs/2010.11929) | ICLR 2021 | [code](https://github.com/google-research/vision_transformer) |

            | Dataset / Paper | Year | Link |
            |---|---|---|
            | [nuScenes](https://www.nuscenes.org/) | 2020 | [arXiv](https://arxiv.org/abs/1903.11027) |
            """;
        var document = CatalogParser.Parse(list, "guards.md");
        Assert.Equal(
            [("Photorealistic Text-to-Image Diffusion Models", "", "NeurIPS", null, null),
             ("Scaling Vision Transformers", "", "CVPR", null, null),
             ("Fast Video Super-Resolution", "", "NeurIPS", "Workshop", null),
             ("Real-World Super-Resolution", "Anna Lee|Bob Chen", "CVPR", "Workshop", null),
             ("Scaling Sparse Attention", "Anna Lee|Bob Chen", null, null, null),
             ("VideoMAE: Masked Autoencoders are Data-Efficient Learners", "", "NeurIPS", null, null),
             ("Efficient Transformers: A Survey", "", null, null, null),
             ("Sparse Attention C", "1st place|A One|B Two", "ICLR", null, null)],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Track, e.Venue?.Note)));
        // The bare URL after a sentence that is no reference, the model's row and the dataset's row are reported, not read.
        Assert.Equal([11, 15, 19], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
    }

    [Fact]
    public void A_venue_cell_beside_a_year_column_with_a_note_or_a_workshop_s_long_name_and_plain_titles_in_a_dataset_or_paper_column()
    {
        const string list = """
            # Text

            | Year | Venue | Model | Title | Code |
            |---|---|---|---|---|
            | 2019 | ICCV **Oral** | - | [What Is Wrong With Scene Text Recognition Model Comparisons?](https://arxiv.org/abs/1904.01906) | - |
            | 2020 | CVPR Workshop on Text and Documents in the Deep Learning Era | SATRN | [On Recognizing Texts of Arbitrary Shapes with 2D Self-Attention](https://arxiv.org/abs/1910.04396) | - |

            | Title | Authors | Venue | Year | Paper | Code |
            |---|---|---|---|---|---|
            | Listen and Translate: A Proof of Concept for End-to-End Speech-to-Text Translation | A. Bérard, O. Pietquin | NIPS Workshop on End-to-end Learning for Speech and Audio Processing | 2016 | [arXiv](https://arxiv.org/abs/1612.01744) | - |

            | Dataset / Paper | Venue | Year | Paper | Data |
            |---|---|---|---|---|
            | MuST-C: a Multilingual Speech Translation Corpus | NAACL | 2019 | [paper](https://aclanthology.org/N19-1202/) | [download](https://mt.fbk.eu/must-c/) |
            | Common Voice | - | - | - | [site](https://commonvoice.mozilla.org/) |

            [1] M. Jaderberg, K. Simonyan, A. Vedaldi, A. Zisserman. Synthetic Data and Artificial Neural Networks for Natural Scene Text Recognition. NIPS Deep Learning Workshop, 2014. https://arxiv.org/abs/1406.2227
            """;
        Assert.Equal(
            [("What Is Wrong With Scene Text Recognition Model Comparisons?", "", "ICCV", (int?)2019, null, "Oral"),
             ("On Recognizing Texts of Arbitrary Shapes with 2D Self-Attention", "", "CVPR", 2020, "Workshop on Text and Documents in the Deep Learning Era", null),
             ("Listen and Translate: A Proof of Concept for End-to-End Speech-to-Text Translation", "A. Bérard|O. Pietquin", "NIPS", 2016, "Workshop on End-to-end Learning for Speech and Audio Processing", null),
             ("MuST-C: a Multilingual Speech Translation Corpus", "", "NAACL", 2019, null, null),
             ("Synthetic Data and Artificial Neural Networks for Natural Scene Text Recognition", "M. Jaderberg|K. Simonyan|A. Vedaldi|A. Zisserman", "NIPS", 2014, "Deep Learning Workshop", null)],
            CatalogParser.Parse(list, "text.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
    }

    [Fact]
    public void A_track_in_title_case_a_remark_before_the_names_a_note_between_remarks_and_notes_that_say_no_paper()
    {
        const string list = """
            # Systems

            - [Large Language Models for Software Engineering: Survey and Open Problems](https://arxiv.org/abs/2310.03533) - Angela Fan, Beliz Gokkaya, et al. *ICSE 2023 (Future of Software Engineering)*.
            - [x] [Analysis of Large-Scale Multi-Tenant GPU Clusters for DNN Training Workloads](https://www.usenix.org/conference/atc19/presentation/jeon) (the Philly trace paper) — Jeon et al. · *ATC '19*
            - [x] [Efficiently Scaling Transformer Inference](https://arxiv.org/abs/2211.05102) — Pope et al. · *MLSys 2023* · 🏆 Outstanding Paper · partitioning layouts for TPU inference
            - [x] [Roofline: An Insightful Visual Performance Model](https://dl.acm.org/doi/10.1145/1498765.1498785) — Samuel Williams, David Patterson · *CACM 2009* · ❗ you will draw rooflines in every talk you give here
            - [Some Paper Under Review](https://arxiv.org/abs/2101.00015), A. One, B. Two, NeurIPS 2022 (under review at TMLR)

            | # | Date | Paper | Authors | Venue | Led | Notes |
            |---|---|---|---|---|---|---|
            | 7 | Oct 24 | [Making Deep Learning Go Brrrr From First Principles](https://horace.io/brrr_intro.html) | Horace He | blog | DN | not a paper, warm-up for the compilers block |
            """;
        Assert.Equal(
            [("Large Language Models for Software Engineering: Survey and Open Problems", "Angela Fan|Beliz Gokkaya", "ICSE", (int?)2023, "Future of Software Engineering", null),
             ("Analysis of Large-Scale Multi-Tenant GPU Clusters for DNN Training Workloads", "Jeon", "ATC", 2019, null, null),
             ("Efficiently Scaling Transformer Inference", "Pope", "MLSys", 2023, null, "Outstanding Paper"),
             ("Roofline: An Insightful Visual Performance Model", "Samuel Williams|David Patterson", "CACM", 2009, null, null),
             ("Some Paper Under Review", "A. One|B. Two", null, null, null, null)],
            CatalogParser.Parse(list, "systems.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
    }

    [Fact]
    public void What_the_second_review_s_lines_read()
    {
        const string list = """
            # Guards

            | Week | Who | Paper | Slides |
            |---|---|---|---|
            | 1 | Alice Chen | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | [slides](https://example.com/s1.pdf) |

            | Paper / Authors | Venue |
            |---|---|
            | [Deep Compression: Compressing Deep Neural Networks with Pruning](https://songhan.mit.edu/deep-compression/) <br> Song Han, Huizi Mao, William Dally | ICLR 2016 |

            | Dataset / Paper | Year | Venue |
            |---|---|---|
            | [MMLU](https://arxiv.org/abs/2009.03300) | 2021 | ICLR |

            | Title | Venue | Year |
            |---|---|---|
            | [Paper T One Two Three](https://arxiv.org/abs/2001.00220) | NeurIPS Workshop submission | 2022 |

            - [Paper W23 One Two Three](https://arxiv.org/abs/2006.00023), A. One, B. Two, ICML 2019 Workshop (ICML)
            - [MobileNets](https://arxiv.org/abs/1704.04861), Efficient CNNs for Mobile Vision - arXiv 2017
            - Discussion of "Attention Is All You Need" at our reading group, 2021. https://arxiv.org/abs/1706.03763
            - Pruning Filters for Efficient ConvNets. Extends Han et al., ICLR 2017. [arXiv](https://arxiv.org/abs/1608.08710)
            """;
        var document = CatalogParser.Parse(list, "guards.md");
        Assert.Equal(
            [("Attention Is All You Need", "", null, null),
             ("Deep Compression: Compressing Deep Neural Networks with Pruning", "Song Han|Huizi Mao|William Dally", "ICLR", null),
             ("Paper T One Two Three", "", null, null),
             ("Paper W23 One Two Three", "A. One|B. Two", "ICML", "Workshop"),
             ("MobileNets", "", null, null),
             ("Pruning Filters for Efficient ConvNets. Extends Han et al.", "", "ICLR", null)],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Track)));
        // The benchmark's name linking its paper and the bare URL after a sentence that is no reference are reported.
        Assert.Equal([13, 21], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
    }

    [Fact]
    public void A_nickname_and_a_middle_dot_before_the_title_link_and_a_workshop_s_long_name_after_a_spaced_hyphen()
    {
        const string list = """
            # Materials

            - **CGCNN** · [Crystal Graph Convolutional Neural Networks for an Accurate and Interpretable Prediction of Material Properties](https://arxiv.org/abs/1710.10324) (Phys. Rev. Lett., 2018) 💻 [code](https://github.com/txie-93/cgcnn)
            - DimeNet++: [Fast and Uncertainty-Aware Directional Message Passing for Non-Equilibrium Molecules](https://arxiv.org/abs/2011.14115) - NeurIPS 2020 Workshop on Machine Learning for Molecules
            """;
        Assert.Equal(
            [("Crystal Graph Convolutional Neural Networks for an Accurate and Interpretable Prediction of Material Properties", "Phys. Rev. Lett.", (int?)2018, null),
             ("Fast and Uncertainty-Aware Directional Message Passing for Non-Equilibrium Molecules", "NeurIPS", 2020, "Workshop on Machine Learning for Molecules")],
            CatalogParser.Parse(list, "materials.md").Entries.Select(e => (e.Title, e.Venue?.Name, e.Venue?.Year, e.Venue?.Track)));
    }

    [Fact]
    public void A_reading_list_s_paper_link_in_its_notes_surnames_cited_after_a_venue_vancouver_names_a_workshop_at_its_host_and_a_book_s_page()
    {
        const string list = """
            # Reconstruction

            | Status | Paper | Who | Venue | Code | Notes |
            |---|---|---|---|---|---|
            | ✅⭐ | Learning a Variational Network for Reconstruction of Accelerated MRI Data | Hammernik et al. | MRM 2018 | — | [arXiv](https://arxiv.org/abs/1704.00447) · the VN paper |
            | ✅ | MoDL: Model-Based Deep Learning Architecture for Inverse Problems | Aggarwal, Mani, Jacob | IEEE TMI 2019 | [code](https://github.com/hkaggarwal/modl) | [arXiv](https://arxiv.org/abs/1712.02862) · our baseline |
            | 💤 | A Reading Group's Own Tool | Us | - | [code](https://github.com/example/tool) | [code](https://github.com/example/tool) · not yet |

            * ✅ **KIKI-net: cross-domain convolutional neural networks for reconstructing undersampled magnetic resonance images**. Eo T, Jun Y, Kim T, Jang J, Lee HJ, Hwang D. MRM 2018. [[paper]](https://doi.org/10.1002/mrm.27201) ← k-space ↔ image alternation
            - ✅ Deep Convolutional Neural Network for Inverse Problems in Imaging, *IEEE TIP 2017* (Jin et al.) [[arXiv]](https://arxiv.org/abs/1611.03679) — FBPConvNet
            - 📌 Solving ill-posed inverse problems using iterative deep neural networks, *Inverse Problems 2017* (Adler & Öktem) [[arXiv]](https://arxiv.org/abs/1704.04058)
            - Learned Denoisers for Imaging, *IEEE TIP 2018* (Oral) [[arXiv]](https://arxiv.org/abs/1704.04059)
            - Generative Models Compared, *IEEE TIP 2019* (Imagen, Parti) [[arXiv]](https://arxiv.org/abs/1704.04060)
            - 🔥 `AdaptSegNet` [Learning to Adapt Structured Output Space for Semantic Segmentation](https://arxiv.org/abs/1802.10349) - Yi-Hsuan Tsai, Wei-Chih Hung. **CVPR 2018**
            - 📖 [Domain Adaptation in Computer Vision Applications](https://link.springer.com/book/10.1007/978-3-319-58347-1) - Gabriela Csurka (Ed.). *Springer 2017* (book)

            | Title | Authors | Venue | Year | Paper |
            |---|---|---|---|---|
            | Measuring Bias in Contextualized Word Representations | Kurita et al. | 1st Workshop on Gender Bias in NLP @ ACL | 2019 | [arXiv](https://arxiv.org/abs/1906.07337) |
            | Fewer Errors, but More Stereotypes? The Effect of Model Size on Gender Bias | - | 4th Workshop on Gender Bias in NLP @ NAACL 2022 | | [arXiv](https://arxiv.org/abs/2206.09860) |
            """;
        var document = CatalogParser.Parse(list, "reconstruction.md");
        Assert.Equal(
            [("Learning a Variational Network for Reconstruction of Accelerated MRI Data", "https://arxiv.org/abs/1704.00447", "Hammernik", "MRM", (int?)2018, null, null),
             ("MoDL: Model-Based Deep Learning Architecture for Inverse Problems", "https://arxiv.org/abs/1712.02862", "Aggarwal|Mani|Jacob", "IEEE TMI", 2019, null, null),
             ("KIKI-net: cross-domain convolutional neural networks for reconstructing undersampled magnetic resonance images", "https://doi.org/10.1002/mrm.27201", "Eo T|Jun Y|Kim T|Jang J|Lee HJ|Hwang D", "MRM", 2018, null, null),
             ("Deep Convolutional Neural Network for Inverse Problems in Imaging", "https://arxiv.org/abs/1611.03679", "Jin", "IEEE TIP", 2017, null, null),
             ("Solving ill-posed inverse problems using iterative deep neural networks", "https://arxiv.org/abs/1704.04058", "Adler|Öktem", "Inverse Problems", 2017, null, null),
             ("Learned Denoisers for Imaging", "https://arxiv.org/abs/1704.04059", "", "IEEE TIP", 2018, null, "Oral"),
             ("Generative Models Compared", "https://arxiv.org/abs/1704.04060", "", "IEEE TIP", 2019, null, null),
             ("Learning to Adapt Structured Output Space for Semantic Segmentation", "https://arxiv.org/abs/1802.10349", "Yi-Hsuan Tsai|Wei-Chih Hung", "CVPR", 2018, null, null),
             ("Measuring Bias in Contextualized Word Representations", "https://arxiv.org/abs/1906.07337", "Kurita", "ACL", 2019, "Workshop on Gender Bias in NLP", null),
             ("Fewer Errors, but More Stereotypes? The Effect of Model Size on Gender Bias", "https://arxiv.org/abs/2206.09860", "", "NAACL", 2022, "Workshop on Gender Bias in NLP", null)],
            document.Entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
        Assert.All(document.Entries.Where(e => e.Venue?.Track is not null), e => Assert.Equal(VenueKind.Workshop, e.Venue!.Kind));
        // The group's tool, whose notes link only its code, is no paper and links none; the book's page is reported as a link
        // read as no paper.
        Assert.DoesNotContain(document.Entries, e => e.Title.Contains("Tool") || e.Title.Contains("Domain Adaptation in"));
    }

    [Fact]
    public void Apa_references_with_a_bare_paper_url_a_biomed_central_journal_and_a_distinction_in_a_title_cell_beside_an_authors_column()
    {
        const string list = """
            # Docking

            1. Wallach, I., & Heifets, A. (2018). Most Ligand-Based Classification Benchmarks Reward Memorization Rather than Generalization. *Journal of Chemical Information and Modeling*. https://arxiv.org/abs/1706.06619
            2. Jumper, J., Evans, R., Pritzel, A., et al. (2021). Highly accurate protein structure prediction with AlphaFold. *Nature*. https://www.nature.com/articles/s41586-021-03819-2 🏅 Nobel Prize in Chemistry 2024
            3. Our group's notes on docking benchmarks, 2023. https://www.nature.com/articles/d41586-023-00001-1
            4. Wallach, I., & Heifets, A. (2018). Benchmark code for the paper above. *GitHub*. https://github.com/example/benchmarks

            - [P2Rank: machine learning based tool for rapid and accurate prediction of ligand binding sites from protein structure](https://jcheminf.biomedcentral.com/articles/10.1186/s13321-018-0285-8) - J Cheminform 2018

            | Title | Authors | Venue | Code |
            |---|---|---|---|
            | [Large-scale Weakly Supervised Audio Classification Using Gated Convolutional Neural Network](https://arxiv.org/abs/1710.00343) 🏆 **1st place, DCASE 2017 Task 4** | Y. Xu, Q. Kong, W. Wang, M. D. Plumbley | ICASSP 2018 | - |
            | [PANNs: Large-Scale Pretrained Audio Neural Networks for Audio Pattern Recognition](https://arxiv.org/abs/1912.10211) (PyTorch) | Q. Kong, Y. Cao | IEEE/ACM TASLP 2020 | - |
            """;
        var document = CatalogParser.Parse(list, "docking.md");
        Assert.Equal(
            [("Most Ligand-Based Classification Benchmarks Reward Memorization Rather than Generalization", "https://arxiv.org/abs/1706.06619", "Wallach, I.|Heifets, A.", "Journal of Chemical Information and Modeling", (int?)2018, null),
             ("Highly accurate protein structure prediction with AlphaFold", "https://www.nature.com/articles/s41586-021-03819-2", "Jumper, J.|Evans, R.|Pritzel, A.", "Nature", 2021, "Nobel Prize in Chemistry 2024"),
             ("P2Rank: machine learning based tool for rapid and accurate prediction of ligand binding sites from protein structure", "https://jcheminf.biomedcentral.com/articles/10.1186/s13321-018-0285-8", "", "J Cheminform", 2018, null),
             ("Large-scale Weakly Supervised Audio Classification Using Gated Convolutional Neural Network", "https://arxiv.org/abs/1710.00343", "Y. Xu|Q. Kong|W. Wang|M. D. Plumbley", "ICASSP", 2018, "1st place, DCASE 2017 Task 4"),
             ("PANNs: Large-Scale Pretrained Audio Neural Networks for Audio Pattern Recognition", "https://arxiv.org/abs/1912.10211", "Q. Kong|Y. Cao", "IEEE/ACM TASLP", 2020, null)],
            document.Entries.Select(e => (e.Title, e.Url, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
        // The notes' sentence is no reference, and the code's URL is on no paper host: neither is read, the first reported.
        Assert.Equal([5], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
    }

    [Fact]
    public void A_where_column_a_dataset_column_beside_authors_and_venue_and_names_whose_full_stop_touches_the_venue_s_emphasis()
    {
        const string list = """
            # Gestures

            | | Paper | Who | Where | My notes |
            |---|---|---|---|---|
            | ✅ | 🏠 [Gesticulator: A framework for semantically-aware speech-driven gesture generation](https://arxiv.org/abs/2001.09326) [💻](https://github.com/Svito-zar/gesticulator) | Kucherenko et al. | ICMI 2020 🏆 Best Paper Award | audio + BERT text |
            | ✅ | [Listen, Denoise, Action! Audio-Driven Motion Synthesis with Diffusion Models](https://arxiv.org/abs/2211.09707) | Alexanderson et al. | SIGGRAPH '23 (TOG) | conformer denoiser |

            ## Datasets

            | | Dataset | Who | Where | My notes |
            |---|---|---|---|---|
            | ✅ | [BEAT: A Large-Scale Semantic and Emotional Multi-Modal Dataset for Conversational Gestures Synthesis](https://arxiv.org/abs/2203.05297) | Liu et al. | ECCV 2022 | 76h mocap |
            | ✅ | Trinity Speech-Gesture dataset ([site](https://trinityspeechgesture.scss.tcd.ie/)) | — | — | needs a licence form |
            | 📖 | [AMASS](https://arxiv.org/abs/1904.03278) | Mahmood et al. | ICCV 2019 | a dataset's name, its paper linked |

            | Dataset | Model | Top-1 | Paper |
            |---|---|---|---|
            | ImageNet | ViT-H/14 | 88.6 | [paper](https://arxiv.org/abs/2010.11929) |

            - [Tree-to-tree Neural Networks for Program Translation](https://arxiv.org/abs/1802.03691) - Xinyun Chen, Chang Liu, Dawn Song.*NeurIPS 2018*.
            """;
        var document = CatalogParser.Parse(list, "gestures.md");
        Assert.Equal(
            [("Gesticulator: A framework for semantically-aware speech-driven gesture generation", "Kucherenko", "ICMI", (int?)2020, "Best Paper Award"),
             ("Listen, Denoise, Action! Audio-Driven Motion Synthesis with Diffusion Models", "Alexanderson", "SIGGRAPH", 2023, null),
             ("BEAT: A Large-Scale Semantic and Emotional Multi-Modal Dataset for Conversational Gestures Synthesis", "Liu", "ECCV", 2022, null),
             ("Tree-to-tree Neural Networks for Program Translation", "Xinyun Chen|Chang Liu|Dawn Song", "NeurIPS", 2018, null)],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
        // AMASS's row names the dataset and links its paper, and the leaderboard's row is a model's: reported, not read.
        Assert.Equal([14, 18], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line));
    }

    [Fact]
    public void A_first_author_s_surname_after_a_plain_title_s_dash_and_an_ieee_reference_whose_arxiv_id_is_text()
    {
        const string list = """
            # Wearables

            - 🔥 **[CVPR 2023 Highlight]** ImageBind: One Embedding Space To Bind Them All — Girdhar et al. [[arXiv](https://arxiv.org/abs/2305.05665)]
            - **[ICLR 2024]** Large-scale Training of Foundation Models for Wearable Biosignals - Abbaspourazad et al. [[arXiv](https://arxiv.org/abs/2312.05409)]

            [9] S. Bai, J. Z. Kolter, and V. Koltun, "An empirical evaluation of generic convolutional and recurrent networks for sequence modeling," arXiv preprint arXiv:1803.01271, 2018.

            [10] Our reading notes on arXiv:1803.01272 and its follow-ups, 2019.
            """;
        var document = CatalogParser.Parse(list, "wearables.md");
        // (A spaced hyphen is as often the title's own: the second title keeps what follows it.)
        Assert.Equal(
            [("ImageBind: One Embedding Space To Bind Them All", "Girdhar", "CVPR", "Highlight", "2305.05665"),
             ("Large-scale Training of Foundation Models for Wearable Biosignals - Abbaspourazad et al", "", "ICLR", null, "2312.05409"),
             ("An empirical evaluation of generic convolutional and recurrent networks for sequence modeling", "S. Bai|J. Z. Kolter|V. Koltun", null, null, "1803.01271")],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Note, e.Arxiv?.Id)));
        Assert.Equal([8], document.Diagnostics.Where(d => d.RuleId == "EA0030").Select(d => d.Span.Line)); // the notes on an id: reported
    }

    [Fact]
    public void What_this_session_s_review_lines_read()
    {
        // A read-only review's lines against batches 243-246's rules; each reads as the comment on it says.
        const string list = """
            # Review

            | Paper | Who | Where | Notes |
            |---|---|---|---|
            | Variational Network for MRI Reconstruction | Hammernik K, Knoll F | MRM 2018 | follow-up of [arXiv](https://arxiv.org/abs/1805.12345) |
            | RetNet | Sun et al. | Room 204 | [pdf](https://arxiv.org/pdf/2307.08621) |
            | Reading group kickoff | Alice, Bob | Stanford, Gates 104 | [pdf](https://example.com/slides.pdf) · slides |
            | [Efficient Attention](https://arxiv.org/abs/2009.06732) | Yi Tay, Mostafa Dehghani | Seattle, WA | - |

            | Model | Authors | Venue | Notes |
            |---|---|---|---|
            | DistilBERT | Sanh et al. | NeurIPS-W 2019 | [paper](https://arxiv.org/abs/1910.01108) |

            | Title | Authors | Venue |
            |---|---|---|
            | [Efficient Network Number 6 for Audio Tagging](https://arxiv.org/abs/2301.00006) **Best** for beginners | Y. Xu, Q. Kong | ICASSP 2018 |

            - Some Method Number 1 for Imaging, *IEEE TIP 2019* (Stanford & MIT) [[arXiv]](https://arxiv.org/abs/1704.04061)
            - Some Method Number 2 for Imaging, *CVPR 2020* (Workshop) [[arXiv]](https://arxiv.org/abs/1704.04062)
            - Some Method Number 3 for Imaging, *ACL 2020* (Findings) [[arXiv]](https://arxiv.org/abs/1704.04063)
            - Deep Residual Learning for Image Recognition, *CVPR 2016* (Microsoft Research) [[arXiv]](https://arxiv.org/abs/1512.03385)
            - [fastMRI reference implementations](https://github.com/facebookresearch/fastMRI) - Zbontar J, Knoll F, Sriram A. GitHub 2019
            - [Learning a variational network for MRI](https://arxiv.org/abs/1704.04064) - Hammernik K, Klatzer T, Kobler E. Oral 2018
            - [Title Three](https://arxiv.org/abs/2104.00003) - A. One, B. Two. *Workshop on Efficient NLP @ Google 2021*
            - [U-Net: Convolutional Networks for Biomedical Image Segmentation](https://link.springer.com/book/10.1007/978-3-319-24574-4) - O. Ronneberger, P. Fischer, T. Brox. *MICCAI 2015*
            - Gómez-Bombarelli, R., Wei, J. N., & Duvenaud, D. (2018). Automatic chemical design using a data-driven continuous representation of molecules. *ACS Central Science*, 4(2), 268-276. See also https://arxiv.org/abs/1703.01925
            """;
        var document = CatalogParser.Parse(list, "review.md");
        Assert.Equal(
            [("Efficient Attention", "Yi Tay|Mostafa Dehghani", null, (int?)null, null, null),
             ("Efficient Network Number 6 for Audio Tagging", "Y. Xu|Q. Kong", "ICASSP", 2018, null, null),
             ("Some Method Number 1 for Imaging", "", "IEEE TIP", 2019, null, null),
             ("Some Method Number 2 for Imaging", "", "CVPR", 2020, "Workshop", null),
             ("Some Method Number 3 for Imaging", "", "ACL", 2020, "Findings", null),
             ("Deep Residual Learning for Image Recognition", "", "CVPR", 2016, null, null),
             ("Learning a variational network for MRI", "Hammernik K|Klatzer T|Kobler E. Oral 2018", null, null, null, null),
             ("Title Three", "A. One|B. Two", null, null, null, null),
             ("U-Net: Convolutional Networks for Biomedical Image Segmentation", "O. Ronneberger|P. Fischer|T. Brox", "MICCAI", 2015, null, null)],
            document.Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
        // A Notes cell that opens with words, or a model's name beside a leading paper link, or a link off any paper host, is
        // no paper's link; a place in a "Where" column is no venue; a Vancouver list's tail that is no venue's name stays
        // with the names as before; "@ Google" is no host; a conference's proceedings volume at Springer is no book; the APA
        // reference's "See also" URL is another paper's.
    }

    [Fact]
    public void Physics_journals_after_surnames_with_the_year_in_parentheses_and_a_journal_or_preprint_in_code_before_a_plain_title()
    {
        const string list = """
            # Particle physics

            * [Learning Particle Physics by Example: Location-Aware Generative Adversarial Networks for Physics Synthesis](https://arxiv.org/abs/1701.05927) - de Oliveira et al., Comput Softw Big Sci (2017)
            * [How to GAN LHC Events](https://arxiv.org/abs/1907.03764) - Butter, Plehn, Winterhalder, SciPost Phys. (2019)
            * [Fast and Accurate Simulations of Calorimeter Showers with Score-Based Generative Models](https://arxiv.org/abs/2206.11898) -  Mikuni & Nachman, PRD (2022)
            * [Deep Learning and Its Application to LHC Physics](https://arxiv.org/abs/1806.11484) - Dan Guest, Kyle Cranmer, Daniel Whiteson (2018)
            * [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - Vaswani et al., Google Brain (2017)
            * [A Gentle Introduction to Deep Learning for Graphs](https://arxiv.org/abs/1912.12693) - Davide Bacciu, Marco Podda. 2019.

            - `SciPost Phys. 2022` Symmetries, Safety, and Self-Supervision (JetCLR) — Barry M. Dillon et al. [paper](https://arxiv.org/abs/2108.04253)
            - `arXiv 2024` OmniJet-α: The first cross-task foundation model for particle physics — Joschka Birk, Anna Hallin, Gregor Kasieczka [paper](https://arxiv.org/abs/2403.05618)
            - `Mamba 2023` Selective State Spaces for Jets — A One, B Two [paper](https://arxiv.org/abs/2403.05619)
            - `Review 2022` A Survey of Jet Taggers — C Three, D Four [paper](https://arxiv.org/abs/2403.05620)
            """;
        Assert.Equal(
            [("Learning Particle Physics by Example: Location-Aware Generative Adversarial Networks for Physics Synthesis", "de Oliveira|Comput Softw Big Sci", null, (int?)null),
             ("How to GAN LHC Events", "Butter|Plehn|Winterhalder", "SciPost Phys.", 2019),
             ("Fast and Accurate Simulations of Calorimeter Showers with Score-Based Generative Models", "Mikuni|Nachman", "PRD", 2022),
             ("Deep Learning and Its Application to LHC Physics", "Dan Guest|Kyle Cranmer|Daniel Whiteson", null, null),
             ("Attention Is All You Need", "Vaswani|Google Brain", null, null),
             ("A Gentle Introduction to Deep Learning for Graphs", "Davide Bacciu|Marco Podda", null, null),
             ("Symmetries, Safety, and Self-Supervision", "Barry M. Dillon", "SciPost Phys.", 2022),
             ("OmniJet-α: The first cross-task foundation model for particle physics", "Joschka Birk|Anna Hallin|Gregor Kasieczka", null, null),
             ("Mamba 2023 Selective State Spaces for Jets", "A One|B Two", null, null),
             ("Review 2022 A Survey of Jet Taggers", "C Three|D Four", null, null)],
            CatalogParser.Parse(list, "physics.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year)));
    }

    [Fact]
    public void Surnames_before_a_bold_title_a_task_s_open_box_and_a_remark_s_parenthesis_in_notes()
    {
        const string list = """
            # Sim-to-real

            - [x] Yu, Tan, Liu, Turk. **Preparing for the Unknown: Learning a Universal Policy with Online System Identification**. RSS'17. [pdf](https://arxiv.org/pdf/1702.02453)
            - [ ] Du, Watkins, Darrell, Abbeel, Pathak. **Auto-Tuned Sim-to-Real Transfer**. ICRA'21. [pdf](https://arxiv.org/pdf/2104.07662)
            - [ ] Nagabandi et al. **Learning to Adapt in Dynamic, Real-World Environments Through Meta-Reinforcement Learning**. ICLR'19. [pdf](https://arxiv.org/pdf/1803.11347)
            - [x] Methods, Systems. **A One, B Two**. ICRA'21. [pdf](https://arxiv.org/pdf/2104.07663)

            | | Paper | Who | Venue | Notes |
            |---|---|---|---|---|
            | ✅ | [Learning from Simulated and Unsupervised Images through Adversarial Training](https://arxiv.org/abs/1612.07828) | Shrivastava et al. | CVPR'17 | 🏆 Best Paper (SimGAN — not robotics, but everyone cites it) |
            """;
        Assert.Equal(
            [("Preparing for the Unknown: Learning a Universal Policy with Online System Identification", "Yu|Tan|Liu|Turk", "RSS", (int?)2017, null),
             ("Auto-Tuned Sim-to-Real Transfer", "Du|Watkins|Darrell|Abbeel|Pathak", "ICRA", 2021, null),
             ("Learning to Adapt in Dynamic, Real-World Environments Through Meta-Reinforcement Learning", "Nagabandi", "ICLR", 2019, null),
             ("Methods, Systems", "A One|B Two", "ICRA", 2021, null),
             ("Learning from Simulated and Unsupervised Images through Adversarial Training", "Shrivastava", "CVPR", 2017, "Best Paper")],
            CatalogParser.Parse(list, "sim.md").Entries.Select(e => (e.Title, string.Join("|", e.Authors), e.Venue?.Name, e.Venue?.Year, e.Venue?.Note)));
    }

    [Fact]
    public void A_venue_then_an_emoji_and_its_award_after_the_names_full_stop()
    {
        const string list = """
            # Security

            - [Asleep at the Keyboard? Assessing the Security of GitHub Copilot's Code Contributions](https://arxiv.org/pdf/2108.09293.pdf) - Hammond Pearce, Baleegh Ahmad. *IEEE S&P 2022* 🏆 **Distinguished Practical Paper Award**
            - [OpenPrompt: An Open-source Framework for Prompt-learning](https://arxiv.org/abs/2111.01998) - Ning Ding, Shengding Hu. **ACL 2022 Demo** 🏆 Best Demo Paper. [[Code](https://github.com/thunlp/OpenPrompt)]
            - [Swin Transformer: Hierarchical Vision Transformer using Shifted Windows](https://arxiv.org/abs/2103.14030) - Ze Liu, Yutong Lin. ICCV 2021 🏆 Best Paper (Marr Prize)
            """;
        Assert.Equal(
            [("IEEE S&P", (int?)2022, null, "Distinguished Practical Paper Award"),
             ("ACL", 2022, "Demo", "Best Demo Paper"),
             ("ICCV", 2021, null, "Best Paper")],
            CatalogParser.Parse(list, "security.md").Entries.Select(e => (e.Venue?.Name, e.Venue?.Year, e.Venue?.Track, e.Venue?.Note)));
    }

    private static void AssertDiagnostics((string RuleId, int Line)[] expected, CatalogDocument document)
        => Assert.Equal(expected, document.Diagnostics.Select(d => (d.RuleId, d.Span.Line)));

    private static CatalogEntry B(string title, string url, EquatableArray<string> authors, ArxivReference? arxiv, VenueInfo? venue, EquatableArray<string> tags)
        => new(EntryShape.Bullet, title, url, authors, arxiv, venue, null, Links(), tags, null, CategoryOf(title), false, null, default);

    private static string CategoryOf(string title)
        => OneTextBadges.Contains(title, System.StringComparison.Ordinal) ? "Efficient Reasoning"
            : VenuesWithSomethingAround.Contains(title, System.StringComparison.Ordinal) ? "Systems"
            : VenueColumn.Contains(title, System.StringComparison.Ordinal) ? "Table"
            : LayoutsAroundVenues.Contains(title, System.StringComparison.Ordinal) ? "Layouts"
            : "Models";

    /// <summary>A venue as these fixtures read it: no kind, the name, year, track and note as given, the text as written.</summary>
    private static VenueInfo Venue(string name, int year, string text, string? track = null, string? note = null)
        => new(VenueKind.Unspecified, name, year, track, text, note);

    private static EquatableArray<string> Authors(params string[] names) => names.ToEquatableArray();

    private static ArxivReference Ax(string id, int? version = null) => new(id, version);

    private static EquatableArray<LinkInfo> Links(params (LinkKind Kind, string Label, string Url)[] links)
        => links.Select(link => new LinkInfo(link.Kind, link.Label, link.Url)).ToEquatableArray();

    private static EquatableArray<string> Tags(params string[] tags) => tags.ToEquatableArray();

    private static EquatableArray<string> NoTags => Tags();
}
