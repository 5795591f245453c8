using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.UnitTests.Ordering;

public sealed class ReviewPhotoTests
{
    private static Review NewReview()
    {
        var line = new OrderLine(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "JX-1", "酱香酒", "500ml", 12800, 1, "ref-1");
        return Review.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), line, 5, "好", DateTime.UtcNow).Value;
    }

    private static StoredPhoto Stored(int n) => new($"reviews/2026/11/{n}.png", 1000, 300, 300);

    [Fact]
    public void Photos_are_kept_in_the_order_given_up_to_six_in_all()
    {
        var review = NewReview();
        review.AttachImages([Stored(1), Stored(2)]).IsSuccess.ShouldBeTrue();
        review.AttachImages([Stored(3), Stored(4), Stored(5), Stored(6)]).IsSuccess.ShouldBeTrue();

        review.Images.Select(i => (i.SortOrder, i.StoredName)).ShouldBe(Enumerable.Range(1, 6).Select(n => (n, $"reviews/2026/11/{n}.png")));
        review.Images.ShouldAllBe(i => i.ReviewId == review.Id);
    }

    [Fact]
    public void A_seventh_photo_is_refused_on_the_images_field_and_nothing_is_added()
    {
        var review = NewReview();
        review.AttachImages([.. Enumerable.Range(1, 5).Select(Stored)]).IsSuccess.ShouldBeTrue();

        var refused = review.AttachImages([Stored(6), Stored(7)]);

        refused.Errors.Single().Field.ShouldBe("Images");
        review.Images.Count.ShouldBe(5);
    }

    [Fact]
    public void The_photo_rules_are_the_limits_the_upload_messages_name()
    {
        // UploadedImage.MessageFor says "5 MB", "200 像素" and "8000 像素"; the rules must not drift from them.
        (Photos.Rules.MaxBytes, Photos.Rules.MinWidth, Photos.Rules.MinHeight, Photos.Rules.MaxWidth, Photos.Rules.MaxHeight)
            .ShouldBe((5L * 1024 * 1024, 200, 200, 8000, 8000));
        new UploadedImage(PngWriter.Solid(199, 300, 1, 2, 3)).Check(Photos.Rules).ShouldBe(ImageCheck.TooSmall);
        new UploadedImage(PngWriter.Solid(200, 200, 1, 2, 3)).Check(Photos.Rules).ShouldBe(ImageCheck.Ok);
    }
}
