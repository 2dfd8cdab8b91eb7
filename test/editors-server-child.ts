// The editors' server alone in a process of its own, for the kill -9 test
// (scripts/cms/crash.build.test.ts): repository and accounts file from argv, port printed when ready.
import { accountStore } from '../scripts/cms/accounts.ts';
import { startEditorsServer } from '../scripts/cms/server.ts';
import { contentStore } from '../scripts/cms/store.ts';

const [root, accounts] = process.argv.slice(2) as [string, string];
const store = await contentStore(root, 'main', (line) => console.error(line));
await store.recover();
const server = await startEditorsServer({
  port: 0,
  base: '/',
  store,
  accounts: accountStore(accounts),
  maxUploadBytes: 1_048_576,
  log: () => {},
  status: () => ({}),
  check: async () => {},
});
console.log(`PORT ${server.port}`);
