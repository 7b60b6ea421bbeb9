using PreCoder.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config => config.AddPreCoderCommands());
return await app.RunAsync(args);
