// Sets the colour scheme before first paint, so dark-mode readers never see a white flash:
// a remembered choice (localStorage) wins, otherwise the system preference. A classic blocking
// script loaded from its own file (not inline), so the site's Content-Security-Policy needs no
// 'unsafe-inline' or hash for it.
(() => {
  let stored = null;
  try {
    stored = localStorage.getItem('xinhuo-theme');
  } catch {
    // Storage blocked (private mode): follow the system.
  }
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
})();
