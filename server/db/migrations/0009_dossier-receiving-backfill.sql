-- Dossiers recorded before the receiving point existed: the register knew only the handling unit, whose own
-- one-stop desk received them (the rule until 01/07/2025, Nghị định 118/2025). Later rows get the same: it is the
-- only fact the register holds, and a re-import or a source naming the centre corrects it. Online and postal
-- submissions keep their way in, taken in by the same unit.
UPDATE "dossiers" SET
  "receiving_unit_id" = "unit_id",
  "receiving_point" = CASE "channel" WHEN 2 THEN 'online' WHEN 3 THEN 'postal' ELSE 'desk' END
WHERE "receiving_unit_id" IS NULL;
