-- The credentials epoch of a user: a session JWT issued (iat) before it is refused. Set on every change of
-- what a session stands for (password, role, tenant, disabled), so such a change ends the user's sessions.
-- Existing users start at the migration's time: their sessions end once, at the upgrade.
ALTER TABLE "users" ADD COLUMN "credentials_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- The principal cache must forget a user whose epoch moved, even by an update that changes nothing else.
DROP TRIGGER "users_principal_notify" ON "users";
CREATE TRIGGER "users_principal_notify"
  AFTER UPDATE OF "role", "tenant_id", "disabled", "password_hash", "username", "credentials_changed_at"
  OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "hostplane_notify_principal_change"();
