using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Extraction.Sample;

/// <summary>
/// Reading, processing and writing overlapped, output in input order: a reader thread enumerates the jobs, worker
/// threads process them, and the calling thread hands each output to the writer as soon as it and every earlier one
/// are done. At most <c>window</c> jobs (and, beyond the first, <c>maxCost</c> of their cost) are in flight, so memory
/// stays bounded however long the input.
/// </summary>
/// <typeparam name="TJob">A unit of work.</typeparam>
/// <typeparam name="TOutput">What processing gives, written in input order.</typeparam>
internal sealed class OrderedPipeline<TJob, TOutput>
{
    private readonly int _workers;
    private readonly int _window;
    private readonly long _maxCost;
    private readonly Func<TJob, long> _cost;
    private readonly Func<TJob, TOutput> _process;
    private readonly object _budget = new();
    private long _inFlightCost;

    /// <param name="workers">Threads processing jobs.</param>
    /// <param name="window">Jobs read but not yet written, at most.</param>
    /// <param name="maxCost">Total cost of the jobs in flight, at most (one job is always let through).</param>
    /// <param name="cost">The cost of a job (characters of text).</param>
    /// <param name="process">Processes one job; must not throw (report failures in the output).</param>
    public OrderedPipeline(int workers, int window, long maxCost, Func<TJob, long> cost, Func<TJob, TOutput> process)
    {
        _workers = workers;
        _window = Math.Max(window, workers);
        _maxCost = maxCost;
        _cost = cost;
        _process = process;
    }

    /// <summary>One job and, once processed, its output.</summary>
    private sealed class Item(TJob job, long cost)
    {
        public TJob Job { get; } = job;
        public long Cost { get; } = cost;
        public TOutput Output { get; set; } = default!;
        public ManualResetEventSlim Done { get; } = new(false);
    }

    /// <summary>
    /// Runs every job; <paramref name="write"/> gets the outputs in input order on the calling thread, and
    /// <paramref name="idle"/> runs each time that thread is about to wait (flush what was written).
    /// </summary>
    public void Run(IEnumerable<TJob> jobs, Action<TOutput> write, Action idle)
    {
        using var order = new BlockingCollection<Item>(_window);
        using var work = new BlockingCollection<Item>();
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readFailure = null;

        var reader = new Thread(() =>
        {
            try
            {
                foreach (var job in jobs)
                {
                    var item = new Item(job, _cost(job));
                    Reserve(item.Cost, stop.Token);
                    order.Add(item, stop.Token);
                    work.Add(item, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                readFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                order.CompleteAdding();
                work.CompleteAdding();
            }
        }) { IsBackground = true, Name = "extract reader" };

        var workers = new Thread[_workers];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() =>
            {
                foreach (var item in work.GetConsumingEnumerable())
                {
                    item.Output = _process(item.Job);
                    item.Done.Set();
                }
            }) { IsBackground = true, Name = "extract worker" };
            workers[i].Start();
        }
        reader.Start();

        try
        {
            while (true)
            {
                if (!order.TryTake(out var item))
                {
                    idle();
                    if (!order.TryTake(out item, Timeout.Infinite)) break;
                }
                if (!item.Done.IsSet)
                {
                    idle();
                    item.Done.Wait();
                }
                item.Done.Dispose();
                write(item.Output);
                Release(item.Cost);
            }
        }
        finally
        {
            // A failing writer stops the reader; the workers drain what was queued and end.
            stop.Cancel();
            lock (_budget) Monitor.PulseAll(_budget);
            reader.Join();
            foreach (var worker in workers) worker.Join();
        }
        readFailure?.Throw();
    }

    /// <summary>Waits until <paramref name="cost"/> fits in the budget (always, when nothing is in flight).</summary>
    private void Reserve(long cost, CancellationToken token)
    {
        lock (_budget)
        {
            while (_inFlightCost > 0 && _inFlightCost + cost > _maxCost)
            {
                token.ThrowIfCancellationRequested();
                Monitor.Wait(_budget);
            }
            token.ThrowIfCancellationRequested();
            _inFlightCost += cost;
        }
    }

    private void Release(long cost)
    {
        lock (_budget)
        {
            _inFlightCost -= cost;
            Monitor.PulseAll(_budget);
        }
    }
}
