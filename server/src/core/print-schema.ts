import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.js';
import { printAppSchema } from './schema.js';

const file = path.join(repoRoot, 'schema', 'schema.graphql');
const printed = await printAppSchema();

if (process.argv.includes('--write')) {
  writeFileSync(file, printed);
  console.log(`wrote ${path.relative(repoRoot, file)}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing file: reported below as a difference
  }
  if (committed !== printed) {
    console.error('schema/schema.graphql differs from the schema the server builds. Run `pnpm schema:write`.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the server');
}
