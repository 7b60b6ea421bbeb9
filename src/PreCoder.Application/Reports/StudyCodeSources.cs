using PreCoder.Core.Errors;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Reports;

/// <summary>Resolves <c>--coder NAME|consensus|machine:NAME</c> to the study's codes (default: the first human coder).</summary>
public static class StudyCodeSources
{
    public static async Task<CodeSource> LoadAsync(StudyReader reader, StudyCodebook codebook, string? coder, IProgress<string> notes, CancellationToken cancellationToken)
    {
        var loader = new StudyRatingsLoader(reader, codebook);
        var humans = await loader.HumanCoderIdsAsync(cancellationToken);
        var exporter = new CodesExporter(reader, codebook);
        if (coder is not null && coder.Equals(CodeSource.ConsensusName, StringComparison.OrdinalIgnoreCase))
        {
            if (humans.Count < 2 && !humans.Contains(CodeSource.ConsensusName, StringComparer.OrdinalIgnoreCase))
            {
                throw new InputException("--coder", null, $"a consensus needs at least two human coders; the study has {humans.Count}");
            }
            return CodeSource.Consensus(humans, await exporter.CollectAsync(null, cancellationToken));
        }
        var name = coder ?? humans.FirstOrDefault()
            ?? throw new InputException("--coder", null, "the study has no human coder; name one with --coder");
        var machine = await MachineCoders.IsMachineAsync(reader, name, cancellationToken);
        if (!machine && !humans.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new InputException("--coder", null, $"no coder '{name}' (human coders: {string.Join(", ", humans)}; also consensus, machine:NAME)");
        }
        var source = CodeSource.OfCoder(name, await exporter.CollectAsync(name, cancellationToken), machine);
        if (source.Scores.Count == 0)
        {
            notes.Report($"warning: no codes for coder '{name}'");
        }
        return source;
    }
}
