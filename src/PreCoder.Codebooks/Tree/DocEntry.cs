namespace PreCoder.Codebooks.Tree;

/// <summary>One <c>key: value</c> of a mapping; the key keeps its own line because typo errors point at it.</summary>
internal sealed record DocEntry(string Key, int Line, DocNode Value);
