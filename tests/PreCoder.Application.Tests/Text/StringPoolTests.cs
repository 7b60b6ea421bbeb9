using PreCoder.Core.Text;

namespace PreCoder.Application.Tests.Text;

public class StringPoolTests
{
    [Fact]
    public void Get_SameTextTwice_ReturnsTheFirstString()
    {
        var pool = new StringPool();

        var first = pool.Get("r001".AsSpan());
        var second = pool.Get("xr001x".AsSpan(1, 4));

        Assert.Equal("r001", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_DifferentTexts_ReturnsDifferentStrings()
    {
        var pool = new StringPool();

        Assert.Equal(["v001", "v002", "V001"], new[] { "v001", "v002", "V001" }.Select(t => pool.Get(t)));
    }

    [Fact]
    public void Get_LongerThanPooled_ReturnsAnEqualNewStringEachTime()
    {
        var pool = new StringPool(longestPooled: 4);

        var first = pool.Get("abcde");
        var second = pool.Get("abcde");

        Assert.Equal("abcde", first);
        Assert.Equal(first, second);
        Assert.NotSame(first, second);
        Assert.Same(pool.Get("abcd"), pool.Get("abcd"));
    }

    [Fact]
    public void Get_Empty_ReturnsEmptyString()
    {
        Assert.Same(string.Empty, new StringPool().Get(ReadOnlySpan<char>.Empty));
    }
}
