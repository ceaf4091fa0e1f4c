using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extraction.Relations;
using Extraction.Serialization;

namespace Extraction.Training;

/// <summary>
/// <c>fit-confidence [--set DIR] [--folds K] [--out DIR]</c>: fits the confidence table on the calibration set
/// (../shared/devset/calibration: texts/ and gold/). Each item calibration.py judges is labelled right or wrong by
/// calibration.py's own matching (tools/calibration-labels.py); per field, the accuracy of each evidence kind and of
/// each (kind, signal) cell is estimated with shrinkage toward the coarser level (histogram binning over discrete
/// evidence, not a parametric fit: the kinds are what transfers); a field under <see cref="MinItemsForCells"/> items
/// gets a regularized logistic regression on its kinds and signal flags instead. K-fold cross-validation by document
/// writes honest predictions to OUT/cv (each document scored by a table fitted without it) and prints calibration.py on
/// them (and on OUT/constants, the rules' constants, for comparison); a field whose cross-validated Brier score is not
/// better than the constants' keeps the constants (its rows are left out, and OUT/cv is rewritten so). The table fitted
/// on every document goes to Resources/Calibration/confidence.tsv.
/// </summary>
internal static class FitConfidenceCommand
{
    public const string Help = "fit the confidence table on the calibration set (cross-validated report, writes Resources/Calibration/confidence.tsv)";

    /// <summary>Prior weight, in items, of the coarser level in a cell's estimate.</summary>
    private const double Shrinkage = 6;

    /// <summary>
    /// A field with fewer judged items (agreements: 38, 6 wrong) is too small for cells: with so few errors a cell's
    /// estimate moves with every fold. It gets <see cref="LogisticRows"/>: one coefficient per kind and per flag.
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
        var calibration = Path.Combine(TrainingPaths.RepoRoot, "..", "shared", "devset", "calibration.py");
        var foldRows = Enumerable.Range(0, folds)
            .Select(k => texts.Where((_, i) => i % folds == k).Select(t => t.Doc).ToHashSet(StringComparer.Ordinal))
            .Select(heldOut => (HeldOut: heldOut, Rows: Estimates(items.Where(x => !heldOut.Contains(x.Doc)).ToList()))).ToList();
        var cv = Path.Combine(output, "cv");
        void WriteCv(Func<string, bool> fitted)
        {
            Recreate(cv);
            foreach (var (heldOut, rows) in foldRows)
            {
                var table = Table(rows.Where(r => fitted(r.Field)));
                foreach (var (doc, text) in texts.Where(t => heldOut.Contains(t.Doc)))
                    File.WriteAllText(Path.Combine(cv, doc + ".json"), ExtractionJson.Serialize(extractor.ExtractWith(text, null, table)));
            }
        }
        WriteCv(_ => true);
        Console.WriteLine($"calibration.py {gold} {cv}  ({folds}-fold cross-validation by document, every field fitted)");
        Console.Write(Python(calibration, gold, cv));

        // A field whose cross-validated fit does not beat the rules' constants on the Brier score (a proper score, unlike
        // ECE) keeps the constants: with few errors clustered in few documents, a fit can generalize worse than the prior.
        var before = Brier(Python(calibration, gold, constants, "--json"));
        var after = Brier(Python(calibration, gold, cv, "--json"));
        var kept = after.Where(f => before.TryGetValue(f.Key, out var b) && f.Value < b).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var notes = after.Where(f => !kept.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}: the rules' constants kept (cross-validated Brier {before.GetValueOrDefault(f.Key):0.000}, fitted {f.Value:0.000})")
            .ToList();
        foreach (var note in notes) Console.WriteLine(note);
        if (notes.Count > 0)
        {
            WriteCv(kept.Contains);
            Console.WriteLine($"calibration.py {gold} {cv}  ({folds}-fold cross-validation by document, as shipped: {string.Join(", ", after.Keys.Where(f => !kept.Contains(f)))} on the constants)");
            Console.Write(Python(calibration, gold, cv));
        }

        // 3. The embedded table, fitted on everything.
        var final = Estimates(items).Where(r => kept.Contains(r.Field)).ToList();
        var path = Path.Combine(TrainingPaths.Resources, ConfidenceTable.ResourcePath);
        File.WriteAllText(path, Render(final, notes), new UTF8Encoding(false));
        Console.WriteLine($"wrote {path} ({final.Count} rows)");
        return 0;
    }

    /// <summary>The Brier score of each field in <c>calibration.py --json</c> output.</summary>
    private static Dictionary<string, double> Brier(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Where(f => f.Name != "all" && f.Value.TryGetProperty("brier", out _))
            .ToDictionary(f => f.Name, f => f.Value.GetProperty("brier").GetDouble(), StringComparer.Ordinal);
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

    private static ConfidenceTable Table(IEnumerable<(string Field, string Kind, string Signal, double P, int N)> rows) =>
        new(rows.ToDictionary(e => (e.Field, e.Kind, e.Signal), e => e.P));

    /// <summary>Field accuracy (with a uniform prior), each kind's shrunk toward it, each cell's toward its kind; a small field's from its logistic regression.</summary>
    private static List<(string Field, string Kind, string Signal, double P, int N)> Estimates(List<Item> items)
    {
        var rows = new List<(string, string, string, double, int)>();
        foreach (var field in items.GroupBy(x => x.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pField = (field.Count(x => x.Right) + 1.0) / (field.Count() + 2.0);
            rows.Add((field.Key, ConfidenceTable.Any, ConfidenceTable.Any, pField, field.Count()));
            if (field.Count() < MinItemsForCells)
            {
                rows.AddRange(LogisticRows(field.Key, field.ToList()));
                continue;
            }
            foreach (var kind in field.GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var pKind = (kind.Count(x => x.Right) + Shrinkage * pField) / (kind.Count() + Shrinkage);
                rows.Add((field.Key, kind.Key, ConfidenceTable.Any, pKind, kind.Count()));
                foreach (var cell in kind.GroupBy(x => x.Signal).Where(g => g.Key != ConfidenceTable.Any).OrderBy(g => g.Key, StringComparer.Ordinal))
                    rows.Add((field.Key, kind.Key, cell.Key, (cell.Count(x => x.Right) + Shrinkage * pKind) / (cell.Count() + Shrinkage), cell.Count()));
            }
        }
        return rows;
    }

    /// <summary>Precision of the Gaussian prior on a small field's logistic coefficients (variance 1 on the logit scale); not tuned.</summary>
    private const double Ridge = 1;

    /// <summary>
    /// The logistic regression of a small field: one indicator per kind and one per flag of the signals ("dated-signers");
    /// the intercept is free, the rest under the <see cref="Ridge"/> prior, so a rare kind stays near the field and a flag adds
    /// the same to every kind (no cell of its own). Rows: every kind seen with every subset of the flags seen, and each kind's
    /// mean prediction over its items as the kind's fallback.
    /// </summary>
    private static IEnumerable<(string Field, string Kind, string Signal, double P, int N)> LogisticRows(string field, List<Item> items)
    {
        var kinds = items.Select(x => x.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var flags = items.SelectMany(x => Flags(x.Signal)).Distinct().Order(StringComparer.Ordinal).ToList();
        double[] Features(string kind, IReadOnlyCollection<string> on) =>
            [1, .. kinds.Select(k => k == kind ? 1.0 : 0), .. flags.Select(f => on.Contains(f) ? 1.0 : 0)];
        var beta = FitLogistic(items.Select(x => Features(x.Kind, Flags(x.Signal))).ToList(), items.Select(x => x.Right).ToList());
        foreach (var kind in kinds)
        {
            var ofKind = items.Where(x => x.Kind == kind).ToList();
            yield return (field, kind, ConfidenceTable.Any, ofKind.Average(x => Predict(beta, Features(kind, Flags(x.Signal)))), ofKind.Count);
            for (var mask = 0; mask < 1 << flags.Count; mask++)
            {
                var on = flags.Where((_, j) => (mask >> j & 1) == 1).ToList();
                var signal = on.Count == 0 ? ConfidenceTable.NoFlag : string.Join(ConfidenceTable.FlagSeparator, on);
                yield return (field, kind, signal, Predict(beta, Features(kind, on)), ofKind.Count(x => x.Signal == signal));
            }
        }
    }

    /// <summary>The flags of a signal; they must be in ordinal order, as the table's rows name them.</summary>
    private static string[] Flags(string signal)
    {
        if (signal is ConfidenceTable.NoFlag or ConfidenceTable.Any) return [];
        var flags = signal.Split(ConfidenceTable.FlagSeparator);
        if (!flags.SequenceEqual(flags.Order(StringComparer.Ordinal)))
            throw new InvalidDataException($"Signal '{signal}': flags not in ordinal order.");
        return flags;
    }

    private static double Predict(double[] beta, double[] x)
    {
        var z = 0.0;
        for (var j = 0; j < x.Length; j++) z += beta[j] * x[j];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Maximum a posteriori logistic coefficients by Newton's method; column 0 is the unpenalized intercept.</summary>
    private static double[] FitLogistic(List<double[]> x, List<bool> y)
    {
        var p = x[0].Length;
        var beta = new double[p];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (var i = 0; i < x.Count; i++)
            {
                var mu = Predict(beta, x[i]);
                var w = mu * (1 - mu);
                for (var a = 0; a < p; a++)
                {
                    gradient[a] += (mu - (y[i] ? 1 : 0)) * x[i][a];
                    for (var b = 0; b < p; b++) hessian[a, b] += w * x[i][a] * x[i][b];
                }
            }
            for (var a = 1; a < p; a++)
            {
                gradient[a] += Ridge * beta[a];
                hessian[a, a] += Ridge;
            }
            var step = Solve(hessian, gradient);
            var size = 0.0;
            for (var a = 0; a < p; a++)
            {
                beta[a] -= step[a];
                size = Math.Max(size, Math.Abs(step[a]));
            }
            if (size < 1e-10) break;
        }
        return beta;
    }

    /// <summary>Solves <c>A s = b</c> by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            (v[c], v[pivot]) = (v[pivot], v[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                v[r] -= f * v[c];
            }
        }
        var s = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++) sum -= m[r, k] * s[k];
            s[r] = sum / m[r, r];
        }
        return s;
    }

    private static string Render(List<(string Field, string Kind, string Signal, double P, int N)> rows, List<string> notes)
    {
        var sb = new StringBuilder("# field\tkind\tsignal\tprobability\tcount (written by Extraction.Training fit-confidence; do not edit)\n");
        foreach (var note in notes) sb.Append("# ").Append(note).Append('\n');
        foreach (var (field, kind, signal, p, n) in rows)
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
