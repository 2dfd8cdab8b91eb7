// The CMS's local git backend: decap-server's git mode (a commit per save, the editorial
// workflow on cms/… branches), with the editor's name as the author of every commit
// (scripts/lib/commit-author.ts). Configured like decap-server itself: GIT_REPO_DIRECTORY,
// BIND_HOST, PORT, LOG_LEVEL. Started by scripts/lib/live-site.ts, in a process of its own.
import { createRequire } from 'node:module';
import { withCommitAuthors } from './lib/commit-author.ts';

const require = createRequire(import.meta.url);
// decap-server's own Express (its dependency), so the middlewares run on the version it is made for.
const express = createRequire(require.resolve('decap-server'))('express');
const { registerLocalGit } = require('decap-server/dist/middlewares');

const app = express();
app.use(express.json({ limit: '50mb' }));
app.post('/api/v1', withCommitAuthors(process.env));
await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL || 'info' });
const host = process.env.BIND_HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8081);
app.listen(port, host);
