import type { InstrumentTexts } from '../questionnaire.instrument.js';

// "La commune": the municipality as it is called in Belgium, where the product is first used.
export const fr: InstrumentTexts = {
  language: 'fr',
  questionnaires: {
    COMPETENCE: 'Questions sur vous et votre commune',
    SESSION_EVALUATION: 'Comment s’est passée cette séance ?',
  },
  dimensions: {
    SELF_EFFICACY: 'Confiance en sa capacité d’agir en politique locale',
    TRUST: 'Confiance dans la commune',
    KNOWLEDGE: 'Connaissance de la prise de décision',
    PLURALISM: 'Pluralisme et vivre-ensemble',
    PARTICIPATION: 'Envie de participer à nouveau',
  },
  scale: ['Pas du tout d’accord', 'Pas d’accord', 'Entre les deux', 'D’accord', 'Tout à fait d’accord'],
  dontKnow: 'Je ne sais pas / Je préfère ne pas répondre',
  items: {
    SE1: 'Je suis capable de dire ce que je pense de ma commune.',
    SE2: 'J’ose prendre la parole dans une réunion sur mon quartier.',
    SE3: 'Des gens comme moi peuvent aider à changer les choses dans cette commune.',
    TR1: 'J’ai confiance dans la commune.',
    TR2: 'La commune écoute les gens comme moi.',
    TR3: 'La commune traite tout le monde de la même façon, peu importe d’où on vient.',
    KN1: 'Je sais qui prend les décisions dans ma commune.',
    KN2: 'Je comprends comment la commune prend une décision.',
    KN3: 'Je sais où je peux donner mon avis sur les projets de ma commune.',
    PL1: 'Les gens d’origines différentes rendent ma commune plus riche.',
    PL2: 'Toutes les personnes qui habitent ici devraient avoir la même chance de donner leur avis.',
    PL3: 'Je me sens à l’aise quand je travaille avec des gens d’une autre origine.',
    PA1: 'Je veux encore participer à une réunion comme celle-ci.',
    PA2: 'Dans l’année qui vient, je vais donner mon avis à la commune.',
    PA3: 'Je conseillerais à un ami ou une amie de participer.',
    EV1: 'Cette séance m’a aidé·e à sentir que j’ai ma place ici.',
    EV2: 'Cette séance m’a aidé·e à participer à la vie de ma commune.',
    EV3: 'J’ai pu dire ce que je voulais dire.',
    EV4: 'J’ai compris ce qui s’est passé pendant cette séance.',
  },
};
