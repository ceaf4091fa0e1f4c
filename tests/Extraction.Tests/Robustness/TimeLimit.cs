namespace Extraction.Tests.Robustness;

/// <summary>
/// Runs work on the thread pool and fails the test when it does not finish in time, so that a hang (a
/// catastrophic regex, an infinite loop on odd input) fails CI instead of blocking it.
/// </summary>
internal static class TimeLimit
{
    /// <summary>Default safety limit for one extraction of pathological input: generous, far above normal cost.</summary>
    public static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(30);

    /// <summary>Returns <paramref name="work"/>'s value, rethrows its exception, or fails after <paramref name="limit"/>.</summary>
    public static T Run<T>(Func<T> work, TimeSpan limit, string what)
    {
        var task = Task.Run(work);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(limit))
            Assert.Fail($"{what}: still running after {limit.TotalSeconds:N0} s (hang or non-linear cost)");
        return task.GetAwaiter().GetResult();
    }
}
