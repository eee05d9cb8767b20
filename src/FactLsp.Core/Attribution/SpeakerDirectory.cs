using System.Buffers;
using FactLsp.Core.Model;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// The people who can be quoted (registry plus an article's local speakers), and the two ways
/// to find one: by a transcript label, and by a mention in running text.
/// </summary>
/// <remarks>
/// Rules where the spec is silent:
/// <list type="bullet">
/// <item>Two people with one id: the first one given wins (the duplicate is someone else's diagnostic).</item>
/// <item>A mention must stand on word boundaries, where a word is letters and digits: "Erdogan’s" mentions
/// Erdogan, "Putinism" does not mention Putin. A space in a name matches any run of white space, so a
/// name broken over two lines is still found; apostrophes match in any typographic form.</item>
/// <item>Mentions ignore case except for the first letter, which must be as registered or upper case:
/// "KHALIL" and "al-Assad" match, but the person "Theresa May" is not mentioned by "may".</item>
/// <item>Where mentions overlap, the longest wins ("Recep Tayyip Erdogan" is one mention, not two).</item>
/// <item>When one word names several people, a full name beats an alias, which beats a last word.
/// If that still leaves several people, the one mentioned most recently before in the same text is
/// meant (a newsroom names someone in full before shortening); with no such person the word is
/// ambiguous and is not reported as a mention at all.</item>
/// </list>
/// </remarks>
public sealed class SpeakerDirectory
{
    private readonly Dictionary<string, Person> _byId;
    private readonly List<Person> _people;

    /// <summary>Mention patterns indexed by their first word (folded), longest pattern first.</summary>
    private readonly Dictionary<string, List<Pattern>> _patterns;

    private readonly Lazy<Dictionary<string, List<string>>[]> _labelLevels;
    private readonly Lazy<Dictionary<string, List<(string Id, PersonRole Role)>>> _roleTitles;

    private sealed record Pattern(string Text, MentionKind Kind, string PersonId);

    public SpeakerDirectory(IEnumerable<Person> people)
    {
        _labelLevels = new Lazy<Dictionary<string, List<string>>[]>(BuildLabelLevels);
        _roleTitles = new Lazy<Dictionary<string, List<(string Id, PersonRole Role)>>>(BuildRoleTitles);
        _byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        _people = new List<Person>();
        _patterns = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        _keyFilter = new WordFilter();
        AddPeople(people, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// <paramref name="registry"/> with <paramref name="local"/> people after its own: the directory
    /// <c>new SpeakerDirectory(registry's people, then local)</c> would be, made from the registry's patterns rather than
    /// from every name again. Pattern lists no local name touches are shared with the registry (none is changed after
    /// it is built).
    /// </summary>
    private SpeakerDirectory(SpeakerDirectory registry, IEnumerable<Person> local)
    {
        _labelLevels = new Lazy<Dictionary<string, List<string>>[]>(BuildLabelLevels);
        _roleTitles = new Lazy<Dictionary<string, List<(string Id, PersonRole Role)>>>(BuildRoleTitles);
        _byId = new Dictionary<string, Person>(registry._byId, StringComparer.Ordinal);
        _people = new List<Person>(registry._people);
        _patterns = new Dictionary<string, List<Pattern>>(registry._patterns, StringComparer.Ordinal);
        _keyFilter = registry._keyFilter.Clone();
        AddPeople(local, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Adds people after those already here (an id already here keeps its person), then sorts the pattern lists they added to.</summary>
    /// <param name="own">Keys whose pattern list this directory made itself, rather than shares with a registry.</param>
    private void AddPeople(IEnumerable<Person> people, HashSet<string> own)
    {
        foreach (var person in people)
        {
            if (!_byId.TryAdd(person.Id, person))
            {
                continue;
            }
            _people.Add(person);
            foreach (var (text, kind) in NamesOf(person))
            {
                var key = TextChars.LeadingWordKey(text, 0);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!_patterns.TryGetValue(key, out var list))
                {
                    _patterns[key] = list = new List<Pattern>();
                    own.Add(key);
                }
                else if (own.Add(key))
                {
                    // The registry's list: copied before it is added to.
                    _patterns[key] = list = new List<Pattern>(list);
                }
                list.Add(new Pattern(text, kind, person.Id));
            }
        }
        foreach (var key in own)
        {
            // Patterns of one length and kind may end up in another order than a directory built at once would give
            // them; FindMentionArray's answer does not depend on their order (it collects the best matches as a set).
            _patterns[key].Sort((a, b) => b.Text.Length != a.Text.Length ? b.Text.Length.CompareTo(a.Text.Length) : a.Kind.CompareTo(b.Kind));
            _keyFilter.Add(key);
        }
    }

    /// <summary>The keys' first two characters and lengths: most words of a text begin no name, and the filter spares folding and hashing them.</summary>
    private readonly WordFilter _keyFilter;

    /// <summary>The directories made by <see cref="With"/>, by what their local people give the directory to read; held weakly.</summary>
    private readonly Dictionary<string, WeakReference<SpeakerDirectory>> _withLocal = new(StringComparer.Ordinal);
    private int _pruneAt = 64; // Guarded by _withLocal.

    /// <summary>
    /// This directory with an article's own <c>speakers:</c> after its people (a local id already here keeps this
    /// directory's person): the same directory as <c>new SpeakerDirectory(these people, then local)</c>. Articles whose
    /// speakers read alike (ids, names, aliases and roles: everything a directory reads of a person) get one directory,
    /// and so share every source's inference, while any of them is alive.
    /// </summary>
    public SpeakerDirectory With(IReadOnlyList<Person> local)
    {
        if (local.Count == 0)
        {
            return this;
        }
        var key = ReadingKey(local);
        lock (_withLocal)
        {
            if (_withLocal.TryGetValue(key, out var weak) && weak.TryGetTarget(out var found))
            {
                return found;
            }
        }
        var made = new SpeakerDirectory(this, local);
        lock (_withLocal)
        {
            if (_withLocal.TryGetValue(key, out var weak) && weak.TryGetTarget(out var found))
            {
                return found;
            }
            if (_withLocal.Count >= _pruneAt)
            {
                // Directories no article holds any more are dropped, so edits to a speakers: block do not pile up. The
                // next look waits until the table has doubled from what is still alive, so an archive with many
                // different speakers: blocks does not scan the whole table at every article.
                foreach (var dead in _withLocal.Where(e => !e.Value.TryGetTarget(out _)).Select(e => e.Key).ToList())
                {
                    _withLocal.Remove(dead);
                }
                _pruneAt = Math.Max(64, 2 * _withLocal.Count);
            }
            _withLocal[key] = new WeakReference<SpeakerDirectory>(made);
        }
        return made;
    }

    /// <summary>Everything a directory reads of the people, in order, as one string: two lists with one key make directories that answer alike.</summary>
    private static string ReadingKey(IReadOnlyList<Person> people)
    {
        var key = new System.Text.StringBuilder();
        foreach (var person in people)
        {
            // Lengths before the parts, so that no two different lists make one key.
            void Part(string? text) => key.Append(text?.Length ?? -1).Append(':').Append(text).Append('|');
            Part(person.Id);
            Part(person.Name);
            key.Append(person.Aliases.Count).Append('a');
            foreach (var alias in person.Aliases)
            {
                Part(alias);
            }
            key.Append(person.Roles.Count).Append('r');
            foreach (var role in person.Roles)
            {
                Part(role.Title);
                Part(role.Org);
                Part(role.From);
                Part(role.To);
            }
        }
        return key.ToString();
    }

    public static SpeakerDirectory Empty { get; } = new([]);

    public IReadOnlyList<Person> People => _people;

    public Person? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The names a person goes by, each with its kind (a name that is also an alias counts as the better kind).</summary>
    private static IEnumerable<(string Text, MentionKind Kind)> NamesOf(Person person)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var name = CollapseSpaces(person.DisplayName);
        if (name.Length > 0 && seen.Add(TextChars.FoldString(name)))
        {
            yield return (name, MentionKind.Name);
        }
        foreach (var alias in person.Aliases)
        {
            var a = CollapseSpaces(alias);
            if (a.Length > 0 && seen.Add(TextChars.FoldString(a)))
            {
                yield return (a, MentionKind.Alias);
            }
        }
        if (TitleWords.LastName(name) is { } last && seen.Add(TextChars.FoldString(last)))
        {
            yield return (last, MentionKind.LastWord);
        }
    }

    private static string CollapseSpaces(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The person a transcript label names, or null (spec §3). Tried in order, each case-insensitively:
    /// <list type="number">
    /// <item>the label, then each shorter tail of it, as a full name, an alias or an id ("SECRETARY OF
    /// DEFENSE LLOYD J. AUSTIN III" names Lloyd J. Austin III; a generational "III" or "Jr." may be left off), where
    /// the words left off are capitalized (small joining words aside): "to President Putin" is a line of speech;</item>
    /// <item>the label's last word as the last word of a name, when what stands before it is only honorifics and
    /// titles ("MS. PSAKI", "UNDER SECRETARY BASS"; never "JOHN SMITH" for Adam Smith);</item>
    /// <item>the title alone ("THE PRESIDENT", "THE PRESS SECRETARY") through the <c>roles:</c> whose title it is
    /// and whose dates cover <paramref name="on"/> (every role of that title when the source has no date).</item>
    /// </list>
    /// A step that matches two people answers null rather than guess, and a lower step may not override it.
    /// A trailing period is ignored.
    /// </summary>
    public string? ResolveLabel(string label, DateOnly? on = null)
    {
        var words = CollapseSpaces(label).TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var levels = _labelLevels.Value;
        foreach (var candidate in TitleWords.WithoutGeneration(words))
        {
            for (var k = 0; k < candidate.Count && (k == 0 || TitleWords.CanPrecedeName(candidate, k)); k++)
            {
                var folded = TextChars.FoldString(string.Join(' ', candidate.Skip(k)));
                // Each level decides alone: if it matches anybody, a lower level may not override its ambiguity.
                for (var l = 0; l < LastWordLevel; l++)
                {
                    if (levels[l].TryGetValue(folded, out var ids))
                    {
                        return ids.Count == 1 ? ids[0] : null;
                    }
                }
            }
            if (candidate.Take(candidate.Count - 1).All(TitleWords.IsTitleOrHonorific)
                && levels[LastWordLevel].TryGetValue(TextChars.FoldString(candidate[^1]), out var byLast))
            {
                return byLast.Count == 1 ? byLast[0] : null;
            }
        }
        return ResolveTitle(words, on);
    }

    /// <summary>A title alone, through the people's dated roles: "THE PRESIDENT" on 2021-06-14.</summary>
    internal string? ResolveTitle(IReadOnlyList<string> words, DateOnly? on)
    {
        if (_roleTitles.Value.Count == 0)
        {
            return null;
        }
        var title = TitleWords.WithoutArticle(words);
        if (title.Length == 0 || !_roleTitles.Value.TryGetValue(title, out var roles))
        {
            return null;
        }
        var holders = roles.Where(r => Covers(r.Role, on)).Select(r => r.Id).Distinct().ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>
    /// <see cref="ResolveTitle(IReadOnlyList{string}, DateOnly?)"/> for words of <paramref name="text"/>, without
    /// making a string of them: speech tags ask about the subject of every cue verb that names nobody registered.
    /// </summary>
    internal string? ResolveTitle(string text, ReadOnlySpan<TextSpan> words, DateOnly? on)
    {
        var titles = _roleTitles.Value;
        if (titles.Count == 0)
        {
            return null;
        }
        // As TitleWords.WithoutArticle: "the" first (of more than one word) left off, the rest joined by spaces, folded.
        var first = words.Length > 1 && text.AsSpan(words[0].Start, words[0].Length).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var length = 0;
        for (var k = first; k < words.Length; k++)
        {
            length += words[k].Length + (k > first ? 1 : 0);
        }
        if (length == 0)
        {
            return null;
        }
        Span<char> title = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var k = first; k < words.Length; k++)
        {
            if (k > first)
            {
                title[at++] = TextChars.Fold(' ');
            }
            foreach (var c in text.AsSpan(words[k].Start, words[k].Length))
            {
                title[at++] = TextChars.Fold(c);
            }
        }
        if (!titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(title, out var roles))
        {
            return null;
        }
        var holders = roles.Where(r => Covers(r.Role, on)).Select(r => r.Id).Distinct().ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Every role by its folded title, built once: speech tags ask about every unregistered subject.</summary>
    private Dictionary<string, List<(string Id, PersonRole Role)>> BuildRoleTitles()
    {
        var titles = new Dictionary<string, List<(string, PersonRole)>>(StringComparer.Ordinal);
        foreach (var person in _people)
        {
            foreach (var role in person.Roles)
            {
                if (role.Title is { Length: > 0 } t)
                {
                    var key = TextChars.FoldString(CollapseSpaces(t));
                    if (!titles.TryGetValue(key, out var list))
                    {
                        titles[key] = list = new List<(string, PersonRole)>();
                    }
                    list.Add((person.Id, role));
                }
            }
        }
        return titles;
    }

    private static bool Covers(PersonRole role, DateOnly? on)
    {
        if (on is not { } day)
        {
            return true;
        }
        return (RoleDate(role.From, start: true) is not { } from || from <= day)
            && (RoleDate(role.To, start: false) is not { } to || day <= to);
    }

    /// <summary>A role's <c>from</c> or <c>to</c>: a day, or a year (its first or last day).</summary>
    private static DateOnly? RoleDate(string? text, bool start)
    {
        if (PublicationDate.TryParse(text, out var date))
        {
            return date.Day;
        }
        if (text is { Length: 4 } && int.TryParse(text, out var year) && year is > 0 and < 10000)
        {
            return start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        }
        return null;
    }

    private const int LastWordLevel = 3;

    /// <summary>
    /// The label levels of <see cref="ResolveLabel"/> (full name, alias, id, last word of the name), each
    /// a map from the folded name to the distinct ids bearing it. Built once: a transcript asks for every
    /// turn's label, and scanning every person's names per turn made long transcripts slow.
    /// </summary>
    private Dictionary<string, List<string>>[] BuildLabelLevels()
    {
        Func<Person, IEnumerable<string>>[] levels =
        [
            p => [p.DisplayName],
            p => p.Aliases,
            p => [p.Id],
            p => TitleWords.LastName(CollapseSpaces(p.DisplayName)) is { } last ? [last] : [],
        ];
        var tables = new Dictionary<string, List<string>>[levels.Length];
        for (var l = 0; l < levels.Length; l++)
        {
            var table = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var person in _people)
            {
                foreach (var name in levels[l](person))
                {
                    var key = TextChars.FoldString(CollapseSpaces(name));
                    if (!table.TryGetValue(key, out var ids))
                    {
                        table[key] = ids = new List<string>(1);
                    }
                    if (!ids.Contains(person.Id))
                    {
                        ids.Add(person.Id);
                    }
                }
            }
            tables[l] = table;
        }
        return tables;
    }

    /// <summary>
    /// Whether this directory and <paramref name="other"/> answer alike about <paramref name="text"/>: the same
    /// mentions, label and title resolutions, and so the same inference. True when every person in one but not the
    /// other (an article's own <c>speakers:</c>) goes unnamed in the text: no word of the text is the first word
    /// of their name, an alias, the id, the last name or a role's title. Every way the directory reads a text (a
    /// mention, a transcript label, a title before a cue verb) matches whole words, so a person none of whose words
    /// occur cannot change an answer; a false "no" only costs a fresh inference.
    /// </summary>
    internal bool AgreesOn(SpeakerDirectory other, string text)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        var needles = new HashSet<string>(StringComparer.Ordinal);
        if (!AddDifferences(this, other, needles) || !AddDifferences(other, this, needles))
        {
            return false;
        }
        if (needles.Count == 0)
        {
            return true;
        }
        var lookup = needles.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!TextChars.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && TextChars.IsWordChar(text[i]))
            {
                i++;
            }
            if (i - start > folded.Length)
            {
                // Longer than any needle kept (see AddNeedle): not one of them.
                continue;
            }
            for (var k = start; k < i; k++)
            {
                folded[k - start] = TextChars.Fold(text[k]);
            }
            if (lookup.Contains(folded[..(i - start)]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The needles of the people of <paramref name="a"/> that <paramref name="b"/> lacks or holds differently; false when one cannot be made.</summary>
    private static bool AddDifferences(SpeakerDirectory a, SpeakerDirectory b, HashSet<string> needles)
    {
        foreach (var person in a._people)
        {
            if (b._byId.TryGetValue(person.Id, out var same) && (ReferenceEquals(same, person) || same.Equals(person)))
            {
                continue;
            }
            var name = CollapseSpaces(person.DisplayName);
            if (!AddNeedle(name, needles) || !AddNeedle(person.Id, needles)
                || (TitleWords.LastName(name) is { } last && !AddNeedle(last, needles)))
            {
                return false;
            }
            foreach (var alias in person.Aliases)
            {
                if (!string.IsNullOrWhiteSpace(alias) && !AddNeedle(alias, needles))
                {
                    return false;
                }
            }
            foreach (var role in person.Roles)
            {
                if (role.Title is { Length: > 0 } title && !AddNeedle(title, needles))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>The first letter-and-digit run of a name, folded: any text that names it holds that word. False when there is none, or it is too long to look for.</summary>
    private static bool AddNeedle(string name, HashSet<string> needles)
    {
        var start = 0;
        while (start < name.Length && !TextChars.IsWordChar(name[start]))
        {
            start++;
        }
        var key = TextChars.LeadingWordKey(name, start);
        if (key.Length == 0 || key.Length > 64)
        {
            return false;
        }
        needles.Add(key);
        return true;
    }

    /// <summary>Every mention of a registered person in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<Mention> FindMentions(string text) => FindMentionArray(text);

    /// <summary>
    /// <see cref="FindMentions"/> as an array, exactly as long as the mentions. With <paramref name="cueWords"/>, the
    /// same pass over the words also collects every word <see cref="Words.Classify"/> knows (a cue verb, participle
    /// or phrase head) that an apostrophe or hyphen does not join to a neighbour, as <see cref="Words.In"/> reads
    /// words: speech tags then find a sentence's cue verbs without reading its words again.
    /// </summary>
    internal Mention[] FindMentionArray(string text, List<TextSpan>? cueWords = null)
    {
        if (_patterns.Count == 0 && cueWords is null)
        {
            return [];
        }
        if (cueWords is null)
        {
            return FindMentionArrayByFirstChar(text);
        }
        using var map = WordMap.Of(text);
        return FindMentionArray(text, map, cueWords);
    }

    /// <summary>
    /// Every character a name's match can begin with (see <see cref="MatchAt"/>: a pattern's first letter, or that
    /// letter capitalized): a word beginning with any other is no mention, and most words of prose begin in lower case.
    /// </summary>
    private SearchValues<char> FirstChars => _firstChars ??= SearchValues.Create(
        _patterns.Values.SelectMany(list => list).SelectMany(p => new[] { p.Text[0], char.ToUpperInvariant(p.Text[0]) }).Distinct().Order().ToArray());

    private SearchValues<char>? _firstChars;

    /// <summary>
    /// <see cref="FindMentionArray(string, WordMap, List{TextSpan}?)"/> without cue words, jumping from one character
    /// a name can begin with to the next (a vectorized search) rather than from word to word. It visits the same word
    /// starts (the starts of runs of word characters, none inside an earlier match) that can begin a mention, in the
    /// same order, and decides each as that pass does.
    /// </summary>
    private Mention[] FindMentionArrayByFirstChar(string text)
    {
        var firstChars = FirstChars;
        var collector = new MentionCollector(this);
        for (var from = 0; from < text.Length;)
        {
            var found = text.AsSpan(from).IndexOfAny(firstChars);
            if (found < 0)
            {
                break;
            }
            var i = from + found;
            if (!TextChars.IsWordChar(text[i]) || (i > 0 && TextChars.IsWordChar(text[i - 1])))
            {
                // Not the start of a word: the word it lies in began before, with a character no name begins with.
                from = i + 1;
                continue;
            }
            var wordEnd = i + 1;
            while (wordEnd < text.Length && TextChars.IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }
            from = wordEnd;
            var length = wordEnd - i;
            if (!_keyFilter.MayBe(TextChars.Fold(text[i]), length > 1 ? TextChars.Fold(text[i + 1]) : '\0', length))
            {
                continue;
            }
            var best = collector.At(text, i, wordEnd);
            if (best < 0)
            {
                continue;
            }
            // A match ends before a character that is no word character (see MatchAt): the next word starts after it.
            from = best;
        }
        return collector.ToArray();
    }

    /// <summary><see cref="FindMentionArray(string, List{TextSpan}?)"/> with the text's word map already made.</summary>
    internal Mention[] FindMentionArray(string text, WordMap map, List<TextSpan>? cueWords)
    {
        // The words are found from the bit map of the word characters, and most are turned away by the filters on
        // their first two characters and length alone.
        var collector = new MentionCollector(this);
        for (var i = map.NextWordChar(0); i < text.Length;)
        {
            var wordEnd = map.NextOther(i + 1);
            var length = wordEnd - i;
            var first = text[i];
            var second = length > 1 ? text[i + 1] : '\0';
            bool mayBeKey;
            if (char.IsAscii(first) && char.IsAscii(second))
            {
                // ASCII letters and digits: their slot is their folded forms' slot (see WordFilter.Slot).
                var slot = WordFilter.Slot(first, second);
                if (cueWords is not null && Words.MayBeCueAt(slot, length))
                {
                    NoteCue(text, i, wordEnd, cueWords);
                }
                mayBeKey = _keyFilter.MayBeAt(slot, length);
            }
            else
            {
                if (cueWords is not null)
                {
                    NoteCue(text, i, wordEnd, cueWords);
                }
                mayBeKey = _keyFilter.MayBe(TextChars.Fold(first), length > 1 ? TextChars.Fold(second) : '\0', length);
            }
            if (!mayBeKey)
            {
                i = map.NextWordChar(wordEnd);
                continue;
            }
            var best = collector.At(text, i, wordEnd);
            if (best < 0)
            {
                i = map.NextWordChar(wordEnd);
                continue;
            }
            if (cueWords is not null)
            {
                // The words the name spans after its first are passed over here: "Edward Said" holds "Said".
                for (var w = map.NextWordChar(wordEnd); w < best; w = map.NextWordChar(map.NextOther(w)))
                {
                    NoteCue(text, w, map.NextOther(w), cueWords);
                }
            }
            // A match ends before a character that is no word character (see MatchAt): the next word starts after it.
            i = map.NextWordChar(best);
        }
        return collector.ToArray();
    }

    /// <summary>
    /// The mentions one scan of a text finds, word start by word start, whichever way the scan moves between them:
    /// each word's longest matching pattern (the strongest kind among equals), and for a pattern several people share,
    /// the one of them named last before it.
    /// </summary>
    private sealed class MentionCollector(SpeakerDirectory directory)
    {
        private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            directory._patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        // Grown in a pooled array and copied out at its size: a source names people thousands of times.
        private Mention[] _mentions = ArrayPool<Mention>.Shared.Rent(64);
        private int _count;
        // Every word looked up is folded into a reused buffer, not a new string each time.
        private char[] _folded = new char[64];
        private readonly List<string> _people = [];
        private Dictionary<string, int>? _lastSeen;

        /// <summary>The end of the mention the word [<paramref name="start"/>, <paramref name="wordEnd"/>) begins, added; or -1.</summary>
        public int At(string text, int start, int wordEnd)
        {
            var length = wordEnd - start;
            if (length > _folded.Length)
            {
                _folded = new char[length];
            }
            for (var k = start; k < wordEnd; k++)
            {
                _folded[k - start] = TextChars.Fold(text[k]);
            }
            if (!_lookup.TryGetValue(_folded.AsSpan(0, length), out var candidates))
            {
                return -1;
            }
            var best = -1;
            var bestKind = MentionKind.LastWord;
            _people.Clear();
            foreach (var pattern in candidates)
            {
                var end = MatchAt(text, start, pattern.Text);
                if (end < 0 || end < best)
                {
                    continue;
                }
                if (end > best || pattern.Kind < bestKind)
                {
                    best = end;
                    bestKind = pattern.Kind;
                    _people.Clear();
                }
                if (pattern.Kind == bestKind && !_people.Contains(pattern.PersonId))
                {
                    _people.Add(pattern.PersonId);
                }
            }
            if (best < 0)
            {
                return -1;
            }
            var lastSeen = _lastSeen ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var chosen = _people.Count == 1
                ? _people[0]
                : _people.Where(lastSeen.ContainsKey).OrderByDescending(p => lastSeen[p]).FirstOrDefault();
            if (chosen is not null)
            {
                if (_count == _mentions.Length)
                {
                    _mentions = SentenceTable.Grow(_mentions);
                }
                _mentions[_count++] = new Mention(TextSpan.FromBounds(start, best), chosen, bestKind);
                lastSeen[chosen] = start;
            }
            return best;
        }

        /// <summary>The mentions found, in order; the pooled array goes back.</summary>
        public Mention[] ToArray()
        {
            var found = _mentions[.._count];
            ArrayPool<Mention>.Shared.Return(_mentions, clearArray: true);
            return found;
        }
    }

    /// <summary>Adds the run [<paramref name="start"/>, <paramref name="end"/>) when it is a whole word of <see cref="Words.In"/> that <see cref="Words.Classify"/> knows.</summary>
    private static void NoteCue(string text, int start, int end, List<TextSpan> cueWords)
    {
        if (Words.Classify(text.AsSpan(start, end - start)) == CueKind.None
            || (start >= 2 && Words.IsJoiner(text[start - 1]) && TextChars.IsWordChar(text[start - 2]))
            || (end + 1 < text.Length && Words.IsJoiner(text[end]) && TextChars.IsWordChar(text[end + 1])))
        {
            return;
        }
        cueWords.Add(TextSpan.FromBounds(start, end));
    }

    /// <summary>Where a match of <paramref name="name"/> starting at <paramref name="start"/> ends, or -1.</summary>
    private static int MatchAt(string text, int start, string name)
    {
        // The first letter keeps its case unless capitalized: "al-Assad" and "Al-Assad", never "may" for "May".
        var first = text[start];
        if (first != name[0] && first != char.ToUpperInvariant(name[0]))
        {
            return -1;
        }
        var t = start;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                if (t >= text.Length || !TextChars.IsSpace(text[t]))
                {
                    return -1;
                }
                while (t < text.Length && TextChars.IsSpace(text[t]))
                {
                    t++;
                }
                continue;
            }
            if (t >= text.Length || TextChars.Fold(text[t]) != TextChars.Fold(c))
            {
                return -1;
            }
            t++;
        }
        if (t < text.Length && TextChars.IsWordChar(text[t]))
        {
            return -1;
        }
        return t;
    }
}
