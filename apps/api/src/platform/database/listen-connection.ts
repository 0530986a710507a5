import pg from 'pg';

export interface ListenEvents {
  /** A NOTIFY on one of the channels, heard once its transaction committed. */
  readonly notification: (channel: string, payload: string) => void;
  /** The session failed or ended; it is unusable from now on. */
  readonly lost: (error: unknown) => void;
}

/**
 * One dedicated PostgreSQL session that LISTENs (raw node-postgres: a pooled Prisma connection cannot
 * hold a LISTEN). It only speaks SQL; reconnecting, liveness and dispatch are the ChangeListener's.
 */
export class ListenConnection {
  private readonly client: pg.Client;

  constructor(url: string, applicationName: string, events: ListenEvents) {
    this.client = new pg.Client({
      connectionString: url,
      application_name: applicationName,
      keepAlive: true,
    });
    this.client.on('notification', (message) => events.notification(message.channel, message.payload ?? ''));
    this.client.on('error', (error) => events.lost(error));
    this.client.on('end', () => events.lost(undefined));
  }

  /** Connects and starts listening; channel names are our own constants, never input. */
  async listen(channels: readonly string[]): Promise<void> {
    await this.client.connect();
    await this.client.query(channels.map((channel) => `LISTEN ${channel}`).join('; '));
  }

  /** One round trip: a silently dead socket (no RST) fails here. */
  async ping(): Promise<void> {
    await this.client.query('SELECT 1');
  }

  /** Closes the session without reporting it as lost. */
  async close(): Promise<void> {
    this.client.removeAllListeners('end');
    this.client.on('error', () => undefined);
    await this.client.end().catch(() => undefined);
  }
}
