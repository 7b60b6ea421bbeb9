namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>How <see cref="LocalModelServer"/> misbehaves.</summary>
public enum ServerBehaviour
{
    Normal,
    DropFirstHalfway,
    NotFound,
    NeverAnswer,
}
