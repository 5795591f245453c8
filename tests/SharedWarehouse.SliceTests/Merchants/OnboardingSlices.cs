using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Queries;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Notifications.Data;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Merchants;

public abstract class OnboardingSlices(AppFixture app)
{
    private Task<int> ApplicationCount() => app.QueryAsync<MerchantsDbContext, int>(db => db.Applications.CountAsync());

    [Fact]
    public async Task A_submitted_application_waits_in_the_review_queue()
    {
        var applicant = await app.BuyerAsync();
        var saved = await app.SendAsync(Given.Application(applicant));

        saved.Errors.ShouldBeEmpty();
        var queue = await app.SendAsync(new ListApplications(null, AwaitingReview: true, "330000", PageSize: 100));
        queue.Items.ShouldContain(r => r.Id == saved.Value && r.Status == ApplicationStatus.Submitted);
    }

    [Fact]
    public async Task Approval_opens_the_shop_makes_the_applicant_owner_and_tells_them_once()
    {
        var applicant = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;

        var approved = await app.SendAsync(new ApproveApplication(reviewer, id));
        approved.Errors.ShouldBeEmpty();
        await app.DispatchEventsAsync();
        await app.DispatchEventsAsync(); // a second run (another node, a retry) must change nothing

        (await app.QueryAsync<MerchantsDbContext, int>(db => db.Shops.CountAsync(s => s.OwnerId == applicant))).ShouldBe(1);
        var isOwner = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsInRoleAsync((await users.FindByIdAsync(applicant.ToString()))!, Roles.MerchantOwner);
        });
        isOwner.ShouldBeTrue();
        var inbox = await app.QueryAsync<NotificationsDbContext, List<string>>(db => db.Notifications.Where(n => n.UserId == applicant).Select(n => n.Title).ToListAsync());
        inbox.ShouldBe(["开店申请已通过"]);
    }

    [Fact]
    public async Task A_redelivered_event_is_handled_once()
    {
        var applicant = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;
        await app.SendAsync(new RejectApplication(reviewer, id, "执照模糊"));
        await app.DispatchEventsAsync();

        // Simulate a crash after handling but before the outbox row was marked: the row is delivered again.
        await app.QueryAsync<MerchantsDbContext, int>(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedUtc, (DateTime?)null)));
        await app.DispatchEventsAsync();

        (await app.QueryAsync<NotificationsDbContext, int>(db => db.Notifications.CountAsync(n => n.UserId == applicant))).ShouldBe(1);
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_without_one_changes_nothing()
    {
        var applicant = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;

        var refused = await app.SendAsync(new RejectApplication(reviewer, id, "  "));

        refused.Errors.ShouldContain(e => e.Field == "Reason");
        (await app.SendAsync(new GetApplicationForReview(id)))!.Status.ShouldBe(ApplicationStatus.Submitted);
    }

    [Fact]
    public async Task A_rejected_application_is_edited_resubmitted_and_every_decision_is_kept()
    {
        var applicant = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var first = Given.Application(applicant);
        var id = (await app.SendAsync(first)).Value;
        (await app.SendAsync(new RejectApplication(reviewer, id, "营业执照不清晰"))).IsSuccess.ShouldBeTrue();

        var own = await app.SendAsync(new GetOwnApplication(applicant));
        own!.Status.ShouldBe(ApplicationStatus.Rejected);
        own.RejectionReason.ShouldBe("营业执照不清晰");

        var resubmitted = await app.SendAsync(first with { BusinessScope = "酒水", IdNumber = null, LicenseImage = Given.Image(800, 600), IdImage = null });
        resubmitted.Errors.ShouldBeEmpty();
        (await app.SendAsync(new ApproveApplication(reviewer, id))).IsSuccess.ShouldBeTrue();

        var view = await app.SendAsync(new GetApplicationForReview(id));
        view!.Status.ShouldBe(ApplicationStatus.Approved);
        view.IdNumber.ShouldBe(Given.ValidIdNumber); // kept when the edit left it empty
        view.History.Select(h => h.Action).ShouldBe(
            [ApplicationAction.Submitted, ApplicationAction.Rejected, ApplicationAction.Resubmitted, ApplicationAction.Approved]);
        view.History[1].Reason.ShouldBe("营业执照不清晰");
    }

    [Fact]
    public async Task A_shop_name_already_taken_is_refused_on_its_field()
    {
        var first = await app.BuyerAsync();
        var second = await app.BuyerAsync();
        var name = "同名店" + Guid.NewGuid().ToString("N")[..6];
        (await app.SendAsync(Given.Application(first, name))).IsSuccess.ShouldBeTrue();
        var before = await ApplicationCount();

        var refused = await app.SendAsync(Given.Application(second, " " + name.ToLowerInvariant() + " "));

        refused.Errors.ShouldContain(e => e.Field == "ShopName");
        (await ApplicationCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_and_nothing_is_saved()
    {
        var applicant = await app.BuyerAsync();
        var before = await ApplicationCount();

        var refused = await app.SendAsync(Given.Application(applicant, idNumber: "110105194912310021"));

        refused.Errors.ShouldContain(e => e.Field == "IdNumber" && e.Message.Contains("校验位"));
        (await ApplicationCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_broken_upload_is_refused_and_nothing_is_saved()
    {
        var applicant = await app.BuyerAsync();
        var before = await ApplicationCount();

        var notAnImage = new UploadedImage("this is not a picture"u8.ToArray());
        var truncatedPng = new UploadedImage(PngWriter.Solid(400, 300, 1, 2, 3)[..20]);
        var tooSmall = Given.Image(50, 50);
        var refused = await app.SendAsync(Given.Application(applicant) with { LicenseImage = notAnImage, IdImage = tooSmall });
        var truncated = await app.SendAsync(Given.Application(applicant) with { LicenseImage = truncatedPng });

        refused.Errors.ShouldContain(e => e.Field == "LicenseImage");
        refused.Errors.ShouldContain(e => e.Field == "IdImage" && e.Message.Contains("200"));
        truncated.Errors.ShouldContain(e => e.Field == "LicenseImage");
        (await ApplicationCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Submitting_without_images_is_refused_on_the_image_fields()
    {
        var applicant = await app.BuyerAsync();

        var refused = await app.SendAsync(Given.Application(applicant) with { LicenseImage = null, IdImage = null });

        refused.Errors.Select(e => e.Field).ShouldBe(["LicenseImage", "IdImage"], ignoreOrder: true);
        (await app.SendAsync(new GetOwnApplication(applicant))).ShouldBeNull(); // the draft was not half-saved either
    }

    [Fact]
    public async Task A_double_submit_makes_one_application()
    {
        var applicant = await app.BuyerAsync();
        var command = Given.Application(applicant);
        var before = await ApplicationCount();

        var results = await Task.WhenAll(app.SendAsync(command), app.SendAsync(command));
        var again = await app.SendAsync(command);

        (await ApplicationCount()).ShouldBe(before + 1);
        results.Count(r => r.IsSuccess).ShouldBeGreaterThanOrEqualTo(1);
        again.IsSuccess.ShouldBeTrue();
        var history = (await app.SendAsync(new GetOwnApplication(applicant)))!.History;
        history.Count(h => h.Action == ApplicationAction.Submitted).ShouldBe(1);
    }

    [Fact]
    public async Task The_id_number_is_masked_for_the_applicant_and_whole_for_reviewers()
    {
        var applicant = await app.BuyerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;

        (await app.SendAsync(new GetOwnApplication(applicant)))!.IdNumber.ShouldBe("110***********002X");
        (await app.SendAsync(new GetApplicationForReview(id)))!.IdNumber.ShouldBe(Given.ValidIdNumber);
    }

    [Fact]
    public async Task Nobody_reviews_their_own_application()
    {
        var applicant = await app.ReviewerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;

        (await app.SendAsync(new ApproveApplication(applicant, id))).Errors.ShouldContain(e => e.Code == "forbidden");
    }

    [Fact]
    public async Task Application_images_are_found_only_for_the_applicant_or_a_reviewer()
    {
        var applicant = await app.BuyerAsync();
        var stranger = await app.BuyerAsync();
        var id = (await app.SendAsync(Given.Application(applicant))).Value;

        (await app.SendAsync(new FindApplicationImage(id, ApplicationImageKind.License, applicant, false))).ShouldNotBeNull();
        (await app.SendAsync(new FindApplicationImage(id, ApplicationImageKind.Id, Guid.NewGuid(), true))).ShouldNotBeNull();
        (await app.SendAsync(new FindApplicationImage(id, ApplicationImageKind.License, stranger, false))).ShouldBeNull();
    }

    [Fact]
    public async Task An_approved_application_cannot_be_approved_or_edited_again()
    {
        var applicant = await app.BuyerAsync();
        var reviewer = await app.ReviewerAsync();
        var command = Given.Application(applicant);
        var id = (await app.SendAsync(command)).Value;
        await app.SendAsync(new ApproveApplication(reviewer, id));

        (await app.SendAsync(new ApproveApplication(reviewer, id))).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.SendAsync(command with { Submit = false })).Errors.ShouldContain(e => e.Code == "conflict");
        (await app.QueryAsync<MerchantsDbContext, int>(db => db.Shops.CountAsync(s => s.OwnerId == applicant))).ShouldBe(1);
    }
}

public sealed class OnboardingOnSqlite(SqliteApp app) : OnboardingSlices(app), IClassFixture<SqliteApp>;

public sealed class OnboardingOnPostgreSql(PostgreSqlApp app) : OnboardingSlices(app), IClassFixture<PostgreSqlApp>;
