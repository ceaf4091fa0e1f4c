using System.Diagnostics;
using System.Globalization;
using Extraction.Entities;
using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// Stage-by-stage cost of documents of growing size (<c>series FILE...</c>), per million characters, to find what
/// grows faster than the input. Runs the steps of <c>ExtractionPipeline.Run</c> one by one with a thread-CPU
/// stopwatch around each (entities and relations split into their own steps), then checks that the result is the
/// one <see cref="FrenchNewsExtractor.Extract(string, ExtractionOptions?)"/> gives, so the copy cannot drift from
/// the pipeline unnoticed.
/// </summary>
internal static class SeriesProbe
{
    public static int Run(IReadOnlyList<string> files)
    {
        var extractor = FrenchNewsExtractor.Shared;
        // Warm up (models, JIT) on a small real document so the first file is not charged for it.
        extractor.Extract(BenchmarkCorpus.Get(BenchmarkCorpus.DevConcatenated));
        var rows = new List<(string File, int Chars, List<(string Stage, double Ms)> Stages, double Total, long PeakBytes)>();
        var failures = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            GC.Collect();
            var (stages, json) = Time(text);
            var total = stages.Sum(s => s.Ms);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            rows.Add((Path.GetFileName(file), text.Length, stages, total, process.PeakWorkingSet64));
            if (json != ExtractionJson.Serialize(extractor.Extract(text)))
            {
                Console.Error.WriteLine($"{file}: the probe's result differs from Extract's: update SeriesProbe to follow ExtractionPipeline.Run");
                failures++;
            }
        }
        var names = rows[0].Stages.Select(s => s.Stage).ToList();
        Console.WriteLine("thread CPU ms per million characters (one run each; peak working set of the process so far)");
        Console.Write($"{"stage",-22}");
        foreach (var r in rows) Console.Write($"{r.File,14}");
        Console.WriteLine();
        for (var k = 0; k < names.Count; k++)
        {
            Console.Write($"{names[k],-22}");
            foreach (var r in rows) Console.Write($"{r.Stages[k].Ms * 1e6 / r.Chars,14:N1}");
            Console.WriteLine();
        }
        Console.Write($"{"total ms / M chars",-22}");
        foreach (var r in rows) Console.Write($"{r.Total * 1e6 / r.Chars,14:N1}");
        Console.WriteLine();
        Console.Write($"{"total ms",-22}");
        foreach (var r in rows) Console.Write($"{r.Total,14:N0}");
        Console.WriteLine();
        Console.Write($"{"peak MB",-22}");
        foreach (var r in rows) Console.Write($"{r.PeakBytes / 1e6,14:N0}");
        Console.WriteLine();
        return failures == 0 ? 0 : 1;
    }

    private static (List<(string Stage, double Ms)> Stages, string Json) Time(string input)
    {
        var stages = new List<(string, double)>();
        T Step<T>(string name, Func<T> f)
        {
            var before = ThreadCpu.Milliseconds();
            var result = f();
            stages.Add((name, ThreadCpu.Milliseconds() - before));
            return result;
        }

        var source = Step("read", () => SourceText.Read(input));
        var text = source.Text;
        var referenceDate = source.HeaderDate;
        var tokenArray = Step("tokenize", () => FrenchTokenizer.Default.Tokenize(text, source.Body));
        var sentences = Step("split", () => SentenceSplitter.Default.Split(text, tokenArray));
        var tokens = Step("token text", () => new TokenText(text, tokenArray, sentences));
        var dateMatches = Step("dates", () => TemporalExtractor.Default.Extract(text, source.Body, referenceDate));
        var (dates, dateRefs) = Step("date records", () =>
        {
            var dates = ExtractionPipeline.DateRecords(text, dateMatches, referenceDate, ConfidenceTable.Default);
            var refs = dateMatches.Select(d => ExtractionPipeline.ToTokens(tokenArray, d.Span) is var (f, e) && e > f
                    ? new DateRef(f, e, d.Value, d.Modifier, d.Span) : null)
                .OfType<DateRef>().ToArray();
            return (dates, refs);
        });
        var countries = CountryGazetteer.Default;
        var roleWords = WordSets.Load(ExtractionPipeline.RoleWordTables);
        var countryRefs = Step("countries", () =>
        {
            var matches = countries.Find(text, tokenArray).Where(c => !countries.IsLanguageUse(text, tokenArray, c)).ToList();
            var venues = matches.Where(c => countries.IsPlaceUse(text, tokenArray, c)).Select(c => c.FirstToken).ToHashSet();
            return CountryFilter.Filter(tokens,
                matches.Select(c => new CountryRef(c.FirstToken, c.EndToken, c.Code, c.Kind, c.AlternativeCodes ?? [])).ToList(),
                r => venues.Contains(r.FirstToken));
        });
        var organizationRefs = Step("organizations", () => OrganizationGazetteer.Default.Find(text, tokenArray)
            .Select(o => new OrganizationRef(o.FirstToken, o.EndToken, o.Organization.Name, o.Organization.Acronym, o.Organization.Country, o.Organization.Type)).ToList());
        var infos = Step("token features", () => TokenFeatures.Compute(text, tokenArray, PosTagger.Default.Lexicon));
        var pos = Step("pos", () => PosTagger.Default.Tag(text, tokenArray, infos));
        var entities = Step("ner", () => EntityRecognizer.Default.Recognize(text, tokenArray, sentences, pos,
            ReferenceEquals(PosTagger.Default.Lexicon, EntityRecognizer.Default.Lexicon) ? infos : null));
        Step("recognized orgs", () =>
        {
            var known = new bool[tokens.Count];
            foreach (var (first, end) in organizationRefs.Select(o => (o.FirstToken, o.EndToken)).Concat(countryRefs.Select(c => (c.FirstToken, c.EndToken)))
                         .Concat(dateRefs.Select(d => (d.FirstToken, d.EndToken))))
                for (var i = first; i < end; i++) known[i] = true;
            organizationRefs.AddRange(new RecognizedOrganizations(EntityCues.Default, EntityLexicon.Default, FrenchLexicon.Default, roleWords).Find(tokens, entities, known));
            organizationRefs.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            return 0;
        });
        var context = new EntityContext(tokens, countryRefs, organizationRefs, dateRefs, pos);
        var mainCountries = NationalityInference.MainCountries(countryRefs);
        var lexicon = EntityLexicon.Default;
        var roles = Step("roles (Entities)", () => new RoleMentionFinder(lexicon, FrenchLexicon.Default, roleWords).Find(context));
        var names = Step("names (Entities)", () =>
        {
            var blocked = new bool[tokens.Count];
            foreach (var r in roles)
                for (var i = r.FirstToken; i < r.EndToken; i++) blocked[i] = true;
            var personTags = new bool[tokens.Count];
            foreach (var entity in entities)
                if (entity.Type == EntityType.PER)
                    for (var i = entity.FirstToken; i < entity.EndToken; i++) personTags[i] = true;
            return NameMentionFinder.Create(lexicon, FrenchLexicon.Default, PlaceGazetteer.Default).Find(context, blocked, personTags);
        });
        var people = Step("people (Cluster)", () => PersonResolver.Cluster(names));
        Step("role links", () => { new RoleLinker(roleWords).Link(context, roles, people, mainCountries); return 0; });
        people = people.Where(p => p.Evidence > NameEvidence.Weak || p.Roles.Count > 0 || p.HomologueOf is not null).ToList();
        Step("nationality", () =>
        {
            new NationalityInference(lexicon, roleWords).Infer(context, people, mainCountries, found => KnowledgeLinker.Link(LeaderMatcher.Default, found, referenceDate, mainCountries));
            return 0;
        });
        var agreementFinder = new AgreementMentionFinder(lexicon, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default);
        var agreementMentions = Step("agreement mentions", () => agreementFinder.Find(context));
        var agreementAssembler = new AgreementAssembler(lexicon, WordSets.Load(AgreementAssembler.WordsResource));
        var agreements = Step("agreements", () => agreementAssembler.Assemble(context, agreementMentions, people, mainCountries, referenceDate));
        Step("domestic", () => { new NationalityInference(lexicon, roleWords).FromDomesticStory(context, people); return 0; });
        var result = Step("result", () => new ResultAssembler(new RoleMerger(roleWords)).Build(referenceDate?.ToString(), context, countryRefs, code => countries.Name(code) ?? code, people, agreements, dates, ConfidenceTable.Default));
        var json = Step("json", () => ExtractionJson.Serialize(result));
        return (stages, json);
    }

    /// <summary>Writes <paramref name="folder"/>/NAME.txt documents of the given sizes made of the dev texts repeated.</summary>
    public static int Generate(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, size) in new[] { ("s0040k", 40_000), ("s01m", 1_000_000), ("s02m", 2_000_000), ("s04m", 4_000_000), ("s08m", 8_000_000), ("s10m", 9_990_000) })
        {
            var text = RepeatedDevTexts(size);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
            Console.WriteLine($"{name}.txt {text.Length.ToString("N0", CultureInfo.InvariantCulture)} chars");
        }
        return 0;
    }

    /// <summary>A date header, then the dev texts (without their own headers) again and again, cut at a paragraph end at or before <paramref name="size"/>.</summary>
    private static string RepeatedDevTexts(int size)
    {
        var folder = Path.GetFullPath(Path.Combine(BenchmarkCorpus.Root, "..", "shared", "devset", "texts"));
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => string.Join('\n', File.ReadAllText(f).Split('\n').Where(l => !l.StartsWith("date ", StringComparison.Ordinal))));
        var body = string.Join("\n\n", texts);
        var b = new System.Text.StringBuilder("date 2024-05-14\n", size + body.Length);
        while (b.Length < size) b.Append(body).Append("\n\n");
        var s = b.ToString(0, size);
        return s[..(s.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)];
    }
}
