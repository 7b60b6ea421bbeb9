using System.ComponentModel.DataAnnotations;

namespace PreCoder.Application.StageOptions;

/// <summary>
/// A string option whose value must be one of a fixed list, compared ignoring case (pipeline files write
/// <c>segment</c> or <c>Segment</c> alike); <see cref="AllowedValuesAttribute"/> compares exactly.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] values) : ValidationAttribute
{
    public IReadOnlyList<string> Values { get; } = values;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || Values.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? ValidationResult.Success
            : new ValidationResult($"'{text}' is not one of {string.Join(", ", Values)}", validationContext.MemberName is { } member ? [member] : []);
}
