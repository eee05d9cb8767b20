using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// A whole workspace classified in one walk per glob set gives each file the kind the library's one-file match gives
/// it (the way files were classified before), under every kind of glob a configuration holds.
/// </summary>
public class FileClassifierTests
{
    private static readonly string[] Paths =
    [
        "factlsp.yaml", "people.yaml", "a.md", "articles/a.md", "articles/2024/b.md", "articles/2024/drafts/c.md",
        "articles/notes.txt", "sources/s1.txt", "sources/s2.md", "sources/deep/er/s3.markdown", "sources/people.yaml",
        "drafts/x.md", "team/people.yaml", "team/people/extra.yaml", "README.md", "docs/readme.md", "a b/c d.md",
        "ünï/cødé.md", "sources/ünï.txt", ".hidden/x.md", "x.MD", "sources/S4.TXT", "articles/a.md.bak", "node/x.md",
        // Not as a workspace lists its files, but as a caller may ask (a configuration's own entry, say).
        "./people.yaml", "sources/./s1.txt", "articles/../a.md", "articles//a.md", "../outside.md",
    ];

    public static TheoryData<string> Configurations() => new()
    {
        "",
        "articles: [\"articles/**/*.md\"]\nsources: [\"sources/**/*\"]\n",
        "articles: [\"**/*.md\"]\nsources: [\"sources/*.txt\", \"sources/**/*.md\"]\nexclude: [\"**/drafts/**\", \"README.md\"]\n",
        "people: [\"people.yaml\", \"team/people/*.yaml\"]\narticles: [\"*.md\", \"a b/*.md\"]\nexclude: [\"ünï/**\"]\n",
        "articles: [\"**/*\"]\nsources: [\"**/*.txt\", \"**/*.TXT\"]\nexclude: [\"**/*.bak\", \".hidden/**\"]\n",
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Classifying_every_file_at_once_agrees_with_matching_each_file_alone(string yaml)
    {
        var config = yaml.Length == 0 ? FactLspConfig.Default : ConfigLoader.Parse(yaml).Config;
        var classifier = new FileClassifier(config);
        var all = classifier.ClassifyAll(Paths);
        for (var i = 0; i < Paths.Length; i++)
        {
            Assert.Equal(OneAtATime(config, Paths[i]), all[i]);
            Assert.Equal(all[i], classifier.Classify(Paths[i]));
        }
        // Not all one kind: the comparison above would hold for a classifier that answers Other everywhere.
        Assert.True(all.Distinct().Count() >= 3, string.Join(", ", all));
    }

    // The classification as it was made before: the library's one-file match, rooted at the current folder.
    private static FileKind OneAtATime(FactLspConfig config, string path)
    {
        static bool Matches(IEnumerable<string> include, IEnumerable<string> exclude, string path)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            foreach (var glob in include)
            {
                matcher.AddInclude(glob);
            }
            foreach (var glob in exclude)
            {
                matcher.AddExclude(glob);
            }
            return matcher.Match(path).HasMatches;
        }
        return path == FactLspConfig.FileName ? FileKind.Config
            : Matches(config.People, config.Exclude, path) ? FileKind.People
            : Matches(config.Sources, config.Exclude, path) ? FileKind.Source
            : Matches(config.Articles, config.Exclude, path) ? FileKind.Article
            : FileKind.Other;
    }
}
