import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from './HomePage';
import { lazyAriaPage } from './lazyPage';
import { NotFoundPage } from './NotFoundPage';
import { participantRoutes } from './participantRoutes';
import { Shell } from './Shell';
import { StaffOnly } from './StaffOnly';
import { LoadingState } from './ui/LoadingState';

// Data comes through Apollo, so the router only matches URLs; each page is its own chunk,
// fetched when a person first opens it. Staff pages go through <StaffOnly>, which sends anyone
// else to sign in first.
const ProjectsPage = lazyAriaPage(async () => (await import('../features/project/ProjectsPage')).ProjectsPage);
const ProjectPage = lazyAriaPage(async () => (await import('../features/project/ProjectPage')).ProjectPage);
const SessionPage = lazyAriaPage(async () => (await import('../features/session/SessionPage')).SessionPage);
const SignInPage = lazyAriaPage(async () => (await import('../features/account/SignInPage')).SignInPage);
const InvitationPage = lazyAriaPage(async () => (await import('../features/account/InvitationPage')).InvitationPage);
const ChangePasswordPage = lazyAriaPage(
  async () => (await import('../features/account/ChangePasswordPage')).ChangePasswordPage,
);
const NewProjectPage = lazyAriaPage(async () => (await import('../features/project/NewProjectPage')).NewProjectPage);
const OrganisationsPage = lazyAriaPage(
  async () => (await import('../features/organisation/OrganisationsPage')).OrganisationsPage,
);
const AccountsPage = lazyAriaPage(async () => (await import('../features/account/AccountsPage')).AccountsPage);
const InvitePage = lazyAriaPage(async () => (await import('../features/account/InvitePage')).InvitePage);
const AuditLogPage = lazyAriaPage(async () => (await import('../features/audit/AuditLogPage')).AuditLogPage);

// The facilitator's workshop: plan, run (the cockpit), the projector and the report.
const NewSessionPage = lazyAriaPage(
  async () => (await import('../features/session/plan/NewSessionPage')).NewSessionPage,
);
const PlanPage = lazyAriaPage(async () => (await import('../features/session/plan/PlanPage')).PlanPage);
const SignInSheetPage = lazyAriaPage(
  async () => (await import('../features/session/plan/SignInSheetPage')).SignInSheetPage,
);
const RunPage = lazyAriaPage(async () => (await import('../features/session/run/RunPage')).RunPage);
const ProjectorPage = lazyAriaPage(
  async () => (await import('../features/session/projector/ProjectorPage')).ProjectorPage,
);
const ReportPage = lazyAriaPage(async () => (await import('../features/report/ReportPage')).ReportPage);
const WorkshopsPage = lazyAriaPage(async () => (await import('../features/session/WorkshopsPage')).WorkshopsPage);

// The municipality's reviewer answers the strategies sent to it.
const StrategiesPage = lazyAriaPage(async () => (await import('../features/review/StrategiesPage')).StrategiesPage);
const OverviewPage = lazyAriaPage(async () => (await import('../features/review/OverviewPage')).OverviewPage);

// The translators' queue: what was written in one language, translated into the other languages of its session.
const TranslationProjectsPage = lazyAriaPage(
  async () => (await import('../features/translation/TranslationProjectsPage')).TranslationProjectsPage,
);
const TranslationsPage = lazyAriaPage(
  async () => (await import('../features/translation/TranslationsPage')).TranslationsPage,
);

// The public outcome pages: no sign-in, their own frame; the server renders them into the HTML it sends
// (web/src/ssr), and the app takes over when it loads.
const OutcomesLayout = lazyAriaPage(async () => (await import('../features/outcome/OutcomesLayout')).OutcomesLayout);
const PublicProjectsPage = lazyAriaPage(
  async () => (await import('../features/outcome/PublicProjectsPage')).PublicProjectsPage,
);
const ProjectOutcomesPage = lazyAriaPage(
  async () => (await import('../features/outcome/ProjectOutcomesPage')).ProjectOutcomesPage,
);
const SessionOutcomesPage = lazyAriaPage(
  async () => (await import('../features/outcome/SessionOutcomesPage')).SessionOutcomesPage,
);
const MyOutcomesPage = lazyAriaPage(async () => (await import('../features/outcome/MyOutcomesPage')).MyOutcomesPage);

// The evaluator's indicators, the research export and the funder's report (charts load with these pages only).
const IndicatorsPage = lazyAriaPage(async () => (await import('../features/indicator/IndicatorsPage')).IndicatorsPage);
const ProjectIndicatorsPage = lazyAriaPage(
  async () => (await import('../features/indicator/ProjectIndicatorsPage')).ProjectIndicatorsPage,
);
const FunderReportPage = lazyAriaPage(
  async () => (await import('../features/indicator/FunderReportPage')).FunderReportPage,
);

// The method library (its own routes, under /methods): methods and agenda templates; evaluators validate methods.
const MethodRoutes = lazyAriaPage(async () => (await import('../features/method/MethodRoutes')).MethodRoutes);

// Between sessions: a participant's call page and the facilitator's moderation queue (see features/call/pages.ts).
const callPages = () => import('../features/call/pages');
const CallPage = lazyAriaPage(async () => (await callPages()).CallPage);
const ModerationQueuePage = lazyAriaPage(async () => (await callPages()).ModerationQueuePage);

const administrators = ['ADMINISTRATOR' as const];
// The municipality answers: its reviewers, and its administrators (the role table gives them `review` too).
const reviewers = ['REVIEWER' as const, 'ADMINISTRATOR' as const];
// Those who translate a project's texts: its translators, and those who run its workshops (`translate` or `record`).
const translators = ['TRANSLATOR' as const, 'FACILITATOR' as const, 'ADMINISTRATOR' as const];

export function AppRoutes() {
  return (
    <Routes>
      {participantRoutes()}
      <Route
        path="call/:code?"
        element={
          <Suspense fallback={<LoadingState />}>
            <CallPage />
          </Suspense>
        }
      />
      <Route
        path="outcomes"
        element={
          <Suspense fallback={<LoadingState />}>
            <OutcomesLayout />
          </Suspense>
        }
      >
        <Route index element={<PublicProjectsPage />} />
        <Route path=":projectId" element={<ProjectOutcomesPage />} />
        <Route path=":projectId/sessions/:sessionId" element={<SessionOutcomesPage />} />
        <Route path=":projectId/mine" element={<MyOutcomesPage />} />
      </Route>
      <Route
        path="workshops/:sessionId/projector"
        element={
          <Suspense fallback={<LoadingState />}>
            <StaffOnly page={ProjectorPage} />
          </Suspense>
        }
      />
      <Route element={<Shell />}>
        <Route index element={<HomePage projects={ProjectsPage} />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="account/password" element={<StaffOnly page={ChangePasswordPage} />} />
        <Route path="projects/new" element={<StaffOnly page={NewProjectPage} roles={administrators} />} />
        <Route path="projects/:projectId" element={<StaffOnly page={ProjectPage} />} />
        <Route path="sessions/:sessionId" element={<StaffOnly page={SessionPage} />} />
        <Route path="projects/:projectId/sessions/new" element={<StaffOnly page={NewSessionPage} />} />
        <Route path="projects/:projectId/between-sessions" element={<StaffOnly page={ModerationQueuePage} />} />
        <Route path="translations" element={<StaffOnly page={TranslationProjectsPage} roles={translators} />} />
        <Route
          path="projects/:projectId/translations"
          element={<StaffOnly page={TranslationsPage} roles={translators} />}
        />
        <Route path="workshops" element={<StaffOnly page={WorkshopsPage} />} />
        <Route path="workshops/:sessionId/plan" element={<StaffOnly page={PlanPage} />} />
        <Route path="workshops/:sessionId/sign-in-sheet" element={<StaffOnly page={SignInSheetPage} />} />
        <Route path="workshops/:sessionId/run" element={<StaffOnly page={RunPage} />} />
        <Route path="workshops/:sessionId/report" element={<StaffOnly page={ReportPage} />} />
        <Route path="methods/*" element={<StaffOnly page={MethodRoutes} />} />
        <Route path="indicators" element={<StaffOnly page={IndicatorsPage} />} />
        <Route path="indicators/:projectId" element={<StaffOnly page={ProjectIndicatorsPage} />} />
        <Route path="indicators/:projectId/funder/:year" element={<StaffOnly page={FunderReportPage} />} />
        <Route path="strategies" element={<StaffOnly page={StrategiesPage} roles={reviewers} />} />
        <Route path="strategies/overview" element={<StaffOnly page={OverviewPage} roles={reviewers} />} />
        <Route path="admin/organisations" element={<StaffOnly page={OrganisationsPage} roles={administrators} />} />
        <Route path="admin/accounts" element={<StaffOnly page={AccountsPage} roles={administrators} />} />
        <Route path="admin/accounts/invite" element={<StaffOnly page={InvitePage} roles={administrators} />} />
        <Route path="admin/audit-log" element={<StaffOnly page={AuditLogPage} roles={administrators} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
