using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extraction.Entities;
using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// Model load: each launch is a new process measured once, so every figure is the cold cost (reading the embedded
/// resource, building the tables, JIT of the code involved) that a first caller pays. One benchmark per resource,
/// with what it depends on loaded beforehand in the same process, then everything, then a whole first extraction.
/// </summary>
/// <remarks>
/// Run this class on its own job only (<c>--filter '*ColdStart*'</c>, without <c>--job</c>): under another job the
/// lazies are already loaded after the first call and the rows measure nothing.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class ColdStartBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Reads the seed file outside the measurement.</summary>
    [GlobalSetup(Target = nameof(FirstExtract))]
    public void Setup() => _text = BenchmarkCorpus.Get(BenchmarkCorpus.Seed);

    /// <summary>The POS and NER models need the word lexicon: load it first, outside the measurement.</summary>
    [GlobalSetup(Targets = [nameof(PosModel), nameof(NerModel)])]
    public void LoadLexiconFirst() => _ = FrenchLexicon.Default.Count;

    /// <summary>The French word lexicon (Resources/Lexicons/hunspell-fr-words.bin).</summary>
    [Benchmark]
    public int Lexicon() => FrenchLexicon.Default.Count;

    /// <summary>The POS tagger's perceptron model (Resources/Models/pos.bin), the lexicon already loaded.</summary>
    [Benchmark]
    public object PosModel() => PosTagger.Default;

    /// <summary>The NER model (Resources/Models/ner.bin) and its place gazetteer, the lexicon already loaded.</summary>
    [Benchmark]
    public object NerModel() => EntityRecognizer.Default;

    /// <summary>The three model files (word lexicon, POS model, NER model + places), one after the other.</summary>
    [Benchmark]
    public object ModelsSequential() => new object[] { FrenchLexicon.Default, PosTagger.Default, EntityRecognizer.Default };

    /// <summary>The three model files as the pipeline loads them: both taggers on the thread pool while the lexicon loads.</summary>
    [Benchmark]
    public object ModelsParallel()
    {
        var pos = Task.Run(() => PosTagger.Default);
        var ner = Task.Run(() => EntityRecognizer.Default);
        return new object[] { FrenchLexicon.Default, pos.Result, ner.Result };
    }

    /// <summary>The knowledge base of heads of state and government (Resources/Knowledge/leaders.tsv and name-variants.tsv).</summary>
    [Benchmark]
    public object Leaders() => LeaderMatcher.Default;

    /// <summary>Every shared resource of the pipeline, without extracting anything.</summary>
    [Benchmark]
    public object AllResources() => new object[]
    {
        FrenchTokenizer.Default, SentenceSplitter.Default, TemporalExtractor.Default, CountryGazetteer.Default,
        OrganizationGazetteer.Default, EntityLexicon.Default, FrenchLexicon.Default, PosTagger.Default,
        EntityRecognizer.Default, new FrenchNewsExtractor(),
    };

    /// <summary>First extractor, first call: all resources plus the JIT of every stage on the seed article.</summary>
    [Benchmark]
    public ExtractionResult FirstExtract() => new FrenchNewsExtractor().Extract(_text);
}
