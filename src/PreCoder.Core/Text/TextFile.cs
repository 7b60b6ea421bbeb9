using System.Text;
using PreCoder.Core.Errors;

namespace PreCoder.Core.Text;

/// <summary>Reads a text file as strict UTF-8 (or UTF-16 with a BOM), so mojibake is an error instead of stored text.</summary>
public static class TextFile
{
    public static string[] ReadLines(string path) => ReadText(path).Split('\n');

    /// <summary>The whole file with line breaks normalised to <c>\n</c>.</summary>
    public static string ReadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "file not found");
        }
        var bytes = File.ReadAllBytes(path);
        string text;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            text = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                var line = 1 + bytes.Take(Math.Max(0, ex.Index)).Count(b => b == (byte)'\n');
                throw new InputException(path, line, "not valid UTF-8 text; save the file as UTF-8 and import again");
            }
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
        }
        if (text.Contains('\0'))
        {
            throw new InputException(path, null, "binary data, not a text transcript");
        }
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
