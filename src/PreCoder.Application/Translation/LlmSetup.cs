using Microsoft.Extensions.Configuration;
using PreCoder.Core.Codebooks;
using PreCoder.Llm;
using PreCoder.Llm.Configuration;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Translation;

/// <summary>Opens the study's connection to its language model from the <c>Llm</c> and <c>Study</c> settings.</summary>
public static class LlmSetup
{
    public static LlmConnection Connect(StudySession session) => LlmConnection.Open(
        session.Configuration.Bind<LlmOptions>(LlmOptions.Section),
        session.Folder.Path,
        StudyAllowsNetwork(session),
        time: session.Time,
        logger: session.Logger<LlmConnection>());

    /// <summary>
    /// <c>Study:AllowNetwork</c> as the study's own appsettings.json says. Sending transcripts off the machine is a
    /// decision about the study, so it must be recorded with the study: a --set or an environment variable that
    /// happens to be around for one run does not open the door.
    /// </summary>
    public static bool StudyAllowsNetwork(StudySession session) =>
        new ConfigurationBuilder().AddJsonFile(session.Folder.SettingsFile, optional: true).Build()
            .Bind<StudyOptions>(StudyOptions.Section).AllowNetwork;

    /// <summary>The codebook's own words: the study's subject (Syria, ISIS), never masked as names.</summary>
    public static IEnumerable<string> Vocabulary(Codebook? codebook) => codebook is null
        ? []
        : codebook.Categories.Select(c => $"{c.Name} {c.Description}")
            .Concat(codebook.Variables.SelectMany(v => new[] { v.Name, v.Definition, v.Inclusion ?? "", v.Exclusion ?? "", v.Importance ?? "" }.Concat(v.Indicators)));
}
