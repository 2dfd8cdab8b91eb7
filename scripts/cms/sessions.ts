// Signed-in editors. A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie;
// the server keeps only its SHA-256, so a leaked memory dump or log holds no usable token. Sessions
// end after two idle hours or twelve hours in all, on sign-out, and when the account is disabled or
// its password changes; a restart of the server ends them all (editors sign in again; Decap keeps
// unsaved text in the browser).
import { createHash, randomBytes } from 'node:crypto';

/** The cookie that carries the session. */
export const SESSION_COOKIE = 'xinhuo_session';
export const IDLE_MS = 2 * 3600_000;
export const ABSOLUTE_MS = 12 * 3600_000;

interface Session {
  username: string;
  created: number;
  seen: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The sessions of one server; `now` is passed in so expiry can be tested. */
export function sessionStore(now: () => number = Date.now) {
  const sessions = new Map<string, Session>();
  const sweep = () => {
    const at = now();
    for (const [key, s] of sessions) if (at - s.seen > IDLE_MS || at - s.created > ABSOLUTE_MS) sessions.delete(key);
  };
  return {
    /** Starts a session for `username` → its token (a new one on every sign-in). */
    create(username: string): string {
      sweep();
      const token = randomBytes(32).toString('base64url');
      sessions.set(digest(token), { username, created: now(), seen: now() });
      return token;
    },
    /** The user of a live session, renewing its idle time; undefined for none, expired or unknown. */
    user(token: string | undefined): string | undefined {
      if (!token || token.length > 100) return undefined;
      const key = digest(token);
      const session = sessions.get(key);
      if (!session) return undefined;
      const at = now();
      if (at - session.seen > IDLE_MS || at - session.created > ABSOLUTE_MS) {
        sessions.delete(key);
        return undefined;
      }
      session.seen = at;
      return session.username;
    },
    /** Ends one session. */
    end(token: string | undefined) {
      if (token) sessions.delete(digest(token));
    },
    /** Ends every session of an account (disabled, password changed). */
    endAll(username: string) {
      for (const [key, s] of sessions) if (s.username === username) sessions.delete(key);
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
