namespace SharedWarehouse.BuildingBlocks.Uploads;

/// An uploaded image as a command carries it: the bytes, read up to the limit + 1 so that "too large"
/// is still detectable without buffering an arbitrarily large body.
public sealed record UploadedImage(byte[] Content)
{
    public ImageInspection Inspect() =>
        ImageInspector.Inspect(Content.AsSpan(0, Math.Min(Content.Length, ImageInspector.RecommendedHeaderBytes)));

    public ImageCheck Check(ImageRules rules) => rules.Check(Content.Length, Inspect());

    public static string MessageFor(ImageCheck check) => check switch
    {
        ImageCheck.Empty => "请上传图片",
        ImageCheck.TooLarge => "图片不能超过 5 MB",
        ImageCheck.TooSmall => "图片太小，宽和高至少 200 像素",
        ImageCheck.TooBig => "图片尺寸过大，宽和高不能超过 8000 像素",
        _ => "文件不是有效的图片（支持 JPG、PNG、WebP）",
    };
}
