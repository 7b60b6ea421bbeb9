using System.Runtime.InteropServices;
using PreCoder.Classification.Quantization;

namespace PreCoder.Classification.Tests.Support;

/// <summary>
/// Hand-built ONNX models small enough to check by arithmetic: <c>Y = X · W + B</c> with X of shape [batch, rows].
/// Written with the same wire-level writer the quantizer uses, so a test can run the float and the quantized model
/// side by side in ONNX Runtime.
/// </summary>
internal static class TinyOnnxModel
{
    private const int ModelIrVersion = 1;
    private const int GraphName = 2;
    private const int GraphOutput = 12;
    private const int ValueInfoType = 2;
    private const int TypeTensor = 1;
    private const int TensorElemType = 1;
    private const int TensorShape = 2;
    private const int ShapeDim = 1;
    private const int DimValue = 1;
    private const int DimParam = 2;

    public static byte[] MatMulAdd(float[] weights, int rows, int columns, float[] bias)
    {
        var graph = new ProtoMessage(
        [
            Node("MatMul", ["X", "W"], "P"),
            Node("Add", ["B", "P"], "Y"),
            ProtoField.String(GraphName, "tiny"),
            Tensor("W", [rows, columns], weights),
            Tensor("B", [columns], bias),
            ValueInfo(OnnxField.GraphInput, "X", rows),
            ValueInfo(GraphOutput, "Y", columns),
        ]);
        var opset = new ProtoMessage([ProtoField.String(OnnxField.OpsetDomain, string.Empty), ProtoField.Varint(OnnxField.OpsetVersion, 13)]);
        return new ProtoMessage(
        [
            ProtoField.Varint(ModelIrVersion, 7),
            ProtoField.LengthDelimited(OnnxField.ModelOpsetImport, opset.ToArray()),
            ProtoField.LengthDelimited(OnnxField.ModelGraph, graph.ToArray()),
        ]).ToArray();
    }

    /// <summary>Names of the graph's operators, in order, with their domain when it is not the default one.</summary>
    public static string[] Operators(byte[] model)
    {
        var graph = ProtoMessage.Parse(model).All(OnnxField.ModelGraph).Single().AsMessage();
        return graph.All(OnnxField.GraphNode)
            .Select(f => f.AsMessage())
            .Select(n => string.IsNullOrEmpty(n.String(OnnxField.NodeDomain)) ? n.String(OnnxField.NodeOpType)! : $"{n.String(OnnxField.NodeDomain)}.{n.String(OnnxField.NodeOpType)}")
            .ToArray();
    }

    private static ProtoField Node(string op, string[] inputs, string output)
    {
        var fields = inputs.Select(i => ProtoField.String(OnnxField.NodeInput, i)).ToList();
        fields.Add(ProtoField.String(OnnxField.NodeOutput, output));
        fields.Add(ProtoField.String(OnnxField.NodeName, op.ToLowerInvariant()));
        fields.Add(ProtoField.String(OnnxField.NodeOpType, op));
        return ProtoField.LengthDelimited(OnnxField.GraphNode, new ProtoMessage(fields).ToArray());
    }

    private static ProtoField Tensor(string name, long[] dims, float[] values) =>
        OnnxInitializer.Create(name, OnnxField.DataTypeFloat, dims, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    /// <summary>A float tensor of shape [batch, width] with a symbolic batch size.</summary>
    private static ProtoField ValueInfo(int field, string name, int width)
    {
        var batch = new ProtoMessage([ProtoField.String(DimParam, "batch")]);
        var columns = new ProtoMessage([ProtoField.Varint(DimValue, (ulong)width)]);
        var shape = new ProtoMessage([ProtoField.LengthDelimited(ShapeDim, batch.ToArray()), ProtoField.LengthDelimited(ShapeDim, columns.ToArray())]);
        var tensorType = new ProtoMessage([ProtoField.Varint(TensorElemType, OnnxField.DataTypeFloat), ProtoField.LengthDelimited(TensorShape, shape.ToArray())]);
        var type = new ProtoMessage([ProtoField.LengthDelimited(TypeTensor, tensorType.ToArray())]);
        var info = new ProtoMessage([ProtoField.String(OnnxField.ValueInfoName, name), ProtoField.LengthDelimited(ValueInfoType, type.ToArray())]);
        return ProtoField.LengthDelimited(field, info.ToArray());
    }
}
