using System.Text;

namespace FactLsp.Benchmarks.Generation;

/// <summary>
/// Writes one article: front matter, a heading, prose, and annotated quotes drawn from the
/// sources it cites, most verbatim and some altered on purpose (see <see cref="QuoteVariant"/>),
/// plus claims, terms and the odd unannotated quotation. Counts what it meant to write.
/// </summary>
internal sealed class ArticleWriter(ProseWriter prose, GeneratorOptions options, IReadOnlyList<GeneratedPerson> people, GeneratedPerson star)
{
    private static readonly string[] Ellipses = ["…", "...", "[…]", ". . .", "[...]"];

    /// <summary>How many of each thing the articles hold, by name: quote variants, claims, terms, unattributed quotations.</summary>
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Quotes by the most quoted person (the first of the registry).</summary>
    public int StarQuotes { get; private set; }

    public string Write(int index, IReadOnlyList<GeneratedSource> cited, int words, int quotes)
    {
        var text = new StringBuilder();
        var latest = cited.Max(s => s.Date);
        var late = prose.Chance(options.LateArticleRate);
        var date = late ? cited.Min(s => s.Date).AddDays(-prose.Random.Next(1, 6)) : latest.AddDays(prose.Random.Next(0, 60));
        if (late)
        {
            Count("source-after-article articles");
        }
        var title = ProseWriter.Capitalize(prose.Clause(prose.Random.Next(4, 10)));
        var local = prose.Chance(options.LocalSpeakerRate) ? $"local-{index}" : null;

        text.Append("---\n");
        text.Append($"title: \"{title}\"\n");
        text.Append($"date: {date:yyyy-MM-dd}\n");
        text.Append($"author: {prose.Pick(people).FullName}\n");
        text.Append($"tags: [{prose.Word()}, {prose.Word()}]\n");
        if (local is not null)
        {
            // A person and a wire known only to this article: the wire has no text to check against.
            text.Append($"speakers:\n  {local}: {{name: {ProseWriter.Capitalize(prose.Word())} Localname, description: a resident}}\n");
            text.Append($"sources:\n  wire-{index}: {{title: \"Wire copy\", publisher: AFP, date: {date.AddDays(-1):yyyy-MM-dd}}}\n");
        }
        text.Append("---\n\n");
        text.Append($"# {title}\n\n");

        var slots = quotes + 1;
        var fill = Math.Max(0, words / slots - 25);
        text.Append(prose.Sentences(Math.Max(10, fill))).Append("\n\n");

        // The local speaker, when there is one, takes the first slot; the most quoted person another.
        var starSlot = local is not null && quotes > 1 ? prose.Random.Next(1, quotes) : prose.Random.Next(quotes);
        for (var q = 0; q < quotes; q++)
        {
            var lead = prose.Sentences(Math.Max(5, fill));
            var variant = q == 0 && local is not null ? QuoteVariant.NoText : PickVariant(q == starSlot);
            text.Append(lead).Append(' ').Append(QuoteSentence(q == starSlot, variant, cited, local, index)).Append("\n\n");
        }

        if (prose.Chance(options.ClaimRate))
        {
            text.Append(Claim(cited)).Append("\n\n");
        }
        if (prose.Chance(options.TermRate))
        {
            Count("terms");
            text.Append($"{prose.Sentence()} Officials spoke of a [“{prose.Pick(Vocabulary.Terms)}”]{{.term}} in the {prose.Word()} area.\n\n");
        }
        if (prose.Chance(options.UnattributedRate))
        {
            Count("unattributed quotations");
            var (open, close) = prose.Chance(0.5) ? ("\"", "\"") : ("“", "”");
            var words4 = prose.Chance(0.5) && cited[0].Passages.Count > 0
                ? Slice(prose.Pick(cited[0].Passages).Text, 6, 12)
                : prose.Clause(prose.Random.Next(5, 12));
            text.Append($"{prose.Sentence()} Residents said {open}{words4}{close} before the {prose.Word()} began.\n\n");
        }
        return text.ToString();
    }

    private QuoteVariant PickVariant(bool isStar)
    {
        var r = prose.Random.NextDouble();
        foreach (var (variant, rate) in options.VariantRates)
        {
            if (isStar && variant is QuoteVariant.UnknownSpeaker or QuoteVariant.UnknownSource or QuoteVariant.NobodySaidIt)
            {
                continue; // the most quoted person is quoted by id, on real words, every time
            }
            if (r < rate)
            {
                return variant;
            }
            r -= rate;
        }
        return QuoteVariant.Verbatim;
    }

    private string QuoteSentence(bool isStar, QuoteVariant variant, IReadOnlyList<GeneratedSource> cited, string? local, int index)
    {
        var source = prose.Pick(cited);
        if (variant == QuoteVariant.NoText)
        {
            Count("quotes: " + variant);
            return $"A resident told the wire agency [“{prose.Clause(prose.Random.Next(6, 15))}”]{{.quote by={local} src=wire-{index}}}.";
        }
        var wantSpeaker = variant == QuoteVariant.NobodySaidIt ? null : isStar ? star.Id : "";
        var passage = PickPassage(source, wantSpeaker, variant == QuoteVariant.WrongSpeaker);
        if (passage is null)
        {
            variant = QuoteVariant.Verbatim;
            passage = PickPassage(source, isStar ? star.Id : "", false)
                ?? source.Passages.FirstOrDefault(p => p.SpeakerId is not null)
                ?? new QuotablePassage(prose.Sentences(12), null);
        }
        var speakerId = isStar ? star.Id
            : variant == QuoteVariant.WrongSpeaker ? OtherCastMember(source, passage.SpeakerId)
            : passage.SpeakerId ?? OtherCastMember(source, null);
        var quote = variant switch
        {
            QuoteVariant.Ellipsis => WithEllipsis(passage.Text),
            QuoteVariant.Insertion => WithInsertion(passage.Text),
            QuoteVariant.Sic => WithSic(passage.Text),
            QuoteVariant.Misquote => Misquoted(passage.Text),
            QuoteVariant.NotFound => prose.Clause(QuoteLength()),
            _ => Slice(passage.Text, 6, QuoteLength()),
        };
        var by = variant == QuoteVariant.UnknownSpeaker ? speakerId + "x" : speakerId;
        var src = variant == QuoteVariant.UnknownSource ? source.Id + "-old" : source.Id;
        if (by == star.Id)
        {
            StarQuotes++;
        }
        Count("quotes: " + variant);
        var person = people.FirstOrDefault(p => p.Id == speakerId);
        var name = person is null ? "The official" : prose.Chance(0.6) ? person.FullName : person.LastName;
        var attributes = prose.Random.Next(5) switch
        {
            0 => $"by={by} src={src}",
            1 => $".quote src={src} by={by} at=\"para. {prose.Random.Next(1, 40)}\"",
            2 => $"#q{prose.Random.Next(1000)} .quote by={by} src={src}",
            _ => $".quote by={by} src={src}",
        };
        if (variant == QuoteVariant.Translated)
        {
            attributes += " lang=fr";
        }
        return prose.Random.Next(3) switch
        {
            0 => $"{name} said [“{quote}”]{{{attributes}}}.",
            1 => $"[“{quote}”]{{{attributes}}} {name} said.",
            _ => $"According to {name}, [“{quote}”]{{{attributes}}}.",
        };
    }

    /// <summary>
    /// A passage of the source: by <paramref name="speakerId"/> (null: by nobody; "": by anyone registered
    /// but the most quoted person, so that person is quoted exactly once per article).
    /// </summary>
    private QuotablePassage? PickPassage(GeneratedSource source, string? speakerId, bool needOthers)
    {
        for (var attempt = 0; attempt < 40 && source.Passages.Count > 0; attempt++)
        {
            var passage = prose.Pick(source.Passages);
            var fits = speakerId switch
            {
                null => passage.SpeakerId is null,
                "" => passage.SpeakerId is not null && passage.SpeakerId != star.Id,
                _ => needOthers ? passage.SpeakerId is not null && passage.SpeakerId != speakerId : passage.SpeakerId == speakerId,
            };
            if (fits && passage.Text.Split(' ').Length >= 10)
            {
                return passage;
            }
        }
        return null;
    }

    private string OtherCastMember(GeneratedSource source, string? speakerId)
    {
        var others = source.Cast.Where(id => id != speakerId && id != star.Id).ToList();
        return others.Count > 0 ? prose.Pick(others) : prose.Pick(people.Where(p => p.Id != speakerId && p.Id != star.Id).ToList()).Id;
    }

    /// <summary>Quote lengths in words: mostly a sentence's worth, now and then a long passage (300 characters and more).</summary>
    private int QuoteLength() => prose.Chance(0.1) ? prose.Random.Next(35, 56) : prose.Random.Next(6, 26);

    private string Slice(string passage, int minWords, int wanted)
    {
        var words = passage.Split(' ');
        var length = Math.Clamp(wanted, Math.Min(minWords, words.Length), words.Length);
        var start = prose.Random.Next(0, words.Length - length + 1);
        if (prose.Chance(0.7))
        {
            // Most quotes open where a sentence of the passage opens.
            var opening = start;
            while (opening > 0 && !words[opening - 1].EndsWith('.'))
            {
                opening--;
            }
            start = opening;
        }
        return string.Join(' ', words, start, length);
    }

    private string[] SliceWords(string passage, int minWords) => Slice(passage, minWords, Math.Max(minWords, QuoteLength())).Split(' ');

    private string WithEllipsis(string passage)
    {
        var words = SliceWords(passage, 10);
        var keep = prose.Random.Next(3, Math.Max(4, words.Length / 2));
        var skip = prose.Random.Next(1, Math.Max(2, words.Length - keep - 3));
        return $"{string.Join(' ', words[..keep])} {prose.Pick(Ellipses)} {string.Join(' ', words[(keep + skip)..])}";
    }

    private string WithInsertion(string passage)
    {
        var words = SliceWords(passage, 8);
        var at = prose.Random.Next(2, words.Length - 3);
        var replaced = prose.Random.Next(1, 4);
        var inserted = $"[{prose.Clause(prose.Random.Next(1, 4))}]";
        return string.Join(' ', words[..at].Append(inserted).Concat(words[Math.Min(words.Length - 1, at + replaced)..]));
    }

    private string WithSic(string passage)
    {
        var words = SliceWords(passage, 6).ToList();
        words.Insert(prose.Random.Next(1, words.Count), "[sic]");
        return string.Join(' ', words);
    }

    private string Misquoted(string passage)
    {
        var words = SliceWords(passage, 10);
        var at = prose.Random.Next(1, words.Length - 1);
        string replacement;
        do
        {
            replacement = prose.AnyWord();
        }
        while (replacement == words[at].TrimEnd(',', '.'));
        words[at] = replacement + (words[at].EndsWith(',') ? "," : "");
        return string.Join(' ', words);
    }

    private string Claim(IReadOnlyList<GeneratedSource> cited)
    {
        var source = prose.Pick(cited);
        var paraphrase = prose.Clause(prose.Random.Next(6, 14));
        if (prose.Chance(0.08))
        {
            Count("claims without source");
            return $"Observers noted that [{paraphrase}]{{.claim}}.";
        }
        var status = prose.Random.NextDouble() switch
        {
            < 0.08 => "disputed",
            < 0.11 => "false",
            < 0.50 => "unverified",
            _ => "verified",
        };
        if (status is "disputed" or "false")
        {
            Count("claims disputed or false");
        }
        if (source.Evidence.Count == 0)
        {
            Count("claims");
            return $"The report found that [{paraphrase}]{{.claim src={source.Id} status={status}}}.";
        }
        var evidence = prose.Pick(source.Evidence);
        if (prose.Chance(0.1))
        {
            Count("claims with evidence not found");
            evidence = prose.Clause(6);
        }
        Count("claims");
        return $"The report found that [{paraphrase}]{{.claim src={source.Id} status={status} evidence=\"{evidence}\"}}.";
    }

    private void Count(string what) => Counts[what] = Counts.GetValueOrDefault(what) + 1;
}
