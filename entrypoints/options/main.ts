// The browser's "Options" opens the full page's Settings: the same screen, address and nav as
// from the app, rather than a second copy of it. replace(), so that Back leaves the app
// instead of landing here and being sent forward again. The hash is written out, not taken
// from lib/domain/page-route: importing it would split that module into a chunk of its own
// and change how the shipped pages load; tests/e2e/options-page.test.ts holds it to the route.
window.location.replace('calls.html#/settings');
