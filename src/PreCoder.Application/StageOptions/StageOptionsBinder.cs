using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace PreCoder.Application.StageOptions;

/// <summary>
/// Binds a stage's options, as a pipeline file or a command wrote them, to the stage's options class with the
/// configuration binder, then validates its data annotations. Every mistake is one <see cref="Core.Errors.InputException"/>
/// naming the file and the option's line: an unknown option, a value of the wrong type, a value out of range, a
/// required option left out.
/// </summary>
public static class StageOptionsBinder
{
    public static T Bind<T>(string stage, IReadOnlyDictionary<string, string> values, StageOptionsOrigin? origin = null)
        where T : class, new() =>
        (T)Bind(typeof(T), stage, values, origin);

    public static object Bind(Type type, string stage, IReadOnlyDictionary<string, string> values, StageOptionsOrigin? origin = null)
    {
        origin ??= StageOptionsOrigin.Code;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        var options = Activator.CreateInstance(type)!;
        foreach (var (key, value) in values)
        {
            var property = properties.FirstOrDefault(p => p.Name.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw origin.Error(key, properties.Length == 0
                    ? $"stage {stage} takes no options (found '{key}')"
                    : $"unknown option '{key}' for stage {stage} ({string.Join(", ", properties.Select(OptionName))})");
            try
            {
                // One key at a time, so a conversion failure is known to be this option's, on this option's line.
                new ConfigurationBuilder().AddInMemoryCollection([new(property.Name, value)]).Build().Bind(options);
            }
            catch (InvalidOperationException)
            {
                throw origin.Error(key, $"stage {stage} option {OptionName(property)}: '{value}' is not {Expected(property.PropertyType)}");
            }
        }
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var first = results[0];
            var member = first.MemberNames.FirstOrDefault();
            var written = member is null ? null : values.Keys.FirstOrDefault(k => k.Equals(member, StringComparison.OrdinalIgnoreCase));
            var name = member is null ? "" : $" option {OptionName(member)}";
            throw origin.Error(written, $"stage {stage}{name}: {first.ErrorMessage}");
        }
        return options;
    }

    /// <summary>The option names a stage takes, as a pipeline file writes them.</summary>
    public static IReadOnlyList<string> Names(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(OptionName).ToArray();

    private static string OptionName(PropertyInfo property) => OptionName(property.Name);

    // Pipeline files are camelCase (modelPath, maxConcurrency); the binder itself ignores case.
    private static string OptionName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(bool) ? "true or false"
            : type == typeof(int) || type == typeof(long) ? "a whole number"
            : type == typeof(double) || type == typeof(decimal) ? "a number"
            : $"a {type.Name}";
    }
}
