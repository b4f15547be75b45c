// WXT 0.21.0's own mock imports the bare `wxt/testing`, which drags esbuild into
// jsdom and crashes; this stands in for it with the same fakeBrowser.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
