using System;
using System.Collections.Generic;

namespace EfficientArchitectures.Catalog.Parsing;

/// <summary>
/// The one vocabulary of an entry's labelled fields, as lists write them under a title or a heading (<c>- Authors: A One,
/// B Two</c>, <c>- Published in: ICCV, 2017</c>, <c>- Links: [arXiv](url) | [Code](url)</c>, <c>- TL;DR: ...</c>): which
/// labels name the authors, which the venue, which the links, and which any other field. Labels are compared in any case,
/// without the spaces around them.
/// </summary>
internal static class FieldLabels
{
    private static readonly HashSet<string> Authors = new(StringComparer.OrdinalIgnoreCase) { "author", "authors", "author(s)", "作者", "저자", "著者", "autores", "autor", "autoren", "tác giả", "yazarlar", "yazar" };

    // The title's own label, on a sub-item or before the title on the item's line ("**标题**：Title", "- title: Title").
    private static readonly HashSet<string> Title = new(StringComparer.OrdinalIgnoreCase) { "title", "标题", "標題", "タイトル", "제목", "título", "titel", "titre", "tiêu đề", "başlık" };

    private static readonly HashSet<string> Venue = new(StringComparer.OrdinalIgnoreCase)
    {
        "publisher", "venue", "conference", "journal", "published", "publication", "published in", "published at", "accepted by", "accepted at", "accepted to", "proceedings",
        "학회", "학술대회", "저널", "게재", // a list kept in Korean: conference, journal, published in
        "会議", "学会", "掲載", "ジャーナル", "論文誌", // a list kept in Japanese: conference, society, published in, journal (twice)
        "publicado en", "conferencia", "revista", // in Spanish: published in, conference, journal
        "veröffentlicht", "veröffentlicht in", "konferenz", // in German: published (in), conference
        "发表", "发表于", "会议", "期刊", "收录", // a list kept in Chinese: published (in), conference, journal, included in
        "periódico", "conferência", // in Portuguese: journal, conference
        "rivista", "conferenza", // in Italian: journal, conference
        "hội nghị", "tạp chí", "nguồn", // in Vietnamese: conference, journal, source
        "konferans", "dergi", "yayın", "yayınlandığı yer", // in Turkish: conference, journal, publication, published in
    };

    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase)
    {
        "links", "link", "paper", "pdf", "arxiv", "code", "github", "project", "website",
        "논문", "코드", "링크", // a list kept in Korean: paper, code, link
        "リンク", "論文", "コード", // a list kept in Japanese: links, paper, code
        "código", "enlace", "enlaces", // in Spanish: code, link(s)
        "链接", "论文", "代码", "项目主页", // in Chinese: links, paper, code, project page
        "liên kết", // in Vietnamese: links
        "bağlantılar", "bağlantı", // in Turkish: links, link
    };

    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "publish date", "institution", "institutions", "affiliation", "affiliations",
        "tl;dr", "tldr", "summary", "abstract", "key", "keywords", "tags", "env", "expenv", "intro", "note", "notes",
        "dataset", "datasets", "task", "tasks", "comment", "comments", "remark", "remarks", "award", "awards",
        "한줄 요약", "요약", "비고", "키워드", // a list kept in Korean: one-line summary, summary, remark, keywords
        "メモ", "備考", "概要", "キーワード", // a list kept in Japanese: memo, remark, summary, keywords
        "notas", "nota", "resumen", // in Spanish: notes, summary
        "notiz", "zusammenfassung", // in German: note, summary
        "简介", "摘要", "备注", "关键词", // in Chinese: introduction, abstract, remark, keywords
        "ghi chú", "tóm tắt", // in Vietnamese: note, summary
        "not", "özet", "açıklama", // in Turkish: note, summary, description
    };

    // The year's own label, on a field or over a table's column ("| 年 | 会議/論文誌 | タイトル |").
    private static readonly HashSet<string> Year = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "年", "年份", "年度", "연도", "año", "jahr", "ano", "anno", "année", "год", "năm", "yıl",
    };

    // What kind of thing an entry is: "Type: Dataset website", "형태: 블로그 포스트", "種類: データセット", "Tipo: biblioteca", "Art: Bibliothek".
    private static readonly HashSet<string> Type = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "kind", "형태", "유형", "종류", "種類", "tipo", "art", "类型",
    };

    /// <summary>The longest label a field line may start with, its colon after it.</summary>
    private const int MaxLabelLength = 20;

    /// <summary>
    /// A field written as a known label, a colon and its value (<c>Authors: A One, B Two</c>, <c>Veröffentlicht: NeurIPS
    /// 2022</c>), white space around them taken off; false for any other text.
    /// </summary>
    public static bool TryRead(string field, out string label, out string value)
    {
        var trimmed = field.Trim();
        var colon = IndexOfColon(trimmed);
        if (colon is > 0 and <= MaxLabelLength && IsAny(trimmed.Substring(0, colon)))
        {
            label = trimmed.Substring(0, colon).Trim();
            value = trimmed.Substring(colon + 1).Trim();
            return true;
        }

        label = value = string.Empty;
        return false;
    }

    /// <summary>
    /// Where a field's label ends: its first colon, ASCII or full-width (<c>作者：A One</c>, as lists kept in Chinese or
    /// Japanese write it); -1 when there is none.
    /// </summary>
    public static int IndexOfColon(string field)
    {
        var colon = field.IndexOf(':');
        var wide = field.IndexOf('\uFF1A');
        return colon < 0 ? wide : wide < 0 ? colon : Math.Min(colon, wide);
    }

    /// <summary>The value of a field labelled as the title (<c>Title: Attention Is All You Need</c>, <c>标题：...</c>), or null.</summary>
    public static string? TitleValue(string field)
        => TryRead(field, out var label, out var value) && Title.Contains(label) && value.Length > 0 ? value : null;

    /// <summary>Whether a label names the title's field (<c>Title</c>, <c>标题</c>, <c>Título</c>).</summary>
    public static bool IsTitle(string label) => Title.Contains(label.Trim());

    /// <summary>Whether a label names what kind of thing the entry is (<c>Type</c>, <c>형태</c>, <c>種類</c>, <c>Tipo</c>, <c>Art</c>).</summary>
    public static bool IsType(string label) => Type.Contains(label.Trim());

    /// <summary>Whether a label names the authors' field (<c>Authors</c>, <c>Author(s)</c>).</summary>
    public static bool IsAuthors(string label) => Authors.Contains(label.Trim());

    /// <summary>Whether a label names the venue's field (<c>Venue</c>, <c>Publisher</c>, <c>Published in</c>, <c>Accepted at</c>).</summary>
    public static bool IsVenue(string label) => Venue.Contains(label.Trim());

    /// <summary>Whether a label says the field holds the entry's links (<c>Links</c>, <c>Paper</c>, <c>Code</c>).</summary>
    public static bool IsLinks(string label) => Links.Contains(label.Trim());

    /// <summary>Whether a label names the year's field or column (<c>Year</c>, <c>年</c>, <c>연도</c>, <c>Año</c>).</summary>
    public static bool IsYear(string label) => Year.Contains(label.Trim());

    /// <summary>Whether a label names any of an entry's fields.</summary>
    public static bool IsAny(string label)
    {
        var trimmed = label.Trim();
        return Authors.Contains(trimmed) || Title.Contains(trimmed) || Venue.Contains(trimmed) || Links.Contains(trimmed) || Type.Contains(trimmed) || Year.Contains(trimmed)
               || Other.Contains(trimmed);
    }
}
