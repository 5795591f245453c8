-- The rows one intake batch writes, as PostgreSQL's own floor: :batch dropship orders (own-team, in progress) and
-- their lines (1 + n % 3 each, 2 on average, as bench/SharedWarehouse.Bench/IntakeBench.cs sends them), same tables,
-- same columns and indexes (the unique (ShopId, ExternalOrderId) and Number among them), one transaction, inserted
-- set-based by one statement. What the app does on top (validation, the duplicate check, the filter's pickup
-- tasks and reservations) is not in here: the ratio is the app's batch against bare inserts of its rows.
\set batch 500
BEGIN;
WITH ids AS (
  SELECT b.shop_id, 'PG' || r.tag || lpad(g::text, 6, '0') AS external_id, g
  FROM bench_intake b, (SELECT substr(md5(random()::text), 1, 12) AS tag) r, generate_series(0, :batch - 1) g
), o AS (
  INSERT INTO dropship.orders ("Id", "ShopId", "Number", "ExternalOrderId", "Channel", "Mode", "Scope", "ReceiverName", "ReceiverPhone",
    "ReceiverRegionCode", "ReceiverAddress", "BuyerMessage", "Status", "CreatedUtc", "Filtered", "HoldFen", "HoldVersion", "HoldPlaced",
    "RetryHold", "CallbackFailures", "Version")
  SELECT gen_random_uuid(), shop_id, external_id, external_id, '淘宝·基准店', 1, shop_id, '张三', '139' || (10000000 + (random() * 89999999)::int),
    '440104', '北京路 ' || g || ' 号 ' || (1 + (random() * 28)::int) || ' 楼', CASE WHEN g % 5 = 0 THEN '请尽快发货' END, 2, now(), false, 0, 0, false,
    false, 0, 1
  FROM ids
  RETURNING "Id", "ExternalOrderId"
)
INSERT INTO dropship.order_lines ("Id", "OrderId", "LineNumber", "SkuCode", "Title", "Colour", "Size", "Quantity", "DeclaredUnitFen", "Status")
SELECT gen_random_uuid(), o."Id", n, 'ST-' || lpad((1 + (random() * 39)::int)::text, 2, '0') || '-红-M', '女士雪纺连衣裙 夏季新款', '红色', 'M',
  1 + (random())::int, 4500, 1
FROM o, generate_series(1, 1 + right(o."ExternalOrderId", 6)::int % 3) n;
COMMIT;
