import type { InstrumentTexts } from '../questionnaire.instrument.js';

// The source texts: the other languages translate these, keeping their meaning and plain level (A2).
export const en: InstrumentTexts = {
  language: 'en',
  questionnaires: {
    COMPETENCE: 'Questions about you and your town',
    SESSION_EVALUATION: 'How was this session?',
  },
  dimensions: {
    SELF_EFFICACY: 'Self-efficacy in local politics',
    TRUST: 'Trust in the municipality',
    KNOWLEDGE: 'Knowledge of how decisions are made',
    PLURALISM: 'Pluralism and living together',
    PARTICIPATION: 'Willingness to take part again',
  },
  scale: ['Totally disagree', 'Disagree', 'In between', 'Agree', 'Totally agree'],
  dontKnow: 'I don’t know / I’d rather not say',
  items: {
    SE1: 'I am able to say what I think about my town.',
    SE2: 'I dare to speak at a meeting about my neighbourhood.',
    SE3: 'People like me can help change things in this town.',
    TR1: 'I trust the municipality.',
    TR2: 'The municipality listens to people like me.',
    TR3: 'The municipality treats everyone the same, wherever they come from.',
    KN1: 'I know who makes decisions in my municipality.',
    KN2: 'I understand how the municipality makes a decision.',
    KN3: 'I know where I can have a say about plans for my town.',
    PL1: 'People with different backgrounds make my town richer.',
    PL2: 'Everyone who lives here should have the same chance to have a say.',
    PL3: 'I feel at ease working together with people of another background.',
    PA1: 'I want to take part in a meeting like this again.',
    PA2: 'In the coming year, I will give my opinion to the municipality.',
    PA3: 'I would tell a friend to take part.',
    EV1: 'This session helped me feel that I belong here.',
    EV2: 'This session helped me to take part in my municipality.',
    EV3: 'I could say what I wanted to say.',
    EV4: 'I understood what happened in this session.',
  },
};
