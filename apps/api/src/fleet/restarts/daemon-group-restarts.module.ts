import { AgentPollModule } from '../agent-poll/agent-poll.module.js';
import { Module } from '@nestjs/common';
import { AgentDaemonGroupRestartsController } from './agent-daemon-group-restarts.controller.js';
import { AgentDaemonGroupRestarts } from './agent-daemon-group-restarts.use-case.js';
import { DaemonGroupRestartRepository } from './daemon-group-restart.repository.js';
import { DaemonGroupRestartsController } from './daemon-group-restarts.controller.js';
import { GetDaemonGroupRestart } from './get-daemon-group-restart.use-case.js';
import { LocalDaemonGroupRestarter } from './local-daemon-group-restarter.js';
import { RequestDaemonGroupRestart } from './request-daemon-group-restart.use-case.js';

/** Restart one daemon group: requests, their outcome, and who carries them out (local applier or agent). */
@Module({
  imports: [AgentPollModule],
  controllers: [DaemonGroupRestartsController, AgentDaemonGroupRestartsController],
  providers: [
    DaemonGroupRestartRepository,
    RequestDaemonGroupRestart,
    GetDaemonGroupRestart,
    LocalDaemonGroupRestarter,
    AgentDaemonGroupRestarts,
  ],
})
export class DaemonGroupRestartsModule {}
