/**
 * The CMS's local git backend (decap-server behind the site's origin) with the editor's name:
 * the login page asks for it once and the browser remembers it, and every request carries it,
 * so scripts/cms-server.ts makes each commit in that editor's name. GitLab and Gitea need none
 * of this: there each editor signs in with their own account, which is the commit author.
 */
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { createElement as h, useState, type FormEvent } from 'react';
import { editorNameProblem, normalizeEditorName } from '../src/lib/editor-name.ts';

/** Where the browser remembers the name, so the next login only asks to confirm it. */
export const EDITOR_NAME_KEY = 'xinhuo-cms-editor';

interface EditorUser {
  name: string;
  login: string;
  token: string;
}

const asUser = (name: string): EditorUser => ({ name, login: name, token: '' });

/** The props Decap passes to a backend's login page (the part used here). */
interface LoginProps {
  onLogin: (credentials: { name: string }) => void;
  inProgress?: boolean;
  config: { site_url?: string };
}

/** The login page: the site's name, the editor's name, one button. */
export function LoginPage({ onLogin, inProgress, config }: LoginProps) {
  const [name, setName] = useState(() => localStorage.getItem(EDITOR_NAME_KEY) ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = editorNameProblem(name);
    setProblem(found);
    if (!found) onLogin({ name: normalizeEditorName(name) });
  };
  return h(
    'main',
    { className: 'xh-login' },
    h(
      'form',
      { onSubmit: submit, noValidate: true },
      h('h1', null, h('img', { src: `${config.site_url ?? '/'}favicon.svg`, alt: '', width: 40, height: 40 }), '薪火'),
      h('p', { className: 'xh-login-sub' }, '内容管理'),
      h('label', { htmlFor: 'xh-editor-name' }, '您的姓名'),
      h('input', {
        id: 'xh-editor-name',
        className: 'xh-input',
        value: name,
        autoComplete: 'name',
        'aria-describedby': 'xh-editor-name-hint',
        'aria-invalid': problem ? true : undefined,
        onChange: (e: { target: { value: string } }) => setName(e.target.value),
      }),
      h(
        'small',
        { id: 'xh-editor-name-hint' },
        '您保存的每一处修改都以此姓名记入修改历史，网站各页的“修订历史”会显示。本浏览器会记住它。',
      ),
      problem && h('p', { className: 'xh-login-error', role: 'alert' }, problem),
      h(
        'button',
        { type: 'submit', className: 'xh-button xh-primary', disabled: inProgress },
        inProgress ? '正在登录…' : '登录',
      ),
      config.site_url && h('a', { href: config.site_url }, '返回网站'),
    ),
  );
}

/** Decap's proxy backend, logged in as a named editor whose name goes with every request. */
export class LocalBackend extends ProxyBackend {
  editor = '';

  override authComponent() {
    return LoginPage;
  }

  override authenticate(credentials?: { name?: string }) {
    const problem = editorNameProblem(credentials?.name);
    if (problem) return Promise.reject(new Error(problem));
    this.editor = normalizeEditorName(credentials?.name);
    localStorage.setItem(EDITOR_NAME_KEY, this.editor);
    return Promise.resolve(asUser(this.editor));
  }

  /** Decap keeps the logged-in user; a stored user without a valid name logs in again. */
  override restoreUser(user?: { name?: string }) {
    return this.authenticate({ name: user?.name });
  }

  override async request(payload: { action: string; params: Record<string, unknown> }) {
    try {
      return await super.request({ ...payload, author: this.editor });
    } catch (error) {
      // The gateway's refusals (HTTP 422) are sentences for the editor: Decap's toast shows the
      // error as text, which would start with the error's name (“API_ERROR: …”) — left out here.
      if (error instanceof Error && (error as Error & { status?: number }).status === 422) error.name = '';
      throw error;
    }
  }
}
