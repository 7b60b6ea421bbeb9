using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.ZeroShot;

/// <summary>
/// The similarity matrix and the scoring that reads it give exactly what comparing each span with each prototype one
/// at a time gives (<see cref="PairwiseScoring"/>), including ties, speaker roles and passages out of reading order.
/// </summary>
public class SimilarityMatrixTests
{
    private const int Dimension = 384;

    private static readonly ZeroShotOptions Options = new();

    /// <summary>Random unit vectors, some spans repeated (exact ties in z), an interviewer turn, passages shuffled.</summary>
    private static (PrototypeSet Prototypes, SimilarityReference Reference, PassageVectors[] Passages) Study(int seed)
    {
        var random = new Random(seed);
        float[] Vector()
        {
            var v = Enumerable.Range(0, Dimension).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            VectorMath.NormalizeInPlace(v);
            return v;
        }
        var variables = SyntheticStudy.Codebook.Variables;
        var roles = new[] { RoleFilter.Interviewee, RoleFilter.Any, RoleFilter.Interviewer, RoleFilter.Interviewee };
        var byId = new Dictionary<string, VariablePrototype>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            var positives = Enumerable.Range(0, 1 + (i * 2)).Select(_ => Vector()).ToArray();
            byId[variables[i].Id] = new VariablePrototype(variables[i] with { Role = roles[i % roles.Length] }, positives, i % 2 == 0 ? Vector() : null);
        }
        var repeated = Vector();
        var passages = new List<PassageVectors>();
        for (var index = 0; index < 30; index++)
        {
            var role = index % 7 == 3 ? SpeakerRole.Interviewer : SpeakerRole.Interviewee;
            var spans = Enumerable.Range(0, 1 + (index % 3)).Select(k => new EmbeddedSpan(k * 10, 5, index % 5 == 0 ? repeated : Vector())).ToArray();
            var passage = new Passage { Id = $"p{index:D4}", InterviewId = "i1", Index = index, SegmentIds = [], Role = role, Text = new string('x', 40) };
            passages.Add(new PassageVectors(passage, false, spans));
        }
        var shuffled = passages.OrderBy(_ => random.Next()).ToArray();
        var prototypes = new PrototypeSet(byId);
        return (prototypes, SimilarityReference.Build(prototypes, shuffled), shuffled);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Build_EveryCell_IsThePrototypeSimilarityOfThatSpan(int seed)
    {
        var (prototypes, reference, passages) = Study(seed);

        var matrix = SimilarityMatrix.Build(prototypes.Columns, reference, passages);

        var spans = passages.SelectMany(p => p.Spans.Select(s => (Passage: p, Span: s))).ToArray();
        Assert.Equal(spans.Length, matrix.RowCount);
        for (var row = 0; row < spans.Length; row++)
        {
            Assert.Same(spans[row].Span, matrix.SpanOf(row));
            for (var column = 0; column < prototypes.Columns.Count; column++)
            {
                var prototype = prototypes.Columns[column];
                var reads = RoleMatch.Accepts(prototype.Variable.Role, spans[row].Passage.Passage.Role);
                Assert.Equal(reads, matrix.Reads(row, column));
                if (reads)
                {
                    var similarity = prototype.Similarity(spans[row].Span.Vector);
                    Assert.Equal(similarity, matrix.Similarity(row, column));
                    Assert.Equal(reference.Z(prototype.Variable.Id, similarity), matrix.Z(row, column));
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Analyse_EveryVariable_RanksAndFiltersAsPairwiseScoring(int seed)
    {
        var (prototypes, reference, passages) = Study(seed);
        var matrix = SimilarityMatrix.Build(prototypes.Columns, reference, passages);
        var competition = SpanCompetition.Build(matrix);
        var bestZ = PairwiseScoring.BestZ(prototypes, reference, passages);

        foreach (var (id, column) in prototypes.ColumnById)
        {
            var (ranked, own) = PairwiseScoring.Rank(prototypes.ById[id], reference, passages, bestZ, Options.CompetitionMargin);

            var mentions = VariableMentions.Analyse(matrix, column, Options, competition);

            Assert.Equal(ranked.Select(Key), mentions.Ranked.Select(Key));
            Assert.Equal(own.Length > 0 ? own[0].Z : double.NegativeInfinity, mentions.BestZ);
            Assert.Equal(VariableMentions.ChanceMaximum(ranked.Length) + Options.PresenceMargin, mentions.Bar);
        }
    }

    [Fact]
    public void Analyse_SingleVariable_RanksAsPairwiseScoringWithoutCompetition()
    {
        var (prototypes, reference, passages) = Study(4);
        var prototype = prototypes.Columns[0];
        var noCompetition = new Dictionary<EmbeddedSpan, double>(ReferenceEqualityComparer.Instance);
        foreach (var span in passages.SelectMany(p => p.Spans))
        {
            noCompetition[span] = double.NegativeInfinity;
        }
        var (ranked, own) = PairwiseScoring.Rank(prototype, reference, passages, noCompetition, Options.CompetitionMargin);

        var mentions = VariableMentions.Analyse(prototype, reference, passages, Options);

        Assert.Equal(ranked.Select(Key), mentions.Ranked.Select(Key));
        Assert.Equal(own[0].Z, mentions.BestZ);
    }

    [Fact]
    public void Similarity_AgreesWithLibraryDotProductUpToFloatRounding()
    {
        var (prototypes, _, passages) = Study(5);

        foreach (var prototype in prototypes.Columns)
        {
            foreach (var span in passages.SelectMany(p => p.Spans))
            {
                var best = prototype.Positives.Max(p => (double)VectorMath.Dot(span.Vector, p));
                var expected = prototype.Negative is null ? best : best - Math.Max(0, VectorMath.Dot(span.Vector, prototype.Negative) - best);
                Assert.Equal(expected, prototype.Similarity(span.Vector), 1e-6);
            }
        }
    }

    private static string Key(ScoredSpan s) => $"{s.Passage.Passage.Id}:{s.Span.Start}:{s.Similarity:R}:{s.Z:R}";
}
