using Extraction.Document;
using Extraction.Entities;
using Extraction.Internal;
using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction;

/// <summary>
/// Runs the stages in order on one <see cref="ExtractionDocument"/>: each stage reads layers of the document and adds
/// its own (docs/architecture.md, "Stages").
/// </summary>
/// <remarks>Holds only read-only shared resources; every call works on its own document.</remarks>
internal sealed class ExtractionPipeline
{
    private readonly ExtractionResources _resources;
    private readonly EntityLexicon _lexicon;
    private readonly CountryGazetteer _countries;
    private readonly PatternLexicon _patternLexicon;
    private readonly RoleMentionFinder _roles;
    private readonly NameMentionFinder _names;
    private readonly AgreementAssembler _agreementAssembler;
    private readonly AgreementMentionFinder _agreements;
    private readonly RecognizedOrganizations _recognizedOrganizations;
    private readonly RoleLinker _roleLinker;
    private readonly NationalityInference _nationality;
    private readonly MeetingFinder _meetings;
    private readonly ResultAssembler _results;

    /// <summary>The word-set tables of the role, person and relation stages, loaded together once.</summary>
    internal static readonly string[] RoleWordTables = [RoleMentionFinder.Table, RecognizedOrganizations.Table, RoleLinker.Table, NationalityInference.Table];

    public ExtractionPipeline(ExtractionResources resources)
    {
        // The tagging models load on the thread pool while this thread reads the lexicons, so the first call waits
        // for the longest load rather than their sum (the knowledge base of leaders too). Each is a Lazy: a caller that
        // needs one first simply waits.
        _resources = resources;
        _ = Task.Run(() => resources.Tagger);
        _ = Task.Run(() => resources.Recognizer);
        _ = Task.Run(() => resources.Leaders);
        // The tokenizer's and the date extractor's tables (~90 ms cold) are the first stages' and need nothing above.
        _ = Task.Run(() => (resources.Tokenizer, resources.Sentences, resources.Dates));
        _lexicon = resources.Entities;
        _countries = resources.Countries;
        _patternLexicon = new PatternLexicon(_lexicon);
        var roleWords = WordSets.Load(RoleWordTables);
        _roles = new RoleMentionFinder(_lexicon, resources.Words, roleWords);
        _recognizedOrganizations = new RecognizedOrganizations(resources.Cues, _lexicon, resources.Words, roleWords);
        _roleLinker = new RoleLinker(roleWords);
        _nationality = new NationalityInference(_lexicon, roleWords);
        _meetings = new MeetingFinder(_lexicon);
        _results = new ResultAssembler(new RoleMerger(roleWords), code => _countries.Name(code) ?? code);
        _names = NameMentionFinder.Create(_lexicon, resources.Words, resources.Places);
        _agreements = new AgreementMentionFinder(_lexicon, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default);
        _agreementAssembler = new AgreementAssembler(_lexicon, WordSets.Load(AgreementAssembler.WordsResource));
        Stages = StageList();
    }

    /// <summary>The stages in the order they run; <see cref="PipelineStage.Name"/> is one of <see cref="StageNames"/>.</summary>
    public IReadOnlyList<PipelineStage> Stages { get; }

    /// <summary>The records of one document: every stage, in order.</summary>
    public ExtractionResult Run(SourceText source, PartialDate? referenceDate, IConfidenceModel model)
    {
        var document = new ExtractionDocument(source, referenceDate, model);
        foreach (var stage in Stages) stage.Run(document);
        return document.Result;
    }

    /// <summary>The document with the stages up to <paramref name="lastStage"/> (one of <see cref="StageNames"/>) run.</summary>
    internal ExtractionDocument RunThrough(SourceText source, PartialDate? referenceDate, string lastStage, IConfidenceModel? model = null)
    {
        var last = Stages.Select(s => s.Name).ToList().IndexOf(lastStage);
        if (last < 0) throw new ArgumentException($"No stage is named '{lastStage}'.", nameof(lastStage));
        var document = new ExtractionDocument(source, referenceDate, model ?? _resources.Confidence);
        for (var i = 0; i <= last; i++) Stages[i].Run(document);
        return document;
    }

    /// <summary>
    /// The stage list: each entry reads layers of the document and stores the one it adds. The passes about people
    /// return layers; the <c>apply-*</c> stages make from each a new table of the people's facts (<see cref="PersonLayers"/>),
    /// which the later passes read.
    /// </summary>
    private PipelineStage[] StageList() =>
    [
        new(StageNames.Tokens, d => d.Tokens = _resources.Tokenizer.Tokenize(d.Source.Text, d.Source.Body)),
        new(StageNames.Sentences, d => d.Words = new TokenText(d.Source.Text, d.Tokens, _resources.Sentences.Split(d.Source.Text, d.Tokens))),
        new(StageNames.Dates, d => d.DateMatches = _resources.Dates.Extract(d.Source.Text, d.Source.Body, d.ReferenceDate)),
        new(StageNames.DateTokens, d => d.Dates = DateTokens(d.Tokens, d.DateMatches)),
        new(StageNames.DateRecords, d => d.DateRecords = DateRecords(d.Source.Text, d.DateMatches, d.ReferenceDate, d.Model)),
        new(StageNames.Countries, d => d.Countries = Countries(d)),
        new(StageNames.Organizations, d => d.KnownOrganizations = KnownOrganizations(d)),
        new(StageNames.Pos, d => d.Tags = Tag(d.Source.Text, d.Tokens)),
        new(StageNames.Recognizer, d => d.Entities = _resources.Recognizer.Recognize(d.Source.Text, d.Tokens, d.Words.Sentences, d.Tags.Pos, d.Tags.Infos)),
        new(StageNames.RecognizedOrganizations, d => d.Organizations = Organizations(d)),
        new(StageNames.Context, d => d.Context = new EntityContext(d.Words, d.Countries, d.Organizations, d.Dates, d.Tags.Pos)),
        new(StageNames.Patterns, d => d.Patterns = new PatternDocument(d.Context, _patternLexicon)),
        new(StageNames.MainCountries, d => d.MainCountries = NationalityInference.MainCountries(d.Countries)),
        new(StageNames.Roles, d => d.Roles = _roles.Find(d.Patterns)),
        new(StageNames.Names, d => d.Names = _names.Find(d.Patterns, Covered(d.Words.Count, d.Roles), PersonTags(d.Words.Count, d.Entities))),
        new(StageNames.People, d => d.Clusters = PersonResolver.Cluster(d.Names)),
        new(StageNames.RoleLinks, d => d.RoleLinks = _roleLinker.Link(d.Patterns, d.Roles, d.Clusters, d.MainCountries)),
        new(StageNames.ApplyRoleLinks, d => d.LinkedFacts = PersonLayers.Apply(new PersonTable(d.Clusters.Count), d.RoleLinks)),
        new(StageNames.KeptPeople, d => d.People = PersonResolver.Kept(d.Clusters, d.LinkedFacts)),
        new(StageNames.TextNationality, d => d.TextCountries = _nationality.FromText(d.Context, d.People, d.LinkedFacts, d.MainCountries)),
        // Known heads of state and government come after every text cue: the text always wins over public knowledge.
        new(StageNames.Knowledge, d => d.Knowledge = KnowledgeLinker.Match(_resources.Leaders, d.People, d.LinkedFacts, d.TextCountries, d.ReferenceDate, d.MainCountries)),
        new(StageNames.Nationality, d => d.Nationality = NationalityInference.AfterKnowledge(d.Context, d.People, d.LinkedFacts, d.MainCountries, d.TextCountries, d.Knowledge)),
        new(StageNames.ApplyNationality, d => d.NationalFacts = PersonLayers.Apply(d.LinkedFacts, d.Knowledge, d.Nationality)),
        new(StageNames.AgreementMentions, d => d.AgreementMentions = _agreements.Find(d.Patterns)),
        new(StageNames.Agreements, d => (d.Agreements, d.AgreementCountries) = _agreementAssembler.Assemble(d.Patterns, d.AgreementMentions, d.People, d.NationalFacts, d.MainCountries, d.ReferenceDate)),
        new(StageNames.ApplyAgreements, d => d.SignatoryFacts = PersonLayers.Apply(d.NationalFacts, d.AgreementCountries)),
        new(StageNames.Domestic, d => d.Domestic = _nationality.FromDomesticStory(d.Context, d.People, d.SignatoryFacts)),
        new(StageNames.ApplyDomestic, d => d.DomesticFacts = PersonLayers.Apply(d.SignatoryFacts, d.Domestic)),
        new(StageNames.Meetings, d => d.Meetings = _meetings.Find(d.Context, d.People)),
        new(StageNames.Records, d => d.Result = _results.Build(d)),
    ];

    /// <summary>The dates with the tokens they cover; a date covering no token is left out.</summary>
    private static DateRef[] DateTokens(Token[] tokens, IReadOnlyList<DateMatch> dateMatches) =>
        dateMatches.Select(d => ToTokens(tokens, d.Span) is var (f, e) && e > f ? new DateRef(f, e, d.Value, d.Modifier, d.Span) : null)
            .OfType<DateRef>().ToArray();

    /// <summary>The gazetteer's countries, without language uses ("en français"), filtered with their place uses.</summary>
    private IReadOnlyList<CountryRef> Countries(ExtractionDocument d)
    {
        var (text, tokens) = (d.Source.Text, d.Tokens);
        var countryMatches = _countries.Find(text, tokens).Where(c => !_countries.IsLanguageUse(text, tokens, c)).ToList();
        var venues = countryMatches.Where(c => _countries.IsPlaceUse(text, tokens, c)).Select(c => c.FirstToken).ToHashSet();
        return CountryFilter.Filter(d.Words,
            countryMatches.Select(c => new CountryRef(c.FirstToken, c.EndToken, c.Code, c.Kind, c.AlternativeCodes ?? [])).ToList(),
            r => venues.Contains(r.FirstToken));
    }

    /// <summary>The organizations the gazetteer knows.</summary>
    private List<OrganizationRef> KnownOrganizations(ExtractionDocument d) =>
        _resources.Organizations.Find(d.Source.Text, d.Tokens)
            .Select(o => new OrganizationRef(o.FirstToken, o.EndToken, o.Organization.Name, o.Organization.Acronym, o.Organization.Country, o.Organization.Type)).ToList();

    /// <summary>
    /// The known organizations and the recognizer's spans that name bodies the gazetteer does not know ("Coordination
    /// des mouvements de l'Azawad", "le groupe chinois China Copper Mining"), where they touch no known organization,
    /// country or date; by first token.
    /// </summary>
    private List<OrganizationRef> Organizations(ExtractionDocument d)
    {
        var known = new bool[d.Words.Count];
        foreach (var (first, end) in d.KnownOrganizations.Select(o => (o.FirstToken, o.EndToken)).Concat(d.Countries.Select(c => (c.FirstToken, c.EndToken)))
                     .Concat(d.Dates.Select(x => (x.FirstToken, x.EndToken))))
            for (var i = first; i < end; i++) known[i] = true;
        var organizations = new List<OrganizationRef>(d.KnownOrganizations);
        organizations.AddRange(_recognizedOrganizations.Find(d.Words, d.Entities, known));
        organizations.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return organizations;
    }

    /// <summary>Per token, whether a role phrase covers it: a name does not start inside a role.</summary>
    private static bool[] Covered(int count, IReadOnlyList<RoleMention> roles)
    {
        var covered = new bool[count];
        foreach (var r in roles)
            for (var i = r.FirstToken; i < r.EndToken; i++) covered[i] = true;
        return covered;
    }

    /// <summary>Per token, whether the recognizer tags it PER: it backs names that no lexicon knows ("Kwame Boateng").</summary>
    private static bool[] PersonTags(int count, IReadOnlyList<EntitySpan> entities)
    {
        var tags = new bool[count];
        foreach (var entity in entities)
            if (entity.Type == EntityType.PER)
                for (var i = entity.FirstToken; i < entity.EndToken; i++) tags[i] = true;
        return tags;
    }

    /// <summary>The date records of the result, with their calibrated confidence.</summary>
    private static DateExpression[] DateRecords(string text, IReadOnlyList<DateMatch> dateMatches, PartialDate? referenceDate, IConfidenceModel model) =>
        dateMatches
            .Select(d => new DateExpression(text[d.Span.Start..d.Span.End], d.Span.Start, d.Span.End,
                d.Value?.ToString(), d.Modifier, model.Score(ConfidenceFields.Dates, DateKind(d),
                    DateSignal(d.Value, d.Modifier is not null, referenceDate), d.Value is null ? 0.5 : d.IsAbsolute ? 0.95 : 0.85)))
            .ToArray();

    /// <summary>The date's evidence kind: unresolved, absolute, counted from an earlier date of the text ("la veille"),
    /// or relative to the reference date.</summary>
    private static string DateKind(DateMatch d) =>
        d.Value is null ? "none" : d.IsAbsolute ? "absolute" : d.IsAnchoredInText ? "anchored" : "relative";

    /// <summary>The date's precision, a modifier, and whether the reference date has a day (what a relative date is resolved from).</summary>
    private static string DateSignal(PartialDate? value, bool modified, PartialDate? referenceDate) =>
        (value is null ? "none" : value.Value.Day is not null ? "day" : value.Value.Month is not null ? "month" : "year")
        + (modified ? "-modified" : "") + (referenceDate?.Day is not null ? "-refday" : "");

    /// <summary>Tokens with their POS tags, sentences and recognizer entities of the body.</summary>
    public TextAnalysis Analyze(SourceText source)
    {
        var text = source.Text;
        var tokens = _resources.Tokenizer.Tokenize(text, source.Body);
        var sentences = _resources.Sentences.Split(text, tokens);
        var (pos, infos) = Tag(text, tokens);
        var entities = _resources.Recognizer.Recognize(text, tokens, sentences, pos, infos);
        var analyzed = new AnalyzedToken[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            analyzed[i] = new AnalyzedToken(tokens[i].Start, tokens[i].End, text[tokens[i].Start..tokens[i].End], tokens[i].Kind, pos[i]);
        var mentions = entities
            .Select(e => new EntityMention(e.Span.Start, e.Span.End, text[e.Span.Start..e.Span.End], e.Type, Math.Round(e.Score, 4), e.FirstToken, e.EndToken))
            .ToArray();
        return new TextAnalysis(analyzed, sentences, mentions);
    }

    /// <summary>POS tags, and the token infos when the recognizer can reuse them (same lexicon): computed once, not twice.</summary>
    private PosLayer Tag(string text, Token[] tokens)
    {
        var tagger = _resources.Tagger;
        var infos = TokenFeatures.Compute(text, tokens, tagger.Lexicon);
        return new PosLayer(tagger.Tag(text, tokens, infos), ReferenceEquals(tagger.Lexicon, _resources.Recognizer.Lexicon) ? infos : null);
    }

    /// <summary>The tokens covering a character span: [first, end).</summary>
    internal static (int First, int End) ToTokens(Token[] tokens, TextSpan span)
    {
        // first token ending after the span's start (tokens are sorted and do not overlap)
        var first = Sorted.FirstAbove<Token>(tokens, span.Start, static t => t.End);
        if (first >= tokens.Length) return (0, 0);
        var end = first;
        while (end < tokens.Length && tokens[end].Start < span.End) end++;
        return (first, end);
    }
}
