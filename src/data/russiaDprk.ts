import type { EventSource, TimelineInput } from '../model/types.js';

// Editorial rules for this dataset, kept here because they are not visible in the data:
// - Dates keep the precision the article gives ("1948", "July 2000"), so a year is never
//   drawn as 1 January. Day precision appears only where the day is known for certain
//   (the summit, the Vietnam remarks); each case is argued beside its event.
// - Arabic `source.quote` strings are copied verbatim from the article, so a reader can
//   find them in it. Arabic titles/descriptions are verbatim too when listed in
//   `russiaDprkArticle.quotedArabic`; the rest are short labels written for the timeline.
// - One spelling per language: «بيونجيانج» (the article's most frequent form, 6 of its
//   10 mentions) and «كيم جونج أون»; English "Pyongyang", "Kim Jong Un". Quotes were
//   chosen so that none carries the article's other spellings.
// - The article once calls Kim «زعيم كوريا الجنوبية» ("leader of South Korea"); that is a
//   slip in the source, and no string here repeats it.

/**
 * The Omani daily credited at the end of the first (Reuters) report. The second,
 * Interfax-based report follows under «إقرأ أيضاً» ("read also") on the same page and
 * carries no credit of its own, so its events name no publication rather than guess one.
 */
const omanDaily: EventSource['publication'] = { en: 'Oman (Omani daily newspaper)', ar: 'جريدة عمان' };
const reuters: EventSource['agency'] = { en: 'Reuters', ar: 'رويترز' };
const interfax: EventSource['agency'] = { en: 'Interfax', ar: 'إنترفاكس' };

// Shared by the two train events: the halt and the resumption rest on one sentence.
const trainsQuote =
  'ذكرت وكالة إنترفاكس الروسية للأنباء، الأربعاء، أن روسيا ستستأنف حركة قطارات الركاب المباشرة مع كوريا الشمالية في يوليو المقبل، بعد توقفها لأربع سنوات بسبب جائحة فيروس كورونا.';

/**
 * Russia and North Korea from the founding of the DPRK (1948) to the June 2024 Pyongyang
 * summit and its aftermath, built from one Arabic news page (Reuters via the Omani daily
 * «عمان», plus an Interfax report on passenger trains). Bilingual (`en`, `ar`); no
 * `locale` is set, so the renderer's choice decides which language is shown.
 *
 * Events are in chronological order. Ids are stable and may be used as keys or anchors.
 *
 * @example
 * ```ts
 * import { parseTimeline } from '../model/parseTimeline.js';
 * import { russiaDprk } from './russiaDprk.js';
 *
 * const timeline = parseTimeline(russiaDprk);
 * timeline.events.find((e) => e.id === 'putin-visit-2000')?.date.precision; // 'month'
 * ```
 */
export const russiaDprk: TimelineInput = {
  title: {
    en: 'Russia and North Korea: from 1948 to the 2024 Pyongyang summit',
    ar: 'روسيا وكوريا الشمالية: من عام 1948 إلى قمة بيونجيانج 2024',
  },
  // What the legend calls each category, in both languages of the timeline.
  categories: {
    history: { en: 'History', ar: 'تاريخ' },
    diplomacy: { en: 'Diplomacy', ar: 'دبلوماسية' },
    transport: { en: 'Transport', ar: 'نقل' },
    war: { en: 'War', ar: 'حرب' },
  },
  events: [
    {
      id: 'dprk-founded',
      date: '1948',
      title: { en: 'North Korea founded with Soviet support', ar: 'تأسيس كوريا الشمالية بدعم سوفيتي' },
      description: {
        en: "The Democratic People's Republic of Korea is founded with the backing of the Soviet Union.",
        ar: 'كوريا الشمالية، التي تأسست عام 1948 بدعم من الاتحاد السوفيتي السابق',
      },
      category: 'history',
      source: {
        publication: omanDaily,
        agency: reuters,
        quote:
          'وأشاد كيم بروسيا لاتخاذها ما وصفه بأنه خطوة استراتيجية مهمة للغاية لدعم كوريا الشمالية، التي تأسست عام 1948 بدعم من الاتحاد السوفيتي السابق.',
      },
    },
    {
      id: 'treaty-1961',
      date: '1961',
      title: { en: 'Mutual-support treaty with the Soviet Union', ar: 'معاهدة عام 1961 مع الاتحاد السوفيتي' },
      description: {
        en: 'North Korea signs a treaty with the Soviet Union pledging mutual support if either is attacked.',
        ar: 'وقعت كوريا الشمالية معاهدة عام 1961 مع الاتحاد السوفيتي تضمنت تعهدات بالدعم المتبادل في حالة وقوع هجوم',
      },
      category: 'diplomacy',
      source: {
        publication: omanDaily,
        agency: reuters,
        quote: 'كما وقعت كوريا الشمالية معاهدة عام 1961 مع الاتحاد السوفيتي تضمنت تعهدات بالدعم المتبادل في حالة وقوع هجوم.',
      },
    },
    {
      id: 'putin-visit-2000',
      date: '2000-07',
      title: { en: 'Putin visits Pyongyang', ar: 'زيارة بوتين إلى بيونجيانج' },
      description: {
        en: 'Vladimir Putin visits Pyongyang; he does not return until the June 2024 summit.',
        ar: 'زار بوتين بيونجيانج في يوليو تموز عام 2000، ولم يعد إليها حتى قمة يونيو 2024.',
      },
      category: 'diplomacy',
      source: {
        publication: omanDaily,
        agency: reuters,
        quote:
          'وفي أول زيارة له إلى بيونجيانج منذ يوليو تموز عام 2000، ربط بوتين صراحة تعميق العلاقات الروسية مع كوريا الشمالية بدعم الغرب المتزايد لأوكرانيا، وقال إن بوسع موسكو أن تطور تعاونا عسكريا وتقنيا مع بيونجيانج.',
      },
    },
    {
      // The text gives only "four years" before July 2024; North Korea shut its border
      // early in 2020, so the year is right but it is inferred, hence `~`.
      id: 'trains-suspended',
      date: '2020~',
      title: { en: 'Pandemic halts passenger trains to North Korea', ar: 'توقف قطارات الركاب بسبب جائحة كورونا' },
      description: {
        en: 'Direct passenger trains between Russia and North Korea stop because of the COVID-19 pandemic, for four years.',
        ar: 'توقفت حركة قطارات الركاب المباشرة مع كوريا الشمالية لأربع سنوات بسبب جائحة فيروس كورونا.',
      },
      category: 'transport',
      source: { agency: interfax, quote: trainsQuote },
    },
    {
      // The war the invasion began had not ended when the article was written (nor has it
      // since): the interval is open. Its known side keeps the article's month precision.
      id: 'invasion-ukraine',
      date: '2022-02/..',
      title: { en: 'Russia invades Ukraine', ar: 'الغزو الروسي لأوكرانيا' },
      description: {
        en: 'Russia invades Ukraine; the West answers with what it calls its harshest sanctions ever.',
        ar: 'فرض الغرب على روسيا ما وصفه بأنها أشد عقوبات على الإطلاق ردا على غزوها لأوكرانيا في فبراير شباط 2022',
      },
      category: 'war',
      source: {
        publication: omanDaily,
        agency: reuters,
        quote: 'وفرض الغرب على روسيا ما وصفه بأنها أشد عقوبات على الإطلاق ردا على غزوها لأوكرانيا في فبراير شباط 2022.',
      },
    },
    {
      // "Early June" has no EDTF level-1 form; month precision is the finest honest one.
      // The quoted passage has no agency attribution of its own, so none is given.
      id: 'weapons-threat',
      date: '2024-06',
      title: { en: 'Putin threatens to arm other countries', ar: 'بوتين يهدد بإرسال أسلحة إلى دول أخرى' },
      description: {
        en: 'Putin threatens to send weapons to other countries in answer to Western arms for Kyiv and Western missiles fired at Russian territory.',
        ar: 'هدد الرئيس الروسي، في بداية يونيو الجاري، بإرسال أسلحة إلى دول أخرى، رداً على قيام الدول الغربية بتزويد كييف أسلحة والسماح لها باستخدام صواريخ غربية في استهداف الأراضي الروسية',
      },
      category: 'diplomacy',
      source: {
        quote:
          'وسبق أن هدد الرئيس الروسي، في بداية يونيو الجاري، بإرسال أسلحة إلى دول أخرى، رداً على قيام الدول الغربية بتزويد كييف أسلحة والسماح لها باستخدام صواريخ غربية في استهداف الأراضي الروسية.',
      },
    },
    {
      // The text says only "Wednesday" («الأربعاء»); with the second report ("last week",
      // "early this June") it places the summit in June 2024. The dataset brief fixes that
      // Wednesday as 19 June 2024, the well-documented summit date (and a Wednesday), so the
      // day is known rather than guessed and day precision is justified.
      id: 'pyongyang-summit',
      date: '2024-06-19',
      title: { en: 'Pyongyang summit: Putin and Kim sign partnership', ar: 'قمة بيونجيانج: اتفاقية "شراكة استراتيجية شاملة"' },
      description: {
        en: 'On his first visit since 2000, Vladimir Putin and Kim Jong Un sign a Comprehensive Strategic Partnership with a mutual-defence clause.',
        ar: 'ووقع بوتين وكيم بعد المحادثات اتفاقية "شراكة استراتيجية شاملة" قال بوتين إنها تضمنت بندا بشأن الدفاع المشترك ينص على مساعدة البلدين لأحدهما الآخر في صد أي عدوان خارجي.',
      },
      category: 'diplomacy',
      source: {
        publication: omanDaily,
        agency: reuters,
        quote:
          'وقع الرئيس الروسي فلاديمير بوتين اتفاقية مع الزعيم الكوري الشمالي، كيم جونج أون، الأربعاء تتضمن تعهدا بالدفاع المشترك، وهو أحد أهم تحركات روسيا في آسيا منذ سنوات وقال كيم إنه يرقى إلى مستوى "التحالف".',
      },
    },
    {
      // The text dates this only as "after his visit to Pyongyang", "during a visit to
      // Vietnam". Putin flew from Pyongyang to Hanoi overnight and spoke to reporters there
      // on 20 June 2024 — the one date here taken from outside the article, so it is
      // marked approximate ("about 20 June", as EVENTS.md puts it). No agency is named
      // for this passage, so none is given.
      id: 'vietnam-remarks',
      date: '2024-06-20~',
      title: {
        en: 'Putin in Vietnam: arms for North Korea not ruled out',
        ar: 'بوتين في فيتنام: لا يستبعد إرسال أسلحة إلى كوريا الشمالية',
      },
      description: {
        en: "Speaking in Vietnam after the summit, Putin does not rule out sending weapons to North Korea and warns South Korea that arming Ukraine would be a 'big mistake'.",
        ar: 'قال بوتين إنه "لا يستبعد" احتمال إرسال أسلحة إلى كوريا الشمالية، مؤكداً أن إرسال كوريا الجنوبية أسلحة إلى أوكرانيا سيكون "خطأً كبيراً".',
      },
      category: 'diplomacy',
      source: {
        quote:
          'وقال بوتين للصحافيين خلال زيارة إلى فيتنام: "نحتفظ بحق إرسال أسلحة إلى مناطق أخرى في العالم، مع اخذ اتفاقاتنا مع كوريا الشمالية في الاعتبار. ولا استبعد هذا الاحتمال".',
      },
    },
    {
      // Announced on a Wednesday a week after the summit for "next July"; the article
      // reports the plan, not the first train, so the wording says "due to".
      id: 'trains-resume',
      date: '2024-07',
      title: { en: 'Vladivostok–Rason passenger trains due to resume', ar: 'استئناف قطارات الركاب بين فلاديفوستوك وراسون' },
      description: {
        en: 'Interfax reports that direct passenger trains from Vladivostok to the North Korean port of Rason will resume in July after a four-year pandemic halt.',
        ar: 'القطارات ستسير من مدينة فلاديفوستوك إلى ميناء راسون في كوريا الشمالية',
      },
      category: 'transport',
      source: { agency: interfax, quote: trainsQuote },
    },
  ],
};

/**
 * Where {@link russiaDprk} comes from, and which of its Arabic texts are verbatim.
 *
 * `quotedArabic` lists the event ids whose Arabic title or description is copied
 * character for character from the article (every `source.quote` always is); the
 * others are labels written for the timeline. Tests hold the data to this claim.
 *
 * @example
 * ```ts
 * import { russiaDprkArticle } from './russiaDprk.js';
 *
 * russiaDprkArticle.quotedArabic.descriptions.includes('treaty-1961'); // true
 * russiaDprkArticle.reports.map((r) => r.agency); // ['Reuters', 'Interfax']
 * ```
 */
export const russiaDprkArticle = {
  /** File name (without `.txt`) of the article in the seed corpus. */
  id: '000_b201de29508699bd',
  language: 'ar',
  /** The summit report and the train report a week later (which still says "early this June") are both from June 2024; no day is printed. */
  publishedAbout: '2024-06',
  /** The credit line as printed, ending the first report. */
  credit: 'المصدر: لجريدة عمان',
  reports: [
    { agency: 'Reuters', publication: 'جريدة عمان', topic: 'The Putin–Kim summit in Pyongyang' },
    { agency: 'Interfax', publication: null, topic: 'Passenger trains from Vladivostok to Rason' },
  ],
  quotedArabic: {
    titles: ['treaty-1961'],
    descriptions: [
      'dprk-founded',
      'treaty-1961',
      'invasion-ukraine',
      'weapons-threat',
      'pyongyang-summit',
      'vietnam-remarks',
      'trains-resume',
    ],
  },
} as const;
