using System.Runtime.CompilerServices;
using Extraction.Entities;
using Extraction.Patterns;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Document;

/// <summary>
/// One document while the pipeline runs: its inputs and the layers the stages add, in stage order. Each layer is
/// written once, by one stage of <see cref="ExtractionPipeline.Stages"/>, and read by the later ones; reading a layer
/// before its stage ran, or writing it twice, throws (a stage list out of order fails at once, not with a wrong result).
/// </summary>
/// <remarks>
/// The layers are values nothing changes once written, <see cref="Patterns"/> aside (its cache of token facts fills as
/// the stages match; what it answers does not change). The people (<see cref="Clusters"/>) are made once, with their
/// mentions; what the passes decide about them is in the person tables (<see cref="LinkedFacts"/>,
/// <see cref="NationalFacts"/>, <see cref="SignatoryFacts"/>, <see cref="DomesticFacts"/>), each a new layer an
/// <c>apply-*</c> stage makes from the one before and a pass's layer (<see cref="PersonLayers"/>).
/// </remarks>
internal sealed class ExtractionDocument
{
    private Token[]? _tokens;
    private TokenText? _words;
    private IReadOnlyList<DateMatch>? _dateMatches;
    private IReadOnlyList<DateRef>? _dates;
    private IReadOnlyList<DateExpression>? _dateRecords;
    private IReadOnlyList<CountryRef>? _countries;
    private IReadOnlyList<OrganizationRef>? _knownOrganizations;
    private PosLayer? _tags;
    private IReadOnlyList<EntitySpan>? _entities;
    private IReadOnlyList<OrganizationRef>? _organizations;
    private EntityContext? _context;
    private PatternDocument? _patterns;
    private IReadOnlyList<string>? _mainCountries;
    private IReadOnlyList<RoleMention>? _roles;
    private IReadOnlyList<NameMention>? _names;
    private IReadOnlyList<PersonEntity>? _clusters;
    private RoleLinkLayer? _roleLinks;
    private PersonTable? _linkedFacts;
    private IReadOnlyList<PersonEntity>? _people;
    private IReadOnlyList<PersonCountry>? _textCountries;
    private IReadOnlyList<KnowledgeMatch>? _knowledge;
    private NationalityLayer? _nationality;
    private PersonTable? _nationalFacts;
    private IReadOnlyList<AgreementMention>? _agreementMentions;
    private List<AgreementEntity>? _agreements;
    private IReadOnlyList<PersonCountry>? _agreementCountries;
    private PersonTable? _signatoryFacts;
    private IReadOnlyList<PersonCountry>? _domestic;
    private PersonTable? _domesticFacts;
    private IReadOnlyList<Meeting>? _meetings;
    private ExtractionResult? _result;

    /// <param name="source">The text with its header read.</param>
    /// <param name="referenceDate">The date relative expressions are resolved from, or null.</param>
    /// <param name="model">The confidence model the records are scored with.</param>
    public ExtractionDocument(SourceText source, PartialDate? referenceDate, IConfidenceModel model)
    {
        Source = source;
        ReferenceDate = referenceDate;
        Model = model;
    }

    /// <summary>Input: the text, its body and header.</summary>
    public SourceText Source { get; }

    /// <summary>Input: the reference date of relative dates.</summary>
    public PartialDate? ReferenceDate { get; }

    /// <summary>Input: the calibrated confidence of records.</summary>
    public IConfidenceModel Model { get; }

    /// <summary>The tokens of the body (stage <c>tokens</c>).</summary>
    public Token[] Tokens { get => Get(_tokens); set => Set(ref _tokens, value); }

    /// <summary>Tokens with their sentences and folded forms (stage <c>sentences</c>).</summary>
    public TokenText Words { get => Get(_words); set => Set(ref _words, value); }

    /// <summary>The date expressions found in the text (stage <c>dates</c>).</summary>
    public IReadOnlyList<DateMatch> DateMatches { get => Get(_dateMatches); set => Set(ref _dateMatches, value); }

    /// <summary>The dates with the tokens they cover (stage <c>date-tokens</c>).</summary>
    public IReadOnlyList<DateRef> Dates { get => Get(_dates); set => Set(ref _dates, value); }

    /// <summary>The date records of the result (stage <c>date-records</c>).</summary>
    public IReadOnlyList<DateExpression> DateRecords { get => Get(_dateRecords); set => Set(ref _dateRecords, value); }

    /// <summary>The country references kept by the filters (stage <c>countries</c>).</summary>
    public IReadOnlyList<CountryRef> Countries { get => Get(_countries); set => Set(ref _countries, value); }

    /// <summary>The organizations the gazetteer knows (stage <c>organizations</c>).</summary>
    public IReadOnlyList<OrganizationRef> KnownOrganizations { get => Get(_knownOrganizations); set => Set(ref _knownOrganizations, value); }

    /// <summary>POS tags and the token features the recognizer reuses (stage <c>pos</c>).</summary>
    public PosLayer Tags { get => Get(_tags); set => Set(ref _tags, value); }

    /// <summary>The recognizer's spans (stage <c>recognizer</c>).</summary>
    public IReadOnlyList<EntitySpan> Entities { get => Get(_entities); set => Set(ref _entities, value); }

    /// <summary>Known and recognized organizations, by first token (stage <c>recognized-organizations</c>).</summary>
    public IReadOnlyList<OrganizationRef> Organizations { get => Get(_organizations); set => Set(ref _organizations, value); }

    /// <summary>The front layers as the rule stages read them (stage <c>context</c>).</summary>
    public EntityContext Context { get => Get(_context); set => Set(ref _context, value); }

    /// <summary>The token facts the pattern stages match over, computed once for all of them (stage <c>patterns</c>).</summary>
    public PatternDocument Patterns { get => Get(_patterns); set => Set(ref _patterns, value); }

    /// <summary>The document's countries, most referred to first (stage <c>main-countries</c>).</summary>
    public IReadOnlyList<string> MainCountries { get => Get(_mainCountries); set => Set(ref _mainCountries, value); }

    /// <summary>The role phrases (stage <c>roles</c>).</summary>
    public IReadOnlyList<RoleMention> Roles { get => Get(_roles); set => Set(ref _roles, value); }

    /// <summary>The name mentions (stage <c>names</c>).</summary>
    public IReadOnlyList<NameMention> Names { get => Get(_names); set => Set(ref _names, value); }

    /// <summary>The name mentions grouped into people, each at its <see cref="PersonEntity.Index"/> (stage <c>people</c>).</summary>
    public IReadOnlyList<PersonEntity> Clusters { get => Get(_clusters); set => Set(ref _clusters, value); }

    /// <summary>The roles, counterparts and stated countries linked to the clustered people (stage <c>role-links</c>).</summary>
    public RoleLinkLayer RoleLinks { get => Get(_roleLinks); set => Set(ref _roleLinks, value); }

    /// <summary>The clustered people's roles, counterparts and stated countries (stage <c>apply-role-links</c>).</summary>
    public PersonTable LinkedFacts { get => Get(_linkedFacts); set => Set(ref _linkedFacts, value); }

    /// <summary>The people kept once roles are linked: a name alone is not enough (stage <c>kept-people</c>).</summary>
    public IReadOnlyList<PersonEntity> People { get => Get(_people); set => Set(ref _people, value); }

    /// <summary>The countries the text's cues give people (stage <c>nationality-text</c>).</summary>
    public IReadOnlyList<PersonCountry> TextCountries { get => Get(_textCountries); set => Set(ref _textCountries, value); }

    /// <summary>The people matching a known head of state or government (stage <c>knowledge</c>).</summary>
    public IReadOnlyList<KnowledgeMatch> Knowledge { get => Get(_knowledge); set => Set(ref _knowledge, value); }

    /// <summary>Every person's country and basis once knowledge is in, and the counterpart titles (stage <c>nationality</c>).</summary>
    public NationalityLayer Nationality { get => Get(_nationality); set => Set(ref _nationality, value); }

    /// <summary><see cref="LinkedFacts"/> with the knowledge, the countries and bases and the counterpart titles (stage <c>apply-nationality</c>).</summary>
    public PersonTable NationalFacts { get => Get(_nationalFacts); set => Set(ref _nationalFacts, value); }

    /// <summary>The instrument mentions (stage <c>agreement-mentions</c>).</summary>
    public IReadOnlyList<AgreementMention> AgreementMentions { get => Get(_agreementMentions); set => Set(ref _agreementMentions, value); }

    /// <summary>The counted agreements (stage <c>agreements</c>).</summary>
    public List<AgreementEntity> Agreements { get => Get(_agreements); set => Set(ref _agreements, value); }

    /// <summary>The countries the agreements give their signatories by elimination (stage <c>agreements</c>).</summary>
    public IReadOnlyList<PersonCountry> AgreementCountries { get => Get(_agreementCountries); set => Set(ref _agreementCountries, value); }

    /// <summary><see cref="NationalFacts"/> with the signatories' countries by elimination (stage <c>apply-agreements</c>).</summary>
    public PersonTable SignatoryFacts { get => Get(_signatoryFacts); set => Set(ref _signatoryFacts, value); }

    /// <summary>The countries of a story about one country (stage <c>domestic</c>).</summary>
    public IReadOnlyList<PersonCountry> Domestic { get => Get(_domestic); set => Set(ref _domestic, value); }

    /// <summary><see cref="SignatoryFacts"/> with the countries of a one-country story: what the records report (stage <c>apply-domestic</c>).</summary>
    public PersonTable DomesticFacts { get => Get(_domesticFacts); set => Set(ref _domesticFacts, value); }

    /// <summary>The meetings between people (stage <c>meetings</c>).</summary>
    public IReadOnlyList<Meeting> Meetings { get => Get(_meetings); set => Set(ref _meetings, value); }

    /// <summary>The records (stage <c>records</c>).</summary>
    public ExtractionResult Result { get => Get(_result); set => Set(ref _result, value); }

    private static T Get<T>(T? layer, [CallerArgumentExpression(nameof(layer))] string name = "") where T : class =>
        layer ?? throw new InvalidOperationException($"The layer {name.TrimStart('_')} is read before the stage that adds it ran.");

    private static void Set<T>(ref T? layer, T value, [CallerMemberName] string name = "") where T : class
    {
        if (layer is not null) throw new InvalidOperationException($"The layer {name} is written twice.");
        layer = value ?? throw new ArgumentNullException(nameof(value), $"The layer {name} is null.");
    }
}

/// <summary>POS tags, and the token features when the recognizer can reuse them (same lexicon): computed once, not twice.</summary>
internal sealed record PosLayer(UposTag[] Pos, TokenInfo[]? Infos);
