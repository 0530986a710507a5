/** A `hostplane_model` payload: "<server id>:<model_revision>", or "<server id>:-1" when it was deleted. */
export interface ModelNotification {
  serverId: string;
  /** null: the server was deleted. */
  revision: number | null;
}

export function parseModelNotification(payload: string): ModelNotification | null {
  const colon = payload.lastIndexOf(':');
  if (colon <= 0) return null;
  const revision = Number(payload.slice(colon + 1));
  if (!Number.isInteger(revision)) return null;
  return { serverId: payload.slice(0, colon), revision: revision < 0 ? null : revision };
}
