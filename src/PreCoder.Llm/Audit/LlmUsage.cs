using System.Globalization;
using PreCoder.Llm.Chat;

namespace PreCoder.Llm.Audit;

/// <summary>Tokens, calls and estimated cost of one run (cached answers cost nothing), for the run summary.</summary>
public sealed class LlmUsage(decimal inputCostPerMillion, decimal outputCostPerMillion)
{
    private long _calls;
    private long _cached;
    private long _failed;
    private long _input;
    private long _output;

    public long Calls => Interlocked.Read(ref _calls);

    public long CachedCalls => Interlocked.Read(ref _cached);

    public long FailedCalls => Interlocked.Read(ref _failed);

    public long InputTokens => Interlocked.Read(ref _input);

    public long OutputTokens => Interlocked.Read(ref _output);

    public decimal EstimatedCost => (InputTokens * inputCostPerMillion + OutputTokens * outputCostPerMillion) / 1_000_000m;

    public void Add(LlmReply reply)
    {
        if (reply.Cached)
        {
            Interlocked.Increment(ref _cached);
            return;
        }
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _input, reply.InputTokens);
        Interlocked.Add(ref _output, reply.OutputTokens);
    }

    public void AddFailure() => Interlocked.Increment(ref _failed);

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"llm: {Calls} calls ({CachedCalls} answered from the cache, {FailedCalls} failed), {InputTokens} input + {OutputTokens} output tokens, estimated cost {EstimatedCost:0.####}");
}
