-- The one definition of every indicator, written by the transform beside the figures.
CREATE OR REPLACE TABLE indicator_definitions AS
SELECT indicator, label, family, kind, unit, definition
FROM read_parquet(getvariable('run_output') || '/indicator_definitions/*.parquet')
ORDER BY indicator;

COMMENT ON TABLE indicator_definitions IS 'Data dictionary of indicator_values.indicator: one row per indicator of INDICATORS.md, the text the funder pack prints on its cover sheet.';
COMMENT ON COLUMN indicator_definitions.indicator IS 'Indicator id, as in indicator_values.indicator.';
COMMENT ON COLUMN indicator_definitions.label IS 'The indicator in words (e.g. Transactions per bus visit), printed beside its id in the funder pack''s spreadsheets.';
COMMENT ON COLUMN indicator_definitions.family IS 'uptake, bus operations, outcomes or value for money.';
COMMENT ON COLUMN indicator_definitions.kind IS 'COUNT, RATE, MEAN (value = numerator / denominator), FLAG (0 or 1), MONEY (pounds) or COST (pounds / a count); funder packs suppress small COUNTs, RATEs or MEANs with a small part and COSTs with a small denominator, never FLAG or MONEY; the pounds of MONEY and COST are never rounded.';
COMMENT ON COLUMN indicator_definitions.unit IS 'What value is measured in: COUNT (whole number), PROPORTION (0 to 1), AVERAGE (per item: a mean, or items per visit or day), POUNDS or FLAG; sets the number format of the funder pack''s spreadsheets.';
COMMENT ON COLUMN indicator_definitions.definition IS 'What the figure counts or measures (INDICATORS.md).';
