import type { UserRole } from './users/user-role.js';

/**
 * Who is calling, whatever the credential. Both strategies (JWT sessions now, API tokens later)
 * produce exactly this, so guards, services and audit never care how the caller logged in.
 */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly role: UserRole;
  /** Set for role tenant; null for admins. Tenant scoping reads it from here, never from the body. */
  readonly tenantId: string | null;
  /** The credential used, prefixed by its kind ("session:<jti>", later "token:<id>") for the audit log. */
  readonly credentialId: string;
  /**
   * Set for an agent's server-scoped API token: the one server whose revisions it may pull and report.
   * Such a principal reaches only routes marked @AgentRoute(), and only for that server (404 elsewhere).
   */
  readonly serverScope: string | null;
}
