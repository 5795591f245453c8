using SharedWarehouse.Modules.Printing.Domain;

namespace SharedWarehouse.UnitTests.Printing;

public sealed class PrintRetryPolicyTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(40, 300)]
    public void The_delay_doubles_per_attempt_up_to_the_cap(int attempts, int seconds) =>
        PrintRetryPolicy.DelayAfter(attempts, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void The_last_allowed_attempt_fails_the_job_for_good()
    {
        PrintRetryPolicy.StatusAfterFailure(2, 3).ShouldBe(PrintJobStatus.Retrying);
        PrintRetryPolicy.StatusAfterFailure(3, 3).ShouldBe(PrintJobStatus.Failed);
    }

    [Fact]
    public void A_reprint_copies_the_bytes_under_a_key_of_its_own()
    {
        var job = PrintJob.Queue(Guid.NewGuid(), "pick:1", "L1", "SO1", "{}", 58, [1, 2, 3], new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        var copy = job.Reprint(new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc));
        copy.Id.ShouldNotBe(job.Id);
        copy.Payload.ShouldBe(job.Payload);
        copy.ReprintOfId.ShouldBe(job.Id);
        copy.IdempotencyKey.ShouldBe($"reprint:{copy.Id:N}");
        copy.Status.ShouldBe(PrintJobStatus.Queued);
    }
}
