using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using PreCoder.Web.Team;

namespace PreCoder.Web.Hosting;

/// <summary>
/// The review workspace as one object a host starts and stops: the CLI's <c>serve</c>, the browser tests and the
/// benchmark all run it in their own process against an open <see cref="StudySession"/>.
/// </summary>
public sealed class WorkspaceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkspaceServer(WebApplication app) => _app = app;

    /// <summary>The address the server listens on, once started (the real port when <see cref="WorkspaceServerOptions.Port"/> is 0).</summary>
    public Uri? Address { get; private set; }

    public IServiceProvider Services => _app.Services;

    public static WorkspaceServer Create(StudySession session, WorkspaceServerOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The tool's folder, not the current one: a stray appsettings.json where serve is run must not change it.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(WorkspaceServer).Assembly.GetName().Name,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Listen, options.Port));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(session.LoggerFactory));
        // Request lines name interview ids only, but the framework's chatter belongs in no study log.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // The cookie keys sit unencrypted in the study folder beside the database, which is the study's protection;
        // saying so on every start would teach people to ignore warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddWorkspace(session);
        builder.Services.AddJobDashboard(session);
        var app = builder.Build();
        app.UseWorkspace();
        return new WorkspaceServer(app);
    }

    public async Task<Uri> StartAsync(CancellationToken cancellationToken)
    {
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
        return Address;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
