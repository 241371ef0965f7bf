CREATE TABLE "stats_monthly" (
	"site_id" uuid NOT NULL,
	"month" date NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"simulated" boolean DEFAULT false NOT NULL,
	"tickets" integer DEFAULT 0 NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"referrals" integer DEFAULT 0 NOT NULL,
	"wait_seconds" bigint DEFAULT 0 NOT NULL,
	"duration_seconds" bigint DEFAULT 0 NOT NULL,
	"wait_buckets" integer[] NOT NULL,
	"duration_buckets" integer[] NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_monthly_site_id_month_dimension_value_simulated_pk" PRIMARY KEY("site_id","month","dimension","value","simulated")
);
--> statement-breakpoint
ALTER TABLE "stats_monthly" ADD CONSTRAINT "stats_monthly_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stats_monthly_period_idx" ON "stats_monthly" USING btree ("dimension","month");