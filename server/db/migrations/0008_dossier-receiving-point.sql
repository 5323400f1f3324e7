ALTER TABLE "dossiers" ADD COLUMN "receiving_point" text DEFAULT 'desk' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "receiving_unit_id" integer;--> statement-breakpoint
CREATE INDEX "dossiers_receiving_unit_idx" ON "dossiers" USING btree ("receiving_unit_id");