// The editors' server's own pages: the first administrator's setup and the account list. Plain
// forms without script (the pages' CSP allows none), built as HTML trees so every value is escaped.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { MIN_PASSWORD, ROLE_LABELS, ROLES, type PublicAccount } from './accounts.ts';

/** The pages' stylesheet, served by the server itself (no inline style under the CSP). */
export const PAGES_CSS = `
:root{color-scheme:light dark;font-family:system-ui,"Noto Sans CJK SC",sans-serif;line-height:1.6}
body{margin:0;background:Canvas;color:CanvasText}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
form{display:grid;gap:.6rem;max-width:28rem}
form.row{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;max-width:none}
label{display:grid;gap:.2rem;font-weight:600}
input,select,button{font:inherit;padding:.45rem .6rem;border:1px solid #8886;border-radius:.4rem;background:Field;color:FieldText}
button{background:#b91c1c;color:#fff;border-color:#b91c1c;cursor:pointer;font-weight:600}
button.plain{background:transparent;color:inherit;border-color:#8888}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.45rem;border-bottom:1px solid #8884;vertical-align:top}
.note{padding:.6rem .8rem;border-radius:.4rem;background:#16a34a22}.problem{padding:.6rem .8rem;border-radius:.4rem;background:#dc262622}
small{color:GrayText;font-weight:400}
`;

const page = (title: string, cssUrl: string, ...content: (Element | string | undefined)[]) =>
  '<!doctype html>' +
  toHtml(
    h('html', { lang: 'zh-CN' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('title', `${title} · 薪火内容管理`),
        h('link', { rel: 'stylesheet', href: cssUrl }),
      ]),
      h('body', [h('main', [h('h1', title), ...content.filter((c) => c !== undefined)])]),
    ]),
  );

const field = (label: string, input: Record<string, string | boolean>, hint?: string) =>
  h('label', [label, h('input', input), hint ? h('small', hint) : undefined].filter(Boolean) as Element[]);

const message = (note?: string, problem?: string) =>
  problem ? h('p.problem', { role: 'alert' }, problem) : note ? h('p.note', { role: 'status' }, note) : undefined;

const passwordHint = `至少 ${MIN_PASSWORD} 个字符，不含用户名。`;

/** The fields of a new account (setup and the account list). */
const accountFields = () => [
  field(
    '用户名',
    { name: 'username', required: true, autocomplete: 'username', pattern: '[a-z][a-z0-9._\\-]{1,31}' },
    '登录用，小写字母或数字，如 wangxl',
  ),
  field('姓名', { name: 'name', required: true, autocomplete: 'name' }, '记入修改历史，如 党委宣传部 王晓岚'),
  field('邮箱', { name: 'email', type: 'email', required: true, autocomplete: 'email' }),
  field(
    '密码',
    {
      name: 'password',
      type: 'password',
      required: true,
      autocomplete: 'new-password',
      minlength: String(MIN_PASSWORD),
    },
    passwordHint,
  ),
];

/** The one-time page that creates the first administrator. */
export function setupPage({
  action,
  token,
  cssUrl,
  problem,
}: {
  action: string;
  token: string;
  cssUrl: string;
  problem?: string;
}) {
  return page(
    '创建第一个管理员账号',
    cssUrl,
    h('p', '这是网站内容管理的首次设置。此链接只能使用一次：创建后请用这个账号登录，再为其他编辑创建账号。'),
    message(undefined, problem),
    h('form', { method: 'post', action }, [
      h('input', { type: 'hidden', name: 'token', value: token }),
      ...accountFields(),
      h('button', { type: 'submit' }, '创建并登录'),
    ]),
  );
}

/** The account list for administrators: add an account, set a password, change a role, disable. */
export function accountsPage({
  accounts,
  me,
  action,
  cssUrl,
  adminUrl,
  note,
  problem,
}: {
  accounts: PublicAccount[];
  me: string;
  action: string;
  cssUrl: string;
  adminUrl: string;
  note?: string;
  problem?: string;
}) {
  const roleSelect = (selected: string) =>
    h(
      'select',
      { name: 'role', 'aria-label': '角色' },
      ROLES.map((role) => h('option', { value: role, selected: role === selected }, ROLE_LABELS[role])),
    );
  const rowForm = (username: string, op: string, ...content: Element[]) =>
    h('form.row', { method: 'post', action }, [
      h('input', { type: 'hidden', name: 'op', value: op }),
      h('input', { type: 'hidden', name: 'username', value: username }),
      ...content,
    ]);
  return page(
    '账号管理',
    cssUrl,
    h('p', [h('a', { href: adminUrl }, '← 返回内容管理'), ` · 当前登录：${me}`]),
    message(note, problem),
    h('table', [
      h(
        'thead',
        h('tr', [h('th', '用户名'), h('th', '姓名 / 邮箱'), h('th', '角色'), h('th', '状态'), h('th', '修改')]),
      ),
      h(
        'tbody',
        accounts.map((a) =>
          h('tr', [
            h('td', a.username),
            h('td', [a.name, h('br'), h('small', a.email)]),
            h('td', rowForm(a.username, 'role', roleSelect(a.role), h('button.plain', { type: 'submit' }, '改角色'))),
            h(
              'td',
              [
                a.disabled ? '已停用' : '正常',
                a.username === me
                  ? undefined
                  : rowForm(
                      a.username,
                      a.disabled ? 'enable' : 'disable',
                      h('button.plain', { type: 'submit' }, a.disabled ? '启用' : '停用'),
                    ),
              ].filter(Boolean) as (Element | string)[],
            ),
            h(
              'td',
              rowForm(
                a.username,
                'password',
                h('input', {
                  name: 'password',
                  type: 'password',
                  'aria-label': `${a.username} 的新密码`,
                  autocomplete: 'new-password',
                  minlength: String(MIN_PASSWORD),
                  placeholder: '新密码',
                }),
                h('button.plain', { type: 'submit' }, '设密码'),
              ),
            ),
          ]),
        ),
      ),
    ]),
    h('h2', '新建账号'),
    h('p', h('small', '编辑：写草稿、提交审核；审核：还可设为待发布并发布；管理员：还可管理账号。')),
    h('form', { method: 'post', action }, [
      h('input', { type: 'hidden', name: 'op', value: 'add' }),
      ...accountFields(),
      h('label', ['角色', roleSelect('editor')]),
      h('button', { type: 'submit' }, '创建账号'),
    ]),
  );
}
