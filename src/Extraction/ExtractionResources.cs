using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Tokenization;

namespace Extraction;

/// <summary>
/// The read-only resources an extractor runs on: tokenizer, date extractor, lexicons, gazetteers, tagging models,
/// knowledge base of leaders and confidence table. <see cref="Default"/> is the embedded set; a test sets the members
/// it replaces (<c>new ExtractionResources { Countries = tiny }</c>) and keeps the embedded ones for the rest.
/// </summary>
/// <remarks>
/// Immutable. A member left unset reads the embedded instance on first use (each is a lazily loaded, shared
/// singleton), so building a set loads nothing and the pipeline can start the slow model loads in parallel. The
/// recognizer carries its own <see cref="EntityRecognizer.Places"/> and <see cref="EntityRecognizer.Cues"/>
/// (features); <see cref="Places"/> and <see cref="Cues"/> are the ones the rule stages read.
/// </remarks>
internal sealed class ExtractionResources
{
    private readonly FrenchTokenizer? _tokenizer;
    private readonly SentenceSplitter? _sentences;
    private readonly TemporalExtractor? _dates;
    private readonly FrenchLexicon? _words;
    private readonly EntityLexicon? _entities;
    private readonly CountryGazetteer? _countries;
    private readonly OrganizationGazetteer? _organizations;
    private readonly PlaceGazetteer? _places;
    private readonly EntityCues? _cues;
    private readonly PosTagger? _tagger;
    private readonly EntityRecognizer? _recognizer;
    private readonly LeaderMatcher? _leaders;
    private readonly IConfidenceModel? _confidence;

    /// <summary>The embedded resources (nothing is loaded until a member is read).</summary>
    public static ExtractionResources Default { get; } = new();

    /// <summary>Splits the text into tokens.</summary>
    public FrenchTokenizer Tokenizer { get => _tokenizer ?? FrenchTokenizer.Default; init => _tokenizer = value; }

    /// <summary>Groups tokens into sentences.</summary>
    public SentenceSplitter Sentences { get => _sentences ?? SentenceSplitter.Default; init => _sentences = value; }

    /// <summary>Finds and resolves date expressions.</summary>
    public TemporalExtractor Dates { get => _dates ?? TemporalExtractor.Default; init => _dates = value; }

    /// <summary>The French word lexicon (forms, proper nouns, POS classes).</summary>
    public FrenchLexicon Words { get => _words ?? FrenchLexicon.Default; init => _words = value; }

    /// <summary>The hand-written tables of the entity and relation rules (role heads, honorifics, instrument nouns, cues).</summary>
    public EntityLexicon Entities { get => _entities ?? EntityLexicon.Default; init => _entities = value; }

    /// <summary>Country names, demonyms and capitals.</summary>
    public CountryGazetteer Countries { get => _countries ?? CountryGazetteer.Default; init => _countries = value; }

    /// <summary>Known organizations by name, alias and acronym.</summary>
    public OrganizationGazetteer Organizations { get => _organizations ?? OrganizationGazetteer.Default; init => _organizations = value; }

    /// <summary>Place names (for the rule stages; the recognizer has its own).</summary>
    public PlaceGazetteer Places { get => _places ?? PlaceGazetteer.Default; init => _places = value; }

    /// <summary>Entity cue words (for the rule stages; the recognizer has its own).</summary>
    public EntityCues Cues { get => _cues ?? EntityCues.Default; init => _cues = value; }

    /// <summary>The part-of-speech tagger.</summary>
    public PosTagger Tagger { get => _tagger ?? PosTagger.Default; init => _tagger = value; }

    /// <summary>The statistical named-entity recognizer.</summary>
    public EntityRecognizer Recognizer { get => _recognizer ?? EntityRecognizer.Default; init => _recognizer = value; }

    /// <summary>The knowledge base of heads of state and government.</summary>
    public LeaderMatcher Leaders { get => _leaders ?? LeaderMatcher.Default; init => _leaders = value; }

    /// <summary>The calibrated confidence of records and relations.</summary>
    public IConfidenceModel Confidence { get => _confidence ?? ConfidenceTable.Default; init => _confidence = value; }
}
