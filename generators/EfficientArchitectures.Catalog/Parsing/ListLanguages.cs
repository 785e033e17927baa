using System;
using System.Collections.Generic;
using System.Linq;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The words a paper list kept in a language other than English writes where an English list writes "Authors:",
/// "[Code]", "et al.", "and", "(Oral)" or "Published in": one table per language. The readers that know an English
/// word (<see cref="FieldLabels"/>, <see cref="PaperLinks"/>, <see cref="AuthorList"/>, <see cref="VenueText"/>,
/// <see cref="VenueAndDate"/>, <see cref="OtherMaterial"/>) take the other languages' words from here, so a new language
/// is one table. Sentence forms (a workshop written "taller X de ICLR 2020") stay with the reader of their grammar.
/// </summary>
internal sealed class ListLanguage
{
    /// <summary>Labels of the authors' field (<c>作者</c>, <c>Tác giả</c>), compared in any case.</summary>
    public string[] AuthorLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of the title's field or column (<c>标题</c>, <c>タイトル</c>).</summary>
    public string[] TitleLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of the venue's field or column (<c>会議</c>, <c>Rivista</c>, <c>Konferans</c>).</summary>
    public string[] VenueLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of the field or column that holds the links (<c>リンク</c>, <c>Liên kết</c>).</summary>
    public string[] LinksLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of the year's field or column (<c>年</c>, <c>Año</c>).</summary>
    public string[] YearLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of what kind of thing an entry is (<c>種類</c>, <c>Tipo</c>).</summary>
    public string[] TypeLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of an award's field, its value the venue's note (<c>Penghargaan</c>).</summary>
    public string[] AwardLabels { get; init; } = Array.Empty<string>();

    /// <summary>Labels of any other field (a summary, a note, keywords).</summary>
    public string[] OtherLabels { get; init; } = Array.Empty<string>();

    /// <summary>Link labels that name the paper (<c>论文</c>, <c>статья</c>, <c>makale</c>).</summary>
    public string[] PaperLinkWords { get; init; } = Array.Empty<string>();

    /// <summary>Link labels that name the code (<c>代码</c>, <c>codice</c>, <c>mã nguồn</c>).</summary>
    public string[] CodeLinkWords { get; init; } = Array.Empty<string>();

    /// <summary>Link labels that name a model's weights (<c>mô hình</c>).</summary>
    public string[] ModelLinkWords { get; init; } = Array.Empty<string>();

    /// <summary>Link labels that name a blog post (<c>博客</c>, <c>блог</c>).</summary>
    public string[] BlogLinkWords { get; init; } = Array.Empty<string>();

    /// <summary>Link labels that name a project's page (<c>项目主页</c>, <c>progetto</c>).</summary>
    public string[] ProjectLinkWords { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The regular expression (an alternative of a larger one) of the words written for "et al." after the names, with
    /// what may stand around them (<c>等</c> right after a name, <c> e altri</c> after a space).
    /// </summary>
    public string? EtAlPattern { get; init; }

    /// <summary>What <see cref="EtAlPattern"/> holds, found before it runs (most author lists have none of them).</summary>
    public string[] EtAlWords { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The words for "and" between the last two names (<c>et</c>, <c>und</c>, <c>và</c>; Ukrainian writes <c>та</c> and
    /// <c>і</c>), a capital after each.
    /// </summary>
    public string[] NamesJoinWords { get; init; } = Array.Empty<string>();

    /// <summary>Words that make a piece of a venue a distinction, its note (<c>口头报告</c>, <c>sözlü</c>).</summary>
    public string[] NoteWords { get; init; } = Array.Empty<string>();

    /// <summary>Distinctions as written, and as the conferences give them in English (<c>口头报告</c>: <c>Oral</c>).</summary>
    public (string Written, string English)[] Notes { get; init; } = Array.Empty<(string, string)>();

    /// <summary>Tracks as written, and as the English forms write them (<c>ワークショップ</c>: <c>Workshop</c>; <c>sesi demo</c>: <c>Demo</c>).</summary>
    public (string Written, string English)[] Tracks { get; init; } = Array.Empty<(string, string)>();

    /// <summary>Labels written before a distinction (<c>destaque:</c>), with their colon.</summary>
    public string[] NoteLabels { get; init; } = Array.Empty<string>();

    /// <summary>Phrases that introduce a venue, a space after them (<c>Publicado em </c>, <c>Pubblicato a </c>).</summary>
    public string[] VenueIntroducingPhrases { get; init; } = Array.Empty<string>();

    /// <summary>The regular expression (an alternative) of a preprint written in the language (<c>препринт(?:\s+arxiv)?</c>).</summary>
    public string? PreprintPattern { get; init; }

    /// <summary>The regular expression (an alternative) of kinds of material that are never a paper (slides, lectures, books).</summary>
    public string? MaterialPattern { get; init; }

    /// <summary>The regular expression (an alternative) of kinds of resources a Type field names (a dataset, a library, a website).</summary>
    public string? ResourcePattern { get; init; }

    /// <summary>The regular expression (an alternative) of a Type field's words for "not a paper" (<c>논문 아님</c>).</summary>
    public string? NotAPaperPattern { get; init; }
}

/// <summary>The languages paper lists are kept in besides English, each one table (<see cref="ListLanguage"/>).</summary>
internal static class ListLanguages
{
    private static readonly ListLanguage Chinese = new()
    {
        AuthorLabels = new[] { "作者" },
        TitleLabels = new[] { "标题", "標題" },
        VenueLabels = new[] { "发表", "发表于", "会议", "期刊", "收录" }, // published (in), conference, journal, included in
        LinksLabels = new[] { "链接", "论文", "代码", "项目主页" }, // links, paper, code, project page
        YearLabels = new[] { "年份", "年度" },
        TypeLabels = new[] { "类型" },
        OtherLabels = new[] { "简介", "摘要", "备注", "关键词" }, // introduction, abstract, remark, keywords
        PaperLinkWords = new[] { "论文" },
        CodeLinkWords = new[] { "代码" },
        BlogLinkWords = new[] { "博客" },
        ProjectLinkWords = new[] { "项目主页" },
        EtAlPattern = @"(?<=[\p{L}.])\s*\u7B49(?=$|[\s,.;(\uFF08])", // "Hongjian Zhou, Fenglin Liu 等"
        EtAlWords = new[] { "\u7B49" },
        NoteWords = new[] { "口头报告", "最佳论文", "杰出论文", "亮点论文" }, // oral, best paper, outstanding paper, highlight
        Notes = new[] { ("口头报告", "Oral"), ("最佳论文", "Best Paper"), ("杰出论文", "Outstanding Paper") },
        Tracks = new[] { ("数据集与基准", "Datasets and Benchmarks") }, // "NeurIPS 2023 数据集与基准"
        ResourcePattern = @"(?:工具包?|数据集|视频|教程|知乎|博客|网站|代码库|排行榜|开源项目)",
    };

    private static readonly ListLanguage Japanese = new()
    {
        AuthorLabels = new[] { "著者" },
        TitleLabels = new[] { "タイトル" },
        VenueLabels = new[] { "会議", "学会", "掲載", "ジャーナル", "論文誌" }, // conference, society, published in, journal (twice)
        LinksLabels = new[] { "リンク", "論文", "コード" },
        YearLabels = new[] { "年" },
        TypeLabels = new[] { "種類" },
        OtherLabels = new[] { "メモ", "備考", "概要", "キーワード" }, // memo, remark, summary, keywords
        PaperLinkWords = new[] { "論文" },
        CodeLinkWords = new[] { "コード" },
        BlogLinkWords = new[] { "ブログ" },
        ProjectLinkWords = new[] { "プロジェクト" },
        EtAlPattern = @"(?:(?<=[\p{L}.])\s+|(?<=[A-Za-z.]))(?:\u307B\u304B|\u4ED6)(?=$|[\s,.;(\uFF08])", // "Alec Radford, Jong Wook Kim ほか"
        EtAlWords = new[] { "\u307B\u304B", "\u4ED6" },
        NoteWords = new[] { "口頭発表", "スポットライト", "ハイライト", "最優秀論文賞", "優秀論文賞", "最優秀論文賞ファイナリスト", "佳作", "優勝", "1位", "2位", "3位" }, // ... winner, 1st to 3rd place
        Notes = new[]
        {
            ("口頭発表", "Oral"), ("スポットライト", "Spotlight"), ("ハイライト", "Highlight"), ("最優秀論文賞", "Best Paper"), ("優秀論文賞", "Outstanding Paper"),
            ("最優秀論文賞ファイナリスト", "Best Paper Finalist"), ("最優秀論文賞佳作", "Best Paper Honorable Mention"), ("佳作", "Honorable Mention"),
        },
        Tracks = new[] { ("ワークショップ", "Workshop") },
        MaterialPattern = @"スライド|ブログ|講義|動画", // slides, blog, lecture, video
        ResourcePattern = @"(?:データセット|ウェブサイト|リーダーボード|ツール|ライブラリ)",
    };

    private static readonly ListLanguage Korean = new()
    {
        AuthorLabels = new[] { "저자" },
        TitleLabels = new[] { "제목" },
        VenueLabels = new[] { "학회", "학술대회", "저널", "게재" }, // conference, journal, published in
        LinksLabels = new[] { "논문", "코드", "링크" },
        YearLabels = new[] { "연도" },
        TypeLabels = new[] { "형태", "유형", "종류" },
        OtherLabels = new[] { "한줄 요약", "요약", "비고", "키워드", "메모", "데이터" }, // one-line summary, summary, remark, keywords, memo, data
        PaperLinkWords = new[] { "논문" },
        CodeLinkWords = new[] { "코드" },
        BlogLinkWords = new[] { "블로그" },
        ProjectLinkWords = new[] { "프로젝트" },
        // "Hugo Touvron, Louis Martin 외": after a space or a Latin name only (외 ends Korean words too).
        EtAlPattern = @"(?:(?<=[\p{L}.])\s+|(?<=[A-Za-z.]))\uC678(?=$|[\s,.;(\uFF08])",
        EtAlWords = new[] { "\uC678" },
        NoteWords = new[] { "구두", "스포트라이트", "하이라이트", "논문상" }, // oral (presentation), spotlight, highlight, paper award
        Notes = new[] { ("구두 발표", "Oral"), ("스포트라이트", "Spotlight"), ("하이라이트", "Highlight"), ("최우수 논문상", "Best Paper"), ("우수 논문상", "Outstanding Paper") },
        Tracks = new[] { ("워크숍", "Workshop") },
        MaterialPattern = @"슬라이드|발표\s?자료|강의(?:\s?자료)?|블로그(?:\s?포스트)?", // slides, talk's slides, lecture (notes), blog (post)
        ResourcePattern = @"(?:오픈\s?소스|데이터\s?셋|웹\s?사이트|리더\s?보드|프로젝트|도구|라이브러리)", // open source, dataset, website, leaderboard, project, tool, library
        NotAPaperPattern = @"논문\s?아님",
    };

    private static readonly ListLanguage Spanish = new()
    {
        AuthorLabels = new[] { "autores", "autor" },
        TitleLabels = new[] { "título" },
        VenueLabels = new[] { "publicado en", "conferencia", "revista" },
        LinksLabels = new[] { "código", "enlace", "enlaces" },
        YearLabels = new[] { "año" },
        TypeLabels = new[] { "tipo" },
        OtherLabels = new[] { "notas", "nota", "resumen" },
        EtAlPattern = @"(?<=\p{L})\s+y\s+otros(?=$|[\s,.;(])",
        EtAlWords = new[] { " y otros" },
        NoteWords = new[] { "mejor", "destacado", "honorífica" }, // mejor artículo, artículo destacado, mención honorífica (and "presentación oral")
        Notes = new[]
        {
            ("presentación oral", "Oral"), ("mejor artículo", "Best Paper"), ("artículo destacado", "Outstanding Paper"), ("mención honorífica", "Honorable Mention"),
            ("mejor artículo de recursos", "Best Resource Paper"), ("mejor artículo temático", "Best Theme Paper"),
        },
        MaterialPattern = @"cursos?|libros?|diapositivas|charlas?", // course, book, slides, talk
        ResourcePattern = @"(?:conjuntos?\s+de\s+datos|bibliotecas?|herramientas?|sitio\s+web|tablas?\s+de\s+clasificaci[oó]n)\b",
    };

    private static readonly ListLanguage French = new()
    {
        TitleLabels = new[] { "titre" },
        YearLabels = new[] { "année" },
        EtAlPattern = @"(?<=\p{L})\s+et\s+coll\.?(?=$|[\s,;(])",
        EtAlWords = new[] { " et coll" },
        NamesJoinWords = new[] { "et" }, // "D. Ha et J. Schmidhuber" (not "et al.")
        NoteWords = new[] { "orale", "meilleur", "remarquable" }, // présentation orale, meilleur article, article remarquable (and "mention honorable")
        Notes = new[] { ("présentation orale", "Oral"), ("meilleur article", "Best Paper"), ("article remarquable", "Outstanding Paper"), ("mention honorable", "Honorable Mention") },
        PreprintPattern = @"pr\u00E9publication(?:\s+arxiv)?",
    };

    private static readonly ListLanguage German = new()
    {
        AuthorLabels = new[] { "autoren" },
        TitleLabels = new[] { "titel" },
        VenueLabels = new[] { "veröffentlicht", "veröffentlicht in", "konferenz" },
        YearLabels = new[] { "jahr" },
        TypeLabels = new[] { "art" },
        OtherLabels = new[] { "notiz", "zusammenfassung" },
        EtAlPattern = @"(?<=\p{L})\s+u\.\s?a\.(?=$|[\s,;(])",
        EtAlWords = new[] { " u." }, // "u. a." and "u.a."
        NamesJoinWords = new[] { "und" },
        NoteWords = new[] { "vortrag", "bester", "herausragender" }, // Vortrag (an oral), Bester Artikel, Herausragender Artikel
        Notes = new[] { ("Vortrag", "Oral"), ("Bester Artikel", "Best Paper"), ("Herausragender Artikel", "Outstanding Paper") },
        MaterialPattern = @"kurs|blogbeitrag|folien|vortragsfolien", // course, blog post, slides
        ResourcePattern = @"(?:bibliothek|werkzeug|datensatz|benchmark-webseite|webseite)\b",
    };

    private static readonly ListLanguage Portuguese = new()
    {
        AuthorLabels = new[] { "autores", "autor" },
        TitleLabels = new[] { "título" },
        VenueLabels = new[] { "periódico", "conferência", "publicação", "revista", "evento" }, // journal, conference, publication, journal, event
        YearLabels = new[] { "ano" },
        TypeLabels = new[] { "tipo" },
        EtAlPattern = @"(?<=\p{L})\s+e\s+outros(?=$|[\s,.;(])",
        EtAlWords = new[] { " e outros" },
        NamesJoinWords = new[] { "e" }, // "Yury Gorishniy, Akim Kotelnikov e Artem Babenko"
        NoteWords = new[] { "destaque" }, // "destaque: Spotlight"
        Notes = new[] { ("Melhor Artigo", "Best Paper"), ("Melhor Artigo Longo", "Best Long Paper"), ("Menção Honrosa", "Honorable Mention") }, // "ACL 2024 (Melhor Artigo)"
        NoteLabels = new[] { "destaque:", "prêmio:" },
        VenueIntroducingPhrases = new[] { "Publicado em ", "Publicado na ", "Publicado no ", "Aceito na ", "Aceito no ", "Aceito em " },
        MaterialPattern = @"palestras?|livros?|semin[aá]rios?", // talk, book, seminar (curso as in Spanish)
    };

    private static readonly ListLanguage Italian = new()
    {
        VenueLabels = new[] { "rivista", "conferenza" },
        YearLabels = new[] { "anno" },
        PaperLinkWords = new[] { "articolo" },
        CodeLinkWords = new[] { "codice" },
        ProjectLinkWords = new[] { "progetto", "pagina del progetto" },
        EtAlPattern = @"(?<=\p{L})\s+e\s+altri(?=$|[\s,.;(])",
        EtAlWords = new[] { " e altri" },
        NamesJoinWords = new[] { "e" },
        NoteWords = new[] { "premio", "miglior", "orale" }, // "Premio miglior articolo" (best paper award), "(orale)"
        Notes = new[] { ("orale", "Oral"), ("Premio miglior articolo", "Best Paper"), ("miglior articolo", "Best Paper") },
        VenueIntroducingPhrases = new[] { "Pubblicato a ", "Pubblicato in ", "Pubblicato su ", "Accettato a ", "Accettato al ", "Accettato alla " },
    };

    private static readonly ListLanguage Russian = new()
    {
        YearLabels = new[] { "год" },
        PaperLinkWords = new[] { "статья" },
        CodeLinkWords = new[] { "код" },
        BlogLinkWords = new[] { "блог" },
        ProjectLinkWords = new[] { "проект" },
        EtAlPattern = @"(?<=[\p{L}.])\s+и\s+др\.?(?=$|[\s,;(])",
        EtAlWords = new[] { " и др" },
        NamesJoinWords = new[] { "и" }, // "Irving G., Christiano P. и Amodei D."
        NoteWords = new[] { "устный", "спотлайт", "лучшая" }, // устный доклад (an oral), спотлайт, лучшая статья (best paper)
        Notes = new[] { ("устный доклад", "Oral"), ("спотлайт", "Spotlight"), ("лучшая статья", "Best Paper") }, // compared in any case
        PreprintPattern = @"препринт(?:\s+arxiv)?",
    };

    private static readonly ListLanguage Vietnamese = new()
    {
        AuthorLabels = new[] { "tác giả" },
        TitleLabels = new[] { "tiêu đề" },
        VenueLabels = new[] { "hội nghị", "tạp chí", "nguồn" }, // conference, journal, source
        LinksLabels = new[] { "liên kết" },
        YearLabels = new[] { "năm" },
        OtherLabels = new[] { "ghi chú", "tóm tắt" }, // note, summary
        PaperLinkWords = new[] { "bài báo" },
        CodeLinkWords = new[] { "mã nguồn" },
        ModelLinkWords = new[] { "mô hình" },
        ProjectLinkWords = new[] { "trang dự án" },
        EtAlPattern = @"(?<=\p{L})\s+và\s+cộng\s+sự(?=$|[\s,.;(])",
        EtAlWords = new[] { " và cộng sự" },
        NamesJoinWords = new[] { "và" },
        NoteWords = new[] { "trình bày miệng", "xuất sắc", "nổi bật" }, // oral, outstanding (best paper), spotlight
        Notes = new[]
        {
            ("trình bày miệng", "Oral"), ("bài báo xuất sắc nhất", "Best Paper"), ("giải bài báo xuất sắc", "Outstanding Paper"),
            ("á quân giải bài báo xuất sắc", "Outstanding Paper Runner-Up"), ("nổi bật", "Spotlight"),
        },
        PreprintPattern = @"bản\s+thảo(?:\s+arxiv)?",
        MaterialPattern = @"bài\s+giảng", // lecture
    };

    private static readonly ListLanguage Turkish = new()
    {
        AuthorLabels = new[] { "yazarlar", "yazar" },
        TitleLabels = new[] { "başlık" },
        VenueLabels = new[] { "konferans", "dergi", "yayın", "yayınlandığı yer" }, // conference, journal, publication, published in
        LinksLabels = new[] { "bağlantılar", "bağlantı" },
        YearLabels = new[] { "yıl" },
        OtherLabels = new[] { "not", "özet", "açıklama" }, // note, summary, description
        PaperLinkWords = new[] { "makale", "bildiri" },
        CodeLinkWords = new[] { "kod", "kaynak kod" },
        ProjectLinkWords = new[] { "proje sayfası" },
        EtAlPattern = @"(?<=\p{L})\s+ve\s+diğerleri(?=$|[\s,.;(])",
        EtAlWords = new[] { " ve diğerleri" },
        NamesJoinWords = new[] { "ve" },
        NoteWords = new[] { "sözlü", "öne çıkan", "ödülü" }, // sözlü sunum (an oral), öne çıkan (spotlight), en iyi makale ödülü (best paper award)
        Notes = new[] { ("sözlü sunum", "Oral"), ("öne çıkan", "Spotlight"), ("en iyi makale ödülü", "Best Paper"), ("en iyi makale", "Best Paper") },
        PreprintPattern = @"arxiv\s+ön\s+baskı|ön\s+baskı",
        MaterialPattern = @"ders\s+notlar[ıi]|slaytlar?", // lecture notes, slides
    };

    private static readonly ListLanguage Polish = new()
    {
        AuthorLabels = new[] { "autorzy", "autor" },
        TitleLabels = new[] { "tytuł" },
        VenueLabels = new[] { "konferencja", "czasopismo", "publikacja" }, // conference, journal, publication
        LinksLabels = new[] { "linki", "odnośniki" },
        YearLabels = new[] { "rok" },
        OtherLabels = new[] { "uwaga", "uwagi", "opis", "streszczenie" }, // note(s), description, abstract
        PaperLinkWords = new[] { "artykuł" },
        CodeLinkWords = new[] { "kod" },
        EtAlPattern = @"(?<=[\p{L}.])\s+i\s+in\.?(?=$|[\s,;(])",
        EtAlWords = new[] { " i in" },
        NamesJoinWords = new[] { "i" }, // "Robert Mroczkowski, Piotr Rybak i Ireneusz Gawlik"
        NoteWords = new[] { "ustne", "najlepszy", "wyróżnienie" }, // wystąpienie ustne (an oral), najlepszy artykuł, wyróżnienie
        Notes = new[] { ("wystąpienie ustne", "Oral"), ("najlepszy artykuł", "Best Paper"), ("wyróżnienie", "Honorable Mention") },
        PreprintPattern = @"preprint\s+arxiv", // "preprint arXiv, 2024"
        MaterialPattern = @"slajdy|wykłady?", // slides, lecture(s)
    };

    private static readonly ListLanguage Indonesian = new()
    {
        AuthorLabels = new[] { "penulis" },
        TitleLabels = new[] { "judul" },
        VenueLabels = new[] { "konferensi", "jurnal", "publikasi", "diterbitkan di" }, // conference, journal, publication, published in
        LinksLabels = new[] { "tautan" },
        YearLabels = new[] { "tahun" },
        AwardLabels = new[] { "penghargaan" },
        OtherLabels = new[] { "catatan", "ringkasan" }, // note, summary
        PaperLinkWords = new[] { "makalah" },
        CodeLinkWords = new[] { "kode" },
        EtAlPattern = @"(?<=[\p{L}.]),?\s+dkk\.?(?=$|[\s,;(])", // "Bryan Wilie, Karissa Vincentio, dkk."
        EtAlWords = new[] { " dkk" },
        NamesJoinWords = new[] { "dan" },
        NoteWords = new[] { "lisan", "terbaik", "luar biasa", "sorotan" }, // presentasi lisan (an oral), makalah terbaik, makalah luar biasa, sorotan
        Notes = new[]
        {
            ("presentasi lisan", "Oral"), ("makalah terbaik", "Best Paper"), ("makalah panjang terbaik", "Best Long Paper"), ("makalah luar biasa", "Outstanding Paper"),
            ("runner-up makalah luar biasa", "Outstanding Paper Runner-Up"), ("sorotan", "Spotlight"),
        },
        Tracks = new[] { ("lokakarya", "Workshop"), ("sesi demo", "Demo") }, // "ACL 2019, lokakarya ALW3", "ACL 2024 (sesi demo)"
        PreprintPattern = @"pracetak(?:\s+arxiv)?", // "pracetak arXiv, 2024"
    };

    private static readonly ListLanguage Dutch = new()
    {
        AuthorLabels = new[] { "auteurs", "auteur", "door" }, // "Auteurs: A One, B Two en C Three", "Door: A One en B Two"
        TitleLabels = new[] { "titel" },
        VenueLabels = new[] { "gepubliceerd op", "gepubliceerd in", "verschenen op", "verschenen in", "tijdschrift", "conferentie", "publicatie" }, // published at/in, appeared at/in, journal, conference, publication
        YearLabels = new[] { "jaar" },
        AwardLabels = new[] { "onderscheiding", "prijs" }, // "Onderscheiding: Prijs voor het beste artikel" (distinction, award)
        OtherLabels = new[] { "opmerking", "opmerkingen", "samenvatting", "notitie" }, // remark(s), summary, note
        PaperLinkWords = new[] { "artikel" },
        ProjectLinkWords = new[] { "projectpagina" },
        EtAlPattern = @"(?<=[\p{L}.]),?\s+e\.\s?a\.?(?=$|[\s,;(])", // "Bo Peng, Eric Alcaide, Quentin Anthony e.a."
        EtAlWords = new[] { " e.a", " e. a" },
        NamesJoinWords = new[] { "en" }, // "Albert Gu, Karan Goel en Christopher Ré"
        NoteWords = new[] { "mondelinge", "beste", "uitmuntend", "eervolle" }, // mondelinge presentatie (an oral), beste artikel, uitmuntend artikel, eervolle vermelding
        Notes = new[]
        {
            ("mondelinge presentatie", "Oral"), ("prijs voor het beste artikel", "Best Paper"), ("beste artikel", "Best Paper"),
            ("uitmuntend artikel", "Outstanding Paper"), ("eervolle vermelding", "Honorable Mention"),
            ("eervolle vermelding voor uitmuntend artikel", "Outstanding Paper Honorable Mention"),
        },
        Tracks = new[] { ("werkplaats", "Workshop") }, // "NeurIPS 2019, werkplaats EMC²" (the sentence "Werkplaats over X op NeurIPS 2019" is VenueText's)
        PreprintPattern = @"voorpublicatie(?:\s+op)?(?:\s+arxiv)?", // "voorpublicatie op arXiv (2024)", "Voorpublicatie op arXiv, 2020"
        MaterialPattern = @"college-?reeks|dia's", // lecture series, slides (not "college" alone: an English word too)
    };

    private static readonly ListLanguage Arabic = new()
    {
        AuthorLabels = new[] { "المؤلفون", "المؤلف" }, // "المؤلفون: A One، B Two و C Three"
        TitleLabels = new[] { "العنوان" },
        VenueLabels = new[] { "المؤتمر", "المجلة", "الحالة" }, // conference, journal, status ("الحالة: نسخة أولية على arXiv، 2023")
        LinksLabels = new[] { "الروابط", "الرابط" },
        YearLabels = new[] { "السنة" },
        AwardLabels = new[] { "الجائزة" },
        OtherLabels = new[] { "نبذة", "ملاحظة", "ملاحظات", "ملخص" }, // brief, note(s), summary
        PaperLinkWords = new[] { "الورقة", "ورقة" }, // "[[الورقة]](url)"
        CodeLinkWords = new[] { "الكود", "الشيفرة" },
        ModelLinkWords = new[] { "النموذج" },
        BlogLinkWords = new[] { "تدوينة" },
        // "Neha Sengupta، Sunil Kumar Sahu، Bokang Jia وآخرون": "and others", the "و" ("and") joined to it or apart.
        EtAlPattern = @"(?<=[\p{L}.])[\s\u060C,]+\u0648\s?\u0622\u062E\u0631\u0648\u0646(?=$|[\s,.;(\u060C])",
        EtAlWords = new[] { "\u0622\u062E\u0631\u0648\u0646" },
        NamesJoinWords = new[] { "\u0648" }, // "Wissam Antoun، Fady Baly و Hazem Hajj"
        NoteWords = new[] { "شفهي", "أفضل", "المتميزة", "متميزة", "جائزة", "وصيف" }, // oral, best, outstanding (twice), award, runner-up
        Notes = new[]
        {
            ("عرض شفهي", "Oral"), ("أفضل ورقة", "Best Paper"), ("جائزة أفضل ورقة", "Best Paper"), ("أفضل ورقة طويلة", "Best Long Paper"),
            ("أفضل ورقة قصيرة", "Best Short Paper"), ("الورقة المتميزة", "Outstanding Paper"), ("جائزة الورقة المتميزة", "Outstanding Paper"),
            ("ورقة متميزة", "Outstanding Paper"), ("وصيف جائزة الورقة المتميزة", "Outstanding Paper Runner-Up"),
        },
        Tracks = new[] { ("ورشة", "Workshop") }, // "ACL 2019، ورشة WANLP"
        PreprintPattern = @"نسخة\s+أولية(?:\s+على\s+arxiv)?", // "نسخة أولية على arXiv، 2021" (a first version on arXiv)
        MaterialPattern = @"شرائح|محاضرات?|تدوينة|مقرر", // slides, lecture(s), blog post, course
    };

    private static readonly ListLanguage Ukrainian = new()
    {
        AuthorLabels = new[] { "автори", "автор" }, // "**Автори:** A One, B Two та C Three", "**Автор:** OpenAI"
        TitleLabels = new[] { "назва" },
        VenueLabels = new[] { "опубліковано", "конференція", "журнал", "публікація" }, // published, conference, journal, publication
        LinksLabels = new[] { "посилання", "код" }, // "**Посилання:** [Сторінка проєкту](url)", "**Код:** [GitHub](url)"
        YearLabels = new[] { "рік" },
        TypeLabels = new[] { "тип" },
        AwardLabels = new[] { "відзнака", "нагорода" }, // "**Відзнака:** Найкраща стаття" (distinction, award)
        OtherLabels = new[] { "дані", "примітка", "примітки", "опис", "анотація" }, // data, note(s), description, abstract
        PaperLinkWords = new[] { "стаття" },
        CodeLinkWords = new[] { "код" },
        BlogLinkWords = new[] { "блог", "допис" },
        ProjectLinkWords = new[] { "сторінка проєкту", "проєкт" },
        EtAlPattern = @"(?<=[\p{L}.])\s+(?:та|і)\s+ін\.?(?=$|[\s,;(])", // "Tom B. Brown, Benjamin Mann та ін."
        EtAlWords = new[] { " та ін", " і ін" },
        NamesJoinWords = new[] { "та", "і" }, // "Albert Gu, Karan Goel та Christopher Ré", "Jacob Devlin, Kenton Lee і Kristina Toutanova"
        NoteWords = new[] { "усна", "найкраща", "почесна" }, // усна доповідь (an oral), найкраща стаття (best paper), почесна згадка (honorable mention)
        Notes = new[]
        {
            ("усна доповідь", "Oral"), ("найкраща стаття", "Best Paper"), ("почесна згадка", "Honorable Mention"),
            ("Outstanding Paper, почесна згадка", "Outstanding Paper Honorable Mention"),
        },
        Tracks = new[] { ("семінар", "Workshop") }, // "NeurIPS 2023, семінар X" (the sentences "семінар X на NeurIPS 2023" and "NeurIPS 2023, трек X" are VenueText's)
        NoteLabels = new[] { "відзнака:", "нагорода:" }, // "**Відзнака:** Найкраща стаття" on a line of its own, under the venue's
        PreprintPattern = @"препринт(?:\s+arxiv)?", // "препринт arXiv", as Russian writes it
        MaterialPattern = @"слайди|лекці[їя]|курси?", // slides, lecture(s), course
    };

    /// <summary>Every language besides English a list may be kept in.</summary>
    public static readonly ListLanguage[] All = { Chinese, Japanese, Korean, Spanish, French, German, Portuguese, Italian, Russian, Vietnamese, Turkish, Polish, Indonesian, Dutch, Arabic, Ukrainian };

    /// <summary>The words <paramref name="select"/> gives of every language, in the order of <see cref="All"/>.</summary>
    public static IEnumerable<string> Words(Func<ListLanguage, string[]> select) => All.SelectMany(select);

    /// <summary>
    /// The regular expressions <paramref name="select"/> gives of every language that has one, each in a group, as
    /// alternatives (<c>(?:a)|(?:b)</c>); <c>(?!)</c>, which matches nothing, when no language has one.
    /// </summary>
    public static string Alternatives(Func<ListLanguage, string?> select)
        => All.Select(select).Where(pattern => pattern is not null).Select(pattern => "(?:" + pattern + ")").ToArray() is { Length: > 0 } patterns
            ? string.Join("|", patterns)
            : "(?!)";
}
