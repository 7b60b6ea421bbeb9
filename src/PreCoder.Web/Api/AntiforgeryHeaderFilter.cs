using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PreCoder.Web.Api;

/// <summary>
/// Refuses a state-changing API call without the antiforgery token in <see cref="InterviewEndpoints.AntiforgeryHeader"/>:
/// the sign-in cookie alone would let another site's page post decisions in a coder's name.
/// </summary>
internal sealed class AntiforgeryHeaderFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.BadRequest(new { error = $"missing or invalid antiforgery token (send it in {InterviewEndpoints.AntiforgeryHeader})" });
        }
        return await next(context);
    }
}
