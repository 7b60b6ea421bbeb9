namespace PreCoder.Transcripts.Export;

/// <summary>Which text an export shows: as spoken, the English translation, or both one after the other.</summary>
public enum TextChoice
{
    Original,
    English,
    Both,
}
