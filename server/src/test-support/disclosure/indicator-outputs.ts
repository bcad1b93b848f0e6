// The evaluator's indicators read back as the tables an attacker reads: what each output shows by group, with who is
// behind each table from what the attacker knows of the project (who came to which session, who wrote and voted what,
// who answered the questionnaires; never anyone's group).
import type { TestClient } from '../test-app.js';
import type { Observation } from './attacker.js';
import type { SessionKnowledge } from './world.js';

export const INDICATOR_OUTPUT_QUERY = /* GraphQL */ `
  query ($projectId: ID!) {
    projectIndicators(projectId: $projectId) {
      step {
        number
      }
      participation {
        people {
          byBackground {
            background
            value
          }
        }
        returning {
          byBackground {
            background
            value
          }
        }
        minutes {
          byBackground {
            background
            value
          }
        }
      }
      contributions {
        challenges {
          byBackground {
            background
            value
          }
        }
        ideas {
          byBackground {
            background
            value
          }
        }
        dots {
          byBackground {
            background
            value
          }
        }
      }
      priorities {
        items {
          id
          dots {
            byBackground {
              background
              value
            }
          }
        }
      }
      competence {
        dimension
        byBackground {
          background
          n
        }
      }
      sessions {
        sessionId
        evaluation {
          itemCode
          agreed
          notAgreed
        }
      }
    }
  }
`;

type Figures = { byBackground: { background: string; value: number | null }[] };

const shownOf = (figures: Figures | undefined): Map<string, number> =>
  new Map((figures?.byBackground ?? []).filter((f) => f.value !== null).map((f) => [f.background, f.value as number]));

export interface ProjectKnowledge {
  // Per closed session covered, what the attacker knows of it (world.ts), and each session's length in minutes.
  sessions: { knows: SessionKnowledge; minutes: number; itemId?: string }[];
  // Who answered the competence questionnaire before and after (paired), per dimension.
  paired: Map<string, Set<string>>;
  // Who answered each evaluation item of each session, and whether they agreed.
  evaluations: Map<string, Map<string, Map<string, boolean>>>;
}

const sumOver = (maps: Map<string, number>[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const map of maps) for (const [k, v] of map) out.set(k, (out.get(k) ?? 0) + v);
  return out;
};

// What the project's indicators show, as observations by background, and (separately) the evaluation splits as
// observations by agreement.
export async function observeIndicators(
  evaluator: TestClient,
  projectId: string,
  knows: ProjectKnowledge,
  moment: string,
): Promise<{ step: number; byBackground: Observation[]; byAgreement: Observation[] }> {
  const { projectIndicators: data } = await evaluator.ok<{ projectIndicators: any }>(INDICATOR_OUTPUT_QUERY, {
    projectId,
  });
  const attended = sumOver(knows.sessions.map((s) => s.knows.attendance));
  const people = new Map([...attended.keys()].map((id) => [id, 1]));
  const returning = new Map([...attended].filter(([, n]) => n > 1).map(([id]) => [id, 1]));
  const minutes = sumOver(
    knows.sessions.map((s) => new Map([...s.knows.attendance.keys()].map((id) => [id, s.minutes]))),
  );
  const observe = (name: string, behind: Map<string, number>, figures: Figures | undefined): Observation => ({
    source: `indicators ${moment} / ${name}`,
    people: behind,
    shown: shownOf(figures),
  });
  const byBackground: Observation[] = [
    observe('people', people, data.participation.people),
    observe('returning', returning, data.participation.returning),
    observe('minutes', minutes, data.participation.minutes),
    observe('challenges', sumOver(knows.sessions.map((s) => s.knows.challenges)), data.contributions.challenges),
    observe('ideas', sumOver(knows.sessions.map((s) => s.knows.ideas)), data.contributions.ideas),
    observe('dots', sumOver(knows.sessions.map((s) => s.knows.dots)), data.contributions.dots),
    // The world's dots go to each session's first challenge: an item's voters are that session's voters.
    ...(data.priorities.items as { id: string; dots: Figures }[]).map((item) => {
      const session = knows.sessions.find((s) => s.itemId === item.id);
      return observe(`item ${item.id.slice(0, 8)}`, new Map(session?.knows.dots ?? []), item.dots);
    }),
    ...(data.competence as { dimension: string; byBackground: { background: string; n: number | null }[] }[]).map((c) =>
      observe(`paired ${c.dimension}`, new Map([...(knows.paired.get(c.dimension) ?? [])].map((id) => [id, 1])), {
        byBackground: c.byBackground.map((f) => ({ background: f.background, value: f.n })),
      }),
    ),
  ];
  const byAgreement: Observation[] = (
    data.sessions as {
      sessionId: string;
      evaluation: { itemCode: string; agreed: number | null; notAgreed: number | null }[];
    }[]
  ).flatMap((session) =>
    session.evaluation.map((item) => {
      const answered = knows.evaluations.get(session.sessionId)?.get(item.itemCode) ?? new Map<string, boolean>();
      const shown = new Map<string, number>();
      if (item.agreed !== null) shown.set('AGREE', item.agreed);
      if (item.notAgreed !== null) shown.set('NOT_AGREE', item.notAgreed);
      return {
        source: `indicators ${moment} / evaluation ${item.itemCode} of session ${session.sessionId.slice(0, 8)}`,
        people: new Map([...answered.keys()].map((id) => [id, 1])),
        shown,
      };
    }),
  );
  return { step: (data.step as { number: number } | null)?.number ?? 0, byBackground, byAgreement };
}
