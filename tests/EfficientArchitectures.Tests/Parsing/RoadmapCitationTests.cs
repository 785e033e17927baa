using System.Linq;
using EfficientArchitectures.Catalog.Model;
using EfficientArchitectures.Catalog.Parsing;
using Xunit;

namespace EfficientArchitectures.Tests.Parsing;

using VenueKind = EfficientArchitectures.Catalog.Model.VenueKind;

/// <summary>
/// The reading roadmap's style (floodsung/Deep-Learning-Papers-Reading-Roadmap and the lists that copy it): numbered
/// citations written as paragraphs outside any list, <c>**[n]** Surname, Given, A Two, and B Three. "**Title**." Source.
/// [[pdf]](url) **(remark)** :star::star:</c>, the names and the source as Google Scholar's MLA gives them, a remark in
/// bold and a rating in stars after the link. One paragraph per paper, or consecutive lines of one paragraph. Written
/// from the form's description, with made-up names and ids; every field of every entry asserted.
/// </summary>
public sealed class RoadmapCitationTests
{
    internal const string ParagraphPerPaper =
        """
        # Speech Things Reading Roadmap

        >Here is a reading roadmap of speech thing papers!

        ## 1.1 Survey

        **[1]** El Amrani, Moira, Jon B. Kestrel, and Fabian Karr. "**Survey on speech things: Features, schemes, and databases**." Pattern Recognition 44.3 (2011): 572-587. [[pdf]](https://arxiv.org/pdf/2501.65501.pdf) **(Classic survey, pre deep learning)** :star::star::star::star:

        **[2]** Tregor, George, et al. "**Adieu things? End-to-end thing recognition with a deep network**." 2016 IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP). IEEE, 2016. [[pdf]](https://arxiv.org/pdf/2501.65502.pdf) **(End-to-end from raw waveform)** :star::star::star::star:

        **[3]** Hanley, Kun, Dong Yuen, and Ivan Tash. "**Thing recognition using deep networks and extreme machines**." Interspeech (2014). [[pdf]](https://www.microsoft.com/en-us/research/publication/thing-recognition-using-deep-networks/) **(Milestone, first DNN for things)** :star::star::star::star:

        **[4]** Simons, Karen, and Andrew Ziss. "**Very deep networks for large-scale thing recognition**." arXiv preprint arXiv:2501.65504 (2014). [[pdf]](https://arxiv.org/pdf/2501.65504.pdf) **(VGGNet,Networks become very deep!)** :star::star::star:

        PRs are welcome! Please keep the format: **[n]** Authors. "**Title**." Venue (Year). [[pdf]](link) :star:

        """;

    [Fact]
    public void A_paragraph_per_paper_reads_every_field()
    {
        var document = CatalogParser.Parse(ParagraphPerPaper, "roadmap.md");
        Assert.Equal(
            new (int, string, string, string?, string, VenueKind?, string?, int?, string?, string?)[]
            {
                // "El Amrani, Moira": the MLA's first name, surname first, is one name, a surname of two words too.
                (7, "Survey on speech things: Features, schemes, and databases", "El Amrani, Moira|Jon B. Kestrel|Fabian Karr", "2501.65501", "https://arxiv.org/pdf/2501.65501.pdf",
                    VenueKind.Unspecified, "Pattern Recognition", 2011, null, null),
                // A conference's long name with its acronym in parentheses, then the publisher and the year.
                (9, "Adieu things? End-to-end thing recognition with a deep network", "Tregor, George", "2501.65502", "https://arxiv.org/pdf/2501.65502.pdf",
                    VenueKind.Unspecified, "ICASSP", 2016, null, null),
                // A link on no paper host: the text is a citation, so the item is a paper and its link the paper's.
                (11, "Thing recognition using deep networks and extreme machines", "Hanley, Kun|Dong Yuen|Ivan Tash", null, "https://www.microsoft.com/en-us/research/publication/thing-recognition-using-deep-networks/",
                    VenueKind.Unspecified, "Interspeech", 2014, null, null),
                // An arXiv preprint is no venue.
                (13, "Very deep networks for large-scale thing recognition", "Simons, Karen|Andrew Ziss", "2501.65504", "https://arxiv.org/pdf/2501.65504.pdf",
                    null, null, null, null, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id, entry.Url,
                entry.Venue?.Kind, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));

        // The bold remark and the stars are neither a note, nor a tag, nor part of the title or names; the stars mark
        // the paper recommended; the link labelled "pdf" is the paper's; the heading is the category.
        Assert.All(document.Entries, entry =>
        {
            Assert.True(entry.Recommended);
            Assert.Empty(entry.Tags);
            Assert.Equal("1.1 Survey", entry.Category);
            Assert.Equal(EntryShape.Bullet, entry.Shape);
            Assert.Null(entry.Repository);
            Assert.Equal(new[] { (LinkKind.Paper, "pdf", entry.Url) }, entry.Links.Select(link => (link.Kind, link.Label, link.Url)));
        });
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    internal const string LinesOfOneParagraph =
        """
        ## 2.1 Model

        **[5]** Srivas, Nitin, et al. "**Dropout things: a simple way to prevent things from overfitting**." Neural Computation 18.7 (2006): 1527-1554. [[pdf]](https://arxiv.org/pdf/2501.65505.pdf) :star::star::star:
        **[6]** Kingsley, Diederik, and Jimmy Bo. "**Adam things: A method for stochastic things**." arXiv preprint arXiv:2501.65506 (2014). [[pdf]](http://arxiv.org/pdf/2501.65506) **(Maybe used most often currently)** :star::star::star:
        **[7]** Marlow, Ziyang, et al. "**emotion2thing: Self-supervised pre-training for thing representation**." Findings of ACL (2024). [[pdf]](https://arxiv.org/pdf/2501.65507.pdf) :star::star::star::star:
        **[8]** Abdel, Mohammed, and Carla Buss. "**Domain adversarial things for acoustic recognition**." IEEE/ACM Transactions on Audio, Speech, and Language Processing 26.12 (2018): 2423-2435. [[pdf]](https://arxiv.org/pdf/2501.65508.pdf) :star::star::star::star:

        """;

    [Fact]
    public void Consecutive_lines_of_one_paragraph_are_a_paper_each()
    {
        var document = CatalogParser.Parse(LinesOfOneParagraph, "roadmap.md");
        Assert.Equal(
            new (int, string, string, string?, string, VenueKind?, string?, int?, string?, string?)[]
            {
                // A journal's volume.issue (year): pages: its name and the year.
                (3, "Dropout things: a simple way to prevent things from overfitting", "Srivas, Nitin", "2501.65505", "https://arxiv.org/pdf/2501.65505.pdf",
                    VenueKind.Unspecified, "Neural Computation", 2006, null, null),
                (4, "Adam things: A method for stochastic things", "Kingsley, Diederik|Jimmy Bo", "2501.65506", "http://arxiv.org/pdf/2501.65506",
                    null, null, null, null, null),
                // "Findings of ACL (2024)": ACL 2024's Findings.
                (5, "emotion2thing: Self-supervised pre-training for thing representation", "Marlow, Ziyang", "2501.65507", "https://arxiv.org/pdf/2501.65507.pdf",
                    VenueKind.Unspecified, "ACL", 2024, "Findings", null),
                // A journal's name with commas of its own.
                (6, "Domain adversarial things for acoustic recognition", "Abdel, Mohammed|Carla Buss", "2501.65508", "https://arxiv.org/pdf/2501.65508.pdf",
                    VenueKind.Unspecified, "IEEE/ACM Transactions on Audio, Speech, and Language Processing", 2018, null, null),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id, entry.Url,
                entry.Venue?.Kind, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.All(document.Entries, entry =>
        {
            Assert.True(entry.Recommended);
            Assert.Empty(entry.Tags);
            Assert.Equal("2.1 Model", entry.Category);
            Assert.Equal(new[] { (LinkKind.Paper, "pdf", entry.Url) }, entry.Links.Select(link => (link.Kind, link.Label, link.Url)));
        });
        // Each line is its own entry, its span its line alone.
        Assert.Equal(new[] { 1, 1, 1, 1 }, document.Entries.Select(entry => entry.Span.EndLine - entry.Span.StartLine + 1));
        Assert.Empty(document.Diagnostics);
    }

    internal const string NamesTitlesAndRemarks =
        """
        ## 2.4 Sequence Models

        **[36]** Gravel, Alex. "**Generating things with recurrent networks**." arXiv preprint arXiv:2501.65509 (2013). [[pdf]](http://arxiv.org/pdf/2501.65509) **(LSTM, very nice generating result)** :star::star::star::star:

        **[37]** Kimber, Jaebok, et al. "**Towards thing recognition "in the wild" using aggregated corpora**." Interspeech (2017). [[pdf]](https://arxiv.org/pdf/2501.65510.pdf) :star::star::star:

        **[38]** Sutton, Ilya, et al. "**On the importance of momentum in deep things**." ICML (3) 28 (2013): 1139-1147. [[pdf]](https://arxiv.org/pdf/2501.65511.pdf) **(Momentum optimizer)** :star::star:

        **[39]** W. Xiong, J. Dropp, X. Huang, G. Zweig "**Achieving Parity in Conversational Things**." arXiv preprint arXiv:2501.65512 (2016). [[pdf]](https://arxiv.org/pdf/2501.65512v1) **(State-of-the-art in things, Microsoft)** :star::star::star::star:

        **[40]** Yoon, Seung, Seok Byun, and Kyo Jung. "**Multimodal things using audio and text**." 2018 IEEE Spoken Language Technology Workshop (SLT). IEEE, 2018. [[pdf]](https://arxiv.org/pdf/2501.65513.pdf) :star::star::star::star:

        **[41]** Sutton, Ilya, Oriol Vinals, and Quoc V. Lee. "**Sequence to sequence things**." arXiv preprint arXiv:2501.65514 (2014). [[pdf]](https://arxiv.org/pdf/2501.65514.pdf) **(Outstanding Work)** :star::star::star::star::star:

        **[42]** Hess, Kaiming, et al. "**Deep residual things for image recognition**." arXiv preprint arXiv:2501.65515 (2015). [[pdf]](https://arxiv.org/pdf/2501.65515.pdf) **(ResNet,Very very deep networks, CVPR best paper)** :star::star::star::star::star:

        """;

    [Fact]
    public void Names_titles_and_sources_of_other_shapes_and_the_remarks_are_read()
    {
        var document = CatalogParser.Parse(NamesTitlesAndRemarks, "roadmap.md");
        Assert.Equal(
            new (int, string, string, string?, VenueKind?, string?, int?, string?, string?)[]
            {
                // One name, surname first, and no other.
                (3, "Generating things with recurrent networks", "Gravel, Alex", "2501.65509", null, null, null, null, null),
                // Quotation marks inside the title.
                (5, "Towards thing recognition \"in the wild\" using aggregated corpora", "Kimber, Jaebok", "2501.65510", VenueKind.Unspecified, "Interspeech", 2017, null, null),
                // "ICML (3) 28 (2013)": the proceedings' part in parentheses is no part of the name.
                (7, "On the importance of momentum in deep things", "Sutton, Ilya", "2501.65511", VenueKind.Unspecified, "ICML", 2013, null, null),
                // Initials first, and no full stop between the names and the title.
                (9, "Achieving Parity in Conversational Things", "W. Xiong|J. Dropp|X. Huang|G. Zweig", "2501.65512", null, null, null, null, null),
                // A workshop's long name with its acronym in parentheses: the acronym, the event itself.
                (11, "Multimodal things using audio and text", "Yoon, Seung|Seok Byun|Kyo Jung", "2501.65513", VenueKind.Unspecified, "SLT", 2018, null, null),
                // "(Outstanding Work)" is praise, no distinction.
                (13, "Sequence to sequence things", "Sutton, Ilya|Oriol Vinals|Quoc V. Lee", "2501.65514", null, null, null, null, null),
                // A preprint, and the remark names the distinction a venue gave it, with no year.
                (15, "Deep residual things for image recognition", "Hess, Kaiming", "2501.65515", VenueKind.Unspecified, "CVPR", null, null, "Best paper"),
            },
            document.Entries.Select(entry => (entry.Line, entry.Title, string.Join("|", entry.Authors), entry.Arxiv?.Id,
                entry.Venue?.Kind, entry.Venue?.Name, entry.Venue?.Year, entry.Venue?.Track, entry.Venue?.Note)));
        Assert.All(document.Entries, entry => Assert.True(entry.Recommended));
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.RuleId == "EA0030");
    }

    [Theory]
    [InlineData("[arXiv:1412.6550](https://arxiv.org/abs/1412.6550)")]
    [InlineData("[CoRR, abs/1412.6550](https://arxiv.org/pdf/1412.6550.pdf)")]
    [InlineData("[CoRR abs/1412.6550](https://arxiv.org/pdf/1412.6550.pdf)")]
    [InlineData("[CoRR,abs/1412.6550](https://arxiv.org/pdf/1412.6550.pdf)")]
    [InlineData("CoRR, abs/1412.6550")]
    [InlineData("arXiv: 1412.6550")]
    public void An_arxiv_id_after_its_prefix_is_the_paper_s_link_linked_or_not(string source)
    {
        // One spelling of the prefixes ("arXiv:", DBLP's "CoRR, abs/") for an id in text and a link's label that is one
        // (TextLinks): a guard written when the label's rule stopped spelling them itself; it passed before as after.
        var entry = Assert.Single(CatalogParser.Parse("## Papers\n\n- Fitnets: Hints for Thin Things. Adriana Romero, Nicolas Ballas. " + source + "\n", "f.md").Entries);
        Assert.Equal(("Fitnets: Hints for Thin Things", "1412.6550"), (entry.Title, entry.Arxiv?.Id));
        Assert.Equal(new[] { "Adriana Romero", "Nicolas Ballas" }, entry.Authors);
    }
}
