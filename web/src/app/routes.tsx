import { Suspense } from 'react';
import { Route, Switch } from './router';
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

// The public outcome pages, which share their frame: the list of projects, a project's, a session's, and a
// participant's own.
const outcomePaths = /^\/outcomes(?:\/[^/]+(?:\/mine|\/sessions\/[^/]+)?)?\/?$/i;

const administrators = ['ADMINISTRATOR' as const];
// The municipality answers: its reviewers, and its administrators (the role table gives them `review` too).
const reviewers = ['REVIEWER' as const, 'ADMINISTRATOR' as const];
// Those who translate a project's texts: its translators, and those who run its workshops (`translate` or `record`).
const translators = ['TRANSLATOR' as const, 'FACILITATOR' as const, 'ADMINISTRATOR' as const];

export function AppRoutes() {
  return (
    <Switch>
      {participantRoutes()}
      <Route path="/call/:code?">
        <Suspense fallback={<LoadingState />}>
          <CallPage />
        </Suspense>
      </Route>
      <Route path={outcomePaths}>
        <Suspense fallback={<LoadingState />}>
          <OutcomesLayout>
            <Switch>
              <Route path="/outcomes">
                <PublicProjectsPage />
              </Route>
              <Route path="/outcomes/:projectId/sessions/:sessionId">
                <SessionOutcomesPage />
              </Route>
              <Route path="/outcomes/:projectId/mine">
                <MyOutcomesPage />
              </Route>
              <Route path="/outcomes/:projectId">
                <ProjectOutcomesPage />
              </Route>
            </Switch>
          </OutcomesLayout>
        </Suspense>
      </Route>
      <Route path="/workshops/:sessionId/projector">
        <Suspense fallback={<LoadingState />}>
          <StaffOnly page={ProjectorPage} />
        </Suspense>
      </Route>
      <Route>
        <Shell>
          <Switch>
            <Route path="/">
              <HomePage projects={ProjectsPage} />
            </Route>
            <Route path="/sign-in">
              <SignInPage />
            </Route>
            <Route path="/invitations/:token">
              <InvitationPage />
            </Route>
            <Route path="/account/password">
              <StaffOnly page={ChangePasswordPage} />
            </Route>
            <Route path="/projects/new">
              <StaffOnly page={NewProjectPage} roles={administrators} />
            </Route>
            <Route path="/projects/:projectId">
              <StaffOnly page={ProjectPage} />
            </Route>
            <Route path="/sessions/:sessionId">
              <StaffOnly page={SessionPage} />
            </Route>
            <Route path="/projects/:projectId/sessions/new">
              <StaffOnly page={NewSessionPage} />
            </Route>
            <Route path="/projects/:projectId/between-sessions">
              <StaffOnly page={ModerationQueuePage} />
            </Route>
            <Route path="/translations">
              <StaffOnly page={TranslationProjectsPage} roles={translators} />
            </Route>
            <Route path="/projects/:projectId/translations">
              <StaffOnly page={TranslationsPage} roles={translators} />
            </Route>
            <Route path="/workshops">
              <StaffOnly page={WorkshopsPage} />
            </Route>
            <Route path="/workshops/:sessionId/plan">
              <StaffOnly page={PlanPage} />
            </Route>
            <Route path="/workshops/:sessionId/sign-in-sheet">
              <StaffOnly page={SignInSheetPage} />
            </Route>
            <Route path="/workshops/:sessionId/run">
              <StaffOnly page={RunPage} />
            </Route>
            <Route path="/workshops/:sessionId/report">
              <StaffOnly page={ReportPage} />
            </Route>
            <Route path={/^\/methods(?:\/.*)?$/i}>
              <StaffOnly page={MethodRoutes} />
            </Route>
            <Route path="/indicators">
              <StaffOnly page={IndicatorsPage} />
            </Route>
            <Route path="/indicators/:projectId">
              <StaffOnly page={ProjectIndicatorsPage} />
            </Route>
            <Route path="/indicators/:projectId/funder/:year">
              <StaffOnly page={FunderReportPage} />
            </Route>
            <Route path="/strategies">
              <StaffOnly page={StrategiesPage} roles={reviewers} />
            </Route>
            <Route path="/strategies/overview">
              <StaffOnly page={OverviewPage} roles={reviewers} />
            </Route>
            <Route path="/admin/organisations">
              <StaffOnly page={OrganisationsPage} roles={administrators} />
            </Route>
            <Route path="/admin/accounts">
              <StaffOnly page={AccountsPage} roles={administrators} />
            </Route>
            <Route path="/admin/accounts/invite">
              <StaffOnly page={InvitePage} roles={administrators} />
            </Route>
            <Route path="/admin/audit-log">
              <StaffOnly page={AuditLogPage} roles={administrators} />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Shell>
      </Route>
    </Switch>
  );
}
