using System.Text;

namespace FactLsp.Benchmarks.Generation;

/// <summary>
/// English-like words and sentences from one seeded <see cref="Random"/>: common words more often
/// than rare ones, commas now and then, a capital and a period per sentence. The vocabulary holds
/// no cue verb ("said", "told", …): the writers put those in on purpose, so every attribution in a
/// generated source is the one the generator meant.
/// </summary>
internal sealed class ProseWriter(Random random)
{
    public Random Random { get; } = random;

    /// <summary>One word, skewed towards the start of the vocabulary (the common words).</summary>
    public string Word() => Vocabulary.Words[(int)(Vocabulary.Words.Length * Math.Pow(Random.NextDouble(), 2.2))];

    /// <summary>A rarer word: uniform over the vocabulary (used to alter a quote so the change is visible).</summary>
    public string AnyWord() => Vocabulary.Words[Random.Next(Vocabulary.Words.Length)];

    /// <summary>Lower-case words with an occasional comma, no final punctuation.</summary>
    public string Clause(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(i > 2 && i < words - 2 && Random.Next(9) == 0 ? ", " : " ");
            }
            builder.Append(Word());
        }
        return builder.ToString();
    }

    /// <summary>A sentence of <paramref name="minWords"/> to <paramref name="maxWords"/> words: capitalized, ending with a period.</summary>
    public string Sentence(int minWords = 8, int maxWords = 24) => Capitalize(Clause(Random.Next(minWords, maxWords + 1))) + ".";

    /// <summary>Sentences joined by spaces, about <paramref name="words"/> words in all.</summary>
    public string Sentences(int words)
    {
        var builder = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            var n = Math.Min(Random.Next(8, 25), Math.Max(3, words - written));
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(Capitalize(Clause(n))).Append('.');
            written += n;
        }
        return builder.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
