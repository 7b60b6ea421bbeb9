namespace PreCoder.Application.Selection;

/// <summary>Which uncoded interviews a coder should code next, and how many to propose.</summary>
public sealed record NextRequest(string Coder, int Count);
