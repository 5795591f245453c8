using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace SharedWarehouse.WebTests.Infrastructure;

public sealed record Upload(string Field, string FileName, byte[] Content, string ContentType = "image/png");

/// One browser: a cookie jar shared by its requests; redirects are returned, not followed, so tests see them.
public sealed class Visitor
{
    public const string TokenField = "__RequestVerificationToken";
    public static readonly Uri BaseAddress = new("http://localhost");

    public Visitor(SharedWarehouseFactory factory)
    {
        Factory = factory;
        Cookies = new CookieContainerHandler();
        Http = factory.CreateDefaultClient(BaseAddress, Cookies);
    }

    public SharedWarehouseFactory Factory { get; }
    public CookieContainerHandler Cookies { get; }
    public HttpClient Http { get; }

    public string? Phone { get; set; }

    public void SetCookie(string name, string value) => Cookies.Container.Add(BaseAddress, new Cookie(name, value, "/"));

    public bool HasCookie(string name) => Cookies.Container.GetCookies(BaseAddress)[name] is not null;

    public async Task<Page> GetAsync(string url) => await Page.ReadAsync(await Http.GetAsync(url));

    /// Follows a redirect answer with a GET, as a browser would.
    public async Task<Page> FollowAsync(Page redirect)
    {
        redirect.IsRedirect.ShouldBeTrue($"expected a redirect, got {redirect}");
        return await GetAsync(redirect.Location!);
    }

    /// POST application/x-www-form-urlencoded; the token (when given) is added as the form would add it.
    public async Task<Page> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null) all.Add(new(TokenField, token));
        return await Page.ReadAsync(await Http.PostAsync(action, new FormUrlEncodedContent(all)));
    }

    /// POST multipart/form-data (file uploads).
    public async Task<Page> PostMultipartAsync(string action, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<Upload> files, string? token)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (token is not null) content.Add(new StringContent(token), TokenField);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }
        return await Page.ReadAsync(await Http.PostAsync(action, content));
    }

    /// Opens the page, takes the token of the form posting to formAction, and submits that form (to the
    /// formaction of the pressed button when postTo is given).
    public async Task<Page> SubmitAsync(string pageUrl, string formAction, IEnumerable<KeyValuePair<string, string>> fields,
        string? postTo = null)
    {
        var page = await GetAsync(pageUrl);
        return await PostAsync(postTo ?? formAction, fields, page.Token(formAction));
    }

    public async Task<Page> SubmitMultipartAsync(string pageUrl, string formAction, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<Upload> files)
    {
        var page = await GetAsync(pageUrl);
        return await PostMultipartAsync(formAction, fields, files, page.Token(formAction));
    }
}
