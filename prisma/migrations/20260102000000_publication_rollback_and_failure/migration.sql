-- A rollback names the revision it republished; a failed apply (local or reported by an agent) keeps its
-- failing step so the revision explains itself.
ALTER TABLE "publications" ADD COLUMN "rollback_of_id" TEXT;
ALTER TABLE "publications" ADD COLUMN "failure" JSONB;
