using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.Modules.Catalog.Seeding;

/// Product pictures for the demo shops, drawn here because the demo must not ship photographs: a soft studio
/// background and a shaded silhouette of the goods (a bottle, a T-shirt, a box, a jar), so the storefront looks like
/// a shop rather than a page of colour squares. Shapes are signed distance functions (negative inside), so edges
/// are anti-aliased by turning the distance into coverage.
internal static class DemoPictures
{
    public enum Shape { Bottle, Shirt, Box, Jar }

    public const int Size = 600;

    public static byte[] Draw(Shape shape, (byte R, byte G, byte B) colour, (byte R, byte G, byte B) backdrop) =>
        PngWriter.Draw(Size, Size, (x, y) =>
        {
            double u = x + .5, v = y + .5;
            // Backdrop: lighter at the top, a soft floor shadow under the goods.
            var light = 1.08 - .18 * v / Size;
            var floor = Math.Exp(-Math.Pow((u - 300) / 150, 2) - Math.Pow((v - 520) / 22, 2)) * .28;
            var (r, g, b) = (backdrop.R * light * (1 - floor), backdrop.G * light * (1 - floor), backdrop.B * light * (1 - floor));

            var distance = Distance(shape, u, v);
            var coverage = Math.Clamp(.5 - distance, 0, 1);
            if (coverage > 0)
            {
                // Shading: a highlight band on the left third, darker towards the right edge.
                var across = (u - 180) / 240;
                var shade = .78 + .35 * Math.Exp(-Math.Pow((across - .28) / .12, 2)) - .18 * Math.Clamp(across - .6, 0, 1);
                var (sr, sg, sb) = (colour.R * shade, colour.G * shade, colour.B * shade);
                (r, g, b) = (r + (sr - r) * coverage, g + (sg - g) * coverage, b + (sb - b) * coverage);
                if (shape == Shape.Box && Math.Abs(u - 300) < 14 && distance < 0) (r, g, b) = (230, 190, 70); // the ribbon
            }
            return (Byte(r), Byte(g), Byte(b));
        });

    private static double Distance(Shape shape, double x, double y) => shape switch
    {
        Shape.Bottle => Math.Min(RoundedBox(x, y, 300, 370, 85, 140, 40), Math.Min(RoundedBox(x, y, 300, 200, 34, 70, 14), RoundedBox(x, y, 300, 128, 40, 14, 6))),
        Shape.Shirt => Shirt(x, y),
        Shape.Box => RoundedBox(x, y, 300, 340, 170, 150, 10),
        Shape.Jar => Math.Min(RoundedBox(x, y, 300, 360, 120, 150, 30), RoundedBox(x, y, 300, 195, 100, 28, 8)),
        _ => 1,
    };

    /// A body and two sleeves, minus a round neckline.
    private static double Shirt(double x, double y)
    {
        var body = Math.Min(RoundedBox(x, y, 300, 340, 120, 160, 16), Math.Min(RoundedBox(x, y, 185, 230, 60, 45, 14), RoundedBox(x, y, 415, 230, 60, 45, 14)));
        return Math.Max(body, -Circle(x, y, 300, 180, 42));
    }

    private static double Circle(double x, double y, double cx, double cy, double radius) => Math.Sqrt(Square(x - cx) + Square(y - cy)) - radius;

    /// A rectangle centred on (cx, cy) with half-sizes (hx, hy) and corners rounded by r.
    private static double RoundedBox(double x, double y, double cx, double cy, double hx, double hy, double r)
    {
        var qx = Math.Abs(x - cx) - hx + r;
        var qy = Math.Abs(y - cy) - hy + r;
        return Math.Sqrt(Square(Math.Max(qx, 0)) + Square(Math.Max(qy, 0))) + Math.Min(Math.Max(qx, qy), 0) - r;
    }

    private static double Square(double v) => v * v;

    private static byte Byte(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
}
