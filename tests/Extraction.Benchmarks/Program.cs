using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Extraction.Benchmarks;

// Usage:
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*' --job short     all benchmarks, short job
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*Tokenization*'   one class
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- memory [ROUNDS]             steady memory probe
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- memory-knowledge            heap kept by the knowledge base
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- stages [ROUNDS] [DUMP_DIR]  stopwatch per stage (+ JSON dump)
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- stage-alloc [ROUNDS [STAGE]] bytes allocated per stage (STAGE: the types it allocates)
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- stages-corpus DIR [ROUNDS] stage CPU summed over a folder of articles
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- taggers-corpus DIR [ROUNDS] the POS and NER stages alone over a folder
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- series-inputs DIR           write the 40 KB…10 MB size series
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- corpus-json DIR             JSON of the benchmark inputs (refactoring checks)
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- series FILE...              per-stage cost per million characters
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- date-patterns DIR [ROUNDS]  date extractor CPU (0: only that), per-pattern cost and cues
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- cold-steps [SEED]          cold start step by step (fresh process)
//   EXTRACTION_BASELINE_DLL=… dotnet run -c Release --project tests/Extraction.Benchmarks -- baseline-cpu [ROUNDS]   Extract CPU vs another build
//   EXTRACTION_BASELINE_DLL=… dotnet run -c Release --project tests/Extraction.Benchmarks -- baseline-corpus DIR [ROUNDS]   the same over a folder
//   EXTRACTION_BASELINE_DLL=… dotnet run -c Release --project tests/Extraction.Benchmarks -- baseline-taggers DIR [ROUNDS]  POS and NER stages vs another build, in one process
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- first-calls DIR [FROM]   code met first during one pass, and the tiering delay (ReadyToRun publish)
//   dotnet run -c Release --project tests/Extraction.Benchmarks -- lexicon-lookups DIR   lexicon lookup cost before and after its hash index
if (args.Length > 0 && args[0] == "memory")
    return MemoryProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
if (args.Length > 0 && args[0] == "memory-knowledge")
    return MemoryProbe.Knowledge();
if (args.Length > 0 && args[0] == "stages")
    return StageProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
if (args.Length > 2 && args[0] == "stage-alloc")
    return AllocationTypes.Run(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
if (args.Length > 0 && args[0] == "stage-alloc")
    return AllocationProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
if (args.Length > 1 && args[0] == "lexicon-lookups")
    return LexiconLookupProbe.Run(args[1]);
if (args.Length > 1 && args[0] == "stages-corpus")
    return StageProbe.RunCorpus(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
if (args.Length > 1 && args[0] == "taggers-corpus")
    return StageProbe.RunTaggers(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
if (args.Length > 1 && args[0] == "corpus-json")
    return BenchmarkCorpus.WriteJson(args[1]);
if (args.Length > 1 && args[0] == "series-inputs")
    return SeriesProbe.Generate(args[1]);
if (args.Length > 1 && args[0] == "baseline-corpus")
    return BaselineCpuProbe.RunCorpus(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
if (args.Length > 1 && args[0] == "baseline-taggers")
    return BaselineTaggersProbe.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
if (args.Length > 0 && args[0] == "baseline-cpu")
    return BaselineCpuProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
if (args.Length > 0 && args[0] == "cold-steps")
    return ColdStepsProbe.Run(args.Length > 1 ? args[1] : null);
if (args.Length > 1 && args[0] == "date-patterns")
    return DatePatternProbe.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
if (args.Length > 1 && args[0] == "first-calls")
    return FirstCallsProbe.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
if (args.Length > 1 && args[0] == "series")
    return SeriesProbe.Run(args[1..]);
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Min, StatisticColumn.Median, new TokensPerSecondColumn(), new CostVs40KColumn())
    .WithOptions(ConfigOptions.JoinSummary)
    // The generated project is built on a shared 2-core machine: the default 120 s build timeout is too short there.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args, config);
return 0;
