import type { InstrumentTexts } from '../questionnaire.instrument.js';

export const tr: InstrumentTexts = {
  language: 'tr',
  questionnaires: {
    COMPETENCE: 'Sizin ve şehriniz hakkında sorular',
    SESSION_EVALUATION: 'Bu toplantı nasıldı?',
  },
  dimensions: {
    SELF_EFFICACY: 'Yerel siyasette kendine güven',
    TRUST: 'Belediyeye güven',
    KNOWLEDGE: 'Kararların nasıl alındığını bilme',
    PLURALISM: 'Çoğulculuk ve birlikte yaşama',
    PARTICIPATION: 'Yeniden katılma isteği',
  },
  scale: ['Hiç katılmıyorum', 'Katılmıyorum', 'Arada', 'Katılıyorum', 'Tamamen katılıyorum'],
  dontKnow: 'Bilmiyorum / Söylemek istemiyorum',
  items: {
    SE1: 'Şehrim hakkında ne düşündüğümü söyleyebilirim.',
    SE2: 'Mahallemle ilgili bir toplantıda konuşmaya cesaret ederim.',
    SE3: 'Benim gibi insanlar bu şehirde bir şeylerin değişmesine yardım edebilir.',
    TR1: 'Belediyeye güveniyorum.',
    TR2: 'Belediye benim gibi insanları dinler.',
    TR3: 'Belediye, nereden gelirse gelsin herkese aynı şekilde davranır.',
    KN1: 'Belediyemde kararları kimin verdiğini biliyorum.',
    KN2: 'Belediyenin nasıl karar verdiğini anlıyorum.',
    KN3: 'Şehrimle ilgili planlar hakkında nerede fikrimi söyleyebileceğimi biliyorum.',
    PL1: 'Farklı kökenlerden insanlar şehrimi zenginleştirir.',
    PL2: 'Burada yaşayan herkesin fikrini söylemek için aynı şansı olmalı.',
    PL3: 'Başka kökenden insanlarla birlikte çalışırken kendimi rahat hissederim.',
    PA1: 'Böyle bir toplantıya yine katılmak istiyorum.',
    PA2: 'Önümüzdeki yıl belediyeye fikrimi söyleyeceğim.',
    PA3: 'Bir arkadaşıma katılmasını tavsiye ederim.',
    EV1: 'Bu toplantı, buraya ait olduğumu hissetmeme yardım etti.',
    EV2: 'Bu toplantı, belediyemdeki işlere katılmama yardım etti.',
    EV3: 'Söylemek istediğimi söyleyebildim.',
    EV4: 'Bu toplantıda neler olduğunu anladım.',
  },
};
