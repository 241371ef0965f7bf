CREATE TABLE "catalogue_event_docs" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"tsv_fr" "tsvector" NOT NULL,
	"tsv_nl" "tsvector" NOT NULL,
	"tsv_en" "tsvector" NOT NULL,
	"simple_tsv" "tsvector" NOT NULL,
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_event_docs" ADD CONSTRAINT "catalogue_event_docs_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- SQL twin of normalizeText (src/common/catalogue/normalize.ts), as the search documents use it.
CREATE FUNCTION catalogue_norm(value text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT trim(regexp_replace(lower(unaccent(coalesce(value, ''))), '[^[:alnum:]]+', ' ', 'g'))
$$;
--> statement-breakpoint
-- Each language's title (A) and description (D) stemmed for that language; every title unstemmed; titles normalised.
CREATE FUNCTION catalogue_event_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_event_docs (event_id, tsv_fr, tsv_nl, tsv_en, simple_tsv, title_fr, title_nl, title_en)
  VALUES (NEW.id,
    setweight(to_tsvector('french', catalogue_norm(NEW.title->>'fr')), 'A')
      || setweight(to_tsvector('french', catalogue_norm(NEW.description->>'fr')), 'D'),
    setweight(to_tsvector('dutch', catalogue_norm(NEW.title->>'nl')), 'A')
      || setweight(to_tsvector('dutch', catalogue_norm(NEW.description->>'nl')), 'D'),
    setweight(to_tsvector('english', catalogue_norm(NEW.title->>'en')), 'A')
      || setweight(to_tsvector('english', catalogue_norm(NEW.description->>'en')), 'D'),
    to_tsvector('simple', concat_ws(' ', catalogue_norm(NEW.title->>'fr'), catalogue_norm(NEW.title->>'nl'),
      catalogue_norm(NEW.title->>'en'))),
    catalogue_norm(NEW.title->>'fr'), catalogue_norm(NEW.title->>'nl'), catalogue_norm(NEW.title->>'en'))
  ON CONFLICT (event_id) DO UPDATE SET tsv_fr = excluded.tsv_fr, tsv_nl = excluded.tsv_nl, tsv_en = excluded.tsv_en,
    simple_tsv = excluded.simple_tsv, title_fr = excluded.title_fr, title_nl = excluded.title_nl,
    title_en = excluded.title_en;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER catalogue_event_doc_written AFTER INSERT OR UPDATE OF title, description ON agenda_events
  FOR EACH ROW EXECUTE FUNCTION catalogue_event_doc();
--> statement-breakpoint
-- The events already there.
UPDATE agenda_events SET title = title;
