namespace PreCoder.Codebooks.Diagnostics;

/// <summary>Collects problems for one file so readers keep going after the first.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<CodebookDiagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<CodebookDiagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(int? line, string message, string? hint = null) =>
        _items.Add(new CodebookDiagnostic(File, line, message, hint));

    public void Warning(int? line, string message, string? hint = null) =>
        _items.Add(new CodebookDiagnostic(File, line, message, hint, DiagnosticSeverity.Warning));

    public void AddRange(IEnumerable<CodebookDiagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>In line order, so the list reads top to bottom like the file.</summary>
    public IReadOnlyList<CodebookDiagnostic> Sorted() =>
        _items.Select((d, i) => (d, i)).OrderBy(x => x.d.Line ?? 0).ThenBy(x => x.i).Select(x => x.d).ToList();
}
