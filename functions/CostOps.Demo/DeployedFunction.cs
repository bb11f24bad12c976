using System.Text;

namespace CostOps.Demo;

/// <summary>
/// One CostOps function as Lambda runs it: the real entry point (<c>Function.HandleAsync(Stream)</c>), composed once
/// from its environment variables, its JSON log lines captured. The virtual clock stands still during an invocation:
/// the simulated fleet is small enough that no call waits for a rate limit or a backoff.
/// </summary>
internal sealed class DeployedFunction(string name, Func<Stream, Task<Stream>> handle, StringWriter output)
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);
    private int _read;

    public string Name { get; } = name;

    public int Invocations { get; private set; }

    public int Failures { get; private set; }

    /// <summary>Invokes the function with one event; returns the log lines it wrote and the error if it failed.</summary>
    public async Task<(IReadOnlyList<string> Lines, string? Error)> InvokeAsync(string eventJson)
    {
        Invocations++;
        string? error = null;
        try
        {
            // The real-time limit only ends an invocation that waits on the virtual clock, which nothing moves meanwhile.
            var result = await handle(new MemoryStream(Encoding.UTF8.GetBytes(eventJson))).WaitAsync(HangLimit).ConfigureAwait(false);
            await result.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed invocation is reported in the timeline, as Lambda would count it
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Failures++;
            error = ex.Message;
        }

        var text = output.ToString();
        var lines = text[_read..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        _read = text.Length;
        return (lines, error);
    }
}
