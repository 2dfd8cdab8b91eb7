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
