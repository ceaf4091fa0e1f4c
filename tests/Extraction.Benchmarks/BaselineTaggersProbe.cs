using System.Linq.Expressions;
using System.Reflection;

namespace Extraction.Benchmarks;

/// <summary>
/// <c>baseline-taggers DIR ROUNDS</c>: thread CPU of the two statistical taggers' stages ("pos", "recognizer"),
/// this build against the baseline build (<c>EXTRACTION_BASELINE_DLL</c>), in one process, over every <c>*.txt</c>
/// of a folder. Document by document the two builds alternate (which goes first alternates too), each running the
/// stages before "pos" untimed on a fresh document of its own and then the two timed stages, so both builds see the
/// same load, caches and clock frequency at a fine grain: on a shared machine this is far steadier than comparing
/// two processes. Both builds are driven through the same compiled delegates.
/// </summary>
internal static class BaselineTaggersProbe
{
    public static int Run(string folder, int rounds)
    {
        var (_, baselineAssembly) = BaselineBenchmarks.LoadBaseline();
        var builds = new[] { Build.Of(baselineAssembly), Build.Of(typeof(FrenchNewsExtractor).Assembly) };
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pos = new List<double>[] { [], [] };
        var ner = new List<double>[] { [], [] };
        for (var round = -1; round < rounds; round++)
        {
            var sums = new double[2, 2];
            for (var d = 0; d < texts.Count; d++)
            {
                for (var k = 0; k < 2; k++)
                {
                    var b = (d + k + Math.Max(round, 0)) % 2;
                    var (p, n) = builds[b].Time(texts[d]);
                    sums[b, 0] += p;
                    sums[b, 1] += n;
                }
            }
            if (round < 0) continue;
            for (var b = 0; b < 2; b++) { pos[b].Add(sums[b, 0]); ner[b].Add(sums[b, 1]); }
            Console.WriteLine($"round {round + 1}: pos {sums[0, 0],8:N1} -> {sums[1, 0],8:N1} ms ({sums[0, 0] / sums[1, 0]:N2}x), recognizer {sums[0, 1],8:N1} -> {sums[1, 1],8:N1} ms ({sums[0, 1] / sums[1, 1]:N2}x), both {(sums[0, 0] + sums[0, 1]) / (sums[1, 0] + sums[1, 1]):N2}x (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }
        static double Median(List<double> v) { var s = v.Order().ToList(); return s[s.Count / 2]; }
        Console.WriteLine($"{texts.Count:N0} documents, {rounds} rounds, baseline -> current (thread CPU):");
        Console.WriteLine($"  pos        median {Median(pos[0]),8:N1} -> {Median(pos[1]),8:N1} ms ({Median(pos[0]) / Median(pos[1]):N2}x), best {pos[0].Min(),8:N1} -> {pos[1].Min(),8:N1} ms ({pos[0].Min() / pos[1].Min():N2}x)");
        Console.WriteLine($"  recognizer median {Median(ner[0]),8:N1} -> {Median(ner[1]),8:N1} ms ({Median(ner[0]) / Median(ner[1]):N2}x), best {ner[0].Min(),8:N1} -> {ner[1].Min(),8:N1} ms ({ner[0].Min() / ner[1].Min():N2}x)");
        return 0;
    }

    /// <summary>One build's pipeline, reached by reflection (its types are internal) and called through compiled delegates.</summary>
    private sealed class Build(Func<string, object> newDocument, Action<object>[] before, Action<object> pos, Action<object> recognizer)
    {
        public static Build Of(Assembly assembly)
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
            Type T(string name) => assembly.GetType(name, throwOnError: true)!;
            var resources = T("Extraction.ExtractionResources").GetProperty("Default", all)!.GetValue(null)!;
            var pipeline = Activator.CreateInstance(T("Extraction.ExtractionPipeline"), all, null, [resources], null)!;
            var stages = ((System.Collections.IEnumerable)pipeline.GetType().GetProperty("Stages", all)!.GetValue(pipeline)!).Cast<object>().ToList();
            string Name(object s) => (string)s.GetType().GetProperty("Name")!.GetValue(s)!;
            var documentType = T("Extraction.Document.ExtractionDocument");
            Action<object> Runner(object stage)
            {
                var run = (Delegate)stage.GetType().GetProperty("Run")!.GetValue(stage)!;
                var parameter = Expression.Parameter(typeof(object));
                return Expression.Lambda<Action<object>>(Expression.Invoke(Expression.Constant(run), Expression.Convert(parameter, documentType)), parameter).Compile();
            }
            var at = stages.FindIndex(s => Name(s) == "pos");
            if (at < 0 || at + 1 >= stages.Count || Name(stages[at + 1]) != "recognizer") throw new InvalidOperationException("Expected the stage 'recognizer' right after 'pos'.");
            // text => new ExtractionDocument(SourceText.Read(text), source.HeaderDate, ConfidenceTable.Default)
            var text = Expression.Parameter(typeof(string));
            var source = Expression.Variable(T("Extraction.Text.SourceText"));
            var confidence = T("Extraction.Relations.ConfidenceTable").GetProperty("Default", all)!;
            var constructor = documentType.GetConstructors(all).Single(c => c.GetParameters().Length == 3);
            var body = Expression.Block([source],
                Expression.Assign(source, Expression.Call(source.Type.GetMethod("Read", all, [typeof(string)])!, text)),
                Expression.Convert(Expression.New(constructor, source, Expression.Property(source, "HeaderDate"), Expression.Property(null, confidence)), typeof(object)));
            return new Build(Expression.Lambda<Func<string, object>>(body, text).Compile(), [.. stages.Take(at).Select(Runner)], Runner(stages[at]), Runner(stages[at + 1]));
        }

        /// <summary>Thread CPU of "pos" and of "recognizer" on a fresh document of <paramref name="text"/>.</summary>
        public (double Pos, double Recognizer) Time(string text)
        {
            var document = newDocument(text);
            foreach (var stage in before) stage(document);
            var t0 = ThreadCpu.Milliseconds();
            pos(document);
            var t1 = ThreadCpu.Milliseconds();
            recognizer(document);
            var t2 = ThreadCpu.Milliseconds();
            return (t1 - t0, t2 - t1);
        }
    }
}
