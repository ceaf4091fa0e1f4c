using Extraction.Sample;

// The `extract` command-line tool: see ExtractCommand for the options and README "Command-line tool".
return ExtractCommand.Create().Parse(args).Invoke();
