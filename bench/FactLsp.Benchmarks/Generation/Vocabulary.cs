namespace FactLsp.Benchmarks.Generation;

/// <summary>
/// Words for English-like prose: common words first, so a skewed pick gives them the frequency
/// they have in news copy, then the vocabulary of conflict and politics reporting.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Words =
        ("the of and to a in that is was for on it with as at by from this be have are not but had has " +
         "which they were been their an more will would about there one all also who after up out its new " +
         "can other into than some could them only over these two when time most first so years like " +
         "what people no because many year do those our just such where through any even back then while " +
         "last still before between under since well against being both three without during each now " +
         "government officials forces city country region state security war fighters village border " +
         "offensive ceasefire talks agreement president minister ministry council army group coalition " +
         "province capital north south east west military troops attack attacks killed wounded civilians " +
         "town towns area areas control week month weeks months days day night morning evening report " +
         "reports statement meeting leaders leader party election vote parliament law court police " +
         "support aid food water fuel prices economy market markets bank oil gas power deal plan plans " +
         "process peace talks negotiations withdrawal operation operations campaign front line lines " +
         "position positions situation crisis conflict refugees camp camps families children women men " +
         "hospital school schools road roads bridge river valley farmland fields orchards houses hamlets " +
         "remaining last small large major key local regional national international foreign domestic " +
         "senior former current official public political economic humanitarian strategic " +
         "called described confirmed denied rejected accepted agreed " +
         "expected planned launched reached held took made gave left began ended continued remained " +
         "believe think know want need hope expect see say tell ask give take make keep bring hold " +
         "clear difficult important necessary possible ready able likely certain serious open closed " +
         "fight battle phase phases end organisation organisations noose zone solidarity contribution " +
         "friend issues issue question questions answer answers decision decisions future past history " +
         "people's nation's region's important steps measures pressure threat threats risk risks " +
         "again already always never often soon later together rather almost nearly quite very").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static readonly string[] Descriptions =
    [
        "a senior official", "a spokesman for the ministry", "a military commander", "an opposition leader",
        "a member of parliament", "the foreign minister", "a regional governor", "a local council head",
        "an aid worker", "a senior diplomat", "the defence minister", "an adviser to the president",
    ];

    public static readonly string[] Organisations =
    [
        "Syrian Democratic Council", "Ministry of Foreign Affairs", "Ministry of Defence", "National Assembly",
        "Regional Authority", "United Nations", "Red Crescent", "Coalition Command", "City Council", "Central Bank",
    ];

    public static readonly string[] Publishers = ["Dawn", "AFP", "Reuters", "AP", "BBC", "Al Jazeera", "Le Monde", "The Guardian"];

    public static readonly string[] Terms =
    [
        "security zone", "caliphate", "red line", "safe zone", "buffer zone", "new phase", "dear friend", "special operation",
    ];

    public static readonly string[] Syllables =
    [
        "ka", "li", "ra", "do", "mi", "sa", "ne", "to", "ba", "ri", "la", "ve", "no", "ha", "mu", "zi", "ta", "ko",
        "re", "an", "el", "or", "us", "ar", "en", "ib", "ov", "al", "ek", "im", "ul", "ad", "es", "ir",
    ];
}
