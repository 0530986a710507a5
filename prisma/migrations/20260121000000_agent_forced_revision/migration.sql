-- A publish forced over the drift an agent reported must reach that agent as "apply this one with force",
-- or the agent refuses it like any hand-edited revision. The revision number is kept with the agent's report
-- (its answer carries it); a later forced publish replaces it.
ALTER TABLE "agent_reports" ADD COLUMN "forced_revision" INTEGER;
