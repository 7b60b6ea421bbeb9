using PreCoder.Core.Errors;

namespace PreCoder.Application.Team;

/// <summary>
/// Splits a distributed pipeline into alternating study-wide and per-file segments and checks the order a batch can
/// keep: the first per-file segment starts with a stage that reads files (its files are the batch's), and later
/// per-file segments work on the interviews those files became, so they cannot read files of their own.
/// </summary>
internal static class BatchSegments
{
    public static IReadOnlyList<BatchSegment> Split(string pipeline, IReadOnlyList<PlannedStage> stages)
    {
        var segments = new List<BatchSegment>();
        var sawFiles = false;
        for (var i = 0; i < stages.Count;)
        {
            var studyWide = stages[i].Scope == StageScope.Study;
            var run = stages.Skip(i).TakeWhile(s => (s.Scope == StageScope.Study) == studyWide).ToArray();
            if (!studyWide)
            {
                var reader = sawFiles ? run.FirstOrDefault(s => s.Scope == StageScope.File) : null;
                if (!sawFiles && run[0].Scope != StageScope.File)
                {
                    throw new InputException(pipeline, run[0].Step.Line,
                        $"stage {run[0].Stage.Name} works per interview; a distributed run's per-file part must start with a stage that reads files (import, transcribe)");
                }
                if (reader is not null)
                {
                    throw new InputException(pipeline, reader.Step.Line,
                        $"stage {reader.Stage.Name} reads files, but after a study-wide stage a distributed batch works on the interviews its first per-file stages made; read these files in a pipeline of its own");
                }
            }
            // Study-wide stages after per-file ones need every file's chain finished first.
            segments.Add(new BatchSegment(studyWide, run, Gated: studyWide && sawFiles));
            sawFiles |= !studyWide;
            i += run.Length;
        }
        return segments;
    }
}
