using System.Net;
using System.Text;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class MerchantApplicationTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task Over_posted_status_applicant_and_ids_are_ignored_and_the_application_awaits_review()
    {
        var other = await factory.BuyerAsync();
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("越权商店");
        var fields = ApplicationFields(shopName);
        var foreignId = Guid.NewGuid().ToString();
        fields.AddRange(
        [
            F("Status", "Approved"), F("Status", "2"), F("ApplicantId", foreignId), F("ShopId", Guid.NewGuid().ToString()),
            F("Id", Guid.NewGuid().ToString()), F("RejectionReason", "x"), F("IdNumberMasked", "false"),
        ]);

        var answer = await buyer.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit", fields, Images());

        answer.Status.ShouldBe(HttpStatusCode.Redirect, answer.ToString());
        answer.Location.ShouldBe("/merchant-application");
        var own = await buyer.FollowAsync(answer);
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.TestId("status").ShouldBe("待审核");
        own.TestId("shop-name").ShouldBe(shopName);
        own.TestId("flash").ShouldBe("申请已提交，请等待平台审核");
        own.TestId("enter-back-office").ShouldBeNull();

        // It is the poster's application, not the other buyer's.
        var otherOwn = await other.GetAsync("/merchant-application");
        otherOwn.Status.ShouldBe(HttpStatusCode.Redirect);
        otherOwn.Location.ShouldBe("/merchant-application/edit");

        var admin = await factory.AdminAsync();
        (await admin.QueueAsync("pending")).ShouldContain(r => r.ShopName == shopName && r.Status == "待审核");
        (await admin.QueueAsync("Approved")).ShouldNotContain(r => r.ShopName == shopName);
        (await buyer.GetAsync("/merchant")).Status.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_id_check_digit_is_shown_next_to_the_id_number_keeps_the_typed_values_and_saves_nothing()
    {
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("校验位商店");

        var answer = await buyer.ApplyAsync(shopName, idNumber: "110105194912310021");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FieldError("IdNumber").ShouldBe("身份证号校验位不正确，请核对");
        answer.FieldError("ShopName").ShouldBeNull();
        answer.FieldError("LicenseImage").ShouldBeNull();
        answer.InputValue("ShopName").ShouldBe(shopName);
        answer.InputValue("IdNumber").ShouldBe("110105194912310021");
        answer.InputValue("LegalPersonName").ShouldBe("张三");
        answer.InputValue("RegionCode").ShouldBe(District);
        answer.Text("textarea[name='BusinessScope']").ShouldBe("酒水、食品");
        answer.Document.QuerySelector("select[name='ShopType'] option[selected]")?.GetAttribute("value").ShouldBe("Flagship");

        var own = await buyer.GetAsync("/merchant-application");
        own.Status.ShouldBe(HttpStatusCode.Redirect);
        own.Location.ShouldBe("/merchant-application/edit");
        (await buyer.GetAsync("/merchant-application/image/license")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Missing_fields_are_each_reported_next_to_their_field()
    {
        var buyer = await factory.BuyerAsync();

        var answer = await buyer.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit",
            [F("ShopName", "店"), F("ShopType", ""), F("BusinessScope", ""), F("RegionCode", "330100"), F("LegalPersonName", ""),
             F("IdNumber", ""), F("action", "submit")], []);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FieldError("ShopName").ShouldBe("店铺名称为 2 到 40 个字");
        answer.FieldError("ShopType").ShouldBe("请选择店铺类型");
        answer.FieldError("BusinessScope").ShouldBe("请填写经营范围");
        answer.FieldError("RegionCode").ShouldBe("请选择店铺所在省、市、区");
        answer.FieldError("LegalPersonName").ShouldBe("请填写法人姓名");
        answer.InputValue("ShopName").ShouldBe("店");
        (await buyer.GetAsync("/merchant-application")).Location.ShouldBe("/merchant-application/edit");
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_next_to_the_license_image_field()
    {
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("假图片商店");

        var answer = await buyer.ApplyAsync(shopName, files:
        [
            new Upload("LicenseImage", "x.png", Encoding.UTF8.GetBytes("this is not an image, only text pretending to be one")),
            new Upload("IdImage", "id.png", Png()),
        ]);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FieldError("LicenseImage").ShouldBe("文件不是有效的图片（支持 JPG、PNG、WebP）");
        answer.FieldError("IdImage").ShouldBeNull();
        answer.InputValue("ShopName").ShouldBe(shopName);
        answer.Html.ShouldContain("出于安全原因，请重新选择要上传的图片。");
        (await buyer.GetAsync("/merchant-application")).Location.ShouldBe("/merchant-application/edit");
    }

    [Fact]
    public async Task A_shop_name_another_applicant_has_taken_is_refused_next_to_the_shop_name()
    {
        var first = await factory.BuyerAsync();
        var second = await factory.BuyerAsync();
        var shopName = NewShopName("同名商店");
        (await first.ApplyAsync(shopName)).Status.ShouldBe(HttpStatusCode.Redirect);

        // The same name with other letter case and surrounding spaces is the same name.
        var taken = " " + shopName.ToLowerInvariant() + " ";
        var answer = await second.ApplyAsync(taken);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FieldError("ShopName").ShouldBe("该店铺名称已被使用，请换一个");
        answer.InputValue("ShopName").ShouldBe(taken);
        (await second.GetAsync("/merchant-application")).Location.ShouldBe("/merchant-application/edit");

        // The first applicant may keep (re-save) their own name.
        var own = await first.GetAsync("/merchant-application");
        own.TestId("shop-name").ShouldBe(shopName);
    }

    [Fact]
    public async Task A_double_clicked_submit_makes_one_application_with_one_submission()
    {
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("双击商店");
        var form = await buyer.GetAsync("/merchant-application/edit");
        var token = form.Token("/merchant-application/edit");

        var first = await buyer.PostMultipartAsync("/merchant-application/edit", ApplicationFields(shopName), Images(), token);
        var second = await buyer.PostMultipartAsync("/merchant-application/edit", ApplicationFields(shopName), Images(), token);

        first.Status.ShouldBe(HttpStatusCode.Redirect, first.ToString());
        second.Status.ShouldBe(HttpStatusCode.Redirect, second.ToString());
        second.Location.ShouldBe("/merchant-application");
        var own = await buyer.GetAsync("/merchant-application");
        own.TestId("status").ShouldBe("待审核");
        own.Document.QuerySelectorAll("[data-testid='history'] li").Length.ShouldBe(1);
        var admin = await factory.AdminAsync();
        (await admin.QueueAsync("all")).Count(r => r.ShopName == shopName).ShouldBe(1);
    }

    [Fact]
    public async Task Two_simultaneous_submits_of_the_same_form_make_one_application()
    {
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("并发商店");
        var token = (await buyer.GetAsync("/merchant-application/edit")).Token("/merchant-application/edit");

        var answers = await Task.WhenAll(
            buyer.PostMultipartAsync("/merchant-application/edit", ApplicationFields(shopName), Images(), token),
            buyer.PostMultipartAsync("/merchant-application/edit", ApplicationFields(shopName), Images(), token));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Redirect && a.Location == "/merchant-application");
        var own = await buyer.GetAsync("/merchant-application");
        own.TestId("status").ShouldBe("待审核");
        own.Document.QuerySelectorAll("[data-testid='history'] li").Length.ShouldBe(1);
        var admin = await factory.AdminAsync();
        (await admin.QueueAsync("all")).Count(r => r.ShopName == shopName).ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_is_saved_without_images_and_submitting_it_later_asks_for_them()
    {
        var buyer = await factory.BuyerAsync();
        var shopName = NewShopName("草稿商店");

        var draft = await buyer.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit",
            ApplicationFields(shopName, action: "save"), []);
        draft.Status.ShouldBe(HttpStatusCode.Redirect, draft.ToString());
        var own = await buyer.FollowAsync(draft);
        own.TestId("status").ShouldBe("草稿");
        own.TestId("id-number").ShouldBe(MaskedIdNumber);

        // Submitting with the ID number left empty keeps the one on file; the images are still missing.
        var fields = ApplicationFields(shopName, idNumber: "");
        var submit = await buyer.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit", fields, []);
        submit.Status.ShouldBe(HttpStatusCode.OK);
        submit.FieldError("LicenseImage").ShouldBe("请上传营业执照图片");
        submit.FieldError("IdImage").ShouldBe("请上传法人身份证图片");
        submit.FieldError("IdNumber").ShouldBeNull();
        (await buyer.GetAsync("/merchant-application")).TestId("status").ShouldBe("草稿");
    }
}
