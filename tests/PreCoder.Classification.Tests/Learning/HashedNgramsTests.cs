using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Tests.Learning;

public class HashedNgramsTests
{
    [Fact]
    public void Of_SameTextTwice_SameBucketsOfUnitLength()
    {
        var a = HashedNgrams.Of("Have you tried talking to them?");
        var b = HashedNgrams.Of("have you TRIED talking to them?");

        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(1, a.Values.Sum(v => v * v), 5);
        Assert.All(a.Indices, i => Assert.InRange(i, 0, HashedNgrams.Buckets - 1));
        Assert.Equal(a.Indices.Order(), a.Indices);
    }

    [Fact]
    public void Of_QuestionMark_AddsABucketTheStatementLacks()
    {
        var question = HashedNgrams.Of("you tried talking to them?");
        var statement = HashedNgrams.Of("you tried talking to them");

        Assert.NotEmpty(question.Indices.Except(statement.Indices));
    }

    [Fact]
    public void Of_Empty_NoFeatures()
    {
        Assert.Empty(HashedNgrams.Of("  ... ").Indices);
    }
}
