using System.Diagnostics;
using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class ReviewFlowTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task An_application_is_rejected_with_a_reason_resubmitted_and_approved_and_the_applicant_enters_the_back_office()
    {
        var applicant = await factory.BuyerAsync(displayName: "审核流申请人");
        var shopName = NewShopName("审核流商店");
        (await applicant.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();

        // The queue, filtered by province: there in Zhejiang, absent in Guangdong.
        var zhejiang = await admin.QueueAsync("pending", "330000");
        var row = zhejiang.Single(r => r.ShopName == shopName);
        row.Status.ShouldBe("待审核");
        (await admin.QueueAsync("pending", "440000")).ShouldNotContain(r => r.ShopName == shopName);
        (await admin.QueueAsync("pending", "330106")).ShouldContain(r => r.ShopName == shopName);
        var url = $"/admin/merchant-applications/{row.Id}";

        // The reviewer sees the full ID number; the applicant only a masked one.
        var details = await admin.GetAsync(url);
        details.Status.ShouldBe(HttpStatusCode.OK);
        details.TestId("id-number").ShouldBe(ValidIdNumber);
        details.TestId("status").ShouldBe("待审核");
        details.Document.QuerySelector("[data-testid='license-image']")?.GetAttribute("src").ShouldBe($"{url}/image/license");
        var own = await applicant.GetAsync("/merchant-application");
        own.TestId("id-number").ShouldBe(MaskedIdNumber);
        own.Html.ShouldNotContain(ValidIdNumber);

        // Rejecting needs a reason.
        var noReason = await admin.PostAsync($"{url}/reject", [F("Reason", "  ")], details.Token($"{url}/reject"));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("Reason").ShouldBe("请填写驳回原因");
        noReason.TestId("status").ShouldBe("待审核");
        (await admin.GetAsync(url)).TestId("status").ShouldBe("待审核");

        const string reason = "营业执照照片模糊，请重新拍摄";
        var rejected = await admin.PostAsync($"{url}/reject", [F("Reason", reason)], noReason.Token($"{url}/reject"));
        rejected.Status.ShouldBe(HttpStatusCode.Redirect, rejected.ToString());
        rejected.Location.ShouldBe(url);
        var afterReject = await admin.FollowAsync(rejected);
        afterReject.TestId("status").ShouldBe("已驳回");
        afterReject.TestId("flash").ShouldBe("已驳回，申请人会收到原因");
        afterReject.TestId("approve").ShouldBeNull();

        var seenRejected = await applicant.GetAsync("/merchant-application");
        seenRejected.TestId("status").ShouldBe("已驳回");
        (seenRejected.TestId("rejection-reason") ?? "").ShouldContain(reason);
        seenRejected.TestId("edit-application").ShouldBe("修改并重新提交");
        (await WaitForInboxAsync(applicant, "开店申请未通过")).ShouldContain(reason);

        // The applicant edits (the form shows the reason and the kept values) and resubmits, keeping the
        // ID number and images on file.
        var edit = await applicant.GetAsync("/merchant-application/edit");
        edit.Status.ShouldBe(HttpStatusCode.OK);
        (edit.Text(".alert-danger") ?? "").ShouldContain(reason);
        edit.InputValue("ShopName").ShouldBe(shopName);
        edit.InputValue("IdNumber").ShouldBeNullOrEmpty();
        edit.TestId("license-on-file").ShouldNotBeNull();
        var fields = ApplicationFields(shopName, idNumber: "");
        fields[fields.FindIndex(f => f.Key == "BusinessScope")] = F("BusinessScope", "酒水、食品、日用百货");
        var resubmitted = await applicant.PostMultipartAsync("/merchant-application/edit", fields,
            [new Upload("LicenseImage", "clear.png", Png(0, 0, 0))], edit.Token("/merchant-application/edit"));
        resubmitted.Status.ShouldBe(HttpStatusCode.Redirect, resubmitted.ToString());
        var afterResubmit = await applicant.FollowAsync(resubmitted);
        afterResubmit.TestId("status").ShouldBe("重新提交待审核");
        afterResubmit.TestId("id-number").ShouldBe(MaskedIdNumber);
        afterResubmit.Document.QuerySelectorAll("[data-testid='history'] li").Select(li => li.QuerySelector("strong")!.TextContent)
            .ShouldBe(["提交申请", "已驳回", "修改后重新提交"]);
        (await applicant.Http.GetByteArrayAsync("/merchant-application/image/license")).ShouldBe(Png(0, 0, 0));

        // Approval; the applicant is not an owner until the outbox delivered and the cookie is refreshed.
        var review = await admin.GetAsync(url);
        review.TestId("status").ShouldBe("重新提交待审核");
        (review.Text("dl") ?? "").ShouldContain("酒水、食品、日用百货");
        var approved = await admin.PostAsync($"{url}/approve", [], review.Token($"{url}/approve"));
        approved.Status.ShouldBe(HttpStatusCode.Redirect, approved.ToString());
        var afterApprove = await admin.FollowAsync(approved);
        afterApprove.TestId("status").ShouldBe("已通过");
        afterApprove.TestId("flash").ShouldBe("已通过，店铺已开通");
        (await admin.QueueAsync("Approved")).ShouldContain(r => r.Id == row.Id);
        (await admin.QueueAsync("pending")).ShouldNotContain(r => r.Id == row.Id);

        var message = await WaitForInboxAsync(applicant, "开店申请已通过");
        message.ShouldContain(shopName);

        var beforeRefresh = await applicant.GetAsync("/merchant");
        beforeRefresh.Status.ShouldBe(HttpStatusCode.Redirect);
        beforeRefresh.Location.ShouldStartWith("/account/denied");

        var approvedPage = await applicant.GetAsync("/merchant-application");
        approvedPage.TestId("status").ShouldBe("已通过");
        approvedPage.TestId("edit-application").ShouldBeNull();
        var refreshed = await applicant.PostAsync("/account/refresh", [F("returnUrl", "/merchant")], approvedPage.Token("/account/refresh"));
        refreshed.Status.ShouldBe(HttpStatusCode.Redirect, refreshed.ToString());
        refreshed.Location.ShouldBe("/merchant");
        var backOffice = await applicant.FollowAsync(refreshed);
        backOffice.Status.ShouldBe(HttpStatusCode.OK, backOffice.ToString());
        backOffice.TestId("shop-name").ShouldBe(shopName);

        // An approved application can no longer be edited, and the name stays taken.
        var editApproved = await applicant.GetAsync("/merchant-application/edit");
        editApproved.Status.ShouldBe(HttpStatusCode.Redirect);
        editApproved.Location.ShouldBe("/merchant-application");
        var rival = await factory.BuyerAsync();
        (await rival.ApplyAsync(shopName)).FieldError("ShopName").ShouldBe("该店铺名称已被使用，请换一个");
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_an_application_twice()
    {
        var applicant = await factory.BuyerAsync();
        var shopName = NewShopName("重复审核商店");
        (await applicant.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);
        var admin = await factory.AdminAsync();
        var url = $"/admin/merchant-applications/{await admin.ApplicationIdAsync(shopName)}";
        var details = await admin.GetAsync(url);
        var token = details.Token($"{url}/approve");

        (await admin.PostAsync($"{url}/approve", [], token)).Status.ShouldBe(HttpStatusCode.Redirect);
        var again = await admin.PostAsync($"{url}/approve", [], token);

        again.Status.ShouldBe(HttpStatusCode.OK);
        again.SummaryErrors.ShouldBe(["该申请当前不在待审核状态"]);
        again.TestId("status").ShouldBe("已通过");
        (await admin.PostAsync($"/admin/merchant-applications/{Guid.NewGuid()}/approve", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    /// The outbox job delivers in the background: polls the inbox (up to ~10 s) for a message with this title
    /// and returns its text.
    private static async Task<string> WaitForInboxAsync(Visitor visitor, string title)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var inbox = await visitor.GetAsync("/inbox");
            inbox.Status.ShouldBe(HttpStatusCode.OK);
            var item = inbox.Document.QuerySelectorAll("[data-testid='notification']")
                .FirstOrDefault(n => n.QuerySelector("strong")?.TextContent.Trim() == title);
            if (item is not null) return item.TextContent;
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new ShouldAssertException($"No '{title}' in the inbox after 10 s: {inbox}");
            await Task.Delay(200);
        }
    }
}
