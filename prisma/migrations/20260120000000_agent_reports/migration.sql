-- The fleet: the latest report of each server's agent, one row per server, upserted on every poll (a
-- heartbeat must stay cheap: no history here; the agent sends facts and processes only when they change,
-- and the columns keep the last ones sent). Goes with its server.
CREATE TABLE "agent_reports" (
    "server_id" TEXT NOT NULL,
    "agent_version" TEXT NOT NULL,
    "applied_revision" INTEGER,
    "last_outcome" TEXT,
    "drift" JSONB NOT NULL DEFAULT '[]',
    "facts" JSONB,
    "facts_reported_at" TIMESTAMPTZ(3),
    "processes" JSONB NOT NULL DEFAULT '[]',
    "processes_reported_at" TIMESTAMPTZ(3),
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agent_reports_pkey" PRIMARY KEY ("server_id")
);

-- The offline filter of GET /fleet.
CREATE INDEX "agent_reports_last_seen_at_idx" ON "agent_reports"("last_seen_at");

-- AddForeignKey
ALTER TABLE "agent_reports" ADD CONSTRAINT "agent_reports_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
