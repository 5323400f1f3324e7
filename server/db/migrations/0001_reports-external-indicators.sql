CREATE TABLE "external_index_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"result_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"score" double precision,
	"max" double precision,
	"rank" integer,
	"rank_of" integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX "external_index_indicators_result_code_idx" ON "external_index_indicators" USING btree ("result_id","code");