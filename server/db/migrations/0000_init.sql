CREATE TABLE "org_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"type" text NOT NULL,
	"path" text DEFAULT '' NOT NULL,
	"district" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"unit_id" integer NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_username" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"unit_id" integer,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"mime" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"uploaded_by" integer,
	"purpose" text DEFAULT 'attachment' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer,
	"unit_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"dedupe_key" text,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"comparison" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"metric_key" text,
	"task_sources" text[],
	"deadline" date,
	"typed_value" double precision,
	"typed_note" text,
	"evidence_file_id" text,
	"typed_at" date
);
--> statement-breakpoint
CREATE TABLE "plan_task_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"kind" text NOT NULL,
	"progress" integer,
	"note" text DEFAULT '' NOT NULL,
	"file_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"no" text,
	"content" text NOT NULL,
	"area_key" text NOT NULL,
	"lead_unit_id" integer NOT NULL,
	"coordinating_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"coordinating_text" text,
	"time_frame_text" text DEFAULT '' NOT NULL,
	"time_frame_label" text DEFAULT '' NOT NULL,
	"start_date" date,
	"deadline" date,
	"product" text,
	"source" text DEFAULT 'self' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"done_on" date,
	"done_product" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"parent_plan_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" date,
	"submitted_by" integer,
	"approved_at" date,
	"approved_by" integer,
	"return_comment" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"code" text NOT NULL,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"measured" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"explanation" text,
	"self_score" double precision,
	"self_explanation" text,
	"appraised_score" double precision,
	"appraisal_comment" text,
	"review_state" text DEFAULT 'open' NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"code" text,
	"kind" text NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"code" text NOT NULL,
	"file_id" uuid NOT NULL,
	"note" text,
	"added_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_version_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opened_by" integer,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_index_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"index_code" text NOT NULL,
	"year" integer NOT NULL,
	"score" double precision,
	"rank" integer,
	"rank_of" integer,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"on" text NOT NULL,
	"payload" jsonb NOT NULL,
	"summary" text NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_monthly_counts" (
	"unit_id" integer NOT NULL,
	"procedure_id" integer NOT NULL,
	"month" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"online_submitted" integer DEFAULT 0 NOT NULL,
	"postal_received" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"late_with_apology" integer DEFAULT 0 NOT NULL,
	"digitized" integer DEFAULT 0 NOT NULL,
	"paid_online" integer DEFAULT 0 NOT NULL,
	"payments_total" integer DEFAULT 0 NOT NULL,
	"electronic_routing" integer DEFAULT 0 NOT NULL,
	"postal_returned" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_monthly_counts_unit_id_procedure_id_month_pk" PRIMARY KEY("unit_id","procedure_id","month")
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"procedure_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_address" text,
	"channel" integer NOT NULL,
	"state" integer NOT NULL,
	"received_on" text NOT NULL,
	"due_on" text,
	"appointment_on" text,
	"resolved_on" text,
	"returned_on" text,
	"closed_on" text,
	"timeliness" text,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_channel" integer,
	"digitized" boolean DEFAULT false NOT NULL,
	"paid_online" boolean DEFAULT false NOT NULL,
	"electronic_routing" boolean DEFAULT false NOT NULL,
	"apology_issued" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'officer' NOT NULL,
	"import_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"working_days" integer,
	"working_hours" integer,
	"fee" integer DEFAULT 0 NOT NULL,
	"online_level" text NOT NULL,
	"legacy_level" text,
	"channels" jsonb NOT NULL,
	"unit_id" integer NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"channel" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_ref" text,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"sender_name" text,
	"sender_contact" text,
	"addressed_unit_id" integer NOT NULL,
	"assigned_unit_id" integer,
	"status" text NOT NULL,
	"received_on" text NOT NULL,
	"refuse_by" text NOT NULL,
	"request_more_by" text NOT NULL,
	"handle_by" text NOT NULL,
	"answer" text,
	"answered_on" text,
	"publish_by" text,
	"published_on" text,
	"refused_reason" text,
	"attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer_attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"feedback_id" integer NOT NULL,
	"kind" text NOT NULL,
	"on" text NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"note" text,
	"visible_to_citizen" boolean DEFAULT true NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"survey_id" integer NOT NULL,
	"token" text NOT NULL,
	"unit_id" integer NOT NULL,
	"procedure_code" text,
	"dossier_code" text,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitations_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"survey_id" integer NOT NULL,
	"invitation_id" integer,
	"unit_id" integer NOT NULL,
	"procedure_code" text,
	"channel" text NOT NULL,
	"answers" jsonb NOT NULL,
	"suspect" boolean DEFAULT false NOT NULL,
	"suspect_reason" text,
	"source_hash" text,
	"entered_by" integer,
	"answered_on" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"unit_id" integer NOT NULL,
	"method" text DEFAULT 'share-satisfied' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"open_link" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"authors" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"level" text,
	"assessment" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"inspection_id" integer NOT NULL,
	"text" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"done_note" text
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"planned_on" date,
	"inspected_on" date,
	"team" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"window_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"first_submitted_at" date,
	"submitted_at" date,
	"approved_at" date,
	"return_comment" text,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"sections" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_window_units" (
	"window_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "report_window_units_window_id_unit_id_pk" PRIMARY KEY("window_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "report_windows" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"label" text NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"office_texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "org_units_path_idx" ON "org_units" USING btree ("path");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "files_sha_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "files_unit_idx" ON "files" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notifications_unit_idx" ON "notifications" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plan_targets_plan_idx" ON "plan_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_task_updates_task_idx" ON "plan_task_updates" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_idx" ON "plan_tasks" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_unit_year_idx" ON "plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_criteria_uq" ON "assessment_criteria" USING btree ("assessment_id","code");--> statement-breakpoint
CREATE INDEX "assessment_events_idx" ON "assessment_events" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_evidence_idx" ON "assessment_evidence" USING btree ("assessment_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_unit_framework_year_uq" ON "assessments" USING btree ("unit_id","framework_version_id","year");--> statement-breakpoint
CREATE INDEX "assessments_unit_idx" ON "assessments" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "external_index_results_uq" ON "external_index_results" USING btree ("unit_id","index_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_code_version_uq" ON "framework_versions" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_seq_idx" ON "dossier_events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossiers_unit_idx" ON "dossiers" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dossiers_procedure_idx" ON "dossiers" USING btree ("procedure_id");--> statement-breakpoint
CREATE INDEX "dossiers_state_due_idx" ON "dossiers" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "dossiers_received_idx" ON "dossiers" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "procedures_unit_idx" ON "procedures" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "feedback_assigned_idx" ON "feedback" USING btree ("assigned_unit_id");--> statement-breakpoint
CREATE INDEX "feedback_received_idx" ON "feedback" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");--> statement-breakpoint
CREATE INDEX "feedback_events_feedback_idx" ON "feedback_events" USING btree ("feedback_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_survey_idx" ON "survey_invitations" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_responses_unit_idx" ON "survey_responses" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "initiatives_unit_year_idx" ON "initiatives" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "inspection_recommendations_inspection_idx" ON "inspection_recommendations" USING btree ("inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_year_unit_idx" ON "inspections" USING btree ("year","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_window_unit_idx" ON "report_submissions" USING btree ("window_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_templates_code_version_idx" ON "report_templates" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "report_windows_kind_year_idx" ON "report_windows" USING btree ("kind","year");