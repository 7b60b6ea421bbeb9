using System.Net;
using Microsoft.Extensions.Time.Testing;
using PreCoder.Llm.Resilience;

namespace PreCoder.Llm.Tests.Resilience;

public sealed class LlmResilienceTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(2);

    [Fact]
    public void RetryAfter_Seconds_IsHonoured()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), LlmResilience.RetryAfter(response, TimeProvider.System, Cap));
    }

    [Fact]
    public void RetryAfter_Date_WaitsUntilThen()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), LlmResilience.RetryAfter(response, time, Cap));
    }

    [Fact]
    public void RetryAfter_LongerThanCap_IsCapped()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(3));

        Assert.Equal(Cap, LlmResilience.RetryAfter(response, TimeProvider.System, Cap));
    }

    [Fact]
    public void RetryAfter_NoHeader_LeavesItToTheBackOff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        Assert.Null(LlmResilience.RetryAfter(response, TimeProvider.System, Cap));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsTransient_Status_OnlyServerSideAndThrottling(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, LlmResilience.IsTransient(response));
    }
}
