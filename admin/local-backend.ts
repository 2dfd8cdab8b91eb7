/**
 * The CMS's own backend: Decap's proxy backend talking to the editors' server (scripts/cms/) on the
 * site's origin, behind a sign-in with an account (user name and password; the session is an
 * HttpOnly cookie the page's script never sees). Each save says which version it was based on, so
 * the server refuses a save that would overwrite someone else's (a conflict) instead of losing it.
 * GitLab and Gitea need none of this: there each editor signs in on the git service.
 */
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { createElement as h, useState, type FormEvent } from 'react';
import { SIGNED_IN_EVENT } from './publish-status.ts';

/** The signed-in account as the CMS shows it. */
interface EditorUser {
  name: string;
  login: string;
  token: string;
  role?: string;
}

interface Account {
  username: string;
  name: string;
  role: string;
}

/** The CMS's user for a signed-in account; the page is told, so it may ask for the publish status. */
const asUser = (account: Account): EditorUser => {
  window.dispatchEvent(new Event(SIGNED_IN_EVENT));
  return { name: account.name, login: account.username, token: '', role: account.role };
};

/** The server's sign-in routes beside the API (`<base>api/v1/` → `<base>api/xinhuo/…/`; the site wants the final slash). */
const authUrl = (proxyUrl: string, route: string) => proxyUrl.replace(/v1\/?$/, `xinhuo/${route}/`);

/** Calls a sign-in route → its JSON, or an Error with the server's sentence. */
async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    cache: 'no-store',
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string; user?: Account };
  if (!response.ok)
    throw Object.assign(new Error(json.error ?? `登录服务不可用（${response.status}）`), { status: response.status });
  return json;
}

/** The props Decap passes to a backend's login page (the part used here). */
interface LoginProps {
  onLogin: (credentials: { user: Account }) => void;
  inProgress?: boolean;
  error?: string;
  config: { site_url?: string; backend: { proxy_url?: string } };
}

/**
 * The login page: the site's name, the account's user name and password, one button. It signs in
 * itself, so a wrong password is a sentence under the form rather than an error of the CMS.
 */
export function LoginPage({ onLogin, inProgress, error, config }: LoginProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = !username.trim() ? '请填写用户名。' : !password ? '请填写密码。' : undefined;
    setProblem(missing);
    if (missing) return;
    setBusy(true);
    try {
      const { user } = await call(authUrl(config.backend.proxy_url ?? '/api/v1/', 'login'), {
        method: 'POST',
        body: JSON.stringify({ username: username.trim().toLowerCase(), password }),
      });
      onLogin({ user: user! });
    } catch (failure) {
      setProblem((failure as Error).message);
      setBusy(false);
    }
  };
  const shown = problem ?? error?.replace(/^Error: /, '');
  const input = (id: string, label: string, props: Record<string, unknown>) => [
    h('label', { htmlFor: id, key: `${id}-label` }, label),
    h('input', { id, key: id, className: 'xh-input', 'aria-invalid': shown ? true : undefined, ...props }),
  ];
  return h(
    'main',
    { className: 'xh-login' },
    h(
      'form',
      { onSubmit: submit, noValidate: true },
      h('h1', null, h('img', { src: `${config.site_url ?? '/'}favicon.svg`, alt: '', width: 40, height: 40 }), '薪火'),
      h('p', { className: 'xh-login-sub' }, '内容管理'),
      ...input('xh-username', '用户名', {
        value: username,
        autoComplete: 'username',
        autoCapitalize: 'none',
        onChange: (e: { target: { value: string } }) => setUsername(e.target.value),
      }),
      ...input('xh-password', '密码', {
        type: 'password',
        value: password,
        autoComplete: 'current-password',
        onChange: (e: { target: { value: string } }) => setPassword(e.target.value),
      }),
      h('small', null, '您保存的每一处修改都以账号的姓名记入修改历史。没有账号？请向网站管理员申请。'),
      shown && h('p', { className: 'xh-login-error', role: 'alert' }, shown),
      h(
        'button',
        { type: 'submit', className: 'xh-button xh-primary', disabled: inProgress || busy },
        inProgress || busy ? '正在登录…' : '登录',
      ),
      config.site_url && h('a', { href: config.site_url }, '返回网站'),
    ),
  );
}

/** What the editor's copy of each entry was loaded from: the draft's head, or the published file's blob. */
interface Versions {
  drafts: Map<string, string | null>;
  files: Map<string, string | null>;
}

type Payload = { action: string; params: Record<string, unknown> };

/** Decap's proxy backend behind the editors' server's sign-in. */
export class LocalBackend extends ProxyBackend {
  versions: Versions = { drafts: new Map(), files: new Map() };

  override authComponent() {
    return LoginPage;
  }

  get proxy(): string {
    return (this as unknown as { proxyUrl: string }).proxyUrl;
  }

  /** After the login page signed in: the account as the server's session knows it. */
  override async authenticate() {
    return this.restoreUser();
  }

  /** A stored user is kept only while the server's session lives; otherwise the login page shows. */
  override async restoreUser() {
    const { user } = await call(authUrl(this.proxy, 'session'));
    return asUser(user!);
  }

  logout() {
    return call(authUrl(this.proxy, 'logout'), { method: 'POST', body: '{}' }).catch(() => undefined);
  }

  override async request(payload: Payload) {
    const key = (p: Record<string, unknown>) => (typeof p.id === 'string' ? p.id : `${p.collection}/${p.slug}`);
    let answer: unknown;
    try {
      answer = await super.request(this.withBase(payload));
    } catch (error) {
      const status = (error as Error & { status?: number }).status;
      // No draft of this entry: a save then starts from the published file.
      if (payload.action === 'unpublishedEntry' && status === 404) this.versions.drafts.set(key(payload.params), null);
      // The server's refusals are sentences for the editor: Decap's toast shows the error as text,
      // which would start with the error's name (“API_ERROR: …”) — left out here.
      if (error instanceof Error && status && status >= 400 && status < 500) error.name = '';
      throw error;
    }
    this.remember(payload, answer);
    return answer;
  }

  /** Adds to a save the versions it is based on. */
  private withBase(payload: Payload): Payload {
    if (payload.action !== 'persistEntry') return payload;
    const { params } = payload;
    const files = (params.dataFiles as { path: string; slug: string }[]) ?? [];
    const options = params.options as { collectionName?: string };
    const head = this.versions.drafts.get(`${options.collectionName}/${files[0]?.slug}`) ?? null;
    const base = {
      head,
      files: Object.fromEntries(files.map((f) => [f.path, this.versions.files.get(f.path) ?? null])),
    };
    return { ...payload, params: { ...params, base } };
  }

  /** Notes the versions an answer carries. */
  private remember({ action, params }: Payload, answer: unknown) {
    const noteFile = (entry: { file?: { path?: string; id?: string | null } }) => {
      if (entry?.file?.path) this.versions.files.set(entry.file.path, entry.file.id ?? null);
    };
    if (action === 'unpublishedEntry') {
      const draft = answer as { collection: string; slug: string; head?: string };
      this.versions.drafts.set(`${draft.collection}/${draft.slug}`, draft.head ?? null);
    } else if (action === 'persistEntry') {
      const files = (params.dataFiles as { slug: string }[]) ?? [];
      const options = params.options as { collectionName?: string };
      this.versions.drafts.set(
        `${options.collectionName}/${files[0]?.slug}`,
        (answer as { head?: string }).head ?? null,
      );
    } else if (action === 'getEntry') noteFile(answer as never);
    else if (action === 'entriesByFolder' || action === 'entriesByFiles') (answer as never[]).forEach(noteFile);
    else if (action === 'deleteUnpublishedEntry' || action === 'publishUnpublishedEntry') {
      this.versions.drafts.delete(`${params.collection}/${params.slug}`);
    }
  }
}
