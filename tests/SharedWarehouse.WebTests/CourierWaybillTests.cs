using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Domain;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The admin waybill pages: who may see them, search, tracking, preview and the reprint form.
[Collection(WebCollection.Name)]
public sealed class CourierWaybillTests(SharedWarehouseFactory factory)
{
    private async Task<Waybill> WaybillAsync(string? order = null)
    {
        using var scope = factory.Services.CreateScope();
        var request = new WaybillRequest("web:" + Guid.NewGuid().ToString("N"), Guid.NewGuid(),
            new ParcelParty("王五", "13800138000", "440106", "天河路 385 号"), new ParcelParty("张三", "13912345678", "310104", "漕溪北路 88 号"),
            "连衣裙", 1, order ?? "SO" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        var result = await scope.ServiceProvider.GetRequiredService<ICourier>().CreateWaybillAsync(request, default);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    /// A registered user given a console role, signed in again so the role is in the cookie.
    private async Task<Visitor> StaffAsync(string role)
    {
        var visitor = await factory.BuyerAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.AddToRoleAsync((await users.FindByNameAsync(visitor.Phone!))!, role)).Succeeded.ShouldBeTrue();
        }
        var again = factory.NewVisitor();
        (await again.SignInAsync(visitor.Phone!, Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        again.Phone = visitor.Phone;
        return again;
    }

    private async Task<Guid> PrinterAsync(int port)
    {
        using var scope = factory.Services.CreateScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new SavePrinter(null, "面单机" + Guid.NewGuid().ToString("N")[..8], "127.0.0.1", port, "EscPos", 80, null, "发货台1"));
        saved.Errors.ShouldBeEmpty();
        return saved.Value;
    }

    private async Task<List<PrintJob>> JobsAsync(string trackingNumber)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PrintingDbContext>().Jobs.AsNoTracking().Where(j => j.LabelId == trackingNumber).ToListAsync();
    }

    private static void Refused(Page page)
    {
        if (page.Status == HttpStatusCode.Forbidden) return;
        page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
        page.Location.ShouldStartWith("/account/denied");
    }

    [Fact]
    public async Task Admins_operations_and_customer_service_see_the_waybills_while_finance_buyers_and_strangers_do_not()
    {
        var waybill = await WaybillAsync();
        foreach (var visitor in new[] { await factory.AdminAsync(), await StaffAsync(Roles.Operations), await StaffAsync(Roles.CustomerService) })
        {
            var list = await visitor.GetAsync("/admin/waybills");
            list.Status.ShouldBe(HttpStatusCode.OK, visitor.Phone);
            list.Document.QuerySelector("a[href='/admin/waybills']").ShouldNotBeNull("menu entry");
            (await visitor.GetAsync($"/admin/waybills/{waybill.TrackingNumber}")).Status.ShouldBe(HttpStatusCode.OK);
        }

        foreach (var visitor in new[] { await StaffAsync(Roles.Finance), await factory.BuyerAsync() })
        {
            Refused(await visitor.GetAsync("/admin/waybills"));
            Refused(await visitor.GetAsync($"/admin/waybills/{waybill.TrackingNumber}"));
            Refused(await visitor.GetAsync($"/admin/waybills/{waybill.TrackingNumber}/preview.svg"));
        }
        var stranger = await factory.NewVisitor().GetAsync("/admin/waybills");
        stranger.Status.ShouldBe(HttpStatusCode.Redirect);
        stranger.Location.ShouldStartWith("/account/login");
    }

    [Fact]
    public async Task A_waybill_is_found_by_tracking_or_order_number_and_shows_its_tracking_and_preview()
    {
        var waybill = await WaybillAsync();
        await WaybillAsync();
        var admin = await factory.AdminAsync();

        foreach (var q in new[] { waybill.TrackingNumber, waybill.TrackingNumber.ToLowerInvariant(), waybill.OrderNumber! })
        {
            var found = await admin.GetAsync($"/admin/waybills?q={Uri.EscapeDataString(q)}");
            found.Document.QuerySelectorAll("[data-testid='waybills'] tbody tr[data-waybill]").Select(r => r.GetAttribute("data-waybill"))
                .ShouldBe([waybill.TrackingNumber], q);
        }
        var noShop = await admin.GetAsync("/admin/waybills?shop=" + Uri.EscapeDataString("没有这家店"));
        noShop.FieldError("Shop").ShouldBe("找不到该店铺");
        noShop.InputValue("shop").ShouldBe("没有这家店");

        var details = await admin.GetAsync($"/admin/waybills/{waybill.TrackingNumber}");
        details.TestId("status").ShouldBe("已下单");
        details.Document.QuerySelectorAll("[data-testid='tracking'] li").Select(li => li.GetAttribute("data-status")).ShouldBe([ParcelStatuses.Created]);
        details.TestId("receiver")!.ShouldContain("上海市 徐汇区 漕溪北路 88 号");
        var preview = await admin.GetAsync($"/admin/waybills/{waybill.TrackingNumber}/preview.svg");
        preview.Response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        preview.Html.ShouldContain($"data-barcode=\"{waybill.TrackingNumber}\"");
        preview.Html.ShouldContain("收件人 张三 13912345678");
        (await admin.GetAsync("/admin/waybills/SIM000000000000")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reprinting_needs_the_antiforgery_token_and_a_printer_and_one_form_prints_once()
    {
        await using var fake = FakeEscPosPrinter.Start();
        var printer = await PrinterAsync(fake.Port);
        var waybill = await WaybillAsync();
        var admin = await factory.AdminAsync();
        var url = $"/admin/waybills/{waybill.TrackingNumber}";
        var action = $"{url}/reprint";
        var form = await admin.GetAsync(url);
        var requestId = form.InputValue("RequestId")!;

        (await admin.PostAsync(action, [F("PrinterId", printer.ToString()), F("RequestId", requestId)], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var noPrinter = await admin.PostAsync(action, [F("PrinterId", ""), F("RequestId", requestId)], form.Token(action));
        noPrinter.Status.ShouldBe(HttpStatusCode.OK);
        noPrinter.FieldError("PrinterId").ShouldBe("请选择打印机");
        (await JobsAsync(waybill.TrackingNumber)).ShouldBeEmpty();

        var queued = await admin.PostAsync(action, [F("PrinterId", printer.ToString()), F("RequestId", requestId)], form.Token(action));
        queued.Status.ShouldBe(HttpStatusCode.Redirect, queued.ToString());
        queued.Location.ShouldBe(url);
        var resent = await admin.PostAsync(action, [F("PrinterId", printer.ToString()), F("RequestId", requestId)], form.Token(action));
        resent.Status.ShouldBe(HttpStatusCode.Redirect);

        var jobs = await JobsAsync(waybill.TrackingNumber);
        jobs.Count.ShouldBe(1);
        jobs[0].Kind.ShouldBe(PrintDocument.Waybill);
        (await fake.WaitForJobsAsync(1, TimeSpan.FromSeconds(10))).Count.ShouldBe(1);
        var after = await admin.GetAsync(url);
        after.Document.QuerySelectorAll("[data-testid='prints'] tbody tr code").Select(c => c.TextContent).ShouldBe([jobs[0].Id.ToString()]);
        after.InputValue("RequestId").ShouldNotBe(requestId); // a fresh form for the next deliberate reprint

        // The print-jobs page shows it as a waybill, and its preview is the waybill layout.
        var queue = await admin.GetAsync($"/admin/print-jobs?printerId={printer}");
        queue.Text($"tr[data-job='{jobs[0].Id}'] [data-testid='kind']").ShouldBe("面单");
        (await admin.GetAsync($"/admin/print-jobs/{jobs[0].Id}/preview.svg")).Html.ShouldContain("收件人 张三 13912345678");
    }
}
