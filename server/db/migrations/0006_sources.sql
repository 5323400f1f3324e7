CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "source_reported_counts" (
	"source_id" integer NOT NULL,
	"month" text NOT NULL,
	"received" integer NOT NULL,
	"resolved" integer NOT NULL,
	"on_time" integer NOT NULL,
	"late" integer NOT NULL,
	"origin" text NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_reported_counts_source_id_month_pk" PRIMARY KEY("source_id","month")
);
--> statement-breakpoint
CREATE TABLE "source_run_problems" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"row" integer,
	"ref" text NOT NULL,
	"code" text,
	"field" text,
	"message" text NOT NULL,
	"month" text
);
--> statement-breakpoint
CREATE TABLE "source_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_id" integer NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"requested_by" integer,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"resumes" integer DEFAULT 0 NOT NULL,
	"cursor_before" text,
	"cursor_after" text,
	"progress" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_created" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_unchanged" integer DEFAULT 0 NOT NULL,
	"rows_refused" integer DEFAULT 0 NOT NULL,
	"file_name" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"schedule" jsonb NOT NULL,
	"config" jsonb NOT NULL,
	"credentials" text,
	"credentials_username" text,
	"cursor" text,
	"data_until" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE INDEX "source_run_problems_run_idx" ON "source_run_problems" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "source_run_problems_month_idx" ON "source_run_problems" USING btree ("source_id","month");--> statement-breakpoint
CREATE INDEX "source_runs_source_idx" ON "source_runs" USING btree ("source_id","id");--> statement-breakpoint
CREATE INDEX "source_runs_status_idx" ON "source_runs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "source_runs_open_idx" ON "source_runs" USING btree ("source_id") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "sources_unit_idx" ON "sources" USING btree ("unit_id");