using System.Runtime.CompilerServices;
using Extraction.Records;

namespace Extraction;

public sealed partial class FrenchNewsExtractor
{
    /// <summary>
    /// Extracts records from many documents in parallel and streams the results back in input order.
    /// </summary>
    /// <param name="documents">The documents, read lazily: at most <see cref="BatchOptions.MaxBufferedDocuments"/> are held at once.</param>
    /// <param name="options">Parallelism, buffering and default extraction options; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading input and starting new documents; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// One <see cref="BatchResult"/> per input document, in input order. A document that fails (too long, null text…)
    /// yields a result whose <see cref="BatchResult.Error"/> is set; the batch goes on.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds an invalid value.</exception>
    /// <remarks>
    /// The output is the same as calling <see cref="Extract"/> on each document in turn, whatever the degree of
    /// parallelism. Leaving the enumeration early stops the remaining work.
    /// </remarks>
    public IAsyncEnumerable<BatchResult> ExtractManyAsync(
        IAsyncEnumerable<BatchDocument> documents,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= BatchOptions.Default;
        options.Validate();
        return RunBatchAsync(documents, options, cancellationToken);
    }

    /// <summary>
    /// Extracts records from many documents in parallel and streams the results back in input order.
    /// </summary>
    /// <param name="documents">The documents, enumerated lazily on a worker thread (never more than
    /// <see cref="BatchOptions.MaxBufferedDocuments"/> ahead of the consumer).</param>
    /// <param name="options">Parallelism, buffering and default extraction options; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading input and starting new documents; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One <see cref="BatchResult"/> per input document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds an invalid value.</exception>
    public IAsyncEnumerable<BatchResult> ExtractManyAsync(
        IEnumerable<BatchDocument> documents,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ExtractManyAsync(AsAsync(documents), options, cancellationToken);
    }

    private static async IAsyncEnumerable<BatchDocument> AsAsync(IEnumerable<BatchDocument> documents)
    {
        // Yield first so that a slow source (a file reader) is enumerated off the caller's context.
        await Task.Yield();
        foreach (var document in documents) yield return document;
    }

    private async IAsyncEnumerable<BatchResult> RunBatchAsync(
        IAsyncEnumerable<BatchDocument> documents,
        BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parallelism = options.EffectiveParallelism;
        var window = Math.Max(options.EffectiveBuffer, parallelism);
        // The scheduler caps how many documents run at once; the window of started tasks caps memory and keeps order:
        // results leave strictly in input order while later documents are already being processed.
        var schedulers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<BatchResult>>(window);
        try
        {
            var index = 0;
            await foreach (var document in documents.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                inFlight.Enqueue(Start(document, index++, options.Extraction, schedulers.ConcurrentScheduler, stop.Token));
                if (inFlight.Count >= window)
                    yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
            while (inFlight.Count > 0)
                yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
        finally
        {
            // Early exit, cancellation or a failing source: stop what has not started and let the rest finish
            // before returning, so no extraction outlives the enumeration.
            stop.Cancel();
            while (inFlight.Count > 0)
            {
                try { await inFlight.Dequeue().ConfigureAwait(false); }
                catch (OperationCanceledException) { }
            }
            schedulers.Complete();
        }
    }

    private Task<BatchResult> Start(BatchDocument? document, int index, ExtractionOptions? defaults, TaskScheduler scheduler, CancellationToken token) =>
        Task.Factory.StartNew(
            () =>
            {
                token.ThrowIfCancellationRequested();
                if (document is null)
                    return new BatchResult(index, string.Empty, null, new ArgumentNullException(nameof(document), $"Document {index} of the batch is null."));
                try
                {
                    return new BatchResult(index, document.Id, Extract(document.Text, document.Options ?? defaults), null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One bad document must not end a batch of thousands: report it in place.
                    return new BatchResult(index, document.Id, null, e);
                }
            },
            token,
            TaskCreationOptions.DenyChildAttach,
            scheduler);
}

/// <summary>One input of <see cref="FrenchNewsExtractor.ExtractManyAsync(IAsyncEnumerable{BatchDocument}, BatchOptions?, CancellationToken)"/>.</summary>
/// <param name="Id">The caller's identifier, copied to the result (a file name, a database key…).</param>
/// <param name="Text">The article text, as for <see cref="FrenchNewsExtractor.Extract"/>.</param>
/// <param name="Options">Options for this document (its reference date, say); null uses <see cref="BatchOptions.Extraction"/>.</param>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed record BatchDocument(string Id, string Text, ExtractionOptions? Options = null);

/// <summary>The outcome of one document of a batch: a result or an error, never both.</summary>
/// <param name="Index">Zero-based position of the document in the input.</param>
/// <param name="Id">The document's <see cref="BatchDocument.Id"/> (empty when the document itself was null).</param>
/// <param name="Result">The extracted records, or null when the document failed.</param>
/// <param name="Error">Why the document failed (<see cref="ArgumentException"/> for oversized input…), or null.</param>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed record BatchResult(int Index, string Id, ExtractionResult? Result, Exception? Error)
{
    /// <summary>True when the document was processed without error.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>Options of <see cref="FrenchNewsExtractor.ExtractManyAsync(IAsyncEnumerable{BatchDocument}, BatchOptions?, CancellationToken)"/>.</summary>
/// <remarks>Immutable; safe to share across threads. Values are validated when a batch starts.</remarks>
public sealed record BatchOptions
{
    /// <summary>
    /// How many documents are processed at once. 0 (the default) means <see cref="Environment.ProcessorCount"/>;
    /// negative values are rejected.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// How many documents may be read ahead of the consumer (being processed or waiting to be returned in order).
    /// 0 (the default) means four times the degree of parallelism; a value below the degree of parallelism is raised to it.
    /// </summary>
    public int MaxBufferedDocuments { get; init; }

    /// <summary>Extraction options for documents that carry none; null means <see cref="ExtractionOptions.Default"/>.</summary>
    public ExtractionOptions? Extraction { get; init; }

    /// <summary>The options used when none are given.</summary>
    public static BatchOptions Default { get; } = new();

    internal int EffectiveParallelism => MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : MaxDegreeOfParallelism;

    internal int EffectiveBuffer => MaxBufferedDocuments == 0 ? 4 * EffectiveParallelism : MaxBufferedDocuments;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 0)
            throw new ArgumentException($"MaxDegreeOfParallelism must be 0 (one per processor) or positive, not {MaxDegreeOfParallelism}.", "options");
        if (MaxBufferedDocuments < 0)
            throw new ArgumentException($"MaxBufferedDocuments must be 0 (automatic) or positive, not {MaxBufferedDocuments}.", "options");
    }
}
