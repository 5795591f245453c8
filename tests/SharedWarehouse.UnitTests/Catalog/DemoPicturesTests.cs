using System.Buffers.Binary;
using System.IO.Compression;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Seeding;

namespace SharedWarehouse.UnitTests.Catalog;

/// The demo shops' drawn pictures pass the same checks as a merchant's upload and are pictures, not colour squares.
public sealed class DemoPicturesTests
{
    [Theory]
    [InlineData("Bottle")]
    [InlineData("Shirt")]
    [InlineData("Box")]
    [InlineData("Jar")]
    public void A_drawn_picture_is_a_600_pixel_png_with_goods_on_a_backdrop(string shape)
    {
        var png = DemoPictures.Draw(Enum.Parse<DemoPictures.Shape>(shape), (128, 28, 40), (238, 232, 224));

        var inspected = ImageInspector.Inspect(png);
        (inspected.Width, inspected.Height).ShouldBe((600, 600));
        var pixels = Pixels(png, 600, 600);
        pixels.Distinct().Count().ShouldBeGreaterThan(200, "shading and an anti-aliased edge, not a flat square");
        var centre = pixels[300 * 600 + 300];
        var corner = pixels[10 * 600 + 10];
        centre.ShouldNotBe(corner, "the goods stand out from the backdrop");
    }

    /// Inflates the IDAT of PngWriter's output (filter byte 0 per row, RGB) back into pixels.
    private static (byte, byte, byte)[] Pixels(byte[] png, int width, int height)
    {
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT") data.Write(png, at + 8, length);
            at += 12 + length;
        }
        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new (byte, byte, byte)[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = y * (1 + width * 3) + 1 + x * 3;
                pixels[y * width + x] = (bytes[i], bytes[i + 1], bytes[i + 2]);
            }
        return pixels;
    }
}
