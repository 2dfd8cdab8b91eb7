/** Types for the untyped Decap packages the admin code uses directly. */

/** The part of Decap's proxy backend (decap-cms-backend-proxy) that admin/local-backend.ts extends. */
declare module 'decap-cms-backend-proxy' {
  export class ProxyBackend {
    constructor(config: unknown, options?: unknown);
    authComponent(): unknown;
    authenticate(credentials?: unknown): Promise<unknown>;
    restoreUser(user?: unknown): Promise<unknown>;
    request(payload: { action: string; params: Record<string, unknown>; [key: string]: unknown }): Promise<unknown>;
  }
}

/** Decap's phrase tables (decap-cms-locales, untyped), read by admin/locale.test.ts. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}

// Decap's backend, widget and locale packages ship no type declarations; admin/decap.ts uses
// only these shapes of them.
declare module 'decap-cms-backend-*' {
  const Backend: unknown;
  export const GitLabBackend: typeof Backend;
  export const GiteaBackend: typeof Backend;
  export const ProxyBackend: typeof Backend;
}
declare module 'decap-cms-widget-*' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam };
  export default widget;
}
declare module 'decap-cms-locales' {
  export const en: Record<string, unknown>;
  export const zh_Hans: Record<string, unknown>;
}
