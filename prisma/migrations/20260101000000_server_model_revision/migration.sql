-- Every committed write to a server's model bumps this counter (in the write's transaction), so a cache
-- held by one API replica can notice a write made by another one with a single cheap read.
ALTER TABLE "servers" ADD COLUMN "model_revision" INTEGER NOT NULL DEFAULT 0;
