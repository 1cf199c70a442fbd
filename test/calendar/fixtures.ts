import { buildEvent } from '../../src/model/build-event.js';
import type { RawEvent } from '../../src/model/raw-event.js';

/** An event built the way the elements build it, from attribute-like fields. */
export function eventFrom(fields: RawEvent) {
  return buildEvent([{ fields, baseUrl: 'https://example.org/' }]);
}

/** The reference event: a panel on 6 July 2023 at 16:00 in Maputo (UTC+2 all year). */
export const REFERENCE_FIELDS: RawEvent = {
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  start: '2023-07-06T16:00',
  'time-zone': 'Africa/Maputo',
  'register-url': 'https://example.org/register',
};

const SWAHILI =
  'Jinsi ya kutumia ushirikiano kuimarisha athari ya teknolojia ya kiraia katika jamii za Afrika Mashariki. ';
const ARABIC = 'كيفية استخدام الشراكات لتعزيز أثر التكنولوجيا المدنية في مجتمعاتنا، ومعًا نبني مستقبلًا أفضل للجميع؛ ';

/** Over 200 characters of Swahili and Arabic text. */
export const SWAHILI_AND_ARABIC = `${SWAHILI}${ARABIC}${SWAHILI}`;

/** Everything that has to be escaped or folded with care, in one name. */
export const NASTY_NAME = `Partners, policy; and C:\\path\\to\\tech 🎉👩🏽‍💻 ${SWAHILI_AND_ARABIC}`;
