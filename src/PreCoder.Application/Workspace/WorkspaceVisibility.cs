namespace PreCoder.Application.Workspace;

/// <summary>What one coder may see of an interview besides their own codes.</summary>
public readonly record struct WorkspaceVisibility(bool ShowsOtherCoders, bool ShowsSuggestions);
