using System.Globalization;
using System.Text;
using System.Xml;
using PreCoder.Codebooks.Mapping;
using PreCoder.Codebooks.Scales;
using PreCoder.Codebooks.Tree;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Qdc;

/// <summary>
/// Writes a REFI-QDA codebook: categories as non-codable parent codes, variables as their codable children,
/// named scales and the codebook header as sets. Everything REFI-QDA has no field for goes in description blocks.
/// </summary>
internal static class QdcWriter
{
    // Distinct, colour-blind-tolerable hues so categories are told apart in other QDA tools' code trees.
    private static readonly string[] Palette =
        ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"];

    public static string Write(Codebook codebook)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = false,
        };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("CodeBook", QdcKeys.Namespace);
            xml.WriteAttributeString("origin", QdcKeys.Origin);
            xml.WriteStartElement("Codes", QdcKeys.Namespace);
            for (var i = 0; i < codebook.Categories.Count; i++)
            {
                WriteCategory(xml, codebook, codebook.Categories[i], Palette[i % Palette.Length]);
            }
            // Variables whose category is not declared still travel; the validator flags them on import.
            foreach (var orphan in codebook.Variables.Where(v => codebook.Categories.All(c => c.Id != v.Category)))
            {
                WriteVariable(xml, codebook, orphan, color: null);
            }
            xml.WriteEndElement();
            WriteSets(xml, codebook);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return builder.ToString() + "\n";
    }

    public static Guid CategoryGuid(Codebook codebook, string categoryId) => NameBasedGuid.Create($"{codebook.Id}/category/{categoryId}");

    public static Guid VariableGuid(Codebook codebook, string variableId) => NameBasedGuid.Create($"{codebook.Id}/variable/{variableId}");

    private static void WriteCategory(XmlWriter xml, Codebook codebook, Category category, string color)
    {
        xml.WriteStartElement("Code", QdcKeys.Namespace);
        xml.WriteAttributeString("guid", CategoryGuid(codebook, category.Id).ToString());
        xml.WriteAttributeString("name", category.Name);
        xml.WriteAttributeString("isCodable", "false");
        xml.WriteAttributeString("color", color);
        xml.WriteElementString("Description", QdcKeys.Namespace, QdcDescriptionBlock.Format(category.Description, [("category_id", category.Id)]));
        foreach (var variable in codebook.Variables.Where(v => v.Category == category.Id))
        {
            WriteVariable(xml, codebook, variable, color);
        }
        xml.WriteEndElement();
    }

    private static void WriteVariable(XmlWriter xml, Codebook codebook, Variable variable, string? color)
    {
        xml.WriteStartElement("Code", QdcKeys.Namespace);
        xml.WriteAttributeString("guid", VariableGuid(codebook, variable.Id).ToString());
        xml.WriteAttributeString("name", variable.Name);
        xml.WriteAttributeString("isCodable", "true");
        if (color is not null)
        {
            xml.WriteAttributeString("color", color);
        }
        xml.WriteElementString("Description", QdcKeys.Namespace, QdcDescriptionBlock.Format(variable.Definition, VariableEntries(variable, codebook)));
        xml.WriteEndElement();
    }

    private static IEnumerable<(string, string?)> VariableEntries(Variable variable, Codebook codebook)
    {
        yield return ("id", variable.Id);
        var reference = CodebookTreeWriter.ScaleReference(variable.Scale, codebook.Scales);
        if (reference.Kind == DocNodeKind.Scalar)
        {
            yield return ("scale", reference.Text);
        }
        else
        {
            // An inline scale: its notation plus the anchors line, whose presence marks the scale as the variable's own.
            yield return ("scale", ScaleSpec.Format(variable.Scale));
            yield return ("anchors", AnchorList.Format(variable.Scale.Anchors));
            yield return ("scale_description", variable.Scale.Description);
        }
        yield return ("unit", variable.Unit == CodingUnit.Passage ? "passage" : "interview");
        yield return ("role", variable.Role.ToString().ToLowerInvariant());
        yield return ("applies_to", variable.AppliesTo);
        yield return ("inclusion", variable.Inclusion);
        yield return ("exclusion", variable.Exclusion);
        foreach (var indicator in variable.Indicators)
        {
            yield return ("indicator", indicator);
        }
        yield return ("importance", variable.Importance);
    }

    private static void WriteSets(XmlWriter xml, Codebook codebook)
    {
        xml.WriteStartElement("Sets", QdcKeys.Namespace);
        xml.WriteStartElement("Set", QdcKeys.Namespace);
        xml.WriteAttributeString("guid", NameBasedGuid.Create($"{codebook.Id}/codebook").ToString());
        xml.WriteAttributeString("name", QdcKeys.CodebookSetName);
        var header = new List<(string, string?)>
        {
            ("codebook_id", codebook.Id),
            ("name", codebook.Name),
            ("version_note", codebook.VersionNote),
            ("source", codebook.Source),
        };
        header.AddRange(codebook.MissingReasons.Select(r => ("missing_reason", (string?)r)));
        xml.WriteElementString("Description", QdcKeys.Namespace, QdcDescriptionBlock.Format(codebook.Description, header));
        xml.WriteEndElement();
        foreach (var scale in codebook.Scales)
        {
            xml.WriteStartElement("Set", QdcKeys.Namespace);
            xml.WriteAttributeString("guid", NameBasedGuid.Create($"{codebook.Id}/scale/{scale.Name}").ToString());
            xml.WriteAttributeString("name", $"scale: {scale.Name}");
            xml.WriteElementString("Description", QdcKeys.Namespace, QdcDescriptionBlock.Format(scale.Description, ScaleEntries(scale)));
            foreach (var variable in codebook.Variables.Where(v => ReferenceEquals(v.Scale, scale) || ScaleEquality.Same(v.Scale, scale)))
            {
                xml.WriteStartElement("MemberCode", QdcKeys.Namespace);
                xml.WriteAttributeString("targetGUID", VariableGuid(codebook, variable.Id).ToString());
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static IEnumerable<(string, string?)> ScaleEntries(Scale scale)
    {
        yield return ("scale_name", scale.Name);
        yield return ("kind", scale.Kind.ToString().ToLowerInvariant());
        yield return ("min", scale.Min?.ToString("R", CultureInfo.InvariantCulture));
        yield return ("max", scale.Max?.ToString("R", CultureInfo.InvariantCulture));
        foreach (var (level, text) in scale.Anchors.OrderBy(kv => kv.Key))
        {
            yield return ("anchor", $"{level.ToString(CultureInfo.InvariantCulture)}={text}");
        }
        foreach (var category in scale.Categories)
        {
            yield return ("category", category);
        }
    }
}
