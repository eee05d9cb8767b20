namespace FactLsp.Core.Yaml;

/// <summary>
/// YAML read as a whole when it parses, else top-level entry by top-level entry, so that one entry
/// being typed does not take the others with it (spec: "checking goes on with what could be read").
/// </summary>
/// <remarks>
/// <para>When the whole does not parse, each <see cref="TopLevelEntries"/> piece is parsed on its own at its
/// offset in the file, so spans stay exact. A piece that does not parse is dropped and its own error reported
/// (it points into the broken entry, where the error for the whole may only surface entries later).</para>
/// <para>When every piece parses on its own, the error lies between entries (a key defined twice): the
/// error for the whole is reported as it is, and the piece it points into dropped, so the first definition
/// stands, as it would for any duplicate.</para>
/// </remarks>
public sealed record RecoveredYaml(IReadOnlyList<YamlText> Parts, IReadOnlyList<YamlProblem> Problems)
{
    public static RecoveredYaml Parse(string yaml, int origin = 0)
    {
        var whole = YamlText.Parse(yaml, origin);
        if (whole.Root is not null || whole.Problems.Count == 0)
        {
            return new RecoveredYaml([whole], whole.Problems);
        }
        var pieces = TopLevelEntries.Split(yaml);
        if (pieces.Count < 2)
        {
            return new RecoveredYaml([whole], whole.Problems);
        }

        var parsed = pieces.Select(p => (Span: p, Yaml: YamlText.Parse(yaml.Substring(p.Start, p.Length), origin + p.Start))).ToList();
        var broken = parsed.Where(p => p.Yaml.Root is null && p.Yaml.Problems.Count > 0).ToList();
        if (broken.Count > 0)
        {
            return new RecoveredYaml(
                parsed.Except(broken).Select(p => p.Yaml).ToList(),
                broken.SelectMany(p => p.Yaml.Problems).ToList());
        }

        var error = whole.Problems[0].Span.Start - origin;
        var culprit = parsed.FindIndex(p => p.Span.Contains(error));
        if (culprit < 0)
        {
            // The error is at the very end of the text: the last piece holds it.
            culprit = parsed.Count - 1;
        }
        return new RecoveredYaml(
            parsed.Where((_, i) => i != culprit).Select(p => p.Yaml).ToList(),
            whole.Problems);
    }
}
