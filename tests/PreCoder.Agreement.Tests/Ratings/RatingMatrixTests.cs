using Xunit;

namespace PreCoder.Agreement.Tests.Ratings;

public sealed class RatingMatrixTests
{
    private sealed record Coder(string Id);

    [Fact]
    public void FromRatings_LongFormat_PlacesScoresAndLeavesGapsMissing()
    {
        Coder human = new("h1"), machine = new("m");
        var ratings = new[] { new Rating<int, Coder>(10, human, 2), new(10, machine, 3), new(20, machine, 0) };

        var m = RatingMatrix.FromRatings(ratings, [10, 20], [human, machine]);

        Assert.Equal(2, m[0, 0]);
        Assert.Equal(3, m[0, 1]);
        Assert.True(double.IsNaN(m[1, 0]));
        Assert.Equal(0, m[1, 1]);
        Assert.Equal(3, m.CountPresent());
    }

    [Fact]
    public void FromRatings_DuplicateRating_Throws()
    {
        var ratings = new[] { new Rating<int, string>(1, "a", 2), new(1, "a", 3) };

        Assert.Throws<ArgumentException>(() => RatingMatrix.FromRatings(ratings, [1], ["a"]));
    }

    [Fact]
    public void FromRows_RaggedRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => RatingMatrix.FromRows([[1, 2], [1]]));
    }

    [Fact]
    public void FromRows_InfiniteScore_Throws()
    {
        Assert.Throws<ArgumentException>(() => RatingMatrix.FromRows([[1, double.PositiveInfinity]]));
    }
}
