CREATE TABLE "agenda_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"organiser_ids" uuid[] NOT NULL,
	"type" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"fields" text[] NOT NULL,
	"audiences" text[] NOT NULL,
	"language" text NOT NULL,
	"capacity" integer NOT NULL,
	"registration_mode" text NOT NULL,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"confirmed_seats" integer DEFAULT 0 NOT NULL,
	"waitlisted_seats" integer DEFAULT 0 NOT NULL,
	"walk_ins" integer DEFAULT 0 NOT NULL,
	"checked_in" integer DEFAULT 0 NOT NULL,
	"personal_data_purged_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_events_capacity" CHECK ("agenda_events"."capacity" between 5 and 80),
	CONSTRAINT "agenda_events_seats" CHECK ("agenda_events"."confirmed_seats" between 0 and "agenda_events"."capacity")
);
--> statement-breakpoint
CREATE TABLE "agenda_settings" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"auto_approve" boolean DEFAULT false NOT NULL,
	"auto_approve_organisations" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"until" text NOT NULL,
	"exceptions" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"event_id" uuid NOT NULL,
	"nickname" text NOT NULL,
	"email" text,
	"language" text NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"organisation_id" uuid,
	"token_hash" text NOT NULL,
	"status" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"series_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"setup_minutes" integer NOT NULL,
	"cleardown_minutes" integer NOT NULL,
	"blocked_from" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"requested_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_bookings_order" CHECK ("room_bookings"."ends_at" > "room_bookings"."starts_at"),
	CONSTRAINT "room_bookings_blocked" CHECK ("room_bookings"."blocked_from" <= "room_bookings"."starts_at" and "room_bookings"."blocked_until" >= "room_bookings"."ends_at"),
	CONSTRAINT "room_bookings_status" CHECK ("room_bookings"."status" in ('requested','approved','declined','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_booking_id_room_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_settings" ADD CONSTRAINT "agenda_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_series_id_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."booking_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_events_booking_key" ON "agenda_events" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "agenda_events_public_idx" ON "agenda_events" USING btree ("site_id","starts_at") WHERE "agenda_events"."status" = 'published';--> statement-breakpoint
CREATE INDEX "agenda_events_fields_idx" ON "agenda_events" USING gin ("fields");--> statement-breakpoint
CREATE INDEX "agenda_events_audiences_idx" ON "agenda_events" USING gin ("audiences");--> statement-breakpoint
CREATE INDEX "agenda_events_organisers_idx" ON "agenda_events" USING gin ("organiser_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_token_key" ON "event_registrations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status","seq");--> statement-breakpoint
CREATE INDEX "event_registrations_reminder_idx" ON "event_registrations" USING btree ("event_id") WHERE "event_registrations"."email" is not null and "event_registrations"."reminder_sent_at" is null;--> statement-breakpoint
CREATE INDEX "room_bookings_room_idx" ON "room_bookings" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_site_idx" ON "room_bookings" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_org_idx" ON "room_bookings" USING btree ("organisation_id","starts_at");--> statement-breakpoint
-- No double booking: two bookings of a room that hold it (requested or approved) may not overlap,
-- set-up and clear-down included. Written by hand (drizzle-kit has no exclusion constraints).
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("blocked_from", "blocked_until", '[)') WITH &&) WHERE ("status" in ('requested','approved'));
