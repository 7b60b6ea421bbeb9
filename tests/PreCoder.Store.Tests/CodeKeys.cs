using PreCoder.Core.Coding;

namespace PreCoder.Store.Tests;

internal static class CodeKeys
{
    /// <summary>Codes as comparable text, sorted: records hold evidence lists, which compare by reference.</summary>
    public static List<string> Of(IEnumerable<CodeRecord> codes) => codes
        .Select(c => $"{c.CoderId}|{c.InterviewId}|{c.PassageId}|{c.VariableId}|{c.Score.Value}|{c.Score.MissingReason}|{string.Join(";", c.Evidence)}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
