import type { CodegenConfig } from '@graphql-codegen/cli';

// Types flow from the committed SDL: web never imports from server.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*', '!src/**/*.test.tsx', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        // `enumsAsTypes` of earlier versions: enums become string-literal unions, no runtime objects.
        enumType: 'string-literal',
        useTypeImports: true,
        defaultScalarType: 'unknown',
        scalars: { DateTimeISO: 'string' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
