import { Module } from '@nestjs/common';
import { ChangeListenerModule } from '../../platform/change-listener/change-listener.module.js';
import { AgentLastSeen } from './agent-last-seen.service.js';
import { AgentPollSignals } from './agent-poll-signals.js';
import { AgentPollRepository } from './agent-poll.repository.js';

/** What the agents' poll (GET /servers/{id}/publications/live) records and answers besides the revision. */
@Module({
  imports: [ChangeListenerModule],
  providers: [AgentPollRepository, AgentLastSeen, AgentPollSignals],
  exports: [AgentLastSeen, AgentPollSignals],
})
export class AgentPollModule {}
