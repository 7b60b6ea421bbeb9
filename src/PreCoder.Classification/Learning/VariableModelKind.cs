namespace PreCoder.Classification.Learning;

/// <summary>How a variable's score is proposed.</summary>
public enum VariableModelKind
{
    /// <summary>A score model learned from the coder's codes of this variable.</summary>
    Learned = 0,

    /// <summary>Too few codes, or only one level seen, to learn from: the zero-shot reading, beside the coder's base rate.</summary>
    ZeroShot = 1,
}
