using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

/// The order downloader's endpoint: authenticated by the shop's API key (X-Api-Key), no cookies, so no antiforgery
/// token. POST /api/dropship/orders takes { "orders": [...] } and answers what became of each (created, duplicate —
/// an external order id already received — or rejected with field errors); POST /api/dropship/returns registers a
/// buyer's return waybill so the parcel is found when scanned. Bodies are read by hand (JsonFields), so one
/// mistyped value is one order's error, never the batch's; described at /openapi/dropship.json.
[ApiController]
[IgnoreAntiforgeryToken]
[Route("api/dropship")]
[ApiExplorerSettings(GroupName = DropshipOpenApi.DocumentName)]
[Produces("application/json")]
[ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
[ResponseExample(StatusCodes.Status401Unauthorized, "unauthorized", "The X-Api-Key header is missing, malformed or not a current key.")]
public sealed class DropshipApiController(ISender sender, IRegionCatalog regions) : ControllerBase
{
    /// 500 orders of a few lines each are well under 1 MB; 50 lines to every order could approach 4 MB.
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [HttpPost("orders")]
    [RequestSizeLimit(MaxBodyBytes)]
    [EndpointSummary("Receive a batch of outside orders")]
    [EndpointDescription("Each order is validated on its own: a bad order is answered with its own errors and the rest of the batch is received. " +
        "An external order id this shop already sent is answered as a duplicate. New orders are filtered at once (warehouse stock reserved, " +
        "pickup tasks issued). The whole request is refused (400) only when the body is not JSON, not { \"orders\": [...] }, empty or above 500 orders.")]
    [DocumentedBody(typeof(OrdersRequest), "ordersRequest")]
    [ProducesResponseType<IntakeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    [ResponseExample(StatusCodes.Status200OK, "ordersResponse", "What became of each order (also when some or all were rejected or duplicates).")]
    [ResponseExample(StatusCodes.Status400BadRequest, "ordersBadRequest",
        "The body is empty, not JSON, not { \"orders\": [...] }, has no orders or more than 500: nothing was received.")]
    [ResponseExample(StatusCodes.Status409Conflict, "ordersConflict", "Another request of this shop kept saving the same orders: nothing was received; send the batch again.")]
    [ResponseExample(StatusCodes.Status413PayloadTooLarge, "ordersTooLarge", "The body is larger than 4 MB: nothing was received; send smaller batches.")]
    public async Task<IActionResult> Orders(CancellationToken ct)
    {
        if (await ShopAsync(ct) is not { } shopId) return InvalidKey();
        var (document, refused) = await ReadJsonAsync(ct);
        if (refused is not null) return refused;
        using var _ = document;
        if (document!.RootElement is not { ValueKind: JsonValueKind.Object } root || new JsonFields(root, "", []).Array("orders") is not { } orders)
            return Refuse("invalid_body", "请求体须是 JSON 对象 {\"orders\": [...]}，orders 是订单数组");
        if (orders.Count == 0) return Refuse("no_orders", "orders 里没有订单");
        if (orders.Count > ReceiveDropshipOrders.MaxBatch)
            return Refuse("too_many_orders", Format("一次最多 {0} 个订单，本次 {1} 个：请分批发送", ReceiveDropshipOrders.MaxBatch, orders.Count));

        var read = orders.Select(o => IncomingOrdersJson.Read(o, regions)).ToList();
        var readable = read.Where(r => r.Errors.Count == 0).Select(r => r.Order).ToList();
        IReadOnlyList<IntakeResult> received = [];
        if (readable.Count > 0)
        {
            var report = await sender.Send(new ReceiveDropshipOrders(shopId, readable), ct);
            if (report.IsFailure) return Failed(report.Errors);
            received = report.Value.Orders;
        }
        var outcomes = new List<OrderOutcome>(read.Count);
        var next = 0;
        for (var i = 0; i < read.Count; i++)
            outcomes.Add(read[i].Errors.Count > 0
                ? new OrderOutcome(i, read[i].ExternalOrderId, "rejected", null, read[i].Errors.Select(e => new FieldError(e.Field, e.Message)).ToList())
                : Outcome(i, received[next++]));
        return Ok(new IntakeResponse(outcomes.Count(o => o.Outcome == "created"), outcomes.Count(o => o.Outcome == "duplicate"),
            outcomes.Count(o => o.Outcome == "rejected"), outcomes));
    }

    [HttpPost("returns")]
    [RequestSizeLimit(64 * 1024)]
    [EndpointSummary("Register a buyer's return")]
    [EndpointDescription("The outside shop reports the return waybill of a shipped order, so the returned parcel is recognised when it is scanned in at the warehouse.")]
    [DocumentedBody(typeof(ReturnRequest), "returnRequest")]
    [ProducesResponseType<ReturnResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ResponseExample(StatusCodes.Status200OK, "returnResponse", "The return is registered.")]
    [ResponseExample(StatusCodes.Status400BadRequest, "returnBadRequest", "The body is not JSON, or the order is unknown, not shipped, or the waybill is missing.")]
    public async Task<IActionResult> Returns(CancellationToken ct)
    {
        if (await ShopAsync(ct) is not { } shopId) return InvalidKey();
        var (document, refused) = await ReadJsonAsync(ct);
        if (refused is not null) return refused;
        using var _ = document;
        if (document!.RootElement.ValueKind != JsonValueKind.Object)
            return Refuse("invalid_body", "请求体须是 JSON 对象 {\"externalOrderId\": ..., \"returnWaybill\": ...}");
        var errors = new List<IntakeError>();
        var f = new JsonFields(document.RootElement, "", errors);
        var externalOrderId = f.Id("externalOrderId");
        var waybill = f.Id("returnWaybill");
        if (errors.Count > 0) return Refuse("invalid_return", "退货登记有误", errors.Select(e => new FieldError(e.Field, e.Message)).ToList());
        var expected = await sender.Send(new ExpectReturn(shopId, externalOrderId, waybill), ct);
        return expected.IsSuccess ? Ok(new ReturnResponse(true)) : Refuse("invalid_return", "退货登记有误", FieldErrors(expected.Errors));
    }

    private static OrderOutcome Outcome(int index, IntakeResult r) => new(index, r.ExternalOrderId, r.Outcome switch
    {
        IntakeOutcome.Created => "created",
        IntakeOutcome.Duplicate => "duplicate",
        _ => "rejected",
    }, r.Number, r.Errors.Select(e => new FieldError(IncomingOrdersJson.ApiField(e.Field), e.Message)).ToList());

    /// The body as JSON, or the answer refusing it: empty, not JSON (with where it stopped making sense), too large.
    private async Task<(JsonDocument? Document, IActionResult? Refused)> ReadJsonAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        try
        {
            await Request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCode(StatusCodes.Status413PayloadTooLarge,
                new ApiError("body_too_large", Format("请求体超过 {0} MB：请分批发送", MaxBodyBytes / 1024 / 1024))));
        }
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..]; // a UTF-8 byte order mark some Windows tools write
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty) return (null, Refuse("empty_body", "请求体为空：须是 JSON 对象 {\"orders\": [...]}"));
        try
        {
            return (JsonDocument.Parse(bytes.ToArray(), Lenient), null);
        }
        catch (JsonException ex)
        {
            return (null, Refuse("invalid_json", Format("请求体不是有效的 JSON（第 {0} 行第 {1} 个字节附近）：须是 UTF-8 编码的 JSON 对象",
                (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1)));
        }
    }

    private IActionResult Failed(IReadOnlyList<Error> errors) => errors.All(e => e.Code == "conflict")
        ? Conflict(new ApiError("busy", "同一批订单正在被另一个请求保存，请稍后重试"))
        : Refuse("invalid_body", string.Join("; ", errors.Select(e => IntakeError.From(e).Message)));

    private BadRequestObjectResult Refuse(string error, string message, IReadOnlyList<FieldError>? errors = null) => BadRequest(new ApiError(error, message, errors));

    private UnauthorizedObjectResult InvalidKey() =>
        Unauthorized(new ApiError("invalid_api_key", "X-Api-Key 缺失或无效：请在商家后台的代发设置里生成 API 密钥"));

    private static List<FieldError> FieldErrors(IEnumerable<Error> errors) =>
        errors.Select(IntakeError.From).Select(e => new FieldError(IncomingOrdersJson.ApiField(e.Field), e.Message)).ToList();

    private static string Format(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);

    private Task<Guid?> ShopAsync(CancellationToken ct) =>
        sender.Send(new AuthenticateDropshipKey(Request.Headers["X-Api-Key"].ToString()), ct);
}
