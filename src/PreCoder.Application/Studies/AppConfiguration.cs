using Microsoft.Extensions.Configuration;

namespace PreCoder.Application.Studies;

/// <summary>
/// Layers configuration the .NET way, later sources winning: the tool's appsettings.json, the study's
/// appsettings.json, PRECODER_-prefixed environment variables, then --set overrides on the command line.
/// </summary>
public static class AppConfiguration
{
    public static IConfigurationRoot Build(string studyPath, IEnumerable<string> overrides)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(studyPath, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("PRECODER_");
        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in overrides)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0)
            {
                throw new Core.Errors.InputException("--set", null, $"'{item}' is not KEY=VALUE (e.g. --set Passages:TargetWords=80)");
            }
            pairs[item[..eq].Trim()] = item[(eq + 1)..];
        }
        builder.AddInMemoryCollection(pairs);
        return builder.Build();
    }

    /// <summary>Binds a section to an options object; unknown values fail here, at start, not mid-run.</summary>
    public static T Bind<T>(this IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new Core.Errors.InputException("configuration", null, $"section {section}: {ex.Message}");
        }
        return options;
    }
}
