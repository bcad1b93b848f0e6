import type { ReportCarriedItem, ReportPhase, ReportPhoto } from './report.room.js';
import type { SessionReport } from './report.types.js';

// The whole report as one GraphQL document: the downloads run it with the browser's own login, so that
// they answer exactly what the `sessionReport` query answers, under the same rules.
export const SESSION_REPORT_QUERY = /* GraphQL */ `
  query SessionReportDownload($sessionId: ID!) {
    sessionReport(sessionId: $sessionId) {
      session {
        id
        title
        projectTitle
        startsAt
        durationMinutes
        location
        languages
        status
      }
      smallGroupThreshold
      attendance {
        total
        byBackground {
          background
          count
          suppressed
          hiddenBecause
        }
        returning {
          count
          suppressed
          hiddenBecause
        }
      }
      contributions {
        challenges {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
        ideas {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
        dotsGiven {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
      }
      themes {
        id
        title
        dotCount
        challenges {
          id
          text
          language
          dotCount
          merged {
            id
            text
            language
          }
          ideas {
            id
            text
            language
            dotCount
          }
        }
      }
      votingRounds {
        id
        title
        target
        status
        dotsPerParticipant
        digitalDots
        paperDots
        totalDots
        dotsByBackground {
          background
          count
          suppressed
          hiddenBecause
        }
      }
      strategies {
        id
        title
        description
        status
        submittedAt
        ideas {
          id
          text
        }
        actions {
          what
          who
          due
          resources
        }
        response {
          decision
          reason
          responsible
          plannedFor
          respondedAt
          decidedAt
        }
        latestUpdate {
          status
          text
          link
          at
        }
      }
      phases {
        id
        position
        kind
        title
        plannedMinutes
        actualSeconds
        startedAt
        endedAt
        produced {
          themes
          challenges
          ideas
          dots
          strategies
          photos
        }
      }
      carriedIn {
        kind
        text
        language
        fromSession
        newIdeas
      }
      minutesHtml
      photos {
        id
        caption
        url
        width
        height
      }
    }
  }
`;

// What a report looks like once it has left the API as JSON: dates are ISO strings.
type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

// With the room as it happened (report.room.ts), which the report's own type resolves field by field.
export type SessionReportData = Json<
  SessionReport & {
    phases: ReportPhase[];
    carriedIn: ReportCarriedItem[];
    minutesHtml: string | null;
    photos: ReportPhoto[];
  }
>;

type Figure = { count: number | null; suppressed: boolean; hiddenBecause?: string | null };

// How the downloads write a figure that is not shown: the same words whether it is small or hidden to
// protect a small one, so that the words tell nothing about its size.
export function figureText(f: Figure): string {
  if (!f.suppressed && f.count !== null) return String(f.count);
  return f.hiddenBecause === 'NOT_FINAL' ? 'after closing' : 'not shown';
}
