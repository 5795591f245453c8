namespace SharedWarehouse.Web.Setup;

public static class SecurityHeaders
{
    /// The CSP allows only the app's own scripts, styles, images and form targets: no inline script,
    /// no CDN. Images may be data: URIs (QR previews later) and blob: (upload previews).
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
                               "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
                               "base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = Csp;
            headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
