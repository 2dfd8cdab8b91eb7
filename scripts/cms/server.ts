// The editors' server: accounts, sessions and the CMS's API on one Express app, on a loopback port
// behind the site's origin (`astro preview` and nginx forward <base>api/ to it). Nothing is answered
// without a session but the sign-in itself and the one-time setup of the first administrator.
// Errors are Chinese sentences; a stack trace or a path never leaves the server (it is logged).
import { parseCookie, stringifySetCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AccountError, hasRole, ROLES, type AccountStore, type PublicAccount, type Role } from './accounts.ts';
import { ApiRefusal, cmsApi, type PublishCheck } from './api.ts';
import { accountsPage, PAGES_CSS, setupPage } from './pages.ts';
import { SESSION_COOKIE, sessionStore } from './sessions.ts';
import type { ContentStore } from './store.ts';

export interface EditorsServerOptions {
  store: ContentStore;
  accounts: AccountStore;
  /** The site's base path (`/`, `/dangjian/`): the cookie's path and the links of the server's pages. */
  base: string;
  /** Checks an entry before 待发布 and 发布 (the build's content checks). */
  check: PublishCheck;
  /** The publish status the CMS shows (what was held back and why). */
  status: () => unknown;
  maxUploadBytes: number;
  log?: (line: string) => void;
}

type Authed = Request & { account?: PublicAccount };

const refuse = (res: Response, status: number, error: string): void => {
  res.status(status).set('cache-control', 'no-store').json({ error });
};

/** Whether two strings are equal, in time that does not depend on where they differ. */
const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Starts the server on 127.0.0.1:`port` (0: any free port) → its port, the setup link's path, and `close`. */
export async function startEditorsServer(options: EditorsServerOptions & { port: number }) {
  const { store, accounts, base, log = console.log } = options;
  const sessions = sessionStore();
  const api = cmsApi({ store, check: options.check, maxUploadBytes: options.maxUploadBytes });
  /** The one-time setup token, while no account exists. */
  let setupToken = accounts.isEmpty() ? randomBytes(24).toString('base64url') : undefined;
  const url = (path: string) => `${base}${path}`;

  const app = express();
  app.disable('x-powered-by');
  // The site's server (astro preview) and nginx on this machine forward requests: their X-Forwarded-For is the reader's address.
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      strictTransportSecurity: false, // set by the HTTPS front (deploy/editors/), not on plain loopback
    }),
  );
  app.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  /** Cross-site requests are refused: a browser's Origin must be this host (SameSite=Strict does the rest). */
  const sameOrigin = (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin && origin !== 'null') {
      try {
        if (new URL(origin).host === req.get('host')) return next();
      } catch {
        // refused below
      }
      return refuse(res, 403, '请求来自其他网站，已拒绝。');
    }
    if (origin === 'null') return refuse(res, 403, '请求来自其他网站，已拒绝。');
    next();
  };

  const tokenOf = (req: Request) => parseCookie(req.get('cookie') ?? '')[SESSION_COOKIE];
  const signedIn = (req: Request) => {
    const username = sessions.user(tokenOf(req));
    const account = username ? accounts.get(username) : undefined;
    return account && !account.disabled ? account : undefined;
  };
  const needs = (role: Role) => (req: Authed, res: Response, next: NextFunction) => {
    const account = signedIn(req);
    if (!account) return refuse(res, 401, '请先登录内容管理（登录已过期或尚未登录）。');
    if (!hasRole(account.role, role)) return refuse(res, 403, '您的账号没有这项权限。');
    req.account = account;
    next();
  };
  const startSession = (req: Request, res: Response, username: string) => {
    sessions.end(tokenOf(req)); // a new token at every sign-in
    const secure = req.secure;
    res.append(
      'set-cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value: sessions.create(username),
        httpOnly: true,
        sameSite: 'strict',
        path: base,
        secure,
      }),
    );
  };

  const json = (limit: number) => [sameOrigin, express.json({ limit, type: ['application/json'] })];
  const form = [sameOrigin, express.urlencoded({ extended: false, limit: '20kb', parameterLimit: 20 })];

  // Failed sign-ins: 10 per account name and 30 per address in 15 minutes; a success does not count.
  const limited = (limit: number, key: (req: Request) => string) =>
    rateLimit({
      windowMs: 15 * 60_000,
      limit,
      skipSuccessfulRequests: true,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: key,
      handler: (_req, res) => refuse(res, 429, '登录失败次数过多，请 15 分钟后再试。'),
    });
  const signInLimits = [
    limited(30, (req) => `ip:${ipKeyGenerator(req.ip ?? '')}`),
    limited(
      10,
      (req) =>
        `user:${String((req.body as { username?: unknown })?.username ?? '')
          .toLowerCase()
          .slice(0, 40)}`,
    ),
  ];

  app.get('/api/xinhuo/pages.css', (_req, res) => res.type('text/css').send(PAGES_CSS));

  app.post('/api/xinhuo/login', ...json(4096), ...signInLimits, async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    const account = await accounts.verify(username, password);
    if (!account) {
      return refuse(
        res,
        401,
        setupToken
          ? '还没有任何账号：请用 npm start 输出中的首次设置链接创建管理员。'
          : '用户名或密码不对，或账号已停用。',
      );
    }
    startSession(req, res, account.username);
    log(`登录 / signed in: ${account.username}`);
    res.json({ user: account });
  });
  app.post('/api/xinhuo/logout', sameOrigin, (req, res) => {
    sessions.end(tokenOf(req));
    res.append(
      'set-cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value: '',
        httpOnly: true,
        sameSite: 'strict',
        path: base,
        maxAge: 0,
      }),
    );
    res.json({ ok: true });
  });
  app.get('/api/xinhuo/session', needs('editor'), (req: Authed, res) => res.json({ user: req.account }));
  app.get(['/api/xinhuo/status', '/api/xinhuo/status/'], needs('editor'), (_req, res) => res.json(options.status()));
  app.post(
    '/api/v1',
    ...json(Math.ceil(options.maxUploadBytes * 1.37) + 1_048_576),
    needs('editor'),
    async (req: Authed, res, next) => {
      try {
        res.json((await api.handle(req.account!, req.body)) ?? null);
      } catch (error) {
        if (error instanceof ApiRefusal) return refuse(res, error.status, error.message);
        next(error);
      }
    },
  );

  // The first administrator: a one-time link printed by `npm start` while no account exists.
  const setupAction = url('api/xinhuo/setup/');
  const cssUrl = url('api/xinhuo/pages.css');
  const setupAllowed = (token: unknown) =>
    setupToken !== undefined && typeof token === 'string' && same(token, setupToken);
  const badSetupLink = (res: Response): void => {
    res.status(404).type('text/plain').send('此设置链接无效或已用过。');
  };
  app.get('/api/xinhuo/setup', (req, res) => {
    if (!setupAllowed(req.query.token)) return badSetupLink(res);
    res.type('html').send(setupPage({ action: setupAction, token: String(req.query.token), cssUrl }));
  });
  app.post('/api/xinhuo/setup', ...form, async (req, res) => {
    const body = req.body as Record<string, string>;
    if (!setupAllowed(body.token)) return badSetupLink(res);
    try {
      const account = await accounts.add({ ...body, role: 'admin' } as Parameters<AccountStore['add']>[0]);
      setupToken = undefined;
      log(`已创建管理员账号 / first administrator created: ${account.username}`);
      startSession(req, res, account.username);
      res.redirect(303, url('admin/'));
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      res
        .status(422)
        .type('html')
        .send(setupPage({ action: setupAction, token: body.token!, cssUrl, problem: error.message }));
    }
  });

  // The account list, for administrators.
  const accountsAction = url('api/xinhuo/accounts/');
  const showAccounts = (req: Authed, res: Response, shown: { note?: string; problem?: string } = {}) =>
    res.type('html').send(
      accountsPage({
        accounts: accounts.list(),
        me: req.account!.username,
        action: accountsAction,
        cssUrl,
        adminUrl: url('admin/'),
        ...shown,
      }),
    );
  app.get('/api/xinhuo/accounts', needs('admin'), (req: Authed, res) => showAccounts(req, res));
  app.post('/api/xinhuo/accounts', ...form, needs('admin'), async (req: Authed, res) => {
    const { op, username = '', password = '', role = '' } = req.body as Record<string, string>;
    try {
      if (username === req.account!.username && op !== 'password')
        throw new AccountError('不能停用自己或改自己的角色。');
      if (op === 'add')
        await accounts.add({ ...(req.body as Record<string, string>), role: role as Role } as Parameters<
          AccountStore['add']
        >[0]);
      else if (op === 'password') await accounts.setPassword(username, password);
      else if (op === 'role' && (ROLES as readonly string[]).includes(role))
        await accounts.setRole(username, role as Role);
      else if (op === 'disable' || op === 'enable') await accounts.setDisabled(username, op === 'disable');
      else throw new AccountError('不支持这个操作。');
      if (op !== 'add' && op !== 'role') sessions.endAll(username);
      log(`账号 / account ${op}: ${username} (by ${req.account!.username})`);
      showAccounts(req, res, { note: `已保存：${username}` });
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      res.status(422);
      showAccounts(req, res, { problem: error.message });
    }
  });

  app.use((_req, res) => refuse(res, 404, '没有这个地址。'));
  // The last word on every error: a sentence for the editor; the details go to the server's log only.
  app.use((error: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      return refuse(
        res,
        413,
        `上传的内容太大：一次最多 ${Math.round(options.maxUploadBytes / 1_048_576)} MB。请压缩文件后再上传。`,
      );
    }
    if (error.type === 'entity.parse.failed' || error.status === 400) return refuse(res, 400, '请求的格式不对。');
    log(`✗ 内容管理服务出错 / editors' server error: ${error.stack ?? error.message}`);
    refuse(res, 500, '内容管理服务出错，请稍后重试。如果一再出现，请联系网站管理员。');
  });

  const server = app.listen(options.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // A request that hangs never holds the server: bodies must arrive within 2 minutes.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  return {
    port: (server.address() as AddressInfo).port,
    /** The path of the first administrator's setup page while no account exists. */
    setupPath: setupToken && `${setupAction}?token=${setupToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
