namespace PreCoder.Reporting.Refi;

/// <summary>A codable code read from a project: its category (parent code) and, for PreCoder's own projects, the variable id.</summary>
/// <param name="VariableId">The id a PreCoder export put before the definition (<c>vul_poverty: ...</c>); null for codes from other programs.</param>
public sealed record RefiCode(string Guid, string Name, string? Category, string? VariableId, string? Description);
