using System.Globalization;
using System.Text;

namespace PreCoder.Codebooks.Qdc;

/// <summary>A StringWriter that reports UTF-8, because StringWriter's UTF-16 would put encoding="utf-16" in the XML declaration.</summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
