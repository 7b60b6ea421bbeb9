namespace PreCoder.Transcripts.Tests;

public sealed class TimestampTests
{
    [Theory]
    [InlineData("83.5", 83.5)]
    [InlineData("01:23.5", 83.5)]
    [InlineData("00:01:23.500", 83.5)]
    [InlineData("00:01:23,500", 83.5)]
    [InlineData("1:00:00", 3600)]
    public void TryParse_KnownForms_Seconds(string text, double expected)
    {
        Assert.True(Timestamp.TryParse(text, out var s));
        Assert.Equal(expected, s, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-3")]
    [InlineData("00:61:00")]
    [InlineData("1:2:3:4")]
    [InlineData("abc")]
    public void TryParse_Malformed_False(string text) => Assert.False(Timestamp.TryParse(text, out _));
}
