using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PreCoder.Web.Hosting;

/// <summary>
/// Serves the workspace's script and style and Blazor's own script from this assembly. The CLI is a console project, so
/// there is no wwwroot or static web asset manifest to serve them from; embedding keeps `precoder serve` one binary.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    public static void MapEmbeddedAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{name}", (string name) => Serve($"PreCoder.Web.Assets.{name}")).AllowAnonymous();
        endpoints.MapGet("/_framework/blazor.web.js", () => Serve("PreCoder.Web.Framework.blazor.web.js")).AllowAnonymous();
    }

    private static IResult Serve(string resource)
    {
        var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return Results.NotFound();
        }
        var type = resource.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
        return Results.Stream(stream, type + "; charset=utf-8");
    }
}
