using System.Text;

namespace FactLsp.Benchmarks.Generation;

/// <summary>
/// Writes one source: front matter, then prose (a wire report or earlier article, with speech
/// attributed the ways newsrooms write it) or a transcript (labelled turns), up to a byte budget.
/// Records every passage an article may quote, with the speaker the source's wording gives it to.
/// </summary>
internal sealed class SourceWriter(ProseWriter prose, IReadOnlyList<GeneratedPerson> people, GeneratedPerson star)
{
    private const int MaxEvidence = 20;

    public (GeneratedSource Source, string Text) Write(string id, string path, bool transcript, bool markdown, DateOnly date, long targetBytes)
    {
        // A cast of a few people; the most quoted person speaks in every source.
        var cast = new List<GeneratedPerson> { star };
        while (cast.Count < prose.Random.Next(3, 8))
        {
            var person = prose.Pick(people);
            if (!cast.Contains(person))
            {
                cast.Add(person);
            }
        }
        var text = new Budget(targetBytes);
        var passages = new List<QuotablePassage>();
        var evidence = new List<string>();
        var publisher = prose.Pick(Vocabulary.Publishers);

        text.Append("---\n");
        if (!prose.Chance(0.1))
        {
            text.Append($"id: {id}\n"); // else the id is the file name's
        }
        text.Append($"title: \"{ProseWriter.Capitalize(prose.Clause(prose.Random.Next(5, 11)))}\"\n");
        text.Append($"publisher: {publisher}\n");
        if (prose.Chance(0.5))
        {
            text.Append($"author: {prose.Pick(Vocabulary.Publishers)}\n");
        }
        text.Append($"date: {date:yyyy-MM-dd}\n");
        text.Append($"url: https://example.org/{id}\n");
        text.Append($"kind: {(transcript ? "transcript" : prose.Pick(["article", "statement", "speech", "broadcast", "document"]))}\n");
        text.Append("language: en\n");
        var mapped = new HashSet<GeneratedPerson>();
        if (transcript)
        {
            text.Append("speakers:\n");
            foreach (var person in cast.Where(_ => prose.Chance(0.6)))
            {
                mapped.Add(person);
                text.Append($"  {person.TranscriptLabel}: {person.Id}\n");
            }
        }
        text.Append("---\n");

        if (transcript)
        {
            WriteTranscript(text, cast, mapped, passages);
        }
        else
        {
            WriteProse(text, cast, markdown, passages, evidence);
        }
        var source = new GeneratedSource(id, path, transcript, date, text.Bytes, passages, evidence, cast.Select(p => p.Id).ToList());
        return (source, text.ToString());
    }

    private void WriteProse(Budget text, List<GeneratedPerson> cast, bool markdown, List<QuotablePassage> passages, List<string> evidence)
    {
        while (!text.Full)
        {
            if (markdown && prose.Chance(0.05))
            {
                text.Append($"## {ProseWriter.Capitalize(prose.Clause(prose.Random.Next(3, 8)))}\n\n");
            }
            if (prose.Chance(0.55))
            {
                var paragraph = prose.Sentences(prose.Random.Next(40, 130));
                if (evidence.Count < MaxEvidence && prose.Chance(0.3))
                {
                    // A claim's evidence: a few words of one sentence, inside the paragraph as written.
                    var words = paragraph.Split(' ');
                    var length = prose.Random.Next(5, 9);
                    var start = prose.Random.Next(0, Math.Max(1, words.Length - length));
                    evidence.Add(string.Join(' ', words.Skip(start).Take(length)).TrimEnd('.', ','));
                }
                text.Append(paragraph).Append("\n\n");
                continue;
            }
            text.Append(SpeechParagraph(cast, passages)).Append("\n\n");
        }
    }

    /// <summary>A paragraph of speech, in one of the shapes of spec §5's prose rules.</summary>
    private string SpeechParagraph(List<GeneratedPerson> cast, List<QuotablePassage> passages)
    {
        // The most quoted person speaks in a quarter of the speech paragraphs.
        var speaker = prose.Chance(0.25) ? cast[0] : prose.Pick(cast);
        var pronoun = prose.Chance(0.5) ? "he" : "she";
        var shape = prose.Random.NextDouble();
        if (shape < 0.40)
        {
            // Named with a cue verb, then quotes carried by "he said" and by nothing at all.
            var q1 = Quote(passages, speaker.Id, ",");
            var q2 = Quote(passages, speaker.Id, ".");
            return $"{Name(speaker)}, {speaker.Description}, said {prose.Clause(prose.Random.Next(6, 16))}. “{q1}” {pronoun} said. “{q2}”";
        }
        if (shape < 0.65)
        {
            // The speech tag after the quotation: "…,” said Khalil.
            var q = Quote(passages, speaker.Id, ",");
            return $"{prose.Sentence()} “{q}” said {speaker.LastName}.";
        }
        if (shape < 0.80)
        {
            // Named before the quotation in its sentence.
            var q = Quote(passages, speaker.Id, ".");
            return $"{prose.Sentence()} {speaker.LastName} said: “{q}”";
        }
        if (shape < 0.90)
        {
            // Somebody unregistered: the source names nobody.
            var q = Quote(passages, null, ",");
            return $"“{q}” a spokesman said. {prose.Sentence()}";
        }
        // Named with "told", then a quotation with no tag at all.
        var q3 = Quote(passages, speaker.Id, ".");
        return $"{Name(speaker)} told reporters that {prose.Clause(prose.Random.Next(6, 16))}. “{q3}”";
    }

    private string Quote(List<QuotablePassage> passages, string? speakerId, string final)
    {
        var words = prose.Sentences(prose.Random.Next(8, 55));
        var quote = words[..^1] + final;
        passages.Add(new QuotablePassage(quote, speakerId));
        return quote;
    }

    private string Name(GeneratedPerson person) => prose.Chance(0.7) ? person.FullName : person.LastName;

    private void WriteTranscript(Budget text, List<GeneratedPerson> cast, HashSet<GeneratedPerson> mapped, List<QuotablePassage> passages)
    {
        var clock = prose.Chance(0.5) ? TimeSpan.FromMinutes(prose.Random.Next(0, 600)) : (TimeSpan?)null;
        while (!text.Full)
        {
            string label;
            string? speakerId;
            if (prose.Chance(0.2))
            {
                label = prose.Pick(["MODERATOR", "REPORTER", "Q", "INTERVIEWER"]);
                speakerId = null;
            }
            else
            {
                var person = prose.Chance(0.3) ? cast[0] : prose.Pick(cast);
                speakerId = person.Id;
                // The label forms of spec §3: a mapped label, the full name, the full name in bold.
                label = mapped.Contains(person) ? person.TranscriptLabel
                    : prose.Chance(0.5) ? person.FullName
                    : $"**{person.FullName}";
            }
            if (clock is { } time)
            {
                text.Append($"[{time:hh\\:mm\\:ss}] ");
                clock = time + TimeSpan.FromSeconds(prose.Random.Next(5, 120));
            }
            text.Append(label.StartsWith("**", StringComparison.Ordinal) ? $"{label}:** " : $"{label}: ");
            var lines = prose.Chance(0.2) ? 2 : 1;
            for (var line = 0; line < lines; line++)
            {
                var words = prose.Sentences(prose.Random.Next(10, 120));
                passages.Add(new QuotablePassage(words, speakerId));
                text.Append(words).Append("\n");
            }
            text.Append("\n");
        }
    }

    /// <summary>A text that knows its size in UTF-8 bytes and when it has reached its budget.</summary>
    private sealed class Budget(long target)
    {
        private readonly StringBuilder _text = new();

        public long Bytes { get; private set; }

        public bool Full => Bytes >= target;

        public Budget Append(string s)
        {
            _text.Append(s);
            Bytes += Encoding.UTF8.GetByteCount(s);
            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
