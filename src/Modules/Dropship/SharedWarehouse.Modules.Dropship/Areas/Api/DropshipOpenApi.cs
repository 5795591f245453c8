using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

/// The OpenAPI description of the dropship API (GET /openapi/dropship.json, in every environment): the controllers of
/// the "dropship" group only, never the MVC pages. The request bodies are read by hand, so their schemas come from the
/// describing records named by [DocumentedBody]; examples live in DropshipApiExamples.json (real Chinese values, one
/// place to keep them current).
internal static class DropshipOpenApi
{
    public const string DocumentName = "dropship";
    private const string KeyScheme = "ApiKey";

    private static readonly Lazy<JsonObject> Examples = new(() =>
    {
        using var stream = typeof(DropshipOpenApi).Assembly.GetManifestResourceStream("SharedWarehouse.Modules.Dropship.DropshipApiExamples.json")
            ?? throw new InvalidOperationException("DropshipApiExamples.json is not embedded.");
        return JsonNode.Parse(stream)!.AsObject();
    });

    public static void Configure(OpenApiOptions o)
    {
        o.ShouldInclude = d => d.GroupName == DocumentName;
        o.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        o.AddOperationTransformer(DescribeOperationAsync);
        o.AddSchemaTransformer((schema, context, _) =>
        {
            Annotate(schema, context);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "SharedWarehouse dropship API",
            Version = "1",
            Description = """
                For the merchant's order downloader: send the orders of its outside shops (Taobao/Tmall, Pinduoduo, Douyin, ...) in
                batches of up to 500, and report buyers' returns. Every request carries the shop's API key in the X-Api-Key header
                (the merchant creates it in the back office's dropship settings; a new key replaces the old one).

                Orders are judged one by one: the answer lists every order of the batch in the request's order with its outcome
                (created, duplicate, rejected) and, for a rejected order, its field errors. Sending a batch again is safe: orders
                already received are answered as duplicates. Ids, phone numbers and region codes may be strings or whole numbers;
                money is in fen as whole numbers. Unknown properties are ignored.

                A request refused as a whole (401, 400, 409, 413) is answered with { "error": code, "message": text }; messages
                are in plain Chinese, meant to be shown to the person running the downloader.
                """,
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[KeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "The shop's dropship API key (sw_…), from the back office's dropship settings.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, document)] = [] });
    }

    private static async Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<DocumentedBodyAttribute>().FirstOrDefault() is { } body)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "UTF-8 JSON.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, ct), Example = Example(body.Example) },
                },
            };
        if (operation.Responses is null) return;
        foreach (var answer in metadata.OfType<ResponseExampleAttribute>())
        {
            if (!operation.Responses.TryGetValue(answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)) continue;
            if (response is OpenApiResponse described) described.Description = answer.Description;
            if (response.Content?.TryGetValue("application/json", out var media) == true) media.Example = Example(answer.Example);
        }
    }

    /// Properties marked [StringOrInteger] take both JSON types; [OpenApiExample] gives a property its example.
    private static void Annotate(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is not { } property) return;
        if (property.IsDefined(typeof(StringOrIntegerAttribute), true)) schema.Type = JsonSchemaType.String | JsonSchemaType.Integer;
        if (property.GetCustomAttributes(typeof(OpenApiExampleAttribute), true).FirstOrDefault() is OpenApiExampleAttribute example)
            schema.Examples = [JsonNode.Parse(example.Json)!];
    }

    private static JsonNode Example(string name) =>
        (Examples.Value[name] ?? throw new InvalidOperationException($"No example {name} in DropshipApiExamples.json.")).DeepClone();
}

/// The action reads its body by hand: the OpenAPI description shows this record's schema and the named example.
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DocumentedBodyAttribute(Type type, string example) : Attribute
{
    public Type Type { get; } = type;
    public string Example { get; } = example;
}

/// The description and the named example (DropshipApiExamples.json) of one of the action's answers.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ResponseExampleAttribute(int status, string example, string description) : Attribute
{
    public int Status { get; } = status;
    public string Example { get; } = example;
    public string Description { get; } = description;
}
