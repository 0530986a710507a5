import { Inject, Injectable, Optional, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DATABASE_URL } from '../database/database.tokens.js';
import { ListenConnection } from '../database/listen-connection.js';
import type { AppLogger } from '../logging/create-logger.js';
import { LOGGER } from '../logging/logger.token.js';

/** NOTIFY channels filled by the database triggers of migration 20260110000000_change_notifications. */
export const MODEL_CHANNEL = 'hostplane_model';
export const PRINCIPAL_CHANNEL = 'hostplane_principal';
/** Migration 20260310000000_publication_notifications: "<server id>" whose revisions changed. */
export const PUBLICATION_CHANNEL = 'hostplane_publication';
/** Migration 20260311000000_restart_notifications: "<server id>" whose daemon group restarts changed. */
export const RESTART_CHANNEL = 'hostplane_restart';

/** Shown in pg_stat_activity, so operators (and tests) can find the listener's backend. */
export const LISTENER_APPLICATION_NAME = 'hostplane-change-listener';

const FIRST_CONNECT_WAIT_MS = 5_000;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;
/** A silently dead socket (no RST) is noticed within about this long: the heartbeat fails and we reconnect. */
const HEARTBEAT_MS = 5_000;

type Handler = (payload: string) => void;

/**
 * ONE dedicated PostgreSQL connection per API process that LISTENs for committed changes made by any
 * replica (the triggers notify in the writing transaction, so only commits are heard). Caches use it to
 * skip their per-request database checks, and ONLY while it is live: `liveEpoch()` is null while the
 * connection is starting, lost or reconnecting, and changes on every reconnect, because notifications
 * sent while no connection listened are gone and whatever was verified before cannot be trusted after.
 */
@Injectable()
export class ChangeListener implements OnModuleInit, OnApplicationShutdown {
  private connection: ListenConnection | undefined;
  private epoch: number | null = null;
  private epochs = 0;
  private stopped = true;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly handlers = new Map<string, Handler[]>();
  private readonly liveHandlers: (() => void)[] = [];

  constructor(
    @Inject(DATABASE_URL) private readonly url: string | null,
    @Optional() @Inject(LOGGER) private readonly logger?: AppLogger,
  ) {}

  /** Waits (bounded) for the first connection, so a booted replica normally starts live; never fails boot. */
  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Non-null while notifications are being received; a new number after every (re)connection. */
  liveEpoch(): number | null {
    return this.epoch;
  }

  on(channel: string, handler: Handler): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  /** Called each time the listener becomes live (again). */
  onLive(handler: () => void): void {
    this.liveHandlers.push(handler);
  }

  async start(): Promise<void> {
    if (this.url === null || !this.stopped) return;
    this.stopped = false;
    const first = this.connect();
    await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref())]);
  }

  /** Closes the connection; the caches fall back to their per-request checks until start(). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.drop();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.url === null) return;
    const connection: ListenConnection = new ListenConnection(this.url, LISTENER_APPLICATION_NAME, {
      notification: (channel, payload) => this.dispatch(channel, payload),
      lost: (error) => this.lost(connection, error),
    });
    this.connection = connection;
    try {
      await connection.listen([MODEL_CHANNEL, PRINCIPAL_CHANNEL, PUBLICATION_CHANNEL, RESTART_CHANNEL]);
    } catch (error) {
      this.lost(connection, error);
      return;
    }
    if (this.connection !== connection) return;
    this.retryMs = RETRY_MIN_MS;
    this.epoch = ++this.epochs;
    this.heartbeat = setInterval(() => this.beat(connection), HEARTBEAT_MS).unref();
    this.logger?.info({ component: 'change-listener', epoch: this.epoch }, 'Listening for model changes');
    for (const handler of this.liveHandlers) handler();
  }

  private beat(connection: ListenConnection): void {
    connection.ping().catch((error: unknown) => this.lost(connection, error));
  }

  private dispatch(channel: string, payload: string): void {
    for (const handler of this.handlers.get(channel) ?? []) handler(payload);
  }

  /** Not live from this instant; retried with backoff unless stopped. */
  private lost(connection: ListenConnection, error: unknown): void {
    if (this.connection !== connection) return;
    void this.drop();
    if (this.stopped) return;
    this.logger?.warn(
      { component: 'change-listener', err: error, retryMs: this.retryMs },
      'Change listener disconnected; caches check the database per request until it is back',
    );
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private async drop(): Promise<void> {
    this.epoch = null;
    clearInterval(this.heartbeat);
    const connection = this.connection;
    this.connection = undefined;
    if (connection === undefined) return;
    await connection.close();
  }
}
