namespace PreCoder.Core.Coding;

public enum CoderKind
{
    Human = 0,
    Machine = 1,
}
