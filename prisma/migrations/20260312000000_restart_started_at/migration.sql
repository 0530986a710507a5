-- When a restart left `pending` (claimed by the local applier or an agent): a restart is stale 10 minutes after
-- it started, not after it was requested (one that waited for an offline agent was failed right after the
-- claim). Rows already running count from their request, as before.
ALTER TABLE "daemon_group_restarts" ADD COLUMN "started_at" TIMESTAMPTZ(3);
UPDATE "daemon_group_restarts" SET "started_at" = "requested_at" WHERE "state" <> 'pending';

-- At most one pending restart per group: two concurrent requests cannot both create one (the second joins it).
-- Older duplicates are failed first (none exist unless two requests raced).
UPDATE "daemon_group_restarts" AS r
SET "state" = 'failed', "finished_at" = CURRENT_TIMESTAMP, "errors" = ARRAY['a duplicate of another pending restart of the group']
WHERE r."state" = 'pending'
  AND EXISTS (
    SELECT 1 FROM "daemon_group_restarts" AS o
    WHERE o."daemon_group_id" = r."daemon_group_id" AND o."state" = 'pending'
      AND (o."requested_at", o."id") < (r."requested_at", r."id")
  );
CREATE UNIQUE INDEX "daemon_group_restarts_one_pending_per_group" ON "daemon_group_restarts"("daemon_group_id")
  WHERE "state" = 'pending';
