namespace FactLsp.Benchmarks.Generation;

/// <summary>Deterministic text with English word frequencies, punctuation, curly quotes and paragraphs.</summary>
internal static class EnglishLikeText
{
    private static readonly string[] s_words =
        ("the of and to a in is it you that he was for on are with as his they be at one have this from or had by " +
         "not word but what some we can out other were all there when up use your how said an each she which do " +
         "their time if will way about many then them write would like so these her long make thing see him two has " +
         "look more day could go come did number sound no most people my over know water than call first who may down " +
         "side been now find any new work part take get place made live where after back little only round man year " +
         "came show every good me give our under name very through just form sentence great think say help low line " +
         "differ turn cause much mean before move right boy old too same tell does set three want air well also play " +
         "small end put home read hand port large spell add even land here must big high such follow act why ask men " +
         "change went light kind off need house picture try us again animal point mother world near build self earth " +
         "government security offensive fighters official ceasefire negotiations province militia coalition").Split(' ');

    public static string Generate(int length, int seed)
    {
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder(length + 64);
        var sentence = 0;
        while (builder.Length < length)
        {
            var word = s_words[random.Next(s_words.Length)];
            if (sentence == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
            builder.Append(random.Next(40) == 0 ? "“" + word + "”" : word);
            sentence++;
            if (sentence > 8 && random.Next(10) == 0)
            {
                builder.Append('.');
                sentence = 0;
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }
            else
            {
                builder.Append(random.Next(12) == 0 ? ", " : " ");
            }
        }
        return builder.ToString(0, length);
    }
}
