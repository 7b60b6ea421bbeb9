using PreCoder.Core.Passages;

namespace PreCoder.Llm.Coding;

/// <summary>
/// A passage as the model sees it: the text PreCoder quotes from (English when the passage has it, as the embedded
/// classifier reads it) and that text with names masked, which is what is sent.
/// </summary>
public sealed record SentPassage(Passage Passage, string Text, bool English, string Sent)
{
    public static SentPassage Of(Passage passage, Privacy.Pseudonymiser? pseudonymiser)
    {
        var text = passage.English ?? passage.Text;
        return new SentPassage(passage, text, passage.English is not null, pseudonymiser?.Mask(text) ?? text);
    }
}
