using System.Net;

namespace PreCoder.Web.Hosting;

/// <summary>Where the workspace listens. Loopback by default: another address must be asked for, and belongs behind TLS.</summary>
public sealed record WorkspaceServerOptions
{
    /// <summary>The default value is 5180.</summary>
    public const int DefaultPort = 5180;

    /// <summary>The TCP port; 0 takes any free port (tests). The default value is <see cref="DefaultPort"/>.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The address to bind. The default value is 127.0.0.1.</summary>
    public IPAddress Listen { get; init; } = IPAddress.Loopback;

    /// <summary>True when only this machine can reach the workspace.</summary>
    public bool IsLoopbackOnly => IPAddress.IsLoopback(Listen);
}
