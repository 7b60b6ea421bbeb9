namespace PreCoder.Application.Workspace;

/// <summary>A codebook category with the variables of it that apply to the interview, in codebook order.</summary>
public sealed record CategoryView(string Id, string Name, IReadOnlyList<VariableView> Variables);
