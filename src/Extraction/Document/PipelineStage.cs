namespace Extraction.Document;

/// <summary>One stage of the pipeline: it reads layers of the document and stores the layer it adds.</summary>
/// <param name="Name">The stage's name, one of <see cref="StageNames"/> (what the probes print, what tests stop at).</param>
/// <param name="Run">Runs the stage on a document whose earlier stages ran.</param>
internal sealed record PipelineStage(string Name, Action<ExtractionDocument> Run);

/// <summary>The names of the stages of <see cref="ExtractionPipeline.Stages"/>, in the order they run.</summary>
internal static class StageNames
{
    /// <summary>Tokens of the body (<see cref="ExtractionDocument.Tokens"/>).</summary>
    public const string Tokens = "tokens";

    /// <summary>Sentences and the token view (<see cref="ExtractionDocument.Words"/>).</summary>
    public const string Sentences = "sentences";

    /// <summary>Date expressions (<see cref="ExtractionDocument.DateMatches"/>).</summary>
    public const string Dates = "dates";

    /// <summary>Dates on tokens (<see cref="ExtractionDocument.Dates"/>).</summary>
    public const string DateTokens = "date-tokens";

    /// <summary>Date records (<see cref="ExtractionDocument.DateRecords"/>).</summary>
    public const string DateRecords = "date-records";

    /// <summary>Country references (<see cref="ExtractionDocument.Countries"/>).</summary>
    public const string Countries = "countries";

    /// <summary>Gazetteer organizations (<see cref="ExtractionDocument.KnownOrganizations"/>).</summary>
    public const string Organizations = "organizations";

    /// <summary>POS tags (<see cref="ExtractionDocument.Tags"/>).</summary>
    public const string Pos = "pos";

    /// <summary>Recognizer spans (<see cref="ExtractionDocument.Entities"/>).</summary>
    public const string Recognizer = "recognizer";

    /// <summary>Known and recognized organizations (<see cref="ExtractionDocument.Organizations"/>).</summary>
    public const string RecognizedOrganizations = "recognized-organizations";

    /// <summary>The entity context (<see cref="ExtractionDocument.Context"/>).</summary>
    public const string Context = "context";

    /// <summary>The token facts the pattern stages share (<see cref="ExtractionDocument.Patterns"/>).</summary>
    public const string Patterns = "patterns";

    /// <summary>Countries by frequency (<see cref="ExtractionDocument.MainCountries"/>).</summary>
    public const string MainCountries = "main-countries";

    /// <summary>Role phrases (<see cref="ExtractionDocument.Roles"/>).</summary>
    public const string Roles = "roles";

    /// <summary>Name mentions (<see cref="ExtractionDocument.Names"/>).</summary>
    public const string Names = "names";

    /// <summary>Mentions clustered into people (<see cref="ExtractionDocument.Clusters"/>).</summary>
    public const string People = "people";

    /// <summary>Roles, counterparts and stated countries linked to people (<see cref="ExtractionDocument.RoleLinks"/>).</summary>
    public const string RoleLinks = "role-links";

    /// <summary>The clustered people's facts with the role links (<see cref="ExtractionDocument.LinkedFacts"/>).</summary>
    public const string ApplyRoleLinks = "apply-role-links";

    /// <summary>The people kept (<see cref="ExtractionDocument.People"/>).</summary>
    public const string KeptPeople = "kept-people";

    /// <summary>Countries from the text's cues (<see cref="ExtractionDocument.TextCountries"/>).</summary>
    public const string TextNationality = "nationality-text";

    /// <summary>Known leaders (<see cref="ExtractionDocument.Knowledge"/>).</summary>
    public const string Knowledge = "knowledge";

    /// <summary>Countries after knowledge, counterpart titles (<see cref="ExtractionDocument.Nationality"/>).</summary>
    public const string Nationality = "nationality";

    /// <summary>The facts with knowledge and nationality (<see cref="ExtractionDocument.NationalFacts"/>).</summary>
    public const string ApplyNationality = "apply-nationality";

    /// <summary>Instrument mentions (<see cref="ExtractionDocument.AgreementMentions"/>).</summary>
    public const string AgreementMentions = "agreement-mentions";

    /// <summary>Agreements and their signatories' countries by elimination (<see cref="ExtractionDocument.Agreements"/>,
    /// <see cref="ExtractionDocument.AgreementCountries"/>).</summary>
    public const string Agreements = "agreements";

    /// <summary>The facts with the signatories' countries by elimination (<see cref="ExtractionDocument.SignatoryFacts"/>).</summary>
    public const string ApplyAgreements = "apply-agreements";

    /// <summary>Countries of a one-country story (<see cref="ExtractionDocument.Domestic"/>).</summary>
    public const string Domestic = "domestic";

    /// <summary>The facts with the domestic countries (<see cref="ExtractionDocument.DomesticFacts"/>).</summary>
    public const string ApplyDomestic = "apply-domestic";

    /// <summary>Meetings (<see cref="ExtractionDocument.Meetings"/>).</summary>
    public const string Meetings = "meetings";

    /// <summary>The records (<see cref="ExtractionDocument.Result"/>).</summary>
    public const string Records = "records";
}
