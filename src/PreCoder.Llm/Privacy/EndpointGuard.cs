using System.Net;
using PreCoder.Core.Errors;

namespace PreCoder.Llm.Privacy;

/// <summary>
/// Keeps study text on this machine unless the study allows otherwise. Checked when the client is built, before any
/// request can be made, from the endpoint's host alone (no name is resolved: a DNS lookup already tells someone).
/// </summary>
public static class EndpointGuard
{
    /// <summary>True when the endpoint's host is a loopback address or <c>localhost</c>.</summary>
    public static bool IsLocal(Uri endpoint)
    {
        if (endpoint.IsLoopback)
        {
            return true;
        }
        var host = endpoint.IdnHost.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>Throws (bad input, nothing sent) when the endpoint is remote and the study has not opted in.</summary>
    public static void EnsureAllowed(Uri endpoint, bool allowNetwork)
    {
        if (!allowNetwork && !IsLocal(endpoint))
        {
            throw new InputException("Llm:Endpoint", null,
                $"{endpoint.Host} is not on this machine and this study keeps its text local; set Study:AllowNetwork=true in the study's appsettings.json if your ethics approval allows sending pseudonymised passages there");
        }
    }
}
