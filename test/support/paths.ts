import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverEntry = path.join(repoRoot, 'server', 'dist', 'main.js');
// WEB_DIST points the server (and this check) at another build of the web app, as in server/src/core/config.ts.
export const webIndex = path.join(process.env.WEB_DIST ?? path.join(repoRoot, 'web', 'dist'), 'index.html');
// Screenshots and server logs of failed tests (git-ignored).
export const artifactsDir = path.join(repoRoot, 'test', 'artifacts');
