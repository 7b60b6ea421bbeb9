using PreCoder.Classification.Quantization;

namespace PreCoder.Classification.Tests.Quantization;

public class QuantizedWeightTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Quantize_RandomMatrix_EveryWeightWithinHalfAStepOfItsColumnScale(bool signed)
    {
        var random = new Random(7);
        var (rows, columns) = (16, 5);
        var weights = Enumerable.Range(0, rows * columns).Select(i => (float)(random.NextDouble() - 0.5) * (1 + (i % columns))).ToArray();

        var q = QuantizedWeight.Quantize(weights, rows, columns, signed);

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                Assert.InRange(Math.Abs(q.Dequantize(i, j) - weights[(i * columns) + j]), 0, (q.Scales[j] / 2) + 1e-7);
            }
        }
        Assert.Equal(Enumerable.Range(0, columns).Select(j => Enumerable.Range(0, rows).Max(i => Math.Abs(weights[(i * columns) + j])) / 127f), q.Scales);
    }

    [Fact]
    public void Quantize_SignedAndUnsigned_StandForTheSameWeights()
    {
        float[] weights = [0.5f, -0.25f, 0.125f, -1f, 0.75f, 0.01f];

        var signed = QuantizedWeight.Quantize(weights, 3, 2, signed: true);
        var unsigned = QuantizedWeight.Quantize(weights, 3, 2, signed: false);

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                Assert.Equal(signed.Dequantize(i, j), unsigned.Dequantize(i, j));
            }
        }
        Assert.All(unsigned.ZeroPoints, z => Assert.Equal(128, z));
    }

    [Fact]
    public void Quantize_AllZeroColumn_StaysZeroWithAUsableScale()
    {
        float[] weights = [0f, 1f, 0f, -2f];

        var q = QuantizedWeight.Quantize(weights, 2, 2, signed: true);

        Assert.Equal(1f, q.Scales[0]);
        Assert.Equal(0f, q.Dequantize(0, 0));
        Assert.Equal(0f, q.Dequantize(1, 0));
    }

    [Fact]
    public void Quantize_WrongShape_Throws() =>
        Assert.Throws<ArgumentException>(() => QuantizedWeight.Quantize(new float[5], 2, 3, signed: true));
}
