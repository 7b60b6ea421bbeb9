using Microsoft.Extensions.Time.Testing;

namespace PreCoder.Application.Tests.Pipeline;

public class ProgressThrottleTests
{
    [Fact]
    public void ShouldReport_ManyQuickItems_ReportsFirstEachTenthAndLast()
    {
        var sut = new ProgressThrottle(new FakeTimeProvider());

        var reported = Enumerable.Range(1, 220).Where(done => sut.ShouldReport(done, 220)).ToArray();

        Assert.Equal([1, 22, 44, 66, 88, 110, 132, 154, 176, 198, 220], reported);
    }

    [Fact]
    public void ShouldReport_TenItems_ReportsEveryItem()
    {
        var sut = new ProgressThrottle(new FakeTimeProvider());

        var reported = Enumerable.Range(1, 10).Count(done => sut.ShouldReport(done, 10));

        Assert.Equal(10, reported);
    }

    [Fact]
    public void ShouldReport_SlowWorkWithinOneTenth_ReportsEveryThirtySeconds()
    {
        var time = new FakeTimeProvider();
        var sut = new ProgressThrottle(time);
        Assert.True(sut.ShouldReport(1, 1000));

        time.Advance(TimeSpan.FromSeconds(29));
        var before = sut.ShouldReport(2, 1000);
        time.Advance(TimeSpan.FromSeconds(1));
        var at = sut.ShouldReport(3, 1000);

        Assert.False(before);
        Assert.True(at);
        Assert.Equal(TimeSpan.FromSeconds(30), sut.Elapsed);
    }

    [Theory]
    [InlineData(0.3, true)]
    [InlineData(0.29, false)]
    [InlineData(1.0, true)]
    public void ShouldReport_Share_CountsTenthsDespiteRounding(double share, bool expected)
    {
        var sut = new ProgressThrottle(new FakeTimeProvider());
        Assert.True(sut.ShouldReport(0.2));

        Assert.Equal(expected, sut.ShouldReport(share));
    }

    [Fact]
    public void ShouldReport_EndReachedTwice_ReportsBoth()
    {
        var sut = new ProgressThrottle(new FakeTimeProvider());
        Assert.True(sut.ShouldReport(1.0));

        Assert.True(sut.ShouldReport(1.0));
    }

    [Fact]
    public void ShouldReport_NoWork_ReportsNothing()
    {
        var sut = new ProgressThrottle(new FakeTimeProvider());

        Assert.False(sut.ShouldReport(0, 0));
    }
}
