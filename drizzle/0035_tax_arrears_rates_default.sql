-- The tax-arrears rate (Ordynacja podatkowa art. 56 § 1: 200 % of the NBP lombard rate + 2 points, at least 8 %)
-- from the NBP lombard rate changes since October 2023. Secondary sources: the administrator verifies
-- them against the Minister of Finance's announcements and adds each new period on /admin/grants/rates.
INSERT INTO "tax_arrears_rates" ("effective_from", "lombard_bp", "rate_bp", "source") VALUES
  ('2023-10-05', 625, 1450, 'NBP lombard 6,25 % od 5.10.2023 (źródło wtórne: do weryfikacji)'),
  ('2025-05-08', 575, 1350, 'NBP lombard 5,75 % od 8.05.2025 (źródło wtórne: do weryfikacji)'),
  ('2025-07-03', 550, 1300, 'NBP lombard 5,50 % od 3.07.2025 (źródło wtórne: do weryfikacji)'),
  ('2025-09-04', 525, 1250, 'NBP lombard 5,25 % od 4.09.2025 (źródło wtórne: do weryfikacji)'),
  ('2025-10-09', 500, 1200, 'NBP lombard 5,00 % od 9.10.2025 (źródło wtórne: do weryfikacji)'),
  ('2025-11-06', 475, 1150, 'NBP lombard 4,75 % od 6.11.2025 (źródło wtórne: do weryfikacji)'),
  ('2025-12-04', 450, 1100, 'NBP lombard 4,50 % od 4.12.2025 (źródło wtórne: do weryfikacji)')
ON CONFLICT ("effective_from") DO NOTHING;
