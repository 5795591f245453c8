-- Search benchmark data (PostgreSQL, after the app migrated the schema and seeded the 酒水/服装 categories):
-- 500 shops in 8 regions, 20 sub-categories, 50 brands, 20,000 listed and approved products with Chinese names,
-- 5 SKUs each (100,000 SKUs), stock for 4 SKUs in 5, and the search-term index. Rows look as the commands leave them (search columns included).
BEGIN;
CREATE TEMP TABLE words(i int, w text);
INSERT INTO words SELECT ordinality - 1, w FROM unnest(ARRAY['酱香','浓香','清香','陈酿','窖藏','珍品','典藏','特级','精选','原浆',
  '纯棉','真丝','羊毛','加厚','修身','宽松','复古','休闲','商务','户外']) WITH ORDINALITY AS t(w, ordinality);
CREATE TEMP TABLE nouns(i int, w text);
INSERT INTO nouns SELECT ordinality - 1, w FROM unnest(ARRAY['白酒','黄酒','米酒','果酒','葡萄酒','衬衫','外套','毛衣','长裤','连衣裙']) WITH ORDINALITY AS t(w, ordinality);

INSERT INTO merchants.shops ("Id","OwnerId","Name","NormalizedName","Type","RegionCode","BusinessScope","ApplicationId","OpenedUtc","Version")
SELECT md5('shop' || s)::uuid, md5('owner' || s)::uuid, '共享商铺' || s || '号', '共享商铺' || s || '号', 1,
  (ARRAY['330106','110101','310101','440305','510104','320102','420102','370102'])[s % 8 + 1], '酒水、服装', md5('app' || s)::uuid, now(), 0
FROM generate_series(1, 500) s;

INSERT INTO catalog.categories ("Id","Name","ParentId","SortOrder","Version")
SELECT md5('cat' || c)::uuid, '分类' || c, (SELECT "Id" FROM catalog.categories WHERE "ParentId" IS NULL AND "Name" = CASE WHEN c <= 10 THEN '酒水' ELSE '服装' END), c, 0
FROM generate_series(1, 20) c;

INSERT INTO catalog.brands ("Id","Name","NormalizedName","Version")
SELECT md5('brand' || b)::uuid, '品牌' || b, '品牌' || b, 0 FROM generate_series(1, 50) b;

CREATE TEMP TABLE p AS
SELECT n, md5('shop' || (n % 500 + 1))::uuid AS shop, md5('owner' || (n % 500 + 1))::uuid AS owner,
  md5('cat' || (n % 20 + 1))::uuid AS cat, md5('brand' || (n % 50 + 1))::uuid AS brand,
  (SELECT w FROM words WHERE i = n % 20) || (SELECT w FROM words WHERE i = (n / 20) % 20) || (SELECT w FROM nouns WHERE i = (n % 20) / 2) || ' ' || n || '号' AS name,
  (ARRAY['330106','110101','310101','440305','510104','320102','420102','370102'])[(n % 500 + 1) % 8 + 1] AS region,
  md5('product' || n)::uuid AS id, timestamp '2026-01-01' + n * interval '1 minute' AS created
FROM generate_series(1, 20000) n;

INSERT INTO catalog.products ("Id","ShopId","OwnerId","Name","CategoryId","BrandId","Description","Tags","AttributesJson","Status",
  "RejectionReason","ApprovedName","ApprovedContentJson","ApprovedUtc","IsListed","ForceDelistReason","IsHot","IsFeatured","CreatedUtc",
  "UpdatedUtc","SubmittedUtc","Version","ListedCategoryId","ListedBrandId","SearchText","ShopRegionCode","ShopName","ListPriceFen","SalesCount")
SELECT id, shop, owner, name, cat, brand, '基准数据', '基准,' || (SELECT w FROM nouns WHERE i = (n % 20) / 2), '{}', 3,
  NULL, name, json_build_object('Name', name, 'CategoryId', cat, 'BrandId', brand, 'Description', '基准数据', 'Tags', '基准',
    'Attributes', json_build_object(), 'Images', json_build_array('bench.png'),
    'Skus', (SELECT json_agg(json_build_object('Code', 'B' || n || '-' || k, 'SpecText', '规格' || k)) FROM generate_series(1, 5) k))::text,
  created, true, NULL, false, false, created, created, created, 0, cat, brand,
  lower(name || E'\n基准,' || (SELECT w FROM nouns WHERE i = (n % 20) / 2) || E'\n品牌' || (n % 50 + 1) || E'\nb' || n || '-1'),
  region, '共享商铺' || (n % 500 + 1) || '号', 1000 + (n * 37) % 100000, (n * 13) % 1000
FROM p;

-- The inverted index as SearchIndexing writes it: every distinct two-character substring of each line of the search text.
INSERT INTO catalog.search_terms ("Term","ProductId","InName","CreatedUtc")
SELECT t.term, t.id, strpos(lower(p."ApprovedName"), t.term) > 0, p."CreatedUtc"
FROM (SELECT DISTINCT substr(line, i, 2) AS term, p."Id" AS id
      FROM catalog.products p, unnest(string_to_array(p."SearchText", E'\n')) AS line, generate_series(1, length(line) - 1) AS i
      WHERE p."Id" IN (SELECT id FROM p)) t
JOIN catalog.products p ON p."Id" = t.id;

INSERT INTO catalog.skus ("Id","ProductId","ShopId","Code","Barcode","SpecText","RetailPriceFen","WeightGrams","TiersText","IsApproved")
SELECT md5('sku' || n || '-' || k)::uuid, id, shop, 'B' || n || '-' || k, NULL, '规格' || k, 1000 + (n * 37) % 100000 + (k - 1) * 100, 500, '', true
FROM p, generate_series(1, 5) k;

INSERT INTO inventory.stock_balances ("Id","WarehouseId","BinId","SkuId","Lot","OwnerShopId","ProductionDate","ExpiryDate","FirstReceivedUtc","OnHand","Reserved")
SELECT md5('bal' || n || '-' || k)::uuid, md5('wh' || (n % 500 + 1))::uuid, md5('bin' || (n % 500 + 1))::uuid, md5('sku' || n || '-' || k)::uuid,
  'L1', shop, NULL, NULL, now(), 100, 0
FROM p, generate_series(1, 5) k WHERE (n + k) % 5 <> 0;
COMMIT;
-- A running database has been vacuumed by autovacuum (visibility map set, so index-only scans work).
VACUUM ANALYZE;
