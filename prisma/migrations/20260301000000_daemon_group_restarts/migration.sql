-- Restart one daemon group (issue 12 item 5): one row per request, carried out by the local applier or by the
-- server's agent on its next poll, which records the pids before and after and any errors. Goes with its group.
CREATE TABLE "daemon_group_restarts" (
    "id" TEXT NOT NULL,
    "daemon_group_id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "pids_before" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "pids_after" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "errors" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "daemon_group_restarts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "daemon_group_restarts_state_check" CHECK ("state" IN ('pending', 'running', 'done', 'failed'))
);

-- GET /daemon-groups/{id}/restarts/{restartId} and the cascade from the group.
CREATE INDEX "daemon_group_restarts_daemon_group_id_idx" ON "daemon_group_restarts"("daemon_group_id");

-- An agent's poll: the pending restarts of its server.
CREATE INDEX "daemon_group_restarts_server_id_state_idx" ON "daemon_group_restarts"("server_id", "state");

-- AddForeignKey
ALTER TABLE "daemon_group_restarts" ADD CONSTRAINT "daemon_group_restarts_daemon_group_id_fkey" FOREIGN KEY ("daemon_group_id") REFERENCES "daemon_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
