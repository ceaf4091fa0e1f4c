using Extraction.Training;

// Model and lexicon building tool. Each command is one class with a static Run(string[] args) returning an exit code.
var commands = new SortedDictionary<string, (Func<string[], int> Run, string Help)>(StringComparer.Ordinal)
{
    ["build-lexicon"] = (BuildLexiconCommand.Run, BuildLexiconCommand.Help),
    ["train pos"] = (TrainPosCommand.Run, TrainPosCommand.Help),
    ["train ner"] = (TrainNerCommand.Run, TrainNerCommand.Help),
    ["evaluate"] = (EvaluateCommand.Run, EvaluateCommand.Help),
    ["fit-confidence"] = (FitConfidenceCommand.Run, FitConfidenceCommand.Help),
    ["build-gazetteers"] = (BuildGazetteersCommand.Run, BuildGazetteersCommand.Help),
    ["build-knowledge"] = (BuildKnowledgeCommand.Run, BuildKnowledgeCommand.Help),
    ["generate-temporal-patterns"] = (GenerateTemporalPatternsCommand.Run, GenerateTemporalPatternsCommand.Help),
};

if (args.Length == 0 || args[0] is "-h" or "--help" || !TryFindCommand(args, out var name, out var rest))
{
    Console.Error.WriteLine("usage: Extraction.Training COMMAND [options]\n\ncommands:");
    foreach (var (key, value) in commands) Console.Error.WriteLine($"  {key,-16} {value.Help}");
    return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}
return commands[name].Run(rest);

bool TryFindCommand(string[] argv, out string command, out string[] remaining)
{
    // Commands may be two words ("train pos"): take the longest known prefix.
    for (var n = Math.Min(2, argv.Length); n >= 1; n--)
    {
        var candidate = string.Join(' ', argv.Take(n));
        if (commands.ContainsKey(candidate))
        {
            command = candidate;
            remaining = argv[n..];
            return true;
        }
    }
    command = "";
    remaining = [];
    return false;
}
