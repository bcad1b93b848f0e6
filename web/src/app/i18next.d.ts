import 'i18next';
import type account from '../locales/en/account.json';
import type app from '../locales/en/app.json';
import type audit from '../locales/en/audit.json';
import type call from '../locales/en/call.json';
import type carry from '../locales/en/carry.json';
import type challenge from '../locales/en/challenge.json';
import type form from '../locales/en/form.json';
import type idea from '../locales/en/idea.json';
import type indicator from '../locales/en/indicator.json';
import type join from '../locales/en/join.json';
import type minutes from '../locales/en/minutes.json';
import type method from '../locales/en/method.json';
import type organisation from '../locales/en/organisation.json';
import type outcome from '../locales/en/outcome.json';
import type participant from '../locales/en/participant.json';
import type project from '../locales/en/project.json';
import type questionnaire from '../locales/en/questionnaire.json';
import type report from '../locales/en/report.json';
import type review from '../locales/en/review.json';
import type session from '../locales/en/session.json';
import type strategy from '../locales/en/strategy.json';
import type theme from '../locales/en/theme.json';
import type translation from '../locales/en/translation.json';
import type vote from '../locales/en/vote.json';

// English is the reference: a key missing there is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      account: typeof account;
      app: typeof app;
      audit: typeof audit;
      call: typeof call;
      carry: typeof carry;
      challenge: typeof challenge;
      form: typeof form;
      idea: typeof idea;
      indicator: typeof indicator;
      join: typeof join;
      minutes: typeof minutes;
      method: typeof method;
      organisation: typeof organisation;
      outcome: typeof outcome;
      participant: typeof participant;
      project: typeof project;
      questionnaire: typeof questionnaire;
      report: typeof report;
      review: typeof review;
      session: typeof session;
      strategy: typeof strategy;
      theme: typeof theme;
      translation: typeof translation;
      vote: typeof vote;
    };
  }
}
