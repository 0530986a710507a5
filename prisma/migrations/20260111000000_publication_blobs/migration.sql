-- Publications store content-addressed: the bytes of each distinct file once, in publication_blobs (keyed by
-- sha256), and per revision only its manifest [{path, sha256}]. A one-rule publish on a 10,000-vhost server
-- then writes one new blob and a manifest instead of 27 MB of JSON. Blobs are never deleted while a manifest
-- may name them (no foreign key: a jsonb array cannot hold one; the publisher writes blobs before manifests).
CREATE TABLE "publication_blobs" (
    "sha256" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publication_blobs_pkey" PRIMARY KEY ("sha256")
);

ALTER TABLE "publications" ADD COLUMN "manifest" JSONB NOT NULL DEFAULT '[]';

INSERT INTO "publication_blobs" ("sha256", "content")
SELECT DISTINCT ON (f->>'sha256') f->>'sha256', f->>'content'
FROM "publications" p, jsonb_array_elements(p."files") f
ON CONFLICT ("sha256") DO NOTHING;

UPDATE "publications" p SET "manifest" = COALESCE(
    (SELECT jsonb_agg(jsonb_build_object('path', f->>'path', 'sha256', f->>'sha256') ORDER BY f->>'path')
     FROM jsonb_array_elements(p."files") f),
    '[]');

ALTER TABLE "publications" ALTER COLUMN "manifest" DROP DEFAULT;
ALTER TABLE "publications" DROP COLUMN "files";
