using System.ComponentModel.DataAnnotations;

namespace PreCoder.Application.Pipeline;

/// <summary>The options of a <see cref="FileStage"/>.</summary>
public sealed record FileStageOptions
{
    /// <summary>The file to import, relative to an input folder or the current folder. Required.</summary>
    [Required(ErrorMessage = "required (the file to import)")]
    public string? File { get; init; }
}
