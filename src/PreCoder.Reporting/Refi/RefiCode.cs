namespace PreCoder.Reporting.Refi;

/// <summary>A code read from a project: its category (parent code) and, for PreCoder's own projects, the variable id.</summary>
/// <param name="VariableId">The <c>id:</c> of the code's PreCoder description block; null for codes from other programs.</param>
/// <param name="IsCodable">False for grouping codes (PreCoder's categories), which no coding may use.</param>
public sealed record RefiCode(string Guid, string Name, string? Category, string? VariableId, string? Description, bool IsCodable = true);
