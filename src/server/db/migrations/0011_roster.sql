CREATE TABLE "roster_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"part" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"part" text NOT NULL,
	"activity" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_checkins" (
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_out_at" timestamp with time zone,
	CONSTRAINT "roster_checkins_site_id_user_id_date_pk" PRIMARY KEY("site_id","user_id","date")
);
--> statement-breakpoint
CREATE TABLE "roster_contracts" (
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"hours_per_week" double precision NOT NULL,
	"working_weekdays" text[] NOT NULL,
	"max_days_per_week" integer NOT NULL,
	"max_consecutive_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_contracts_site_id_user_id_pk" PRIMARY KEY("site_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "roster_coverage" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "roster_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"based_on_plan_id" uuid,
	"published_at" timestamp with time zone,
	"solve_status" text DEFAULT 'idle' NOT NULL,
	"solve_started_at" timestamp with time zone,
	"solve_finished_at" timestamp with time zone,
	"solve_deadline" timestamp with time zone,
	"objective" double precision,
	"bound" double precision,
	"gap" double precision,
	"seconds" double precision,
	"solve_error" text,
	"gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_preferences" (
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"prefer" jsonb NOT NULL,
	"avoid" jsonb NOT NULL,
	CONSTRAINT "roster_preferences_site_id_user_id_pk" PRIMARY KEY("site_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "roster_recurring" (
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"weekday" text NOT NULL,
	"part" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "roster_recurring_site_id_user_id_weekday_part_pk" PRIMARY KEY("site_id","user_id","weekday","part")
);
--> statement-breakpoint
ALTER TABLE "roster_absences" ADD CONSTRAINT "roster_absences_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_absences" ADD CONSTRAINT "roster_absences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_assignments" ADD CONSTRAINT "roster_assignments_plan_id_roster_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."roster_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_assignments" ADD CONSTRAINT "roster_assignments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_assignments" ADD CONSTRAINT "roster_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_checkins" ADD CONSTRAINT "roster_checkins_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_checkins" ADD CONSTRAINT "roster_checkins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_contracts" ADD CONSTRAINT "roster_contracts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_contracts" ADD CONSTRAINT "roster_contracts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_coverage" ADD CONSTRAINT "roster_coverage_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_feeds" ADD CONSTRAINT "roster_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_plans" ADD CONSTRAINT "roster_plans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_preferences" ADD CONSTRAINT "roster_preferences_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_preferences" ADD CONSTRAINT "roster_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_recurring" ADD CONSTRAINT "roster_recurring_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_recurring" ADD CONSTRAINT "roster_recurring_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_absences_site_user_idx" ON "roster_absences" USING btree ("site_id","user_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "roster_assignments_slot_key" ON "roster_assignments" USING btree ("plan_id","user_id","date","part");--> statement-breakpoint
CREATE INDEX "roster_assignments_site_date_idx" ON "roster_assignments" USING btree ("site_id","date");--> statement-breakpoint
CREATE INDEX "roster_plans_site_period_idx" ON "roster_plans" USING btree ("site_id","period_start");