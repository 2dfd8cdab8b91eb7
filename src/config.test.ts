import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isSet, readConfig, VARIABLES } from './config.ts';

/** Every source file of the project that code runs from (tests and configs included). */
function sources(): string[] {
  const dirs = ['src', 'scripts', 'admin', 'e2e'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(m?[jt]s|astro)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  );
  return [...files, 'astro.config.mjs', ...readdirSync('.').filter((f) => /^playwright.*\.ts$/.test(f))];
}

describe('readConfig', () => {
  it('gives each default when nothing (or only white space) is set', () => {
    const config = readConfig({ XINHUO_BASE: '  ' });
    expect(config).toMatchObject({ base: '/', site: 'http://localhost:4321', outDir: 'dist', cmsPort: 8081 });
    expect(config.asOf).toBeUndefined();
    expect(config.buildMemoryGb).toBe(4);
    expect(config.keepClone).toBe(false);
  });

  it('reads good values', () => {
    const config = readConfig({
      XINHUO_BASE: '/dangjian/',
      XINHUO_SITE: 'https://dangjian.example.edu.cn',
      XINHUO_CMS_PROXY: '8090',
      XINHUO_SEARCH_SHARD_PAGES: '1000',
      XINHUO_KEEP_CLONE: '1',
    });
    expect(config).toMatchObject({ base: '/dangjian/', cmsProxy: 8090, searchShardPages: 1000, keepClone: true });
    expect(isSet('base', { XINHUO_BASE: '/x/' })).toBe(true);
    expect(isSet('base', {})).toBe(false);
  });

  it.each([
    ['XINHUO_BASE', 'dangjian', '须以“/”开头并以“/”结尾'],
    ['XINHUO_SITE', 'dangjian.example.edu.cn', '不是网址'],
    ['XINHUO_CMS_PORT', '99999', '不是端口号'],
    ['XINHUO_BUILD_MEMORY_GB', '-1', '须为正数'],
    ['XINHUO_SEARCH_SHARD_PAGES', 'many', '须为正数'],
  ])('refuses %s=%s, naming the variable, the value and the fix', (name, value, zh) => {
    const read = () => readConfig({ [name]: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(`${name}="${value}"`);
    expect(read).toThrow(zh);
  });
});

describe('the one module for XINHUO_* variables', () => {
  const declared = new Set(Object.values(VARIABLES).map((v) => v.name));

  it('declares every variable the code names, and nothing else reads them from process.env', () => {
    const named = new Set<string>();
    const readers: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const [name] of text.matchAll(/\bXINHUO_[A-Z][A-Z0-9_]*[A-Z0-9]\b/g)) named.add(name);
      if (
        file !== join('src', 'config.ts') &&
        /process\.env(\.|\[['"])XINHUO_\w+\s*(\?\?|\|\||[);,.}\]!]|$)/m.test(text)
      )
        readers.push(file);
    }
    expect([...named].filter((name) => !declared.has(name))).toEqual([]);
    // Setting a variable for a child process is fine (`process.env.X ??= …` in scripts/test.ts).
    expect(readers.filter((f) => !/scripts\/test\.ts$/.test(f))).toEqual([]);
  });

  it('docs/architecture.md lists every variable', () => {
    const docs = readFileSync('docs/architecture.md', 'utf8');
    expect([...declared].filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
