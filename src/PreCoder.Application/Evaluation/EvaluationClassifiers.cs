using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Application.Evaluation;

/// <summary>
/// The classifiers one evaluation compares, built once per run: the study's passages are embedded (or read from the
/// cache) once and every fold's classifier reuses them.
/// </summary>
internal sealed class EvaluationClassifiers
{
    private EvaluationClassifiers(ClassifierEvaluator.ClassifierFactory main, ClassifierEvaluator.ClassifierFactory? zeroShotBaseline, ClassifierEvaluator.ClassifierFactory trained, ClassifierEvaluator.ClassifierFactory zeroShot, Func<InterviewCase, string, string?> nearestSentence, PreCoder.Llm.Coding.LlmClassifier? llm)
    {
        Main = main;
        ZeroShotBaseline = zeroShotBaseline;
        Trained = trained;
        ZeroShot = zeroShot;
        NearestSentence = nearestSentence;
        Llm = llm;
    }

    /// <summary>The classifier being evaluated.</summary>
    public ClassifierEvaluator.ClassifierFactory Main { get; }

    /// <summary>The zero-shot baseline beside it; null when the zero-shot classifier is the one evaluated.</summary>
    public ClassifierEvaluator.ClassifierFactory? ZeroShotBaseline { get; }

    public ClassifierEvaluator.ClassifierFactory Trained { get; }

    public ClassifierEvaluator.ClassifierFactory ZeroShot { get; }

    /// <summary>The zero-shot evidence baseline: the interview's sentence nearest the variable's description.</summary>
    public Func<InterviewCase, string, string?> NearestSentence { get; }

    public PreCoder.Llm.Coding.LlmClassifier? Llm { get; }

    public static async Task<EvaluationClassifiers> CreateAsync(StudySession session, StudyCases study, string classifier, string coder, CancellationToken cancellationToken)
    {
        // Settings and the privacy guard fail before anything is embedded.
        var llmConnection = classifier == LlmClassifierFactory.Name ? LlmSetup.Connect(session) : null;
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var options = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        ClassifierEvaluator.ClassifierFactory zeroShot = (_, _, _) => embedded;
        ClassifierEvaluator.ClassifierFactory trained = (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, coder, options, rejected: study.Rejected, cancellationToken: ct);
        var llm = llmConnection is null ? null : LlmClassifierFactory.Create(session, study.Codebook, study.Passages, embedded, llmConnection);
        var main = classifier switch
        {
            ClassifierFactory.Trained => trained,
            LlmClassifierFactory.Name => (_, _, _) => llm!,
            _ => zeroShot,
        };
        return new EvaluationClassifiers(main, classifier == ClassifierFactory.Embedded ? null : zeroShot, trained, zeroShot, NearestSentenceOf(embedded), llm);
    }

    /// <summary>The last interview's reading is kept, since codes come interview by interview.</summary>
    private static Func<InterviewCase, string, string?> NearestSentenceOf(EmbeddedClassifier embedded)
    {
        (string Id, InterviewAnalysis Analysis)? last = null;
        return (interview, variable) =>
        {
            lock (embedded)
            {
                if (last?.Id != interview.InterviewId)
                {
                    last = (interview.InterviewId, embedded.Analyse(interview, CancellationToken.None));
                }
                return last.Value.Analysis.Mentions.TryGetValue(variable, out var m) && m.Ranked.Count > 0 ? m.Ranked[0].Text : null;
            }
        };
    }
}
