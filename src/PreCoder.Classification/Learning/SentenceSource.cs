namespace PreCoder.Classification.Learning;

/// <summary>Which model scores a variable's sentences as evidence.</summary>
public enum SentenceSource
{
    /// <summary>No quotes to learn from: the zero-shot likeness to the codebook's description.</summary>
    ZeroShot = 0,

    /// <summary>The model shared by variables with few quotes, reading the variable's description.</summary>
    Shared = 1,

    /// <summary>The variable's own model, learned from the sentences the coder quoted for it.</summary>
    Own = 2,
}
