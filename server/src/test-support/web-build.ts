import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A build of the web app written by hand, for tests of the pages the server renders: each file by its path under the
// folder that holds the client build (`dist/…`) and the SSR module (`dist-ssr/entry.js`), as `vite build` lays them
// out. `dist` goes to the server as WEB_DIST; `remove` deletes it all.
export function writeWebBuild(files: Record<string, string | Uint8Array>): { dist: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-web-'));
  for (const [file, text] of Object.entries(files)) {
    const at = path.join(root, file);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, text);
  }
  return { dist: path.join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
