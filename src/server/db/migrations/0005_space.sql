CREATE TABLE "help_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"use_id" uuid,
	"service_date" date NOT NULL,
	"status" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "space_counters" (
	"site_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"letter" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "space_counters_site_id_service_date_letter_pk" PRIMARY KEY("site_id","service_date","letter")
);
--> statement-breakpoint
CREATE TABLE "space_settings" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"code" text NOT NULL,
	"token" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"issued_via" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_station_id" uuid,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"seated_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "station_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"zone_id" uuid,
	"service_date" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"limit_minutes" integer NOT NULL,
	"normal_limit_minutes" integer NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	"help_requests" integer DEFAULT 0 NOT NULL,
	"started_via" text NOT NULL,
	"ticket_id" uuid,
	"moves" integer DEFAULT 0 NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_use_id_station_uses_id_fk" FOREIGN KEY ("use_id") REFERENCES "public"."station_uses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_counters" ADD CONSTRAINT "space_counters_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_settings" ADD CONSTRAINT "space_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_tickets" ADD CONSTRAINT "space_tickets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_tickets" ADD CONSTRAINT "space_tickets_offered_station_id_stations_id_fk" FOREIGN KEY ("offered_station_id") REFERENCES "public"."stations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_uses" ADD CONSTRAINT "station_uses_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_uses" ADD CONSTRAINT "station_uses_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_uses" ADD CONSTRAINT "station_uses_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_uses" ADD CONSTRAINT "station_uses_ticket_id_space_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."space_tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "help_requests_open_station_key" ON "help_requests" USING btree ("station_id") WHERE "help_requests"."status" in ('raised', 'acknowledged');--> statement-breakpoint
CREATE INDEX "help_requests_site_day_idx" ON "help_requests" USING btree ("site_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "space_tickets_token_key" ON "space_tickets" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "space_tickets_daily_code_key" ON "space_tickets" USING btree ("site_id","service_date","code");--> statement-breakpoint
CREATE UNIQUE INDEX "space_tickets_open_offer_key" ON "space_tickets" USING btree ("offered_station_id") WHERE "space_tickets"."status" = 'offered';--> statement-breakpoint
CREATE INDEX "space_tickets_waiting_idx" ON "space_tickets" USING btree ("site_id","kind","issued_at") WHERE "space_tickets"."status" = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "station_uses_open_station_key" ON "station_uses" USING btree ("station_id") WHERE "station_uses"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "station_uses_site_day_idx" ON "station_uses" USING btree ("site_id","service_date");