using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Testing;
using SharedWarehouse.WebTests.Infrastructure;

namespace SharedWarehouse.WebTests;

/// The order downloader's API as outside systems call it: JSON written by hand (numbers where strings are expected,
/// fractions, missing fields, not JSON at all), and its OpenAPI description.
[Collection(WebCollection.Name)]
public sealed class DropshipApiTests(SharedWarehouseFactory factory)
{
    private const string District = "440104";

    [Fact]
    public async Task A_mistyped_value_rejects_only_its_order_and_ids_sent_as_numbers_or_strings_are_received_digit_for_digit()
    {
        var (api, shop) = await ApiAsync();
        var run = Random.Shared.NextInt64(100_000_000, 999_999_999);
        var tid = $"3796{run}000002"; // 19 digits, beyond what a double holds exactly
        var body = $$"""
            { "orders": [
              { "externalOrderId": "S{{run}}", "channel": "淘宝", "receiverName": "张三", "receiverPhone": "13912345678",
                "receiverRegionCode": "{{District}}", "receiverAddress": "北京路 1 号",
                "lines": [ { "skuCode": "A1", "title": "连衣裙", "colour": "红", "size": "M", "quantity": 1, "declaredUnitFen": 6850 } ] },
              { "externalOrderId": "P{{run}}", "receiverName": "李四", "receiverPhone": "13912345678", "receiverRegionCode": "{{District}}",
                "receiverAddress": "北京路 2 号", "lines": [ { "skuCode": "A1", "title": "连衣裙", "quantity": 1, "declaredUnitFen": 68.5 } ] },
              { "externalOrderId": {{tid}}, "receiverName": "王五", "receiverPhone": 13800138000, "receiverRegionCode": {{District}},
                "receiverAddress": "北京路 3 号", "lines": [ { "skuCode": 10086, "title": "半身裙", "quantity": "2", "declaredUnitFen": 3000.0 } ] }
            ] }
            """;

        var answer = await PostAsync(api, body);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.Text);
        (answer.Json.GetProperty("created").GetInt32(), answer.Json.GetProperty("rejected").GetInt32()).ShouldBe((2, 1));
        var orders = answer.Json.GetProperty("orders").EnumerateArray().ToList();
        orders.Select(o => o.GetProperty("outcome").GetString()).ShouldBe(["created", "rejected", "created"]);
        orders.Select(o => o.GetProperty("index").GetInt32()).ShouldBe([0, 1, 2]);
        var error = orders[1].GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("field").GetString().ShouldBe("lines[0].declaredUnitFen");
        error.GetProperty("message").GetString().ShouldStartWith("lines[0].declaredUnitFen 须是整数（分）");
        orders[2].GetProperty("externalOrderId").GetString().ShouldBe(tid);
        orders[2].GetProperty("number").GetString().ShouldStartWith("DS");

        var stored = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.AsNoTracking().Include(o => o.Lines)
            .SingleAsync(o => o.ShopId == shop && o.ExternalOrderId == tid));
        (stored.ReceiverPhone, stored.ReceiverRegionCode, stored.Lines[0].SkuCode, stored.Lines[0].Quantity, stored.Lines[0].DeclaredUnitFen)
            .ShouldBe(("13800138000", District, "10086", 2, 3000L));
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.CountAsync(o => o.ShopId == shop))).ShouldBe(2);
    }

    [Fact]
    public async Task An_order_missing_fields_or_of_the_wrong_shape_gets_every_problem_named_by_its_json_path()
    {
        var (api, _) = await ApiAsync();
        var body = $$"""
            { "orders": [
              { "externalOrderId": true, "receiverPhone": "123", "receiverRegionCode": "{{District}}", "receiverAddress": "北京路 1 号",
                "lines": [ { "title": "连衣裙" }, "A1" ] },
              "not an order",
              { "externalOrderId": "X-1", "receiverName": "张三", "receiverPhone": "13912345678", "receiverRegionCode": "{{District}}",
                "receiverAddress": "北京路 1 号", "lines": { "skuCode": "A1" } }
            ] }
            """;

        var answer = await PostAsync(api, body);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.Text);
        var orders = answer.Json.GetProperty("orders").EnumerateArray().ToList();
        orders.ShouldAllBe(o => o.GetProperty("outcome").GetString() == "rejected");
        Errors(orders[0]).ShouldBe(new Dictionary<string, string>
        {
            ["externalOrderId"] = "externalOrderId 须是文本或整数",
            ["lines[0].quantity"] = "lines[0].quantity 必填（1 到 999 的整数）",
            ["lines[1]"] = "lines[1] 须是 JSON 对象",
            ["receiverName"] = "收件人必填（30 字以内）",
            ["receiverPhone"] = "收件人电话不正确（手机号、带分机的虚拟号或带区号的座机）",
            ["lines[0].skuCode"] = "商家编码必填（64 字以内）",
        }, ignoreOrder: true);
        Errors(orders[1]).ShouldBe(new Dictionary<string, string> { [""] = "订单须是 JSON 对象" }, ignoreOrder: true);
        Errors(orders[2]).ShouldBe(new Dictionary<string, string> { ["lines"] = "lines 须是数组" }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_body_that_is_not_a_batch_of_orders_is_refused_as_a_whole_in_plain_words()
    {
        var (api, _) = await ApiAsync();

        var notJson = await PostAsync(api, "orders=1&x=2");
        var truncated = await PostAsync(api, "{ \"orders\": [ { \"externalOrderId\": \"A\", ");
        var array = await PostAsync(api, "[ { \"externalOrderId\": \"A\" } ]");
        var empty = await PostAsync(api, "");
        var none = await PostAsync(api, "{ \"orders\": [] }");
        var tooMany = await PostAsync(api, JsonSerializer.Serialize(new { orders = Enumerable.Range(0, 501).Select(i => new { externalOrderId = $"T{i}" }) }));

        foreach (var (answer, code) in new[] { (notJson, "invalid_json"), (truncated, "invalid_json"), (array, "invalid_body"), (empty, "empty_body"),
                     (none, "no_orders"), (tooMany, "too_many_orders") })
        {
            answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.Text);
            answer.Json.GetProperty("error").GetString().ShouldBe(code);
            answer.Json.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            answer.Text.ShouldNotContain("System.");
            answer.Text.ShouldNotContain("Path:");
        }
        notJson.Json.GetProperty("message").GetString().ShouldStartWith("请求体不是有效的 JSON（第 1 行第 1 个字节附近）");
        tooMany.Json.GetProperty("message").GetString().ShouldBe("一次最多 500 个订单，本次 501 个：请分批发送");

        using var anonymous = factory.CreateClient();
        var noKey = await PostAsync(anonymous, "{ \"orders\": [] }");
        noKey.Status.ShouldBe(HttpStatusCode.Unauthorized);
        noKey.Json.GetProperty("error").GetString().ShouldBe("invalid_api_key");
    }

    [Fact]
    public async Task A_return_waybill_is_registered_with_ids_as_numbers_and_an_unknown_order_is_named()
    {
        var (api, shop) = await ApiAsync();
        var order = await DropshipTestOrders.ShippedWithReturnAsync(factory.Services, shop, DropshipMode.OwnTeam, "YT-FIRST", lines: 1);
        var external = await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.Where(o => o.Id == order.OrderId).Select(o => o.ExternalOrderId).SingleAsync());

        var registered = await PostAsync(api, $$"""{ "externalOrderId": "{{external}}", "returnWaybill": 4300012345 }""", "/api/dropship/returns");
        var unknown = await PostAsync(api, """{ "externalOrderId": 123, "returnWaybill": "SF1" }""", "/api/dropship/returns");

        registered.Status.ShouldBe(HttpStatusCode.OK, registered.Text);
        registered.Json.GetProperty("ok").GetBoolean().ShouldBeTrue();
        (await DropshipTestOrders.QueryAsync(factory.Services, db => db.Orders.Where(o => o.Id == order.OrderId).Select(o => o.ReturnWaybill).SingleAsync()))
            .ShouldBe("4300012345");
        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Json.GetProperty("error").GetString().ShouldBe("invalid_return");
        Errors(unknown.Json).ShouldBe(new Dictionary<string, string> { ["externalOrderId"] = "找不到该外部订单" }, ignoreOrder: true);
    }

    [Fact]
    public async Task The_openapi_description_is_served_and_describes_the_intake_endpoint_its_fields_key_and_errors_only()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/openapi/dropship.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        root.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldBe(["/api/dropship/orders", "/api/dropship/returns"], ignoreOrder: true);

        var post = root.GetProperty("paths").GetProperty("/api/dropship/orders").GetProperty("post");
        var json = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        json.GetProperty("example").GetProperty("orders").GetArrayLength().ShouldBeGreaterThan(0);
        var request = Resolve(root, json.GetProperty("schema"));
        var order = Resolve(root, request.GetProperty("properties").GetProperty("orders").GetProperty("items"));
        // Exactly the fields IncomingOrdersJson reads.
        order.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["externalOrderId", "channel", "receiverName", "receiverPhone",
            "receiverRegionCode", "receiverAddress", "buyerMessage", "lines"], ignoreOrder: true);
        order.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["externalOrderId", "receiverName", "receiverPhone",
            "receiverRegionCode", "receiverAddress", "lines"], ignoreOrder: true);
        var externalId = order.GetProperty("properties").GetProperty("externalOrderId");
        externalId.GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["string", "integer"], ignoreOrder: true);
        externalId.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        var line = Resolve(root, order.GetProperty("properties").GetProperty("lines").GetProperty("items"));
        line.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["skuCode", "title", "colour", "size", "quantity", "declaredUnitFen"],
            ignoreOrder: true);
        line.GetProperty("properties").GetProperty("declaredUnitFen").GetProperty("description").GetString()!.ShouldContain("fen");

        var responses = post.GetProperty("responses");
        var ok = Resolve(root, responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        ok.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["created", "duplicates", "rejected", "orders"], ignoreOrder: true);
        ok.GetProperty("properties").GetProperty("created").GetProperty("type").GetString().ShouldBe("integer");
        responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("orders").GetArrayLength()
            .ShouldBeGreaterThan(0);
        var refused = Resolve(root, responses.GetProperty("400").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        refused.GetProperty("properties").TryGetProperty("error", out _).ShouldBeTrue();
        responses.TryGetProperty("401", out _).ShouldBeTrue();
        var key = root.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        (key.GetProperty("type").GetString(), key.GetProperty("in").GetString(), key.GetProperty("name").GetString()).ShouldBe(("apiKey", "header", "X-Api-Key"));
        root.GetProperty("security").GetArrayLength().ShouldBe(1);
    }

    private async Task<(HttpClient Api, Guid ShopId)> ApiAsync()
    {
        var shop = Guid.CreateVersion7();
        await using var scope = factory.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new IssueDropshipApiKey(shop));
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key.Value);
        return (api, shop);
    }

    private sealed record Answer(HttpStatusCode Status, string Text)
    {
        public JsonElement Json { get; } = JsonDocument.Parse(Text).RootElement;
    }

    private static async Task<Answer> PostAsync(HttpClient client, string body, string url = "/api/dropship/orders")
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Errors(JsonElement answer) => answer.GetProperty("errors").EnumerateArray()
        .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString()!);

    /// A schema, or the component schema its $ref names.
    private static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}
