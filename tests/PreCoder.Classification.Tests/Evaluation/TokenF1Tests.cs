using PreCoder.Classification.Evaluation;

namespace PreCoder.Classification.Tests.Evaluation;

public class TokenF1Tests
{
    [Fact]
    public void Compute_SameWordsDifferentCaseAndPunctuation_IsOne() =>
        Assert.Equal(1, TokenF1.Compute(["I joined because of money."], ["i joined, because of MONEY"]));

    [Fact]
    public void Compute_HalfOverlap_IsWorkedExample()
    {
        // machine: a b c d (4), human: a b e f g h (6); overlap 2 -> P = 0.5, R = 1/3, F1 = 0.4.
        Assert.Equal(0.4, TokenF1.Compute(["a b c d"], ["a b e f g h"]), 10);
    }

    [Fact]
    public void Compute_NoMachineQuote_IsZero() => Assert.Equal(0, TokenF1.Compute([], ["my father died"]));
}
