import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverEntry = path.join(repoRoot, 'server', 'dist', 'main.js');
// WEB_DIST points the server (and this check) at another build of the web app, as in server/src/core/config.ts.
const webDist = process.env.WEB_DIST ?? path.join(repoRoot, 'web', 'dist');
export const webIndex = path.join(webDist, 'index.html');
// Which file of the build holds each source module (Vite's manifest), for a test that checks what a page loads.
export const webManifest = (): Record<string, { file: string }> =>
  JSON.parse(readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
// Screenshots and server logs of failed tests (git-ignored).
export const artifactsDir = path.join(repoRoot, 'test', 'artifacts');
