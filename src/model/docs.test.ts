import { expect, it } from 'vitest';
import { COLLECTIONS, SINGLETONS } from './collections.ts';
import { renderModelDocs } from './docs.ts';

// The committed reference must be exactly what the model renders; `npm run docs` rewrites it.
it('docs/content-model.md is generated from the model', async () => {
  await expect(renderModelDocs(COLLECTIONS, SINGLETONS)).toMatchFileSnapshot('../../docs/content-model.md');
});

it('documents every field of every collection', () => {
  const docs = renderModelDocs(COLLECTIONS, SINGLETONS);
  for (const def of [...COLLECTIONS, ...SINGLETONS]) {
    for (const field of def.fields) expect(docs).toContain(`\`${field.name}\` | ${field.label} |`);
  }
});
