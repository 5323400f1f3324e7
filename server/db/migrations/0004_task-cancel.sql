ALTER TABLE "plan_tasks" ADD COLUMN "cancelled_on" date;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "cancelled_by" integer;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "cancel_decision_no" text;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "cancel_decision_date" date;