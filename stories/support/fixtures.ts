/**
 * The content every story draws on: the reference event (the Digital Dialogue this
 * project started from), a fixed "now" the stories are told from, and a cast of
 * fictional people and organisations for the larger panels and the listing.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The moment every story is told from, unless the toolbar's "Now" says otherwise:
 * 5 July 2023, 16:00 in Maputo, the day before the reference event. Every story
 * places its event relative to this instant, so a story renders the same way on
 * any day, and every story on a docs page agrees on the time (the library has one
 * clock per page).
 */
export const STORY_NOW_ISO = '2023-07-05T16:00:00+02:00';
export const STORY_NOW = Date.parse(STORY_NOW_ISO);

/** The reference event's facts. */
export const REFERENCE = {
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  start: '2023-07-06T16:00',
  end: '2023-07-06T17:30',
  timeZone: 'Africa/Maputo',
  registerUrl: 'https://example.org/register',
  joinUrl: 'https://example.org/join',
  recordingUrl: 'https://example.org/recording',
  image: 'assets/images/partnership.svg',
  imageAlt: 'Hands of several people meeting in the middle',
} as const;

/** Attributes of the reference event, as an author writes them. */
export const REFERENCE_ATTRIBUTES = {
  name: REFERENCE.name,
  start: REFERENCE.start,
  end: REFERENCE.end,
  'time-zone': REFERENCE.timeZone,
  'register-url': REFERENCE.registerUrl,
} as const;

/** The reference panel (no photos: we show initials rather than invent likenesses of real people). */
export const REFERENCE_PANEL = [
  { name: 'Caroline Khene', organisation: 'Nurture ID8' },
  { name: 'Tobi Oluwatola', organisation: 'Centre for Journalism Innovation and Development' },
  { name: 'Hector Dominguez Aguirre', organisation: 'Portland Smart City PDX Project' },
] as const;

/** The reference event's description, in our own words. */
export const referenceDescription = () => html`
  <p>
    Civic tech goes further when the people building it work with others. This Digital Dialogue asks how partnerships
    between civic innovators, local governments, community organisations and companies have shaped civic tech projects
    across the global South, and what they cost as well as what they bring.
  </p>
  <p>Four questions for the panel:</p>
  <ul>
    <li>What do projects built on partnership teach us?</li>
    <li>How do you partner well with government, and with communities?</li>
    <li>When does a partnership help, and when does it get in the way?</li>
    <li>How does looking back on past work make long-term collaboration stronger?</li>
  </ul>
`;

/** A wall-clock time in Maputo (UTC+02:00 all year), `minutes` after the story's "now". */
export function maputoWallTime(minutesFromNow: number): string {
  const shifted = new Date(STORY_NOW + minutesFromNow * 60_000 + 2 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

export const MINUTE = 1;
export const HOUR = 60;
export const DAY = 24 * HOUR;

/** A fictional person for the larger panels. */
export interface CastMember {
  name: string;
  role: string;
  organisation: string;
  href?: string;
  photo: string;
  bio: string;
}

/** Twelve fictional people and organisations; the portraits are abstract drawings. */
export const CAST: readonly CastMember[] = [
  [
    'Amina Njoroge',
    'Programme lead',
    'Open Counties Lab',
    'Runs a lab that helps county governments publish budgets people can read.',
  ],
  [
    'Kwame Asante',
    'Data journalist',
    'Accra Civic Desk',
    'Turns public records into stories about schools and clinics.',
  ],
  [
    'Lucía Fernández',
    'Digital services officer',
    'Ciudad Abierta',
    'Works inside a city hall on services residents helped design.',
  ],
  [
    'Thandiwe Mokoena',
    'Community organiser',
    'Township Water Watch',
    'Coordinates neighbours who report leaks and outages by text message.',
  ],
  [
    'Rahul Menon',
    'Product manager',
    'Janata Data Collective',
    'Builds open tools for tracking local election promises.',
  ],
  [
    'Fatou Diallo',
    'Researcher',
    'Sahel Governance Institute',
    'Studies how citizen feedback reaches municipal councils.',
  ],
  ['João Matsinhe', 'Co-founder', 'Mapas Livres', 'Maps informal settlements with the people who live in them.'],
  [
    'Nadia Haddad',
    'Policy adviser',
    'Open Budget Initiative',
    'Advises finance ministries on publishing spending data.',
  ],
  [
    'Chinedu Okafor',
    'Software engineer',
    'Civic Stack Lagos',
    'Maintains an open-source platform for public petitions.',
  ],
  ['Mariana Costa', 'City councillor', 'Participa Recife', 'Championed participatory budgeting in her district.'],
  [
    'Joseph Mwangi',
    'Partnerships manager',
    'Savannah Telecom Foundation',
    'Funds connectivity for community radio and civic projects.',
  ],
  [
    'Aiko Tanaka',
    'Civic tech researcher',
    'Pacific Policy Lab',
    'Compares civic tech ecosystems across three continents.',
  ],
].map(([name, role, organisation, bio], index) => ({
  name: name!,
  role: role!,
  organisation: organisation!,
  bio: bio!,
  href: index % 3 === 0 ? `https://example.org/people/${index + 1}` : undefined,
  photo: `assets/people/person-${String(index + 1).padStart(2, '0')}.svg`,
}));

/** Organisations co-hosting events in the stories (fictional). */
export const PARTNERS = [
  { name: 'Civic Tech Network', logo: 'assets/logos/civic-tech-network.svg', href: 'https://example.org/' },
  { name: 'Open Cities Lab', logo: 'assets/logos/open-cities-lab.svg', href: 'https://example.org/open-cities' },
  {
    name: 'Data Commons Africa',
    logo: 'assets/logos/data-commons-africa.svg',
    href: 'https://example.org/data-commons',
  },
  { name: 'Public Media Trust', logo: 'assets/logos/public-media-trust.svg' },
] as const;

/** `<dialogue-panelist>` children for `people`, with or without their photos. */
export function panelistChildren(people: readonly Partial<CastMember>[], { photos = true, bios = false } = {}) {
  return people.map(
    (person) =>
      html`<dialogue-panelist
        name=${ifDefined(person.name)}
        role=${ifDefined(person.role)}
        organisation=${ifDefined(person.organisation)}
        href=${ifDefined(person.href)}
        photo=${ifDefined(photos ? person.photo : undefined)}
        >${bios ? person.bio : ''}</dialogue-panelist
      >`,
  );
}

/** The times of an event that starts `minutes` from the stories' "now" and lasts `lengthMinutes`, in Maputo. */
export function startingIn(minutes: number, lengthMinutes = 90) {
  return {
    start: maputoWallTime(minutes),
    end: maputoWallTime(minutes + lengthMinutes),
    'time-zone': 'Africa/Maputo',
  };
}
