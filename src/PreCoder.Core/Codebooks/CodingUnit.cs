namespace PreCoder.Core.Codebooks;

/// <summary>What one code is about: a whole interview (the seed study) or one passage.</summary>
public enum CodingUnit
{
    Interview = 0,
    Passage = 1,
}
