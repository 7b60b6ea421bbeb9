using System.Runtime.ExceptionServices;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// Encodes texts in batches of similar length. An encoder pads every text of a batch to the longest one, so in arrival
/// order a large share of the tokens are padding; sorting by length first removes most of that waste.
/// </summary>
public static class LengthBatcher
{
    /// <param name="parallelism">
    /// Batches encoded at once, each on a thread of its own. Several single-threaded runs of one ONNX Runtime session
    /// keep the cores busier than one run spread over them: a sentence-sized matrix is too small to split well
    /// (measured 18% faster on 2 cores). The encoder must accept concurrent calls when this is above 1.
    /// </param>
    public static float[][] Encode(ITextEncoder encoder, IReadOnlyList<string> texts, int batchSize, CancellationToken cancellationToken, int parallelism = 1)
    {
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var result = new float[texts.Count][];
        var batches = (order.Length + batchSize - 1) / batchSize;

        void EncodeBatch(int b)
        {
            // Longest batches first, so no thread is left with one long batch at the end while the others idle.
            var start = (batches - 1 - b) * batchSize;
            var end = Math.Min(order.Length, start + batchSize);
            var batch = new string[end - start];
            for (var k = start; k < end; k++)
            {
                batch[k - start] = texts[order[k]];
            }
            var vectors = encoder.Encode(batch, cancellationToken);
            for (var k = start; k < end; k++)
            {
                result[order[k]] = vectors[k - start];
            }
        }

        var next = -1;
        void Work()
        {
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                EncodeBatch(b);
            }
        }

        var threads = Math.Clamp(parallelism, 1, Math.Max(1, batches));
        if (threads == 1)
        {
            Work();
            return result;
        }
        // Dedicated threads rather than the thread pool: the work is long and CPU-bound, and a busy pool would quietly
        // run the batches one after another.
        var workers = Enumerable.Range(0, threads)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0]).Throw();
        }
        return result;
    }
}
