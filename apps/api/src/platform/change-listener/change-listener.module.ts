import { Module } from '@nestjs/common';
import { ChangeListener } from './change-listener.js';

/** The per-process LISTEN connection; every module importing this shares the one instance. */
@Module({ providers: [ChangeListener], exports: [ChangeListener] })
export class ChangeListenerModule {}
