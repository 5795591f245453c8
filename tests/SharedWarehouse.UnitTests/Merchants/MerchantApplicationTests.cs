using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.UnitTests.Merchants;

public sealed class MerchantApplicationTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Applicant = Guid.CreateVersion7();
    private static readonly Guid Reviewer = Guid.CreateVersion7();
    private static readonly ApplicationDetails Details = new("好酒店", ShopType.Specialty, "酒水", "330106", "张三", "11010519491231002X");

    private static MerchantApplication Submitted()
    {
        var application = MerchantApplication.Start(Applicant, Now);
        application.Edit(Details, "a.png", "b.png", Now).IsSuccess.ShouldBeTrue();
        application.Submit(Now).IsSuccess.ShouldBeTrue();
        return application;
    }

    [Fact]
    public void A_new_application_is_an_editable_draft()
    {
        var application = MerchantApplication.Start(Applicant, Now);

        application.Status.ShouldBe(ApplicationStatus.Draft);
        application.IsEditable.ShouldBeTrue();
    }

    [Fact]
    public void Submitting_needs_both_images()
    {
        var application = MerchantApplication.Start(Applicant, Now);
        application.Edit(Details, null, null, Now);

        application.Submit(Now).Errors.Select(e => e.Field).ShouldBe(["LicenseImage", "IdImage"]);
        application.Status.ShouldBe(ApplicationStatus.Draft);
    }

    [Fact]
    public void Submitting_twice_records_one_submission()
    {
        var application = Submitted();

        application.Submit(Now.AddMinutes(1)).IsSuccess.ShouldBeTrue();

        application.History.Count.ShouldBe(1);
    }

    [Fact]
    public void An_application_under_review_cannot_be_edited()
    {
        var application = Submitted();

        application.Edit(Details with { ShopName = "别的名字" }, null, null, Now).Errors.ShouldContain(e => e.Code == "conflict");
        application.ShopName.ShouldBe("好酒店");
    }

    [Fact]
    public void A_rejection_keeps_its_reason_and_reopens_editing()
    {
        var application = Submitted();

        application.Reject(Reviewer, " 执照过期 ", Now).IsSuccess.ShouldBeTrue();

        application.Status.ShouldBe(ApplicationStatus.Rejected);
        application.RejectionReason.ShouldBe("执照过期");
        application.IsEditable.ShouldBeTrue();
        application.History[^1].ShouldSatisfyAllConditions(h => h.Action.ShouldBe(ApplicationAction.Rejected), h => h.ActorId.ShouldBe(Reviewer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rejection_without_reason_is_refused(string reason)
    {
        var application = Submitted();

        application.Reject(Reviewer, reason, Now).Errors.ShouldContain(e => e.Field == "Reason");
        application.Status.ShouldBe(ApplicationStatus.Submitted);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused()
    {
        Submitted().Reject(Reviewer, new string('因', MerchantApplication.MaxReasonLength + 1), Now).Errors.ShouldContain(e => e.Field == "Reason");
    }

    [Fact]
    public void Resubmitting_after_a_rejection_is_recorded_as_such()
    {
        var application = Submitted();
        application.Reject(Reviewer, "模糊", Now);

        application.Submit(Now.AddHours(1)).IsSuccess.ShouldBeTrue();

        application.Status.ShouldBe(ApplicationStatus.Resubmitted);
        application.AwaitsReview.ShouldBeTrue();
        application.History.Select(h => h.Action).ShouldBe([ApplicationAction.Submitted, ApplicationAction.Rejected, ApplicationAction.Resubmitted]);
    }

    [Fact]
    public void Approval_links_the_shop_and_ends_editing()
    {
        var application = Submitted();
        var shop = Shop.OpenFrom(application, Now);

        application.Approve(Reviewer, shop.Id, Now).IsSuccess.ShouldBeTrue();

        application.ShopId.ShouldBe(shop.Id);
        shop.OwnerId.ShouldBe(Applicant);
        application.IsEditable.ShouldBeFalse();
        application.Approve(Reviewer, shop.Id, Now).Errors.ShouldContain(e => e.Code == "conflict");
    }

    [Fact]
    public void A_draft_cannot_be_approved_or_rejected()
    {
        var draft = MerchantApplication.Start(Applicant, Now);

        draft.Approve(Reviewer, Guid.NewGuid(), Now).IsFailure.ShouldBeTrue();
        draft.Reject(Reviewer, "x", Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void Applicants_cannot_decide_on_their_own_application()
    {
        Submitted().Approve(Applicant, Guid.NewGuid(), Now).Errors.ShouldContain(e => e.Code == "forbidden");
    }

    [Fact]
    public void Shop_names_compare_without_case_or_surrounding_spaces()
    {
        MerchantApplication.Normalize("  Wine House ").ShouldBe(MerchantApplication.Normalize("wine house"));
    }
}
