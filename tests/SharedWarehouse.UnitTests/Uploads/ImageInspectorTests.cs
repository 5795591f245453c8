using System.Buffers.Binary;
using System.Text;
using SharedWarehouse.BuildingBlocks.Uploads;
using Shouldly;
using Xunit;

namespace SharedWarehouse.UnitTests.Uploads;

public sealed class ImageInspectorTests
{
    [Fact]
    public void A_png_reports_its_ihdr_size() =>
        ImageInspector.Inspect(Png(640, 480)).ShouldBe(new ImageInspection(ImageFormat.Png, 640, 480));

    [Fact]
    public void A_png_cut_off_before_the_end_of_ihdr_is_unknown()
    {
        var png = Png(640, 480);

        // 8 signature + 4 length + 4 type + 13 data: anything shorter lacks a complete header.
        for (var length = 8; length < 29; length++)
        {
            ImageInspector.Inspect(png.AsSpan(0, length)).Format.ShouldBe(ImageFormat.Unknown, $"length {length}");
        }
    }

    [Fact]
    public void A_png_whose_first_chunk_is_not_ihdr_is_unknown()
    {
        var png = Png(640, 480);
        "IDAT"u8.CopyTo(png.AsSpan(12));

        ImageInspector.Inspect(png).IsRecognised.ShouldBeFalse();
    }

    [Fact]
    public void A_png_with_zero_width_is_unknown() =>
        ImageInspector.Inspect(Png(0, 480)).IsRecognised.ShouldBeFalse();

    [Fact]
    public void A_jpeg_reports_the_size_in_its_sof0_segment() =>
        ImageInspector.Inspect(Jpeg(1024, 768)).ShouldBe(new ImageInspection(ImageFormat.Jpeg, 1024, 768));

    [Fact]
    public void A_progressive_jpeg_reports_the_size_in_its_sof2_segment() =>
        ImageInspector.Inspect(Jpeg(800, 600, sofMarker: 0xC2)).ShouldBe(new ImageInspection(ImageFormat.Jpeg, 800, 600));

    [Fact]
    public void Jpeg_huffman_tables_fill_bytes_and_restart_markers_before_the_frame_are_skipped()
    {
        var jpeg = Concat(
            [0xFF, 0xD8],
            App0(),
            Segment(0xC4, new byte[29]), // DHT shares the SOFn range but is not a frame
            [0xFF, 0xFF, 0xFF], // fill bytes before the next marker
            [0xFF, 0xD0], // standalone RST0
            Segment(0xCC, [0x00, 0x00]), // DAC, likewise not a frame
            Sof(0xC0, 1200, 900),
            EndOfImage());

        ImageInspector.Inspect(jpeg).ShouldBe(new ImageInspection(ImageFormat.Jpeg, 1200, 900));
    }

    [Fact]
    public void A_thumbnail_inside_exif_does_not_change_the_reported_jpeg_size()
    {
        // The APP1 payload contains a complete SOF0 for a 160x120 thumbnail; only the real frame counts.
        var thumbnail = Concat("Exif\0\0"u8.ToArray(), [0xFF, 0xD8], Sof(0xC0, 160, 120));
        var jpeg = Concat([0xFF, 0xD8], Segment(0xE1, thumbnail), Sof(0xC0, 4000, 3000), EndOfImage());

        ImageInspector.Inspect(jpeg).ShouldBe(new ImageInspection(ImageFormat.Jpeg, 4000, 3000));
    }

    [Fact]
    public void A_jpeg_whose_frame_header_lies_beyond_the_given_bytes_is_unknown()
    {
        // Two maximum-size APP segments (e.g. EXIF and an ICC profile) push the SOF past 64 KiB.
        var jpeg = Concat([0xFF, 0xD8], Segment(0xE1, new byte[65533]), Segment(0xE2, new byte[65533]), Sof(0xC0, 1024, 768), EndOfImage());

        ImageInspector.Inspect(jpeg).IsRecognised.ShouldBeTrue();
        ImageInspector.Inspect(jpeg.AsSpan(0, ImageInspector.RecommendedHeaderBytes)).IsRecognised.ShouldBeFalse();
    }

    [Fact]
    public void A_jpeg_reaching_scan_data_without_a_frame_is_unknown()
    {
        var jpeg = Concat([0xFF, 0xD8], App0(), Segment(0xDA, new byte[10]), EndOfImage());

        ImageInspector.Inspect(jpeg).IsRecognised.ShouldBeFalse();
    }

    [Fact]
    public void A_lossy_webp_reports_its_vp8_frame_size_without_the_scale_bits()
    {
        // Top two bits of each dimension are upscaling hints, not part of the size.
        var webp = Riff("VP8 ", [0x50, 0x01, 0x00, 0x9D, 0x01, 0x2A, .. U16(320 | 0x4000), .. U16(240 | 0x8000)]);

        ImageInspector.Inspect(webp).ShouldBe(new ImageInspection(ImageFormat.Webp, 320, 240));
    }

    [Fact]
    public void A_lossless_webp_reports_its_fourteen_bit_vp8l_size()
    {
        var webp = Riff("VP8L", [0x2F, .. U32((uint)(300 - 1) | (uint)(200 - 1) << 14 | 1u << 28)]);

        ImageInspector.Inspect(webp).ShouldBe(new ImageInspection(ImageFormat.Webp, 300, 200));
    }

    [Fact]
    public void A_lossless_webp_with_an_unknown_version_is_unknown()
    {
        var webp = Riff("VP8L", [0x2F, .. U32((uint)(300 - 1) | (uint)(200 - 1) << 14 | 1u << 29)]);

        ImageInspector.Inspect(webp).IsRecognised.ShouldBeFalse();
    }

    [Fact]
    public void An_extended_webp_reports_its_vp8x_canvas_size_plus_one()
    {
        // 20000 does not fit the 14-bit VP8L fields; VP8X carries 24 bits.
        var webp = Riff("VP8X", [0x10, 0, 0, 0, .. U24(20000 - 1), .. U24(1080 - 1)]);

        ImageInspector.Inspect(webp).ShouldBe(new ImageInspection(ImageFormat.Webp, 20000, 1080));
    }

    [Fact]
    public void A_riff_file_that_is_not_webp_is_unknown()
    {
        var wave = Riff("VP8X", [0x10, 0, 0, 0, .. U24(99), .. U24(99)]);
        "WAVE"u8.CopyTo(wave.AsSpan(8));

        ImageInspector.Inspect(wave).IsRecognised.ShouldBeFalse();
    }

    [Fact]
    public void A_text_file_renamed_to_png_is_unknown() =>
        ImageInspector.Inspect("hello"u8).ShouldBe(ImageInspection.Unrecognised);

    [Fact]
    public void An_empty_file_is_unknown() =>
        ImageInspector.Inspect([]).Format.ShouldBe(ImageFormat.Unknown);

    [Fact]
    public void A_gif_is_unknown_and_not_accepted_as_a_document()
    {
        byte[] gif = [.. "GIF89a"u8, .. U16(640), .. U16(480), 0x00, 0x00, 0x00, 0x3B];

        var inspection = ImageInspector.Inspect(gif);

        inspection.Format.ShouldBe(ImageFormat.Unknown);
        ImageRules.Documents.Check(gif.Length, inspection).ShouldBe(ImageCheck.NotAnImage);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 1000; i++)
        {
            var bytes = new byte[random.Next(0, 512)];
            random.NextBytes(bytes);

            ShouldBeSafe(bytes);
        }
    }

    [Fact]
    public void Corrupted_and_truncated_real_headers_never_throw()
    {
        // Plain random bytes almost never reach the format parsers; mutating real headers does.
        byte[][] seeds =
        [
            Png(640, 480),
            Jpeg(1024, 768),
            Riff("VP8 ", [0x50, 0x01, 0x00, 0x9D, 0x01, 0x2A, .. U16(320), .. U16(240)]),
            Riff("VP8L", [0x2F, .. U32(299u | 199u << 14)]),
            Riff("VP8X", [0x10, 0, 0, 0, .. U24(1919), .. U24(1079)]),
        ];
        var random = new Random(7064);

        for (var i = 0; i < 1000; i++)
        {
            var seed = seeds[i % seeds.Length];
            var bytes = seed.AsSpan(0, random.Next(0, seed.Length + 1)).ToArray();
            for (var flips = random.Next(0, 4); flips > 0 && bytes.Length > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            ShouldBeSafe(bytes);
        }
    }

    [Fact]
    public void A_recognised_document_within_the_limits_is_ok() =>
        ImageRules.Documents.Check(300_000, new ImageInspection(ImageFormat.Jpeg, 1024, 768)).ShouldBe(ImageCheck.Ok);

    [Fact]
    public void A_file_over_five_mebibytes_is_too_large() =>
        ImageRules.Documents.Check(5 * 1024 * 1024 + 1, new ImageInspection(ImageFormat.Jpeg, 1024, 768)).ShouldBe(ImageCheck.TooLarge);

    [Fact]
    public void A_file_of_exactly_five_mebibytes_is_allowed() =>
        ImageRules.Documents.Check(5 * 1024 * 1024, new ImageInspection(ImageFormat.Png, 200, 200)).ShouldBe(ImageCheck.Ok);

    [Theory]
    [InlineData(199, 600)]
    [InlineData(600, 199)]
    public void An_image_under_200_pixels_on_either_side_is_too_small(int width, int height) =>
        ImageRules.Documents.Check(10_000, new ImageInspection(ImageFormat.Png, width, height)).ShouldBe(ImageCheck.TooSmall);

    [Fact]
    public void An_image_over_8000_pixels_on_a_side_is_too_big() =>
        ImageRules.Documents.Check(10_000, new ImageInspection(ImageFormat.Webp, 20000, 1080)).ShouldBe(ImageCheck.TooBig);

    [Fact]
    public void A_zero_length_upload_is_empty() =>
        ImageRules.Documents.Check(0, ImageInspection.Unrecognised).ShouldBe(ImageCheck.Empty);

    [Fact]
    public void A_format_outside_the_allowed_set_is_rejected()
    {
        var pngOnly = ImageRules.Documents with { Allowed = new HashSet<ImageFormat> { ImageFormat.Png } };

        pngOnly.Check(10_000, new ImageInspection(ImageFormat.Jpeg, 1024, 768)).ShouldBe(ImageCheck.FormatNotAllowed);
    }

    [Fact]
    public void Inspected_bytes_feed_straight_into_the_rules()
    {
        var png = Png(640, 480);

        ImageRules.Documents.Check(png.Length, ImageInspector.Inspect(png)).ShouldBe(ImageCheck.Ok);
        ImageRules.Documents.Check(5, ImageInspector.Inspect("hello"u8)).ShouldBe(ImageCheck.NotAnImage);
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg, ".jpg", "image/jpeg")]
    [InlineData(ImageFormat.Png, ".png", "image/png")]
    [InlineData(ImageFormat.Webp, ".webp", "image/webp")]
    public void Each_format_has_an_extension_and_content_type(ImageFormat format, string extension, string contentType)
    {
        format.ToFileExtension().ShouldBe(extension);
        format.ToContentType().ShouldBe(contentType);
    }

    [Fact]
    public void An_unknown_format_has_no_extension() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ImageFormat.Unknown.ToFileExtension());

    private static void ShouldBeSafe(byte[] bytes)
    {
        var inspection = Should.NotThrow(() => ImageInspector.Inspect(bytes));
        if (inspection.IsRecognised)
        {
            inspection.Width.ShouldBeGreaterThan(0);
            inspection.Height.ShouldBeGreaterThan(0);
        }
        else
        {
            inspection.ShouldBe(ImageInspection.Unrecognised);
        }
    }

    // Signature, IHDR (8-bit RGB) with a correct CRC, and IEND: what an encoder writes before pixel data.
    private static byte[] Png(int width, int height) => Concat(
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        PngChunk("IHDR", [.. U32BigEndian((uint)width), .. U32BigEndian((uint)height), 8, 2, 0, 0, 0]),
        PngChunk("IEND", []));

    private static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        return [.. U32BigEndian((uint)data.Length), .. typeAndData, .. U32BigEndian(Crc32(typeAndData))];
    }

    private static byte[] Jpeg(int width, int height, byte sofMarker = 0xC0) => Concat(
        [0xFF, 0xD8],
        App0(),
        Segment(0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]), // one quantisation table
        Sof(sofMarker, width, height),
        Segment(0xDA, [0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]),
        [0x12, 0x34, 0xFF, 0x00, 0x56], // a little entropy-coded data, with a stuffed FF
        EndOfImage());

    private static byte[] App0() =>
        Segment(0xE0, [.. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);

    // Precision 8, height, width, three components (Y 2x2 subsampled, Cb, Cr).
    private static byte[] Sof(byte marker, int width, int height) =>
        Segment(marker, [0x08, .. U16BigEndian(height), .. U16BigEndian(width), 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, .. U16BigEndian(payload.Length + 2), .. payload];

    private static byte[] EndOfImage() => [0xFF, 0xD9];

    private static byte[] Riff(string fourCc, byte[] chunkData)
    {
        byte[] chunk = [.. Encoding.ASCII.GetBytes(fourCc), .. U32((uint)chunkData.Length), .. chunkData];
        if (chunkData.Length % 2 == 1)
        {
            chunk = [.. chunk, 0x00]; // RIFF chunks are padded to even length
        }

        return [.. "RIFF"u8, .. U32((uint)(4 + chunk.Length)), .. "WEBP"u8, .. chunk];
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] U16(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
        return bytes;
    }

    private static byte[] U24(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16)];

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] U16BigEndian(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)value);
        return bytes;
    }

    private static byte[] U32BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    // PNG's CRC-32 (polynomial 0xEDB88320); System.IO.Hashing is a separate package we do not use.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
