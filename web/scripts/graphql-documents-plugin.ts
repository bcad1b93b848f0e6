import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

// The client preset's `graphql()` looks each document up in one map of every document of the app
// (src/gql/gql.ts), so any page that calls it loads them all; and the documents themselves sit in one
// module (src/gql/graphql.ts), which the bundler keeps whole in whichever chunk first needs it. This
// does at build time what the preset's Babel plugin does, one step further: each `graphql(`…`)` call
// becomes its parsed document, written in place, so that a page carries only its own documents.
// Sources the generated map does not know are left alone (the call still works, by the map).
export function graphqlDocuments(options: { gqlDir: string }): Plugin {
  const mapFile = path.join(options.gqlDir, 'gql.ts');
  const documentsFile = path.join(options.gqlDir, 'graphql.ts');
  // Source text of a `graphql()` call → the JSON of its parsed document (with its fragments).
  let documents = new Map<string, string>();

  const load = () => {
    const parsed = new Map<string, string>();
    // Lines of `export const <Name> = {…} as unknown as DocumentNode<…>;`.
    for (const match of readFileSync(documentsFile, 'utf8').matchAll(
      /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
    )) {
      parsed.set(match[1] ?? '', match[2] ?? '');
    }
    documents = new Map();
    // Lines of `const documents = { "<source>": types.<Name>, … }`, each source a JSON string.
    for (const match of readFileSync(mapFile, 'utf8').matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      const json = parsed.get(match[2] ?? '');
      if (json) documents.set(JSON.parse(match[1] ?? '""') as string, json);
    }
  };

  return {
    name: 'samenspraak:graphql-documents',
    enforce: 'pre',
    buildStart() {
      load();
      this.addWatchFile(mapFile);
      this.addWatchFile(documentsFile);
    },
    watchChange(id) {
      if (path.resolve(id) === mapFile || path.resolve(id) === documentsFile) load();
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.tsx?$/.test(file) || file.startsWith(options.gqlDir) || !code.includes('graphql(`')) return null;
      if (!/import\s*\{[^}]*\bgraphql\b[^}]*\}\s*from\s*['"][^'"]*\/gql(?:\/index|\/gql)?['"]/.test(code)) return null;
      let replaced = false;
      // A template without `${…}`: exactly the source codegen read.
      const transformed = code.replace(/\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g, (call, source: string) => {
        const json = documents.get(source);
        if (!json) return call;
        replaced = true;
        // On one line, so that the lines after it stay where they were.
        return `(${json})`;
      });
      return replaced ? { code: transformed, map: null } : null;
    },
  };
}
