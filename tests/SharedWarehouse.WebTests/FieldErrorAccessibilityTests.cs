using System.Net;
using AngleSharp.Dom;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// A form sent back with errors ties each message to its field for screen readers: the refused input is
/// aria-invalid and its aria-describedby names the element holding the message; fields that were fine are not.
[Collection(WebCollection.Name)]
public sealed class FieldErrorAccessibilityTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task The_registration_form_ties_each_error_to_its_field()
    {
        var visitor = factory.NewVisitor();
        var page = await visitor.SubmitAsync("/account/register", "/account/register",
            [F("Phone", "123"), F("SmsCode", ""), F("Password", Password), F("ConfirmPassword", "Other123"), F("RegionCode", District), F("DisplayName", "小明")]);
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());

        ShouldNameItsMessage(page, "Phone");
        ShouldNameItsMessage(page, "ConfirmPassword");
        ShouldBeUnmarked(page, "DisplayName");
    }

    [Fact]
    public async Task A_merchant_form_ties_each_error_to_its_field()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var page = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new",
            [F("Name", ""), F("RegionCode", District), F("Address", "文三路 1 号"), F("Latitude", "95"), F("Longitude", "120.15")]);
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());

        ShouldNameItsMessage(page, "Name").ShouldBe("请填写仓库名称");
        ShouldNameItsMessage(page, "Latitude").ShouldBe("纬度应在 -90 到 90 之间");
        ShouldBeUnmarked(page, "Address");
    }

    /// The field is marked invalid and described by the element that shows its message; returns the message.
    private static string ShouldNameItsMessage(Page page, string name)
    {
        var field = Field(page, name);
        field.GetAttribute("aria-invalid").ShouldBe("true", $"{name} is not marked invalid");
        var ids = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ids.ShouldNotBeEmpty($"{name} names no description");
        var message = ids.Select(id => page.Document.GetElementById(id)).FirstOrDefault(e => e?.GetAttribute("data-valmsg-for") == name);
        message.ShouldNotBeNull($"{name}'s aria-describedby ({string.Join(' ', ids)}) does not name its validation message");
        message.TextContent.Trim().ShouldNotBeEmpty();
        message.TextContent.Trim().ShouldBe(page.FieldError(name));
        return message.TextContent.Trim();
    }

    private static void ShouldBeUnmarked(Page page, string name)
    {
        var field = Field(page, name);
        field.HasAttribute("aria-invalid").ShouldBeFalse($"{name} was fine but is marked invalid");
        field.HasAttribute("aria-describedby").ShouldBeFalse($"{name} was fine but points to an error");
    }

    private static IElement Field(Page page, string name) =>
        page.Document.QuerySelector($"main input[name='{name}']:not([type='hidden']), main select[name='{name}'], main textarea[name='{name}']")
        ?? throw new ShouldAssertException($"no field {name} on the page");
}
