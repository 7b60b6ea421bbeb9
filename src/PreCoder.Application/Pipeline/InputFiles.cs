using PreCoder.Core.Errors;

namespace PreCoder.Application.Pipeline;

/// <summary>Expands the paths given on the command line: files as they are, directories recursively, in a stable order.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, Func<string, bool> accept)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                files.Add(Path.GetFullPath(p));
            }
            else if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(accept)
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new InputException(p, null, "no such file or directory");
            }
        }
        return files.Distinct().ToArray();
    }
}
