import type { TrustProxy } from './env.schema.js';
import type {
  AppConfigValues,
  FleetValues,
  LoginThrottleValues,
  PublishingValues,
  RateLimitValues,
} from './app-config-values.js';
import type { LogLevel } from './env.schema.js';

/** Typed, read-only access to the configuration validated at boot. Provided by ConfigModule. */
export class AppConfig {
  constructor(private readonly values: AppConfigValues) {}

  get port(): number {
    return this.values.port;
  }
  get host(): string {
    return this.values.host;
  }
  get databaseUrl(): string | undefined {
    return this.values.databaseUrl;
  }
  get dataDir(): string {
    return this.values.dataDir;
  }
  get embeddedPgPort(): number {
    return this.values.embeddedPgPort;
  }
  get bootstrapAdminUsername(): string {
    return this.values.bootstrapAdminUsername;
  }
  get bootstrapAdminPassword(): string | undefined {
    return this.values.bootstrapAdminPassword;
  }
  get jwtSecret(): string {
    return this.values.jwtSecret;
  }
  get jwtTtlSeconds(): number {
    return this.values.jwtTtlSeconds;
  }
  get logLevel(): LogLevel {
    return this.values.logLevel;
  }
  get bodyLimit(): string {
    return this.values.bodyLimit;
  }

  get trustProxy(): TrustProxy {
    return this.values.trustProxy;
  }
  get loginThrottle(): LoginThrottleValues {
    return this.values.loginThrottle;
  }
  get corsOrigins(): readonly string[] {
    return this.values.corsOrigins;
  }
  get rateLimit(): RateLimitValues {
    return this.values.rateLimit;
  }
  get publishing(): PublishingValues {
    return this.values.publishing;
  }
  get fleet(): FleetValues {
    return this.values.fleet;
  }
}
