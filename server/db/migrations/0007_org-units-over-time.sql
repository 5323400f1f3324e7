CREATE TABLE "org_unit_operations" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date,
	"issued_by" text,
	"note" text,
	"request" jsonb NOT NULL,
	"outcome" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit_successions" (
	"id" serial PRIMARY KEY NOT NULL,
	"operation_id" integer NOT NULL,
	"from_unit_id" integer NOT NULL,
	"to_unit_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"principal" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "org_unit_transfers" (
	"id" serial PRIMARY KEY NOT NULL,
	"operation_id" integer NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"label" text NOT NULL,
	"from_unit_id" integer NOT NULL,
	"to_unit_id" integer NOT NULL,
	"effective_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"parent_id" integer,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"district" text,
	"operation_id" integer
);
--> statement-breakpoint
CREATE TABLE "unit_history_grants" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"note" text,
	"granted_by" integer,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_by" integer,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "valid_to" date;--> statement-breakpoint
CREATE INDEX "org_unit_successions_from_idx" ON "org_unit_successions" USING btree ("from_unit_id");--> statement-breakpoint
CREATE INDEX "org_unit_successions_to_idx" ON "org_unit_successions" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "org_unit_transfers_entity_idx" ON "org_unit_transfers" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "org_unit_transfers_operation_idx" ON "org_unit_transfers" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "org_unit_versions_unit_idx" ON "org_unit_versions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "org_unit_versions_parent_idx" ON "org_unit_versions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "unit_history_grants_user_idx" ON "unit_history_grants" USING btree ("user_id");