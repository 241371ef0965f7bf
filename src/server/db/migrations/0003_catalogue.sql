CREATE TABLE "catalogue_esco_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"versions" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"folder" text NOT NULL,
	"duration_ms" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_isco_groups" (
	"uri" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"labels" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_occupation_skills" (
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "catalogue_occupation_skills_occupation_uri_skill_uri_pk" PRIMARY KEY("occupation_uri","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "catalogue_occupation_tags" (
	"occupation_uri" text NOT NULL,
	"tag" text NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"year" smallint NOT NULL,
	CONSTRAINT "catalogue_occupation_tags_occupation_uri_tag_region_pk" PRIMARY KEY("occupation_uri","tag","region")
);
--> statement-breakpoint
CREATE TABLE "catalogue_occupations" (
	"uri" text PRIMARY KEY NOT NULL,
	"code" text,
	"isco_code" text,
	"labels" jsonb NOT NULL,
	"alt_labels" jsonb NOT NULL,
	"descriptions" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"titles" jsonb NOT NULL,
	"descriptions" jsonb NOT NULL,
	"languages" text[] NOT NULL,
	"occupation_uris" text[] DEFAULT '{}'::text[] NOT NULL,
	"skill_uris" text[] DEFAULT '{}'::text[] NOT NULL,
	"details" jsonb NOT NULL,
	"closes_on" text,
	"source" text,
	"source_id" text,
	"demo" smallint DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_search_docs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_search_docs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"title_lang" text NOT NULL,
	"title_norm" text NOT NULL,
	"labels_norm" text NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"simple_tsv" "tsvector" NOT NULL,
	"organisation_id" uuid,
	"popularity" real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_skills" (
	"uri" text PRIMARY KEY NOT NULL,
	"skill_type" text,
	"reuse_level" text,
	"labels" jsonb NOT NULL,
	"alt_labels" jsonb NOT NULL,
	"descriptions" jsonb NOT NULL,
	"collections" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_transitions" (
	"from_uri" text NOT NULL,
	"to_uri" text NOT NULL,
	"score" real NOT NULL,
	"rank" smallint NOT NULL,
	CONSTRAINT "catalogue_transitions_from_uri_rank_pk" PRIMARY KEY("from_uri","rank")
);
--> statement-breakpoint
ALTER TABLE "catalogue_offers" ADD CONSTRAINT "catalogue_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_offers" ADD CONSTRAINT "catalogue_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_occupation_skills_skill_idx" ON "catalogue_occupation_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "catalogue_occupations_isco_idx" ON "catalogue_occupations" USING btree ("isco_code");--> statement-breakpoint
CREATE INDEX "catalogue_offers_org_idx" ON "catalogue_offers" USING btree ("organisation_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_offers_source_uq" ON "catalogue_offers" USING btree ("organisation_id","source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_search_docs_item_uq" ON "catalogue_search_docs" USING btree ("kind","ref","lang");--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_tsv_idx" ON "catalogue_search_docs" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_simple_idx" ON "catalogue_search_docs" USING gin ("simple_tsv");--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_labels_trgm_idx" ON "catalogue_search_docs" USING gin ("labels_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_title_trgm_idx" ON "catalogue_search_docs" USING gin ("title_norm" gin_trgm_ops);