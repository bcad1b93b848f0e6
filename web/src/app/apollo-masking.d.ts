import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Codegen masks fragment data in the types only; this tells Apollo's types to read them the same way
// (for example, so that mocked results are typed with every fragment's fields unmasked).
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
