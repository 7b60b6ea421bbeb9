namespace PreCoder.Codebooks.Tree;

internal enum DocNodeKind
{
    Scalar = 0,
    Mapping = 1,
    Sequence = 2,
}
