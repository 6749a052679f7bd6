-- The returns of settlements made before 0034 move into grant_returns / grant_return_payments, then
-- contract_settlements.returns goes (0034 was generated with the drop; it was moved here so that no
-- recorded payment is lost). The old settlement covered the whole contract with one due date (15 days
-- from the acceptance) and listed the payments of the whole amount in `returns` (jsonb:
-- paidOn, amountGrosze, recordedBy, recordedAt). Here, as lib/reports/grant-returns.ts does today:
-- - the year is the final report's (the contract's last budget year);
-- - unused grant (unused_grosze), art. 251: due 15 days after the period of use when it ends before
--   31 December of that year (ust. 2; the termination date when terminated), else 31 January of the
--   next year (ust. 1) — the statutory date the contract's § 10 promised; interest from the day after;
-- - grant spent beyond the allowed shift (over_tolerance_grosze), art. 252: found on the acceptance
--   (the old due date − 15 days), due 15 days later, interest from the contract's last paid tranche;
-- - a due date on a Saturday, Sunday or public holiday moves to the next working day (art. 12 § 5
--   Ordynacji podatkowej; the holidays of lib/dates/holidays.ts, Easter by the Gregorian computus);
-- - each old payment goes to the return due first (art. 62 § 1 Ordynacji podatkowej), split when it
--   covers the end of one return and the start of the next.
-- Contract statuses, returned_grosze and settled_on stay as the city recorded them.
WITH
  years AS (SELECT y FROM generate_series(2000, 2100) AS y),
  computus AS (
    SELECT y, a, (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30 AS h, b % 4 AS e, c / 4 AS i, c % 4 AS k
    FROM (SELECT y, y % 19 AS a, y / 100 AS b, y % 100 AS c FROM years) AS parts
  ),
  easter AS (
    SELECT y, make_date(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1) AS sunday
    FROM (SELECT y, h, l, (a + 11 * h + 22 * l) / 451 AS m FROM (SELECT y, a, h, (32 + 2 * e + 2 * i - h - k) % 7 AS l FROM computus) AS c1) AS c2
  ),
  holidays AS (
    SELECT make_date(y, f.month, f.day) AS day
    FROM years, (VALUES (1, 1, 2000), (1, 6, 2011), (5, 1, 2000), (5, 3, 2000), (8, 15, 2000), (11, 1, 2000), (11, 11, 2000), (12, 24, 2025), (12, 25, 2000), (12, 26, 2000)) AS f (month, day, since)
    WHERE y >= f.since
    UNION ALL SELECT sunday + 1 FROM easter
    UNION ALL SELECT sunday + 60 FROM easter
  ),
  legacy AS (
    SELECT s.contract_id, s.unused_grosze, s.over_tolerance_grosze, s.return_due_date - 15 AS found_on, s.computed_by, s.computed_at, r.year,
      coalesce(c.terminated_on, c.end_date) AS period_end,
      (SELECT max(t.paid_on) FROM contract_tranches t WHERE t.contract_id = s.contract_id AND t.paid_on IS NOT NULL) AS last_transfer
    FROM contract_settlements s
    JOIN contract_reports r ON r.id = s.report_id
    JOIN contracts c ON c.id = s.contract_id
    WHERE s.to_return_grosze > 0 AND s.return_due_date IS NOT NULL
  ),
  nominal AS (
    SELECT contract_id, year, 'unused' AS kind,
      CASE WHEN extract(year FROM period_end) = year AND period_end < make_date(year, 12, 31) THEN 'art251ust2' ELSE 'art251ust1' END AS basis,
      unused_grosze AS amount_grosze,
      CASE WHEN extract(year FROM period_end) = year AND period_end < make_date(year, 12, 31) THEN period_end + 15 ELSE make_date(year + 1, 1, 31) END AS due_date,
      NULL::date AS found_on, NULL::date AS transfer, computed_by, computed_at
    FROM legacy WHERE unused_grosze > 0
    UNION ALL
    SELECT contract_id, year, 'misused', 'art252', over_tolerance_grosze, found_on + 15, found_on, coalesce(last_transfer, found_on), computed_by, computed_at
    FROM legacy WHERE over_tolerance_grosze > 0
  ),
  moved AS (
    SELECT n.*,
      (SELECT min(n.due_date + o) FROM generate_series(0, 14) AS o
        WHERE extract(isodow FROM n.due_date + o) < 6 AND (n.due_date + o) NOT IN (SELECT day FROM holidays)) AS working_due
    FROM nominal n
  )
INSERT INTO grant_returns (contract_id, year, kind, basis, amount_grosze, due_date, interest_from, found_on, created_by, created_at)
SELECT contract_id, year, kind, basis, amount_grosze, working_due, CASE kind WHEN 'unused' THEN working_due + 1 ELSE transfer END, found_on, computed_by, computed_at
FROM moved;
--> statement-breakpoint
WITH
  dues AS (
    SELECT g.id, g.contract_id, g.amount_grosze,
      sum(g.amount_grosze) OVER (PARTITION BY g.contract_id ORDER BY g.due_date, g.kind DESC) - g.amount_grosze AS starts_at,
      CASE WHEN row_number() OVER (PARTITION BY g.contract_id ORDER BY g.due_date DESC, g.kind) = 1 THEN NULL
        ELSE sum(g.amount_grosze) OVER (PARTITION BY g.contract_id ORDER BY g.due_date, g.kind DESC) END AS ends_at
    FROM grant_returns g
  ),
  paid AS (
    SELECT s.contract_id, (p.value ->> 'paidOn')::date AS paid_on, (p.value ->> 'amountGrosze')::bigint AS amount_grosze,
      p.value ->> 'recordedBy' AS recorded_by, (p.value ->> 'recordedAt')::timestamptz AS recorded_at, p.n
    FROM contract_settlements s, jsonb_array_elements(s.returns) WITH ORDINALITY AS p (value, n)
  ),
  payments AS (
    SELECT paid.*,
      sum(amount_grosze) OVER (PARTITION BY contract_id ORDER BY paid_on, n) - amount_grosze AS starts_at,
      sum(amount_grosze) OVER (PARTITION BY contract_id ORDER BY paid_on, n) AS ends_at
    FROM paid WHERE amount_grosze > 0
  ),
  shares AS (
    SELECT d.id AS return_id, p.paid_on, p.recorded_by, p.recorded_at,
      least(p.ends_at, coalesce(d.ends_at, p.ends_at)) - greatest(p.starts_at, d.starts_at) AS amount_grosze
    FROM payments p JOIN dues d ON d.contract_id = p.contract_id
  )
INSERT INTO grant_return_payments (return_id, paid_on, amount_grosze, recorded_by, recorded_at)
SELECT return_id, paid_on, amount_grosze, (SELECT u.id FROM users u WHERE u.id::text = shares.recorded_by), coalesce(recorded_at, now())
FROM shares WHERE amount_grosze > 0;
--> statement-breakpoint
UPDATE contract_settlements s SET return_due_date = (SELECT min(g.due_date) FROM grant_returns g WHERE g.contract_id = s.contract_id)
WHERE EXISTS (SELECT 1 FROM grant_returns g WHERE g.contract_id = s.contract_id);
--> statement-breakpoint
ALTER TABLE "contract_settlements" DROP COLUMN "returns";
