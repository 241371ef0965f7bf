CREATE TABLE "catalogue_search_labels" (
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"label" text NOT NULL,
	"preferred" smallint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "catalogue_search_labels_trgm_idx" ON "catalogue_search_labels" USING gin ("label" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "catalogue_search_labels_ref_idx" ON "catalogue_search_labels" USING btree ("kind","ref");