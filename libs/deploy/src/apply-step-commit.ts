import { journalAt, type JournaledApply } from './apply-journal.js';
import { writeDiskRecord } from './disk-record.js';
import { removeScratch } from './file-swap.js';
import { removeJournal } from './journal.js';

/** The revision is live: record it, then remove the backups and the journal (phase `committing`). */
export async function commitStep(apply: JournaledApply): Promise<void> {
  const { fs } = apply.ports;
  const { journalDir } = apply.input;
  await journalAt(apply, 'committing');
  apply.fault({ at: 'committing' });
  await apply.steps.run('commit', async () => {
    // Record first: from `committing` on, the new revision is the disk's truth whatever happens next.
    await writeDiskRecord(fs, journalDir, apply.survey.newDigest);
    await removeScratch(fs, apply.entries, apply.journal.scratch, apply.survey.guard);
    await removeJournal(fs, journalDir);
  });
}
