using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extraction.Relations;
using Extraction.Serialization;

namespace Extraction.Training;

/// <summary>
/// <c>fit-confidence [--set DIR] [--folds K] [--out DIR]</c>: fits the confidence table on the calibration set
/// (../shared/devset/calibration: texts/ and gold/). Each item calibration.py judges is labelled right or wrong by
/// calibration.py's own matching (tools/calibration-labels.py); per field, the accuracy of each evidence kind and of
/// each (kind, signal) cell is estimated with shrinkage toward the coarser level (histogram binning over discrete
/// evidence, not a parametric fit: the kinds are what transfers). K-fold cross-validation by document writes honest
/// predictions to OUT/cv (each document scored by a table fitted without it) and prints calibration.py on them (and on
/// OUT/constants, the rules' constants, for comparison); the
/// table fitted on every document goes to Resources/Calibration/confidence.tsv.
/// </summary>
internal static class FitConfidenceCommand
{
    public const string Help = "fit the confidence table on the calibration set (cross-validated report, writes Resources/Calibration/confidence.tsv)";

    /// <summary>Prior weight, in items, of the coarser level in a cell's estimate.</summary>
    private const double Shrinkage = 6;

    /// <summary>
    /// A field with fewer judged items (agreements: 38, 6 wrong) gets kinds only, no cells: with so few errors a cell's
    /// estimate moves with every fold and reorders items at random; the signal stays in the recorded evidence.
    /// </summary>
    private const int MinItemsForCells = 60;

    public static int Run(string[] args)
    {
        var set = TrainingPaths.Option(args, "--set", Path.GetFullPath(Path.Combine(TrainingPaths.RepoRoot, "..", "shared", "devset", "calibration")));
        var folds = int.Parse(TrainingPaths.Option(args, "--folds", "5"), CultureInfo.InvariantCulture);
        var output = TrainingPaths.Option(args, "--out", Path.Combine(TrainingPaths.RepoRoot, "obj", "calibration"));
        var gold = Path.Combine(set, "gold");
        var texts = Directory.EnumerateFiles(Path.Combine(set, "texts"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Doc: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        var extractor = FrenchNewsExtractor.Shared;

        // 1. Every judged item's evidence, through confidence codes that the labeller hands back.
        var codes = Path.Combine(output, "codes");
        Recreate(codes);
        var evidence = new Dictionary<(string Doc, long Code), (string Field, string Kind, string Signal)>();
        foreach (var (doc, text) in texts)
        {
            var recorder = new Recorder();
            File.WriteAllText(Path.Combine(codes, doc + ".json"), ExtractionJson.Serialize(extractor.ExtractWith(text, null, recorder)));
            foreach (var (code, item) in recorder.Items) evidence[(doc, code)] = item;
        }
        var items = new List<Item>();
        foreach (var line in Python(Path.Combine(TrainingPaths.RepoRoot, "tools", "calibration-labels.py"), gold, codes)
                     .Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            var key = (f[0], long.Parse(f[2], CultureInfo.InvariantCulture));
            if (!evidence.TryGetValue(key, out var e))
                throw new InvalidDataException($"Item {f[0]} {f[1]} code {f[2]}: no evidence recorded.");
            if (e.Field != f[1] && !(f[1] == ConfidenceFields.PersonCountry && e.Field == ConfidenceFields.People))
                throw new InvalidDataException($"Item {f[0]} code {f[2]}: judged as {f[1]}, recorded as {e.Field}.");
            items.Add(new Item(f[0], f[1], e.Field == f[1] ? e.Kind : "person-" + e.Kind, e.Field == f[1] ? e.Signal : ConfidenceTable.Any, f[3] == "1"));
        }
        Console.WriteLine($"{items.Count} judged items in {texts.Count} documents");

        // The rules' constants (an empty table), for comparison.
        var constants = Path.Combine(output, "constants");
        Recreate(constants);
        var none = new ConfidenceTable(new Dictionary<(string, string, string), double>());
        foreach (var (doc, text) in texts)
            File.WriteAllText(Path.Combine(constants, doc + ".json"), ExtractionJson.Serialize(extractor.ExtractWith(text, null, none)));
        Console.WriteLine($"calibration.py {gold} {constants}  (the rules' constants, before calibration)");
        Console.Write(Python(Path.Combine(TrainingPaths.RepoRoot, "..", "shared", "devset", "calibration.py"), gold, constants));

        // 2. Cross-validated predictions: documents in folds by their order, each scored by a table fitted without its fold.
        var cv = Path.Combine(output, "cv");
        Recreate(cv);
        for (var k = 0; k < folds; k++)
        {
            var heldOut = texts.Where((_, i) => i % folds == k).Select(t => t.Doc).ToHashSet(StringComparer.Ordinal);
            var table = Fit(items.Where(x => !heldOut.Contains(x.Doc)));
            foreach (var (doc, text) in texts.Where(t => heldOut.Contains(t.Doc)))
                File.WriteAllText(Path.Combine(cv, doc + ".json"), ExtractionJson.Serialize(extractor.ExtractWith(text, null, table)));
        }
        Console.WriteLine($"calibration.py {gold} {cv}  ({folds}-fold cross-validation by document)");
        Console.Write(Python(Path.Combine(TrainingPaths.RepoRoot, "..", "shared", "devset", "calibration.py"), gold, cv));

        // 3. The embedded table, fitted on everything.
        var final = Fit(items);
        var path = Path.Combine(TrainingPaths.Resources, ConfidenceTable.ResourcePath);
        File.WriteAllText(path, Render(items), new UTF8Encoding(false));
        Console.WriteLine($"wrote {path} ({final.Count} rows)");
        return 0;
    }

    private sealed record Item(string Doc, string Field, string Kind, string Signal, bool Right);

    /// <summary>Hands out codes k * 1e-6 as confidences and remembers which evidence each stands for.</summary>
    private sealed class Recorder : IConfidenceModel
    {
        public List<(long Code, (string Field, string Kind, string Signal) Item)> Items { get; } = [];

        public double Score(string field, string kind, string signal, double fallback)
        {
            var code = Items.Count + 1L;
            Items.Add((code, (field, kind, signal)));
            return code * 1e-6;
        }
    }

    private static ConfidenceTable Fit(IEnumerable<Item> items) =>
        new(Estimates(items.ToList()).ToDictionary(e => (e.Field, e.Kind, e.Signal), e => e.P));

    /// <summary>Field accuracy (with a uniform prior), each kind's shrunk toward it, each cell's toward its kind (not in a small field).</summary>
    private static List<(string Field, string Kind, string Signal, double P, int N)> Estimates(List<Item> items)
    {
        var rows = new List<(string, string, string, double, int)>();
        foreach (var field in items.GroupBy(x => x.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pField = (field.Count(x => x.Right) + 1.0) / (field.Count() + 2.0);
            rows.Add((field.Key, ConfidenceTable.Any, ConfidenceTable.Any, pField, field.Count()));
            foreach (var kind in field.GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var pKind = (kind.Count(x => x.Right) + Shrinkage * pField) / (kind.Count() + Shrinkage);
                rows.Add((field.Key, kind.Key, ConfidenceTable.Any, pKind, kind.Count()));
                if (field.Count() < MinItemsForCells) continue;
                foreach (var cell in kind.GroupBy(x => x.Signal).Where(g => g.Key != ConfidenceTable.Any).OrderBy(g => g.Key, StringComparer.Ordinal))
                    rows.Add((field.Key, kind.Key, cell.Key, (cell.Count(x => x.Right) + Shrinkage * pKind) / (cell.Count() + Shrinkage), cell.Count()));
            }
        }
        return rows;
    }

    private static string Render(List<Item> items)
    {
        var sb = new StringBuilder("# field\tkind\tsignal\tprobability\tcount (written by Extraction.Training fit-confidence; do not edit)\n");
        foreach (var (field, kind, signal, p, n) in Estimates(items))
            sb.Append(CultureInfo.InvariantCulture, $"{field}\t{kind}\t{signal}\t{Math.Round(p, 4).ToString("0.0###", CultureInfo.InvariantCulture)}\t{n}\n");
        return sb.ToString();
    }

    private static void Recreate(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
    }

    private static string Python(string script, params string[] args)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 {script} exited with {process.ExitCode}.");
        return text;
    }
}
