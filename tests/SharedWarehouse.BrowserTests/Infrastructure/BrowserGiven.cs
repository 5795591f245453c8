using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.Modules.Accounts.Features.RegisterBuyer;
using SharedWarehouse.Modules.Accounts.Features.SendSmsCode;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// Set-up through the real commands (each flow that is the subject of a test drives the browser itself).
internal static class BrowserGiven
{
    public const string Password = "Secret123";
    public const string XihuDistrict = "330106"; // 浙江省 杭州市 西湖区

    public static string NewPhone() => "136" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    public static async Task<T> SendAsync<T>(BrowserFixture fixture, IRequest<T> request)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public static async Task<Guid> BuyerAsync(BrowserFixture fixture, string phone)
    {
        (await SendAsync(fixture, new SendSmsCode(phone, SmsPurpose.Register))).IsSuccess.ShouldBeTrue();
        var code = fixture.App.Sms.LatestCodeFor(phone) ?? throw new InvalidOperationException("No SMS was sent.");
        var registered = await SendAsync(fixture, new RegisterBuyer(phone, code, Password, Password, XihuDistrict, "用户" + phone[^4..]));
        registered.Errors.ShouldBeEmpty();
        return registered.Value;
    }

    /// A buyer registered, applied and approved through the real commands; waits for the outbox to grant the role.
    public static async Task<Guid> MerchantAsync(BrowserFixture fixture, string phone, string shopName)
    {
        var user = await BuyerAsync(fixture, phone);
        var image = new UploadedImage(PngWriter.Solid(400, 300, 10, 120, 200));
        var application = await SendAsync(fixture, new SaveApplication(user, shopName, ShopType.Flagship, "酒水、食品", XihuDistrict, "张三",
            "11010519491231002X", image, image, true));
        application.Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new ApproveApplication(await AdminIdAsync(fixture), application.Value))).Errors.ShouldBeEmpty();

        await Patience.UntilAsync(() => HasRoleAsync(fixture, phone, Roles.MerchantOwner), $"{phone} becoming a merchant owner", 500);
        return user;
    }

    public static async Task<bool> HasRoleAsync(BrowserFixture fixture, string phone, string role)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByNameAsync(phone))!, role);
    }

    public static async Task<Guid> AdminIdAsync(BrowserFixture fixture)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByNameAsync(KestrelAppFactory.AdminPhone))!.Id;
    }

    /// The merchant's approved, listed liquor with one SKU at the price, and the quantity received into a new warehouse.
    public static async Task<Guid> SellableProductAsync(BrowserFixture fixture, Guid owner, string name, string code, string price, int stock)
    {
        var liquor = (await SendAsync(fixture, new GetCategoryTree())).First(c => c.Name == "酒水" && c.ParentId is null);
        var attributes = new Dictionary<string, string?> { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水" };
        var saved = await SendAsync(fixture, new SaveProduct(owner, null, name, liquor.Id, null, "纯粮酿造", "白酒", attributes,
            [new SkuRow(null, code, "6901234567892", "500ml", price, "900", null)]));
        saved.Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new AddProductImages(owner, saved.Value, [new UploadedImage(PngWriter.Solid(400, 400, 200, 40, 60))]))).Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new SubmitProduct(owner, saved.Value))).Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new ApproveProduct(await AdminIdAsync(fixture), saved.Value))).Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new ListProduct(owner, saved.Value))).Errors.ShouldBeEmpty();
        var warehouse = await SendAsync(fixture, new OpenWarehouse(owner, "仓" + code, XihuDistrict, "文三路 1 号", null, null));
        var bin = await SendAsync(fixture, new AddBin(owner, warehouse.Value, "A", "A-01"));
        var receipt = await SendAsync(fixture, new CreateReceipt(owner, warehouse.Value, "酒厂", [new ReceiptLineInput(code, stock, "L1", null, null, 5000, bin.Value)]));
        receipt.Errors.ShouldBeEmpty();
        (await SendAsync(fixture, new PostReceipt(owner, receipt.Value))).Errors.ShouldBeEmpty();
        return saved.Value;
    }

    /// An address in the buyer's book, through the real command.
    public static async Task<Guid> AddressAsync(BrowserFixture fixture, Guid buyer, string recipient)
    {
        var added = await SendAsync(fixture, new SharedWarehouse.Modules.Ordering.Features.Addresses.AddAddress(buyer, recipient, "13912345678", XihuDistrict, "文三路 1 号", true));
        added.Errors.ShouldBeEmpty();
        return added.Value;
    }

    public static async Task SignInAsync(IPage page, Scenario run, string phone, string password)
    {
        await page.GotoAsync(run.Url("/account/login"));
        await page.Field("Phone").FillAsync(phone);
        await page.Field("Password").FillAsync(password);
        await page.Locator("main form button[type='submit']").ClickAsync();
        await Expect(page).ToHaveURLAsync(run.Url("/"));
        await Expect(page.TestId("signed-in-as")).ToHaveTextAsync(SharedWarehouse.SharedKernel.Identity.MainlandMobile.Mask(phone));
    }
}
