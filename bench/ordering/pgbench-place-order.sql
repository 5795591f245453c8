-- One order placement as the app runs it (statements copied from PostgreSQL's log of one PlaceOrder with
-- log_statement=all, same tables, same transactions, same rows written): the buyer's cart is filled with one
-- bottle from each of three merchants, then step 1 (read the cart, SKUs and products, store the order with three
-- sub-orders and lines), step 2 (three FEFO reservations, one statement each) and step 3 (the order becomes
-- visible: cart emptied, transitions, outbox rows, statuses; the summary comes from that step). Each client is one buyer.
\set buyer_n :client_id
SELECT buyer_id, address_id FROM bench_buyers WHERE n = :buyer_n \gset
SELECT s1.sku_id AS sku1, s1.shop_id AS shop1, s1.product_id AS product1, s1.price AS price1,
       s2.sku_id AS sku2, s2.shop_id AS shop2, s2.product_id AS product2, s2.price AS price2,
       s3.sku_id AS sku3, s3.shop_id AS shop3, s3.product_id AS product3, s3.price AS price3
FROM bench_order_skus s1, bench_order_skus s2, bench_order_skus s3 WHERE s1.n = 1 AND s2.n = 2 AND s3.n = 3 \gset
INSERT INTO ordering.cart_items ("Id","CartKey","SkuId","Quantity","AddedUtc")
SELECT gen_random_uuid(), 'u:' || replace(:buyer_id, '-', ''), sku_id, 1, now() FROM bench_order_skus;

BEGIN;
SELECT gen_random_uuid() AS order_id, gen_random_uuid() AS idem, to_char(now(), 'YYYYMMDDHH24MISS') || upper(substr(md5(random()::text), 1, 6)) AS number,
       gen_random_uuid() AS sub1, gen_random_uuid() AS sub2, gen_random_uuid() AS sub3 \gset
SELECT o."Id" FROM ordering.orders AS o WHERE o."BuyerId" = :buyer_id AND o."IdempotencyKey" = :idem LIMIT 1;
SELECT a."Id", a."BuyerId", a."CreatedUtc", a."Detail", a."IsDefault", a."Phone", a."Recipient", a."RegionCode" FROM ordering.addresses AS a WHERE a."Id" = :address_id AND a."BuyerId" = :buyer_id LIMIT 1;
SELECT c."Id", c."AddedUtc", c."CartKey", c."Quantity", c."SkuId" FROM ordering.cart_items AS c WHERE c."CartKey" = 'u:' || replace(:buyer_id, '-', '') ORDER BY c."AddedUtc";
SELECT s."Id", s."Barcode", s."Code", s."IsApproved", s."ProductId", s."RetailPriceFen", s."ShopId", s."SpecText", s."TiersText", s."WeightGrams" FROM catalog.skus AS s WHERE s."Id" = ANY (ARRAY[:sku1, :sku2, :sku3]::uuid[]) AND s."IsApproved";
SELECT p.* FROM catalog.products AS p WHERE p."Id" = ANY (ARRAY[:product1, :product2, :product3]::uuid[]) AND p."IsListed" AND p."ApprovedContentJson" IS NOT NULL;
INSERT INTO ordering.orders ("Id", "BuyerId", "BuyerMessage", "Delivery", "FailureReason", "IdempotencyKey", "Number", "PaidUtc", "PayBy", "PaymentDeadlineUtc", "PlacedUtc", "Status", "Version", "InvoiceKind", "InvoiceTaxId", "InvoiceTitle", "ShipToDetail", "ShipToPhone", "ShipToRecipient", "ShipToRegionCode")
VALUES (:order_id, :buyer_id, NULL, 1, NULL, :idem, :number, NULL, 1, now() + interval '30 minutes', now(), 0, 0, 0, NULL, NULL, '文三路 100 号', '13912345678', '李四', '330106');
INSERT INTO ordering.sub_orders ("Id", "DiscountFen", "Number", "OrderId", "ShippingFen", "ShopId", "Status") VALUES (:sub1, 0, :number || '-1', :order_id, 0, :shop1, 0);
INSERT INTO ordering.sub_orders ("Id", "DiscountFen", "Number", "OrderId", "ShippingFen", "ShopId", "Status") VALUES (:sub2, 0, :number || '-2', :order_id, 0, :shop2, 0);
INSERT INTO ordering.sub_orders ("Id", "DiscountFen", "Number", "OrderId", "ShippingFen", "ShopId", "Status") VALUES (:sub3, 0, :number || '-3', :order_id, 0, :shop3, 0);
INSERT INTO ordering.order_lines ("Id", "ProductId", "ProductName", "Quantity", "ReservationRef", "ShippedQuantity", "SkuCode", "SkuId", "SpecText", "SubOrderId", "UnitPriceFen") VALUES (gen_random_uuid(), :product1, '基准白酒1号', 1, :number || '-1-1', 0, 'ORD-1', :sku1, '500ml', :sub1, :price1);
INSERT INTO ordering.order_lines ("Id", "ProductId", "ProductName", "Quantity", "ReservationRef", "ShippedQuantity", "SkuCode", "SkuId", "SpecText", "SubOrderId", "UnitPriceFen") VALUES (gen_random_uuid(), :product2, '基准白酒2号', 1, :number || '-2-1', 0, 'ORD-2', :sku2, '500ml', :sub2, :price2);
INSERT INTO ordering.order_lines ("Id", "ProductId", "ProductName", "Quantity", "ReservationRef", "ShippedQuantity", "SkuCode", "SkuId", "SpecText", "SubOrderId", "UnitPriceFen") VALUES (gen_random_uuid(), :product3, '基准白酒3号', 1, :number || '-3-1', 0, 'ORD-3', :sku3, '500ml', :sub3, :price3);
COMMIT;

WITH first AS (SELECT c."Id" FROM inventory.stock_balances AS c WHERE c."SkuId" = :sku1 AND c."OnHand" > c."Reserved" AND (c."OwnerShopId" = :shop1 OR EXISTS (SELECT 1 FROM inventory.sharing_grants AS g WHERE g."OwnerShopId" = c."OwnerShopId" AND (g."GranteeShopId" IS NULL OR g."GranteeShopId" = :shop1) AND ((g."Scope" = 1 AND g."TargetId" = :sku1) OR (g."Scope" = 2 AND g."TargetId" = c."WarehouseId")))) ORDER BY c."ExpiryDate" IS NULL, c."ExpiryDate", c."FirstReceivedUtc", c."Id" LIMIT 1),
taken AS (UPDATE inventory.stock_balances AS t SET "Reserved" = t."Reserved" + 1 FROM first WHERE t."Id" = first."Id" AND t."OnHand" - t."Reserved" >= 1 RETURNING t."Id"),
opened AS (INSERT INTO inventory.reservations ("Id", "Reference", "RequesterShopId", "SkuId", "Quantity", "Status", "CreatedUtc", "ExpiresUtc") SELECT gen_random_uuid(), :number || '-1-1', :shop1, :sku1, 1, 0, now(), now() + interval '45 minutes' FROM taken RETURNING "Id")
INSERT INTO inventory.reservation_allocations ("Id", "ReservationId", "BalanceId", "Quantity") SELECT gen_random_uuid(), opened."Id", taken."Id", 1 FROM opened, taken;
WITH first AS (SELECT c."Id" FROM inventory.stock_balances AS c WHERE c."SkuId" = :sku2 AND c."OnHand" > c."Reserved" AND (c."OwnerShopId" = :shop2 OR EXISTS (SELECT 1 FROM inventory.sharing_grants AS g WHERE g."OwnerShopId" = c."OwnerShopId" AND (g."GranteeShopId" IS NULL OR g."GranteeShopId" = :shop2) AND ((g."Scope" = 1 AND g."TargetId" = :sku2) OR (g."Scope" = 2 AND g."TargetId" = c."WarehouseId")))) ORDER BY c."ExpiryDate" IS NULL, c."ExpiryDate", c."FirstReceivedUtc", c."Id" LIMIT 1),
taken AS (UPDATE inventory.stock_balances AS t SET "Reserved" = t."Reserved" + 1 FROM first WHERE t."Id" = first."Id" AND t."OnHand" - t."Reserved" >= 1 RETURNING t."Id"),
opened AS (INSERT INTO inventory.reservations ("Id", "Reference", "RequesterShopId", "SkuId", "Quantity", "Status", "CreatedUtc", "ExpiresUtc") SELECT gen_random_uuid(), :number || '-2-1', :shop2, :sku2, 1, 0, now(), now() + interval '45 minutes' FROM taken RETURNING "Id")
INSERT INTO inventory.reservation_allocations ("Id", "ReservationId", "BalanceId", "Quantity") SELECT gen_random_uuid(), opened."Id", taken."Id", 1 FROM opened, taken;
WITH first AS (SELECT c."Id" FROM inventory.stock_balances AS c WHERE c."SkuId" = :sku3 AND c."OnHand" > c."Reserved" AND (c."OwnerShopId" = :shop3 OR EXISTS (SELECT 1 FROM inventory.sharing_grants AS g WHERE g."OwnerShopId" = c."OwnerShopId" AND (g."GranteeShopId" IS NULL OR g."GranteeShopId" = :shop3) AND ((g."Scope" = 1 AND g."TargetId" = :sku3) OR (g."Scope" = 2 AND g."TargetId" = c."WarehouseId")))) ORDER BY c."ExpiryDate" IS NULL, c."ExpiryDate", c."FirstReceivedUtc", c."Id" LIMIT 1),
taken AS (UPDATE inventory.stock_balances AS t SET "Reserved" = t."Reserved" + 1 FROM first WHERE t."Id" = first."Id" AND t."OnHand" - t."Reserved" >= 1 RETURNING t."Id"),
opened AS (INSERT INTO inventory.reservations ("Id", "Reference", "RequesterShopId", "SkuId", "Quantity", "Status", "CreatedUtc", "ExpiresUtc") SELECT gen_random_uuid(), :number || '-3-1', :shop3, :sku3, 1, 0, now(), now() + interval '45 minutes' FROM taken RETURNING "Id")
INSERT INTO inventory.reservation_allocations ("Id", "ReservationId", "BalanceId", "Quantity") SELECT gen_random_uuid(), opened."Id", taken."Id", 1 FROM opened, taken;

BEGIN;
SELECT o.*, s.*, l.* FROM (SELECT * FROM ordering.orders AS o WHERE o."Id" = :order_id LIMIT 2) AS o
  LEFT JOIN ordering.sub_orders AS s ON s."OrderId" = o."Id" LEFT JOIN ordering.order_lines AS l ON l."SubOrderId" = s."Id" ORDER BY o."Id", s."Id";
SELECT c."Id", c."AddedUtc", c."CartKey", c."Quantity", c."SkuId" FROM ordering.cart_items AS c WHERE c."CartKey" = 'u:' || replace(:buyer_id, '-', '') AND c."SkuId" = ANY (ARRAY[:sku1, :sku2, :sku3]::uuid[]);
DELETE FROM ordering.cart_items WHERE "CartKey" = 'u:' || replace(:buyer_id, '-', '') AND "SkuId" = :sku1;
DELETE FROM ordering.cart_items WHERE "CartKey" = 'u:' || replace(:buyer_id, '-', '') AND "SkuId" = :sku2;
DELETE FROM ordering.cart_items WHERE "CartKey" = 'u:' || replace(:buyer_id, '-', '') AND "SkuId" = :sku3;
INSERT INTO ordering.order_transitions ("Id", "AtUtc", "ByUserId", "From", "OrderId", "Reason", "SubOrderId", "To") VALUES (gen_random_uuid(), now(), NULL, 0, :order_id, '下单成功', :sub1, 1);
INSERT INTO ordering.order_transitions ("Id", "AtUtc", "ByUserId", "From", "OrderId", "Reason", "SubOrderId", "To") VALUES (gen_random_uuid(), now(), NULL, 0, :order_id, '下单成功', :sub2, 1);
INSERT INTO ordering.order_transitions ("Id", "AtUtc", "ByUserId", "From", "OrderId", "Reason", "SubOrderId", "To") VALUES (gen_random_uuid(), now(), NULL, 0, :order_id, '下单成功', :sub3, 1);
UPDATE ordering.orders SET "Status" = 1, "Version" = 1 WHERE "Id" = :order_id AND "Version" = 0;
INSERT INTO ordering.outbox_messages ("Id", "Attempts", "LastError", "OccurredUtc", "Payload", "ProcessedUtc", "Type") VALUES (gen_random_uuid(), 0, NULL, now(), json_build_object('EventId', gen_random_uuid(), 'OrderId', :order_id::text, 'SubOrderId', :sub1::text, 'Number', :number::text || '-1', 'ShopId', :shop1::text, 'BuyerId', :buyer_id::text, 'TotalFen', :price1::bigint, 'CashOnDelivery', false)::text, NULL, 'SharedWarehouse.Modules.Ordering.Contracts.SubOrderPlaced');
INSERT INTO ordering.outbox_messages ("Id", "Attempts", "LastError", "OccurredUtc", "Payload", "ProcessedUtc", "Type") VALUES (gen_random_uuid(), 0, NULL, now(), json_build_object('EventId', gen_random_uuid(), 'OrderId', :order_id::text, 'SubOrderId', :sub2::text, 'Number', :number::text || '-2', 'ShopId', :shop2::text, 'BuyerId', :buyer_id::text, 'TotalFen', :price2::bigint, 'CashOnDelivery', false)::text, NULL, 'SharedWarehouse.Modules.Ordering.Contracts.SubOrderPlaced');
INSERT INTO ordering.outbox_messages ("Id", "Attempts", "LastError", "OccurredUtc", "Payload", "ProcessedUtc", "Type") VALUES (gen_random_uuid(), 0, NULL, now(), json_build_object('EventId', gen_random_uuid(), 'OrderId', :order_id::text, 'SubOrderId', :sub3::text, 'Number', :number::text || '-3', 'ShopId', :shop3::text, 'BuyerId', :buyer_id::text, 'TotalFen', :price3::bigint, 'CashOnDelivery', false)::text, NULL, 'SharedWarehouse.Modules.Ordering.Contracts.SubOrderPlaced');
UPDATE ordering.sub_orders SET "Status" = 1 WHERE "Id" = :sub1;
UPDATE ordering.sub_orders SET "Status" = 1 WHERE "Id" = :sub2;
UPDATE ordering.sub_orders SET "Status" = 1 WHERE "Id" = :sub3;
COMMIT;
