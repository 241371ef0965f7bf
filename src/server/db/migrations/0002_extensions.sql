-- Extensions used by later modules: trigram and accent-insensitive search (catalogue),
-- GiST exclusion constraints on time ranges with equality (room bookings).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
