/** The part of Decap's proxy backend (decap-cms-backend-proxy, untyped) that admin/local-backend.ts extends. */
declare module 'decap-cms-backend-proxy' {
  export class ProxyBackend {
    constructor(config: unknown, options?: unknown);
    authComponent(): unknown;
    authenticate(credentials?: unknown): Promise<unknown>;
    restoreUser(user?: unknown): Promise<unknown>;
    request(payload: { action: string; params: Record<string, unknown>; [key: string]: unknown }): Promise<unknown>;
  }
}
