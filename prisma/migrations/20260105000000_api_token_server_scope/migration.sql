-- Server-scoped API tokens for agents: such a token may only pull and report its own server's revisions.
-- Deleting the server deletes its tokens, so a scoped token can never lose its scope.
ALTER TABLE "api_tokens" ADD COLUMN "server_id" TEXT;

-- CreateIndex
CREATE INDEX "api_tokens_server_id_idx" ON "api_tokens"("server_id");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
