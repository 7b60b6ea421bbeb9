using System.Text.Json;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary>A work item's stage input as the pipeline file and <c>--input</c> gave it when the batch was enqueued.</summary>
internal static class WorkItemInputs
{
    public static StageInput Of(WorkItem work)
    {
        var options = JsonSerializer.Deserialize<Dictionary<string, string>>(work.Options) ?? [];
        return new StageInput(JsonSerializer.Deserialize<string[]>(work.Inputs) ?? [], new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase));
    }
}
