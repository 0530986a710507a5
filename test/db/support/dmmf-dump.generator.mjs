// A Prisma generator that writes the datamodel part of the DMMF (Prisma's own parse of schema.prisma)
// to the file named by HOSTPLANE_DMMF_OUT. Prisma talks to generators in JSON-RPC: requests on stdin,
// one JSON response per line on stderr.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const reply = (id, result) => process.stderr.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\n');

createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line);
  if (message.method === 'getManifest') {
    reply(message.id, { manifest: { prettyName: 'DMMF dump', requiresEngines: [] } });
  } else if (message.method === 'generate') {
    writeFileSync(process.env.HOSTPLANE_DMMF_OUT, JSON.stringify(message.params.dmmf.datamodel, null, 2));
    reply(message.id, null);
  }
});
