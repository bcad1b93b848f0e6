import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PhaseKind } from '../../gql/graphql';

export const methodChoicesQuery = graphql(`
  query MethodChoices($language: String) {
    methods(language: $language) {
      id
      kind
      durationMinutes
      text(language: $language) {
        id
        language
        name
      }
    }
  }
`);

export interface MethodChoice {
  id: string;
  kind: PhaseKind;
  durationMinutes: number;
  name: string;
  language: string;
}

// The methods a phase of an agenda can follow, named in the session's language where they are written in it.
export function useMethodChoices(language: string | undefined) {
  const { data, error } = useQuery(methodChoicesQuery, { variables: { language: language ?? null } });
  const choices: MethodChoice[] =
    data?.methods.map((method) => ({
      id: method.id,
      kind: method.kind,
      durationMinutes: method.durationMinutes,
      name: method.text.name,
      language: method.text.language,
    })) ?? [];
  return { choices, loading: !data && !error, error };
}

// A phase that follows a method takes its name, kind and time box (the facilitator can change them afterwards).
export function followMethod<
  P extends { title: string; kind: PhaseKind; durationMinutes: number; methodId: string | null },
>(phase: P, method: MethodChoice | undefined): P {
  if (!method) return { ...phase, methodId: null };
  return {
    ...phase,
    methodId: method.id,
    title: method.name,
    kind: method.kind,
    durationMinutes: method.durationMinutes,
  };
}
