using System.ComponentModel;
using System.Net;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Web.Hosting;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Workspace;

[Description("Start the review workspace in the browser: coders accept, change and reject suggestions (Ctrl-C stops it).")]
public sealed class ServeCommand : StudyCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        // --study takes a folder or, for a team's server, a PostgreSQL connection string (see CommonSettings.StudyIsConnection).
        [CommandOption("--port <N>")]
        [Description("TCP port (default 5180; 0 takes any free port).")]
        public int Port { get; init; } = WorkspaceServerOptions.DefaultPort;

        [CommandOption("--listen <ADDRESS>")]
        [Description("IP address to listen on (default 127.0.0.1, this machine only). Anything else belongs behind a TLS reverse proxy.")]
        public string? Listen { get; init; }

        public IPAddress ListenAddress => Listen is null ? IPAddress.Loopback
            : Listen.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.Parse(Listen);

        public override Spectre.Console.ValidationResult Validate() =>
            Port is < 0 or > 65535 ? Spectre.Console.ValidationResult.Error($"--port {Port} is not a TCP port (0-65535)")
            : Listen is not null && !Listen.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(Listen, out _)
                ? Spectre.Console.ValidationResult.Error($"--listen '{Listen}' is not an IP address (e.g. 127.0.0.1, 0.0.0.0, ::)")
            : Spectre.Console.ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var where = session.Database.Options.Provider == PreCoder.Store.Studies.StoreProvider.Postgres ? "the study in PostgreSQL" : session.Folder.Path;
        var options = new WorkspaceServerOptions { Port = settings.Port, Listen = settings.ListenAddress };
        if (!options.IsLoopbackOnly)
        {
            await Console.Error.WriteLineAsync(
                $"warning: listening on {options.Listen}, not only this machine: plain HTTP carries passwords and cookies in clear. " +
                "Put the workspace behind a reverse proxy that terminates TLS (see README, Review workspace).");
        }
        var accounts = await new CoderAccounts(session).ListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            await Console.Error.WriteLineAsync("warning: nobody can sign in yet; add a coder with 'precoder coders add NAME --role lead'");
        }
        await using var server = WorkspaceServer.Create(session, options);
        var address = await server.StartAsync(cancellationToken);
        await Console.Error.WriteLineAsync($"PreCoder workspace for {where} at {address} (Ctrl-C stops it)");
        try
        {
            await server.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C is how a workspace is stopped, not an interrupted job: every decision was saved as it was made.
        }
        return 0;
    }
}
