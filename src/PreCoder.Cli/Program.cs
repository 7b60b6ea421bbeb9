using PreCoder.Cli;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config => config.AddPreCoderCommands());
return await UsageErrors.RunAsync(app, args);
