import { languageOf } from '../time/intl-cache.js';

/**
 * The words the elements write, in the languages the library speaks. Dates,
 * numbers and durations come from Intl in every locale; only these phrases are
 * translated here. A locale we do not have falls back to English.
 */
export interface Messages {
  untitledEvent: string;
  cancelled: string;
  postponed: string;
  rescheduled: string;
  movedOnline: string;
  startsIn: (timeLeft: string) => string;
  startingSoon: string;
  live: string;
  ended: string;
  timeUnknown: string;
  yourTime: string;
  /** The local time's label when the page chose the zone (`viewer-time-zone`): "Auckland time". */
  zoneTime: (place: string) => string;
  notConverted: string;
  panelists: string;
  partners: string;
  /** The heading over who hosts the event. */
  hosts: string;
  register: string;
  registrationClosed: string;
  joinNow: string;
  watchRecording: string;
  cancelledNotice: string;
  postponedNotice: string;
  addToCalendar: string;
  /**
   * The .ics item. ".ics" sits between LRI and PDI (U+2066, U+2069): without them a
   * right-to-left line (Arabic, or any language on a `dir="rtl"` page) draws it "(ics.)".
   */
  calendarFile: string;
  googleCalendar: string;
  /** Outlook.com: personal Microsoft accounts. */
  outlookCalendar: string;
  /** Outlook on the web for work or school accounts (Microsoft 365). */
  outlookWorkCalendar: string;
  /** A series: the heading over the events still to come. */
  comingUp: string;
  /** A series: the heading over the events that are over. */
  pastEvents: string;
}

const en: Messages = {
  untitledEvent: 'Untitled event',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  movedOnline: 'Moved online',
  startsIn: (t) => `Starts in ${t}`,
  startingSoon: 'Starting soon',
  live: 'Live now',
  ended: 'This event has ended',
  timeUnknown: 'Time to be confirmed',
  yourTime: 'your time',
  zoneTime: (place) => `${place} time`,
  notConverted: 'time as written; not converted to your time zone',
  panelists: 'Panelists',
  partners: 'In partnership with',
  hosts: 'Hosted by',
  register: 'Register',
  registrationClosed: 'Registration closed',
  joinNow: 'Join now',
  watchRecording: 'Watch the recording',
  cancelledNotice: 'This event has been cancelled',
  postponedNotice: 'This event has been postponed; a new date will follow',
  addToCalendar: 'Add to calendar',
  calendarFile: 'Calendar file (\u2066.ics\u2069)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  outlookWorkCalendar: 'Outlook (work or school)',
  comingUp: 'Coming up',
  pastEvents: 'Past events',
};

const fr: Messages = {
  untitledEvent: 'Événement sans titre',
  cancelled: 'Annulé',
  postponed: 'Reporté',
  rescheduled: 'Nouvelle date',
  movedOnline: 'Désormais en ligne',
  startsIn: (t) => `Commence dans ${t}`,
  startingSoon: 'Commence bientôt',
  live: 'En direct',
  ended: 'Cet événement est terminé',
  timeUnknown: 'Horaire à confirmer',
  yourTime: 'chez vous',
  // Elided before a vowel: « heure d’Auckland », « heure de Paris ».
  zoneTime: (place) => (/^[aeiouyàâæéèêëîïôœ]/i.test(place) ? `heure d’${place}` : `heure de ${place}`),
  notConverted: 'heure telle qu’écrite, non convertie dans votre fuseau horaire',
  panelists: 'Intervenants',
  partners: 'En partenariat avec',
  hosts: 'Organisé par',
  register: 'S’inscrire',
  registrationClosed: 'Inscriptions closes',
  joinNow: 'Rejoindre',
  watchRecording: 'Voir l’enregistrement',
  cancelledNotice: 'Cet événement a été annulé',
  postponedNotice: 'Cet événement a été reporté ; une nouvelle date suivra',
  addToCalendar: 'Ajouter au calendrier',
  calendarFile: 'Fichier calendrier (\u2066.ics\u2069)',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  outlookWorkCalendar: 'Outlook (professionnel ou scolaire)',
  comingUp: 'À venir',
  pastEvents: 'Événements passés',
};

const pt: Messages = {
  untitledEvent: 'Evento sem título',
  cancelled: 'Cancelado',
  postponed: 'Adiado',
  rescheduled: 'Remarcado',
  movedOnline: 'Passou a online',
  startsIn: (t) => `Começa em ${t}`,
  startingSoon: 'Começa em breve',
  live: 'Ao vivo',
  ended: 'Este evento terminou',
  timeUnknown: 'Horário a confirmar',
  yourTime: 'no seu fuso',
  zoneTime: (place) => `hora de ${place}`,
  notConverted: 'hora como foi escrita; não convertida para o seu fuso horário',
  panelists: 'Painelistas',
  partners: 'Em parceria com',
  hosts: 'Organizado por',
  register: 'Inscrever-se',
  registrationClosed: 'Inscrições encerradas',
  joinNow: 'Entrar agora',
  watchRecording: 'Ver a gravação',
  cancelledNotice: 'Este evento foi cancelado',
  postponedNotice: 'Este evento foi adiado; uma nova data será anunciada',
  addToCalendar: 'Adicionar ao calendário',
  calendarFile: 'Ficheiro de calendário (\u2066.ics\u2069)',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  outlookWorkCalendar: 'Outlook (profissional ou escolar)',
  comingUp: 'Próximos eventos',
  pastEvents: 'Eventos anteriores',
};

const sw: Messages = {
  untitledEvent: 'Tukio lisilo na jina',
  cancelled: 'Limeghairiwa',
  postponed: 'Limeahirishwa',
  rescheduled: 'Limepangwa upya',
  movedOnline: 'Sasa ni mtandaoni',
  startsIn: (t) => `Linaanza baada ya ${t}`,
  startingSoon: 'Linaanza hivi karibuni',
  live: 'Mubashara sasa',
  ended: 'Tukio hili limekwisha',
  timeUnknown: 'Muda utathibitishwa',
  yourTime: 'saa zako',
  zoneTime: (place) => `saa za ${place}`,
  notConverted: 'muda kama ulivyoandikwa; haujabadilishwa kwa saa za eneo lako',
  panelists: 'Wanajopo',
  partners: 'Kwa ushirikiano na',
  hosts: 'Limeandaliwa na',
  register: 'Jisajili',
  registrationClosed: 'Usajili umefungwa',
  joinNow: 'Jiunge sasa',
  watchRecording: 'Tazama rekodi',
  cancelledNotice: 'Tukio hili limeghairiwa',
  postponedNotice: 'Tukio hili limeahirishwa; tarehe mpya itatangazwa',
  addToCalendar: 'Ongeza kwenye kalenda',
  calendarFile: 'Faili ya kalenda (\u2066.ics\u2069)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  outlookWorkCalendar: 'Outlook (kazini au shuleni)',
  comingUp: 'Matukio yajayo',
  pastEvents: 'Matukio yaliyopita',
};

const ar: Messages = {
  untitledEvent: 'فعالية بلا عنوان',
  cancelled: 'أُلغيت',
  postponed: 'أُجّلت',
  rescheduled: 'تغيّر موعدها',
  movedOnline: 'أصبحت عبر الإنترنت',
  startsIn: (t) => `تبدأ بعد ${t}`,
  startingSoon: 'تبدأ قريبًا',
  live: 'مباشر الآن',
  ended: 'انتهت هذه الفعالية',
  timeUnknown: 'الموعد قيد التأكيد',
  yourTime: 'بتوقيتك',
  // The place is isolated (FSI … PDI): a name in Latin letters must not reorder the phrase.
  zoneTime: (place) => `بتوقيت \u2068${place}\u2069`,
  notConverted: 'الوقت كما كُتب، دون تحويل إلى منطقتك الزمنية',
  panelists: 'المتحدثون',
  partners: 'بالشراكة مع',
  hosts: 'الجهة المستضيفة',
  register: 'سجّل الآن',
  registrationClosed: 'أُغلق التسجيل',
  joinNow: 'انضم الآن',
  watchRecording: 'شاهد التسجيل',
  cancelledNotice: 'أُلغيت هذه الفعالية',
  postponedNotice: 'أُجّلت هذه الفعالية، وسيُعلن عن موعد جديد',
  addToCalendar: 'أضف إلى التقويم',
  calendarFile: 'ملف تقويم (\u2066.ics\u2069)',
  googleCalendar: 'تقويم Google',
  outlookCalendar: 'Outlook.com',
  outlookWorkCalendar: 'Outlook (العمل أو المؤسسة التعليمية)',
  comingUp: 'الفعاليات القادمة',
  pastEvents: 'فعاليات سابقة',
};

const CATALOGUE: Record<string, Messages> = { en, fr, pt, sw, ar };

/** The phrases for `locale` (`fr-CA` → French), English when we lack its language. */
export function messagesFor(locale: string): Messages {
  return CATALOGUE[phraseLocale(locale)] ?? en;
}

/**
 * The language our phrases are in for `locale`: its own when we speak it, else English.
 * Words that go inside a phrase ("2 days, 3 hours" in "Starts in …") are written in
 * this language too, so no sentence is half one language and half another.
 */
export function phraseLocale(locale: string): string {
  return languageOf(locale) in CATALOGUE ? locale : 'en';
}
