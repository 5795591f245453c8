using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class ProductReviewTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Shop = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Reviewer = Guid.CreateVersion7();
    private static readonly Guid Category = Guid.CreateVersion7();

    private static SkuDraft Sku(string code = "A-1", long price = 10000, Guid? id = null) => new(id, code, null, "500ml", price, 900, []);

    private static Product Draft(string name = "清香白酒")
    {
        var product = Product.Create(Shop, Owner, Now);
        product.Edit(name, Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku()], Now).IsSuccess.ShouldBeTrue();
        product.AddImage(new ProductImage("a.png", "hash-a", 1000, 400, 400, "Png", 0), Now).IsSuccess.ShouldBeTrue();
        return product;
    }

    private static Product Approved()
    {
        var product = Draft();
        product.Submit(Owner, [], Now).IsSuccess.ShouldBeTrue();
        product.Approve(Reviewer, Now).IsSuccess.ShouldBeTrue();
        return product;
    }

    [Fact]
    public void A_new_product_is_a_draft_that_cannot_be_listed()
    {
        var product = Draft();

        product.Status.ShouldBe(ReviewStatus.Draft);
        product.List(Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void Submitting_needs_an_image()
    {
        var product = Product.Create(Shop, Owner, Now);
        product.Edit("酒", Category, null, "", [], new Dictionary<string, string>(), [Sku()], Now);

        product.Submit(Owner, [], Now).Errors.ShouldContain(e => e.Field == "Images");
        product.Status.ShouldBe(ReviewStatus.Draft);
    }

    [Fact]
    public void Approval_freezes_the_content_marks_skus_approved_and_records_who()
    {
        var product = Approved();

        product.Status.ShouldBe(ReviewStatus.Approved);
        product.ApprovedContent!.Name.ShouldBe("清香白酒");
        product.Skus.ShouldAllBe(s => s.IsApproved);
        product.History.Select(h => (h.Action, h.ActorId)).ShouldBe([(ReviewAction.Submitted, Owner), (ReviewAction.Approved, Reviewer)]);
    }

    [Fact]
    public void The_owner_cannot_review_their_own_product()
    {
        var product = Draft();
        product.Submit(Owner, [], Now);

        product.Approve(Owner, Now).IsFailure.ShouldBeTrue();
        product.Status.ShouldBe(ReviewStatus.Pending);
    }

    [Fact]
    public void Rejection_needs_a_reason_and_the_merchant_can_edit_and_resubmit()
    {
        var product = Draft();
        product.Submit(Owner, [], Now);

        product.Reject(Reviewer, " ", Now).Errors.ShouldContain(e => e.Field == "Reason");
        product.Reject(Reviewer, "图片模糊", Now).IsSuccess.ShouldBeTrue();
        product.Status.ShouldBe(ReviewStatus.Rejected);
        product.Edit("清香白酒 2", Category, null, "好喝", [], new Dictionary<string, string>(), [Sku(id: product.Skus[0].Id)], Now).IsSuccess.ShouldBeTrue();
        product.Submit(Owner, [], Now).IsSuccess.ShouldBeTrue();

        product.Status.ShouldBe(ReviewStatus.Pending);
        product.History.Last().Action.ShouldBe(ReviewAction.Resubmitted);
    }

    [Fact]
    public void Editing_content_of_an_approved_product_makes_a_new_version_while_the_approved_one_stays()
    {
        var product = Approved();
        product.List(Now).IsSuccess.ShouldBeTrue();

        product.Edit("新名字", Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku(id: product.Skus[0].Id)], Now).IsSuccess.ShouldBeTrue();

        product.Status.ShouldBe(ReviewStatus.Draft);
        product.IsListed.ShouldBeTrue();
        product.ApprovedContent!.Name.ShouldBe("清香白酒");
        product.ApprovedName.ShouldBe("清香白酒");
    }

    [Fact]
    public void A_price_change_needs_no_review()
    {
        var product = Approved();

        product.Edit("清香白酒", Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku(price: 8800, id: product.Skus[0].Id)], Now).IsSuccess.ShouldBeTrue();

        product.Status.ShouldBe(ReviewStatus.Approved);
        product.Skus[0].RetailPriceFen.ShouldBe(8800);
    }

    [Fact]
    public void Content_cannot_change_while_pending_but_prices_can()
    {
        var product = Draft();
        product.Submit(Owner, [], Now);

        product.Edit("改名", Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku(id: product.Skus[0].Id)], Now).IsFailure.ShouldBeTrue();
        product.Edit("清香白酒", Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku(price: 9000, id: product.Skus[0].Id)], Now).IsSuccess.ShouldBeTrue();
        product.Status.ShouldBe(ReviewStatus.Pending);
    }

    [Fact]
    public void A_sku_added_to_an_approved_product_is_not_approved_until_the_next_approval()
    {
        var product = Approved();

        product.Edit("清香白酒", Category, null, "好喝", ["白酒"], new Dictionary<string, string>(), [Sku(id: product.Skus[0].Id), Sku("B-2")], Now);

        product.Status.ShouldBe(ReviewStatus.Draft);
        product.Skus.Single(s => s.Code == "B-2").IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void An_approved_sku_cannot_be_removed()
    {
        var product = Approved();

        product.Edit("清香白酒", Category, null, "好喝", [], new Dictionary<string, string>(), [Sku("B-2")], Now).Errors.ShouldContain(e => e.Field == "Skus");
    }

    [Fact]
    public void Force_delist_needs_a_reason_and_blocks_relisting_until_approved_again()
    {
        var product = Approved();
        product.List(Now);

        product.ForceDelist(Reviewer, "", Now).IsFailure.ShouldBeTrue();
        product.ForceDelist(Reviewer, "虚假宣传", Now).IsSuccess.ShouldBeTrue();

        product.IsListed.ShouldBeFalse();
        product.List(Now).IsFailure.ShouldBeTrue();
        product.Edit("清香白酒 新版", Category, null, "好喝", [], new Dictionary<string, string>(), [Sku(id: product.Skus[0].Id)], Now);
        product.Submit(Owner, [], Now).IsSuccess.ShouldBeTrue();
        product.Approve(Reviewer, Now).IsSuccess.ShouldBeTrue();
        product.List(Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Submitting_twice_records_one_submission()
    {
        var product = Draft();

        product.Submit(Owner, [], Now).IsSuccess.ShouldBeTrue();
        product.Submit(Owner, [], Now).IsSuccess.ShouldBeTrue();

        product.History.Count.ShouldBe(1);
    }

    [Fact]
    public void Attributes_longer_than_the_column_are_refused_and_change_nothing()
    {
        var product = Draft();
        var attributes = Enumerable.Range(0, 30).ToDictionary(i => "属性" + i, _ => new string('长', 200));

        product.Edit("清香白酒", Category, null, "好喝", [], attributes, [Sku(id: product.Skus[0].Id)], Now).Errors.ShouldContain(e => e.Field == "Attributes");
        product.Attributes.ShouldBeEmpty();
    }
}
