using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.ZeroShot;

/// <summary>The blocked dot product behind the similarity matrix: same bits however rows are grouped, close to the library's.</summary>
public class VectorMathTests
{
    [Theory]
    [InlineData(384, 1)]
    [InlineData(384, 7)]
    [InlineData(384, 8)]
    [InlineData(13, 9)]
    [InlineData(3, 5)]
    public void DotEach_EveryRow_IsDotInOrderOfThatRowAndCloseToDot(int dimension, int rows)
    {
        var random = new Random(dimension + rows);
        float[] Vector() => Enumerable.Range(0, dimension).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var vector = Vector();
        var matrix = Enumerable.Range(0, rows).Select(_ => Vector()).ToArray();
        var dots = new float[rows];

        VectorMath.DotEach(vector, matrix.SelectMany(r => r).ToArray(), dots);

        for (var row = 0; row < rows; row++)
        {
            Assert.Equal(VectorMath.DotInOrder(vector, matrix[row]), dots[row]);
            Assert.Equal(VectorMath.Dot(vector, matrix[row]), dots[row], 1e-4f);
        }
    }

    [Fact]
    public void DotEach_RowsOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => VectorMath.DotEach(new float[4], new float[7], new float[2]));
}
