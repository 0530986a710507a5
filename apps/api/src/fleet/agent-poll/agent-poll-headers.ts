/**
 * Headers of every answer to an agent's poll (200 and 304): how many daemon group restarts wait for its
 * server (the agent asks for them only when > 0) and the server's model revision (the agent reports again
 * when it moved, to learn which names to check). An older API sends neither: the agent then asks every poll.
 */
export const RESTARTS_PENDING_HEADER = 'Hostplane-Restarts-Pending';
export const MODEL_REVISION_HEADER = 'Hostplane-Model-Revision';

export const pollHeadersDoc = {
  [RESTARTS_PENDING_HEADER]: {
    description:
      'Daemon group restarts waiting for this server’s agent (GET …/daemon-group-restarts/pending)',
    schema: { type: 'integer', minimum: 0, maximum: 2_147_483_647 },
  },
  [MODEL_REVISION_HEADER]: {
    description: 'The server’s model revision; when it moved, the agent reports to learn the names to check',
    schema: { type: 'integer', minimum: 0, maximum: 2_147_483_647 },
  },
} as const;
