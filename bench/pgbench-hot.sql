-- The same conditional UPDATE the reservation command runs, on the hot SKU's balance (bench_skus n = -1).
UPDATE inventory.stock_balances SET "Reserved" = "Reserved" + 1 WHERE "Id" = (SELECT balance_id FROM bench_skus WHERE n = -1) AND "OnHand" - "Reserved" >= 1;
