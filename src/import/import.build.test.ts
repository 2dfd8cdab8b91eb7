/** Imported entries must pass a real build of the site and render as articles. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, removeSiteCopies } from '../../test/site-builds.ts';
import { ImportError, importFiles, type PlannedEntry } from './importer.ts';
import { LEGACY_SAMPLE, makeDocx, writeGbkText, writeHtmlPage } from './test-fixtures.ts';

afterAll(removeSiteCopies);

describe('imported entries build', () => {
  it('builds a site with an imported text, Word document, web page and GBK file', async () => {
    const site = copySite();
    const docx = join(site, 'meeting.docx');
    writeFileSync(docx, await makeDocx());
    const results = await importFiles([LEGACY_SAMPLE, docx, writeHtmlPage(site), writeGbkText(site)], { root: site });
    const failures = results.filter((r) => r instanceof ImportError).map((r) => r.message);
    expect(failures).toEqual([]);
    const [legacy, word, page] = results as PlannedEntry[];

    const { status, output } = buildSite(site);
    expect(output).not.toContain('Content error');
    expect(status).toBe(0);

    const html = (entry: PlannedEntry) => readFileSync(join(site, `dist/articles/${entry.id}/index.html`), 'utf8');
    expect(html(legacy!)).toMatch(/<h2[^>]*>一、信息化背景下的高职学校党建工作需要面对的难题<\/h2>/);
    expect(html(legacy!)).toMatch(/<h3[^>]*>（一）高职学校对信息化党建认识不足<\/h3>/);
    expect(html(word!)).toContain('<th>部门</th>');
    expect(html(word!)).toContain('会议提出 {学习计划} 要在 &lt;10月底> 前完成');
    expect(html(word!)).toContain(`src="/uploads/imported/${word!.id}/image-1.png"`);
    expect(existsSync(join(site, `dist/uploads/imported/${word!.id}/image-1.png`))).toBe(true);
    expect(html(page!)).toContain('深刻认识到 a &lt; b 的道理');
  });
});
