import type { InstrumentTexts } from '../questionnaire.instrument.js';

// Translated from en.ts in plain words (A2); to be read again by a native speaker before a study relies on it.
export const so: InstrumentTexts = {
  language: 'so',
  questionnaires: {
    COMPETENCE: "Su'aalo ku saabsan adiga iyo magaaladaada",
    SESSION_EVALUATION: 'Sidee ahaa kulankan?',
  },
  dimensions: {
    SELF_EFFICACY: 'Kalsoonida naftaada ee siyaasadda deegaanka',
    TRUST: 'Ku kalsoonaanta dowladda hoose',
    KNOWLEDGE: "Garashada sida go'aamada loo gaaro",
    PLURALISM: 'Kala duwanaanshaha iyo wada noolaanshaha',
    PARTICIPATION: 'Diyaarnaanta in mar kale laga qaybqaato',
  },
  scale: [
    'Gabi ahaanba kuma raacsani',
    'Kuma raacsani',
    'Dhexdhexaad',
    'Waan ku raacsanahay',
    'Gabi ahaanba waan ku raacsanahay',
  ],
  dontKnow: 'Ma garanayo / Waan doorbidayaa inaanan sheegin',
  items: {
    SE1: 'Waan sheegi karaa waxa aan ka qabo magaaladayda.',
    SE2: 'Waxaan ku dhiirradaa inaan shir ka hadlo oo ku saabsan xaafaddayda.',
    SE3: 'Dadka aniga oo kale ah waxay gacan ka geysan karaan beddelidda waxyaabaha magaaladan.',
    TR1: 'Waan ku kalsoonahay dowladda hoose.',
    TR2: 'Dowladda hoose waxay dhegaysataa dadka aniga oo kale ah.',
    TR3: 'Dowladda hoose qof kasta si isku mid ah ayay ula dhaqantaa, meel kasta oo uu ka yimid.',
    KN1: "Waan ogahay cidda go'aamada ka gaarta dowladda hoose ee deegaankayga.",
    KN2: "Waan fahmi karaa sida dowladda hoose go'aan u gaarto.",
    KN3: 'Waan ogahay meesha aan fikirkayga ka dhiibi karo oo ku saabsan qorshayaasha magaaladayda.',
    PL1: 'Dadka asalkoodu kala duwan yahay waxay magaaladayda ka dhigaan mid hodan ah.',
    PL2: "Qof kasta oo halkan ku nool waa inuu helaa fursad isku mid ah oo uu ra'yigiisa ku dhiibto.",
    PL3: 'Waan ku raaxaystaa inaan la shaqeeyo dad asal kale leh.',
    PA1: 'Waxaan doonayaa inaan mar kale ka qaybqaato kulan sidan oo kale ah.',
    PA2: "Sannadka soo socda, ra'yigayga waan u gudbin doonaa dowladda hoose.",
    PA3: 'Saaxiib waxaan u sheegi lahaa inuu ka qaybqaato.',
    EV1: 'Kulankani wuxuu iga caawiyay inaan dareemo inaan halkan ka mid ahay.',
    EV2: 'Kulankani wuxuu iga caawiyay inaan ka qaybqaato arrimaha dowladda hoose.',
    EV3: 'Waan sheegi karay waxa aan doonayay inaan sheego.',
    EV4: 'Waan fahmay waxa ka dhacay kulankan.',
  },
};
