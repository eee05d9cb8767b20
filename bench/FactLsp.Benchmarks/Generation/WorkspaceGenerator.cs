using System.Text;

namespace FactLsp.Benchmarks.Generation;

/// <summary>
/// Writes a realistic FactLsp workspace into a folder: <c>factlsp.yaml</c>, <c>people.yaml</c>,
/// sources (prose and transcripts, <c>.txt</c> and <c>.md</c>) and articles quoting them.
/// Deterministic: the same options give the same files, byte for byte, on any machine (every
/// source and article draws from its own seeded <see cref="Random"/>, so they are written in parallel).
/// </summary>
public static class WorkspaceGenerator
{
    private static readonly DateOnly Epoch = new(2019, 1, 1);

    /// <summary>The workspace at <paramref name="root"/>, generated unless a previous run left one with the same options.</summary>
    public static GeneratedWorkspace Ensure(string root, GeneratorOptions options, TextWriter? log = null)
    {
        root = Path.GetFullPath(root);
        if (GeneratedWorkspace.TryLoad(root) is { } existing && existing.Fingerprint == options.Fingerprint())
        {
            log?.WriteLine($"Reusing the workspace in {root}: {existing.Describe()}");
            return existing;
        }
        return Generate(root, options, log);
    }

    public static GeneratedWorkspace Generate(string root, GeneratorOptions options, TextWriter? log = null)
    {
        root = Path.GetFullPath(root);
        Clear(root);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var prose = new ProseWriter(new Random(options.Seed));
        var people = PeopleWriter.Invent(prose, options.People);
        var star = people[0];
        Write(root, "factlsp.yaml",
            "# Generated workspace for FactLsp benchmarks.\narticles: [\"articles/**/*.md\"]\nsources: [\"sources/**\"]\npeople: [\"people.yaml\"]\n" +
            "exclude: [\".git/**\", \"node_modules/**\"]\nmatching:\n  misquote-similarity: 0.8\n");
        Write(root, "people.yaml", PeopleWriter.Yaml(people, prose));

        var sources = new GeneratedSource[options.Sources];
        Parallel.For(0, options.Sources, i =>
        {
            var p = new ProseWriter(new Random(unchecked(options.Seed * 31 + i)));
            var date = Epoch.AddDays(p.Random.Next(0, 200));
            var publisher = Slug(p.Pick(Vocabulary.Publishers));
            var id = $"{publisher}-{date:yyyy-MM-dd}-{i}";
            var transcript = p.Chance(options.TranscriptRate);
            var markdown = p.Chance(options.MarkdownSourceRate);
            var path = $"sources/{publisher}/{id}.{(markdown ? "md" : "txt")}";
            var (source, text) = new SourceWriter(p, people, star).Write(id, path, transcript, markdown, date, SourceSize(p.Random, options));
            Write(root, path, text);
            sources[i] = source;
        });

        var articles = new string[options.Articles];
        var writers = new ArticleWriter[options.Articles];
        var articleBytes = new long[options.Articles];
        Parallel.For(0, options.Articles, i =>
        {
            var p = new ProseWriter(new Random(unchecked(options.Seed * 17 + i)));
            var cited = new List<GeneratedSource>();
            var count = Math.Min(p.Random.Next(1, 4), options.Sources);
            while (cited.Count < count)
            {
                // A few sources are the big stories every article cites; most are cited now and then.
                // Or each article cites its own: one of the three sources from its place in the list.
                var source = options.Citations == "own"
                    ? sources[((int)((long)i * options.Sources / Math.Max(1, options.Articles)) + p.Random.Next(0, 3)) % options.Sources]
                    : sources[(int)(options.Sources * Math.Pow(p.Random.NextDouble(), 1.6))];
                if (!cited.Contains(source))
                {
                    cited.Add(source);
                }
            }
            var isLong = i == 0 && options.LongArticleWords > 0;
            var words = isLong ? options.LongArticleWords : (int)(options.ArticleWords * (0.6 + 0.8 * p.Random.NextDouble()));
            var quotes = isLong ? options.LongArticleQuotes : options.QuotesPerArticle;
            var writer = new ArticleWriter(p, options, people, star);
            var text = writer.Write(i, cited, words, quotes);
            var path = isLong ? "articles/long-read.md" : $"articles/{i / 100:D2}/article-{i:D4}.md";
            Write(root, path, text);
            articles[i] = path;
            writers[i] = writer;
            articleBytes[i] = Encoding.UTF8.GetByteCount(text);
        });

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var writer in writers)
        {
            foreach (var (key, value) in writer.Counts)
            {
                counts[key] = counts.GetValueOrDefault(key) + value;
            }
        }
        var workspace = new GeneratedWorkspace
        {
            Root = root,
            Fingerprint = options.Fingerprint(),
            Articles = articles,
            Sources = sources.Select(s => s.Path).ToList(),
            LongArticle = options.LongArticleWords > 0 && options.Articles > 0 ? articles[0] : null,
            StarSpeaker = star.Id,
            StarQuotes = writers.Sum(w => w.StarQuotes),
            Quotes = counts.Where(kv => kv.Key.StartsWith("quotes: ", StringComparison.Ordinal)).Sum(kv => kv.Value),
            SourceBytes = sources.Sum(s => s.Bytes),
            LargestSourceBytes = sources.Length == 0 ? 0 : sources.Max(s => s.Bytes),
            ArticleBytes = articleBytes.Sum(),
            Counts = counts,
        };
        workspace.Save();
        log?.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:N1} s into {root}: {workspace.Describe()}");
        return workspace;
    }

    /// <summary>A size between the minimum and the maximum, spread as <see cref="GeneratorOptions.SourceSizes"/> says, kept under the maximum.</summary>
    private static long SourceSize(Random random, GeneratorOptions options)
    {
        // The writer stops after the paragraph that crosses its budget: leave room for one.
        var max = Math.Max(options.MinSourceBytes, options.MaxSourceBytes - 4096);
        var min = Math.Min(options.MinSourceBytes, max);
        return options.SourceSizes switch
        {
            "max" => max,
            "uniform" => min + (long)(random.NextDouble() * (max - min)),
            _ => (long)(min * Math.Pow((double)max / min, random.NextDouble())),
        };
    }

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');

    private static void Write(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Empties the folder, but only one the generator made (or an empty one): never someone's work.</summary>
    private static void Clear(string root)
    {
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            return;
        }
        if (!Directory.EnumerateFileSystemEntries(root).Any())
        {
            return;
        }
        if (!File.Exists(Path.Combine(root, GeneratedWorkspace.FileName)))
        {
            throw new InvalidOperationException($"{root} is not empty and was not made by the generator; choose another folder.");
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}
