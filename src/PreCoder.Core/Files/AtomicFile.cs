namespace PreCoder.Core.Files;

/// <summary>
/// Replaces a file so that a reader sees the old content or the new, never half of it: the new content is written
/// beside the target under a name no other process or thread uses, then moved over it. Two workers saving the same
/// checkpoint at once each move a whole file; a kill mid-write leaves only a stray <c>.tmp</c>, which study file
/// pushes skip.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) =>
        Replace(path, temporary => File.WriteAllText(temporary, text));

    /// <summary>Replaces the file with what <paramref name="write"/> writes to the stream it is given.</summary>
    public static void Write(string path, Action<Stream> write) =>
        Replace(path, temporary =>
        {
            using var stream = File.Create(temporary);
            write(stream);
        });

    private static void Replace(string path, Action<string> write)
    {
        var temporary = TemporaryFor(path);
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken) =>
        ReplaceAsync(path, temporary => File.WriteAllTextAsync(temporary, text, cancellationToken));

    public static Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancellationToken) =>
        ReplaceAsync(path, temporary => File.WriteAllBytesAsync(temporary, bytes, cancellationToken));

    private static async Task ReplaceAsync(string path, Func<string, Task> write)
    {
        var temporary = TemporaryFor(path);
        try
        {
            await write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static string TemporaryFor(string path) => $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // Left behind: a later write uses another name, and pushes skip .tmp files.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
