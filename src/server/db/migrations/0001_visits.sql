CREATE TABLE "desk_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"desk_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "directions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"target" text NOT NULL,
	"organisation_id" uuid,
	"people" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"notified_calls" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_counters" (
	"site_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"letter" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "ticket_counters_site_id_service_date_letter_pk" PRIMARY KEY("site_id","service_date","letter")
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"letter" text NOT NULL,
	"number" integer NOT NULL,
	"code" text NOT NULL,
	"field" text NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"token" text NOT NULL,
	"audience" text,
	"channel" text,
	"issued_via" text NOT NULL,
	"device_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"priority_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"recalls" integer DEFAULT 0 NOT NULL,
	"desk_id" uuid,
	"desk_session_id" uuid,
	"organisation_id" uuid,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"previous_id" uuid,
	"handover_note" text,
	"out_of_order_reason" text,
	"outcome_type" text,
	"fields_handled" text[],
	"referrals" uuid[],
	"estimate_minutes" real,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_settings" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"recall_limit" integer DEFAULT 2 NOT NULL,
	"close_before_minutes" integer DEFAULT 30 NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "desk_sessions" ADD CONSTRAINT "desk_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_sessions" ADD CONSTRAINT "desk_sessions_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_sessions" ADD CONSTRAINT "desk_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_sessions" ADD CONSTRAINT "desk_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directions" ADD CONSTRAINT "directions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directions" ADD CONSTRAINT "directions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_counters" ADD CONSTRAINT "ticket_counters_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_settings" ADD CONSTRAINT "visit_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "desk_sessions_open_desk_key" ON "desk_sessions" USING btree ("desk_id") WHERE "desk_sessions"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "desk_sessions_open_user_key" ON "desk_sessions" USING btree ("user_id") WHERE "desk_sessions"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "desk_sessions_site_idx" ON "desk_sessions" USING btree ("site_id","closed_at");--> statement-breakpoint
CREATE INDEX "directions_site_day_idx" ON "directions" USING btree ("site_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_token_key" ON "tickets" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_daily_number_key" ON "tickets" USING btree ("site_id","service_date","letter","number") WHERE "tickets"."previous_id" is null;--> statement-breakpoint
CREATE INDEX "tickets_waiting_idx" ON "tickets" USING btree ("site_id","field","language","priority_at") WHERE "tickets"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "tickets_site_day_idx" ON "tickets" USING btree ("site_id","service_date","status");--> statement-breakpoint
CREATE INDEX "tickets_desk_idx" ON "tickets" USING btree ("desk_id","status");