namespace CostOps.Core.Tests.Scheduler;

/// <summary>Simulates the process dying: once armed, the first <c>allowed</c> mutating calls go through, every later one throws.</summary>
internal sealed class CallGate
{
    private readonly Lock _gate = new();
    private int _allowed = int.MaxValue;

    public int Passed { get; private set; }

    public void Arm(int allowed)
    {
        lock (_gate)
        {
            _allowed = allowed;
            Passed = 0;
        }
    }

    public void Disarm() => Arm(int.MaxValue);

    public void Enter(string call)
    {
        lock (_gate)
        {
            if (Passed >= _allowed)
            {
                throw new SimulatedCrashException(call);
            }

            Passed++;
        }
    }
}

internal sealed class SimulatedCrashException(string call) : Exception($"process died before {call}");
