import { createRequire } from 'node:module';

// type-graphql builds the schema with the CommonJS copy of graphql. Under vitest, an `import` of graphql
// loads the ES module copy instead, whose instanceof checks (isNonNullType, …) fail on that schema.
// The matrix reads the schema through the same copy that built it.
export const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
