using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Tests.Learning;

public class LinearModelTests
{
    [Fact]
    public void Folded_StandardisationFoldedIn_GivesTheSameProbabilityAsTheRawFormula()
    {
        var sut = new LinearModel([2f, -1f], [0.5f, 4f], [1.5f, -0.25f], 0.3f);
        float[] x = [3f, 7f];

        var (w, b) = sut.Folded();
        var folded = b + (w[0] * x[0]) + (w[1] * x[1]);
        var raw = 0.3 + (1.5 * (3 - 2) / 0.5) + (-0.25 * (7 + 1) / 4);

        Assert.Equal(raw, folded, 5);
    }

    [Fact]
    public void Folded_ReadByManyThreadsAtOnce_NeverSeenHalfWritten()
    {
        // Variables are learned in parallel and share the fold models: every thread must see whole weights, never a
        // cache marked filled before its weights are (what a nullable tuple allowed, and what crashed evaluate once).
        const int Features = 64;
        var torn = 0;
        for (var round = 0; round < 2000; round++)
        {
            var model = new LinearModel(new float[Features], Enumerable.Repeat(1f, Features).ToArray(), Enumerable.Repeat(0.5f, Features).ToArray(), 0);
            Parallel.For(0, 4, _ =>
            {
                var (weights, _) = model.Folded();
                if (weights is null || weights.Length != Features)
                {
                    Interlocked.Increment(ref torn);
                }
            });
        }

        Assert.Equal(0, torn);
    }
}
