import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/model/collections.ts';
import { CmsConfigError, buildCmsConfig } from './config.ts';

const PRODUCTION = {
  XINHUO_CMS_REPO: 'dangwei/xinhuo',
  XINHUO_CMS_BASE_URL: 'https://git.college.edu.cn/',
  XINHUO_CMS_APP_ID: 'abc123',
};

describe('buildCmsConfig', () => {
  it('uses the local decap-server through the site origin, with the editorial workflow, by default', () => {
    const config = buildCmsConfig({}, '/dangjian/');
    expect(config).toMatchObject({
      backend: { name: 'xinhuo-local', proxy_url: '/dangjian/api/v1/', branch: 'main' },
      publish_mode: 'editorial_workflow',
      locale: 'zh_Hans',
      media_folder: 'public/uploads',
      public_folder: '/uploads',
      load_config_file: false,
    });
    const names = (config.collections as { name: string }[]).map((c) => c.name);
    expect(names).toEqual([...COLLECTIONS.map((c) => c.name), 'settings']);
  });

  it('configures self-managed GitLab with PKCE and the editorial workflow', () => {
    expect(buildCmsConfig({ XINHUO_CMS_BACKEND: 'gitlab', ...PRODUCTION }, '/')).toMatchObject({
      backend: {
        name: 'gitlab',
        repo: 'dangwei/xinhuo',
        auth_type: 'pkce',
        app_id: 'abc123',
        base_url: 'https://git.college.edu.cn',
        api_root: 'https://git.college.edu.cn/api/v4',
      },
      publish_mode: 'editorial_workflow',
    });
  });

  it('configures Gitea/Forgejo without the editorial workflow, which Decap lacks there', () => {
    expect(
      buildCmsConfig({ XINHUO_CMS_BACKEND: 'gitea', XINHUO_CMS_BRANCH: 'review', ...PRODUCTION }, '/'),
    ).toMatchObject({
      backend: { name: 'gitea', app_id: 'abc123', api_root: 'https://git.college.edu.cn/api/v1', branch: 'review' },
      publish_mode: 'simple',
    });
  });

  it.each([
    [{ XINHUO_CMS_BACKEND: 'gitlab', XINHUO_CMS_REPO: 'a/b' }, /XINHUO_CMS_BASE_URL/],
    [{ XINHUO_CMS_BACKEND: 'github' }, /XINHUO_CMS_BACKEND/],
  ])('explains a missing or wrong setting: %j', (env, message) => {
    expect(() => buildCmsConfig(env, '/')).toThrow(CmsConfigError);
    expect(() => buildCmsConfig(env, '/')).toThrow(message);
  });
});
