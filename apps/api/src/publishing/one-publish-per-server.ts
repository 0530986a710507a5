import { Injectable } from '@nestjs/common';
import { KeyedSerialExecutor } from '../platform/concurrency/keyed-serial-executor.js';
import { PublishingLockRepository } from './publishing-lock.repository.js';

/**
 * At most one publish (or settlement) of a server at a time, across all API replicas: the server's
 * publishing lock (PublishingLockRepository) held for the whole publish. Within one process, publishes of
 * one server queue in memory first, so each process has at most one lock connection per server
 * (50 concurrent publishes do not open 50 connections).
 */
@Injectable()
export class OnePublishPerServer {
  private readonly queue = new KeyedSerialExecutor();

  constructor(private readonly lock: PublishingLockRepository) {}

  run<T>(serverId: string, work: () => Promise<T>): Promise<T> {
    return this.queue.run(serverId, () => this.lock.holdDuring(serverId, work));
  }
}
