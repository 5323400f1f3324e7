ALTER TABLE "procedures" ADD COLUMN "online_payment" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "fully_online_eligible" boolean DEFAULT true NOT NULL;