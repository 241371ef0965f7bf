CREATE TABLE "catalogue_search_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"offer_labels" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "catalogue_search_docs_tsv_idx";--> statement-breakpoint
DROP INDEX "catalogue_search_docs_simple_idx";--> statement-breakpoint
DROP INDEX "catalogue_search_docs_title_trgm_idx";--> statement-breakpoint
DROP INDEX "catalogue_search_docs_offer_tsv_idx";--> statement-breakpoint
DROP INDEX "catalogue_search_labels_trgm_idx";--> statement-breakpoint
DROP INDEX "catalogue_search_labels_offer_trgm_idx";--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_offer_tsv_fr_idx" ON "catalogue_search_docs" USING gin ("tsv") WHERE "catalogue_search_docs"."kind" not in ('occupation', 'skill') and "catalogue_search_docs"."lang" = 'fr';--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_offer_tsv_nl_idx" ON "catalogue_search_docs" USING gin ("tsv") WHERE "catalogue_search_docs"."kind" not in ('occupation', 'skill') and "catalogue_search_docs"."lang" = 'nl';--> statement-breakpoint
CREATE INDEX "catalogue_search_docs_offer_tsv_en_idx" ON "catalogue_search_docs" USING gin ("tsv") WHERE "catalogue_search_docs"."kind" not in ('occupation', 'skill') and "catalogue_search_docs"."lang" = 'en';--> statement-breakpoint
INSERT INTO "catalogue_search_version" ("id", "offer_labels") VALUES (1, 0);
--> statement-breakpoint
-- Raised in the writer's transaction (so a reader never sees the new number before the new labels), once per
-- statement that wrote an offer's label; statements on ESCO labels leave it alone.
CREATE FUNCTION catalogue_bump_offer_labels() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed WHERE kind NOT IN ('occupation', 'skill')) THEN
    UPDATE catalogue_search_version SET offer_labels = offer_labels + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER catalogue_offer_labels_added AFTER INSERT ON catalogue_search_labels
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION catalogue_bump_offer_labels();
--> statement-breakpoint
CREATE TRIGGER catalogue_offer_labels_removed AFTER DELETE ON catalogue_search_labels
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION catalogue_bump_offer_labels();
--> statement-breakpoint
CREATE TRIGGER catalogue_offer_labels_changed AFTER UPDATE ON catalogue_search_labels
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION catalogue_bump_offer_labels();
