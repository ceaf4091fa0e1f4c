using Extraction.Entities;
using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction;

/// <summary>Runs the stages in order: text -> tokens -> sentences -> tags/entities -> records.</summary>
/// <remarks>Holds only read-only shared resources; every call works on its own data.</remarks>
internal sealed class ExtractionPipeline
{
    private readonly ExtractionResources _resources;
    private readonly EntityLexicon _lexicon;
    private readonly CountryGazetteer _countries;
    private readonly RoleMentionFinder _roles;
    private readonly NameMentionFinder _names;
    private readonly AgreementAssembler _agreementAssembler;
    private readonly AgreementMentionFinder _agreements;
    private readonly RecognizedOrganizations _recognizedOrganizations;
    private readonly RoleLinker _roleLinker;
    private readonly NationalityInference _nationality;
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
        _lexicon = resources.Entities;
        _countries = resources.Countries;
        var roleWords = WordSets.Load(RoleWordTables);
        _roles = new RoleMentionFinder(_lexicon, resources.Words, roleWords);
        _recognizedOrganizations = new RecognizedOrganizations(resources.Cues, _lexicon, resources.Words, roleWords);
        _roleLinker = new RoleLinker(roleWords);
        _nationality = new NationalityInference(_lexicon, roleWords);
        _results = new ResultAssembler(new RoleMerger(roleWords));
        _names = NameMentionFinder.Create(_lexicon, resources.Words, resources.Places);
        _agreements = new AgreementMentionFinder(_lexicon, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default);
        _agreementAssembler = new AgreementAssembler(_lexicon, WordSets.Load(AgreementAssembler.WordsResource));
    }

    public ExtractionResult Run(SourceText source, PartialDate? referenceDate, IConfidenceModel model)
    {
        var (context, dateMatches, entities) = AnalyzeFront(source, referenceDate);
        var text = source.Text;
        var tokens = context.Tokens;
        var countryRefs = context.Countries;
        var dates = DateRecords(text, dateMatches, referenceDate, model);
        var mainCountries = NationalityInference.MainCountries(countryRefs);

        var roles = _roles.Find(context);
        var blocked = new bool[tokens.Count];
        foreach (var r in roles)
            for (var i = r.FirstToken; i < r.EndToken; i++) blocked[i] = true;
        // The recognizer backs names that no lexicon knows ("Kwame Boateng"): its PER spans count as evidence.
        var personTags = new bool[tokens.Count];
        foreach (var entity in entities)
            if (entity.Type == EntityType.PER)
                for (var i = entity.FirstToken; i < entity.EndToken; i++) personTags[i] = true;
        var names = _names.Find(context, blocked, personTags);
        var people = PersonResolver.Cluster(names);
        _roleLinker.Link(context, roles, people, mainCountries);
        people = people.Where(p => p.Evidence > NameEvidence.Weak || p.Roles.Count > 0 || p.HomologueOf is not null).ToList();
        // Known heads of state and government come after every text cue: the text always wins over public knowledge.
        _nationality.Infer(context, people, mainCountries, found => KnowledgeLinker.Link(_resources.Leaders, found, referenceDate, mainCountries));

        var agreements = _agreementAssembler.Assemble(context, _agreements.Find(context), people, mainCountries, referenceDate);
        _nationality.FromDomesticStory(context, people);

        return _results.Build(referenceDate?.ToString(), context, countryRefs, code => _countries.Name(code) ?? code, people, agreements, dates, model);
    }

    /// <summary>
    /// The front stages of one document: tokens, sentences, dates, countries, organizations and POS tags as an
    /// <see cref="EntityContext"/>, with the date matches and the recognizer's spans the later stages read.
    /// </summary>
    internal FrontLayers AnalyzeFront(SourceText source, PartialDate? referenceDate)
    {
        var text = source.Text;
        var tokenArray = _resources.Tokenizer.Tokenize(text, source.Body);
        var sentences = _resources.Sentences.Split(text, tokenArray);
        var tokens = new TokenText(text, tokenArray, sentences);

        var dateMatches = _resources.Dates.Extract(text, source.Body, referenceDate);
        var dateRefs = dateMatches.Select(d => ToTokens(tokenArray, d.Span) is var (f, e) && e > f
                ? new DateRef(f, e, d.Value, d.Modifier, d.Span) : null)
            .OfType<DateRef>().ToArray();

        var countryMatches = _countries.Find(text, tokenArray).Where(c => !_countries.IsLanguageUse(text, tokenArray, c)).ToList();
        var venues = countryMatches.Where(c => _countries.IsPlaceUse(text, tokenArray, c)).Select(c => c.FirstToken).ToHashSet();
        var countryRefs = CountryFilter.Filter(tokens,
            countryMatches.Select(c => new CountryRef(c.FirstToken, c.EndToken, c.Code, c.Kind, c.AlternativeCodes ?? [])).ToList(),
            r => venues.Contains(r.FirstToken));
        var organizationRefs = _resources.Organizations.Find(text, tokenArray)
            .Select(o => new OrganizationRef(o.FirstToken, o.EndToken, o.Organization.Name, o.Organization.Acronym, o.Organization.Country, o.Organization.Type)).ToList();

        var (pos, infos) = Tag(text, tokenArray);
        var entities = _resources.Recognizer.Recognize(text, tokenArray, sentences, pos, infos);
        // The recognizer's spans name bodies the gazetteer does not know ("Coordination des mouvements de
        // l'Azawad", "le groupe chinois China Copper Mining"), where they touch no known organization, country or date.
        var known = new bool[tokens.Count];
        foreach (var (first, end) in organizationRefs.Select(o => (o.FirstToken, o.EndToken)).Concat(countryRefs.Select(c => (c.FirstToken, c.EndToken)))
                     .Concat(dateRefs.Select(d => (d.FirstToken, d.EndToken))))
            for (var i = first; i < end; i++) known[i] = true;
        organizationRefs.AddRange(_recognizedOrganizations.Find(tokens, entities, known));
        organizationRefs.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return new FrontLayers(new EntityContext(tokens, countryRefs, organizationRefs, dateRefs, pos), dateMatches, entities);
    }

    /// <summary>The date's precision, a modifier, and whether the reference date has a day (what a relative date is resolved from).</summary>
    /// <summary>The date records of the result, with their calibrated confidence.</summary>
    internal static DateExpression[] DateRecords(string text, IReadOnlyList<DateMatch> dateMatches, PartialDate? referenceDate, IConfidenceModel model) =>
        dateMatches
            .Select(d => new DateExpression(text[d.Span.Start..d.Span.End], d.Span.Start, d.Span.End,
                d.Value?.ToString(), d.Modifier, model.Score(ConfidenceFields.Dates, d.Value is null ? "none" : d.IsAbsolute ? "absolute" : "relative",
                    DateSignal(d.Value, d.Modifier is not null, referenceDate), d.Value is null ? 0.5 : d.IsAbsolute ? 0.95 : 0.85)))
            .ToArray();

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
    private (UposTag[] Tags, TokenInfo[]? Infos) Tag(string text, Token[] tokens)
    {
        var tagger = _resources.Tagger;
        var infos = TokenFeatures.Compute(text, tokens, tagger.Lexicon);
        return (tagger.Tag(text, tokens, infos), ReferenceEquals(tagger.Lexicon, _resources.Recognizer.Lexicon) ? infos : null);
    }

    /// <summary>The tokens covering a character span: [first, end).</summary>
    internal static (int First, int End) ToTokens(Token[] tokens, TextSpan span)
    {
        // first token ending after the span's start (tokens are sorted and do not overlap)
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > span.Start) hi = mid; else lo = mid + 1;
        }
        var first = lo;
        if (first >= tokens.Length) return (0, 0);
        var end = first;
        while (end < tokens.Length && tokens[end].Start < span.End) end++;
        return (first, end);
    }
}

/// <summary>What the front stages give the rule stages: the entity context, the date matches and the recognizer's spans.</summary>
internal sealed record FrontLayers(EntityContext Context, IReadOnlyList<DateMatch> DateMatches, IReadOnlyList<EntitySpan> Entities);
