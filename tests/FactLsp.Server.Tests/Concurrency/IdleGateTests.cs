using FactLsp.Server.Concurrency;

namespace FactLsp.Server.Tests.Concurrency;

public class IdleGateTests
{
    // Long enough never to be what ends a wait in these tests: only the gate's own state decides.
    private static readonly TimeSpan Forever = Timeout.InfiniteTimeSpan;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_new_gate_is_idle()
    {
        var gate = new IdleGate();
        Assert.Equal(0, gate.Open);
        await gate.WhenIdleAsync(Forever, CancellationToken.None).WaitAsync(Guard);
    }

    [Fact]
    public async Task It_is_busy_while_runs_are_open_and_idle_after_the_last_ends()
    {
        var gate = new IdleGate();
        gate.Enter();
        gate.Enter();
        Assert.Equal(2, gate.Open);
        var waiting = gate.WhenIdleAsync(Forever, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        gate.Exit();
        Assert.Equal(1, gate.Open);
        Assert.False(waiting.IsCompleted);
        Assert.False(gate.WhenIdleAsync(Forever, CancellationToken.None).IsCompleted);

        gate.Exit();
        Assert.Equal(0, gate.Open);
        await waiting.WaitAsync(Guard);
        await gate.WhenIdleAsync(Forever, CancellationToken.None).WaitAsync(Guard);
    }

    [Fact]
    public async Task It_is_busy_again_when_a_run_begins_after_idle()
    {
        var gate = new IdleGate();
        gate.Enter();
        gate.Exit();
        gate.Enter();
        var waiting = gate.WhenIdleAsync(Forever, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        gate.Exit();
        await waiting.WaitAsync(Guard);
    }

    [Fact]
    public async Task Patience_running_out_ends_the_wait_without_an_error()
    {
        var gate = new IdleGate();
        gate.Enter();
        await gate.WhenIdleAsync(TimeSpan.Zero, CancellationToken.None).WaitAsync(Guard);
        Assert.Equal(1, gate.Open);
    }

    [Fact]
    public async Task Cancellation_ends_the_wait_as_cancelled()
    {
        var gate = new IdleGate();
        gate.Enter();
        using var cancelled = new CancellationTokenSource();
        var waiting = gate.WhenIdleAsync(Forever, cancelled.Token);
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Guard));
    }

    [Fact]
    public void Ending_a_run_that_never_began_is_refused()
    {
        var gate = new IdleGate();
        Assert.Throws<InvalidOperationException>(gate.Exit);
        Assert.Equal(0, gate.Open);
    }
}
