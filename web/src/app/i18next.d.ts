import 'i18next';
import type account from '../locales/en/account.json';
import type admin from '../locales/en/admin.json';
import type app from '../locales/en/app.json';
import type challenge from '../locales/en/challenge.json';
import type form from '../locales/en/form.json';
import type idea from '../locales/en/idea.json';
import type join from '../locales/en/join.json';
import type participate from '../locales/en/participate.json';
import type project from '../locales/en/project.json';
import type review from '../locales/en/review.json';
import type session from '../locales/en/session.json';
import type strategy from '../locales/en/strategy.json';
import type theme from '../locales/en/theme.json';
import type vote from '../locales/en/vote.json';
import type workshop from '../locales/en/workshop.json';

// English is the reference: a key missing there is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      account: typeof account;
      admin: typeof admin;
      app: typeof app;
      challenge: typeof challenge;
      form: typeof form;
      idea: typeof idea;
      join: typeof join;
      participate: typeof participate;
      project: typeof project;
      review: typeof review;
      session: typeof session;
      strategy: typeof strategy;
      theme: typeof theme;
      vote: typeof vote;
      workshop: typeof workshop;
    };
  }
}
