-- The same conditional UPDATE spread over the 1,000 SKUs' balances.
\set n random(0, 999)
UPDATE inventory.stock_balances SET "Reserved" = "Reserved" + 1 WHERE "Id" = (SELECT balance_id FROM bench_skus WHERE n = :n) AND "OnHand" - "Reserved" >= 1;
