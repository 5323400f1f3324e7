CREATE TABLE "framework_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_name" text NOT NULL,
	"source_kind" text NOT NULL,
	"document" jsonb NOT NULL,
	"reviews" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"table_total" double precision,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_code" text,
	"published_version" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "decision_number" text;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "effective_from" date;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "effective_to" date;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "amends_version" integer;