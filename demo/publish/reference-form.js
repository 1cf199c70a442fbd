// The reference event (a Digital Dialogue of 6 July 2023) as a host fills in the publisher's form.
export const REFERENCE_FORM = {
  name: 'How to use partnerships to strengthen the Impact of Civic Tech',
  description:
    'Civic tech reaches further when its builders work with others. This Digital Dialogue looks at ' +
    'how partnerships between civic innovators, local government, community-based organisations and ' +
    'the private sector have shaped civic tech projects across the global South.\n\nWhat do case ' +
    'studies built on partnership teach us, and where do partnerships hold projects back?',
  start: '2023-07-06T16:00',
  end: '2023-07-06T17:30',
  timeZone: 'Africa/Maputo',
  status: 'scheduled',
  registerUrl: 'https://example.org/register',
  registrationCloses: '2023-07-06T12:00',
  joinUrl: 'https://example.org/join',
  recordingUrl: 'https://example.org/recording',
  image: '',
  eventPage: 'https://example.org/digital-dialogues/partnerships',
  organizer: { name: 'Digital Dialogues', url: 'https://example.org/digital-dialogues', logo: '' },
  panelists: [
    { name: 'Caroline Khene', jobTitle: '', organisation: 'Nurture ID8', organisationUrl: '', url: '', photo: '' },
    {
      name: 'Tobi Oluwatola',
      jobTitle: '',
      organisation: 'Centre for Journalism Innovation and Development',
      organisationUrl: '',
      url: '',
      photo: '',
    },
    {
      name: 'Hector Dominguez Aguirre',
      jobTitle: '',
      organisation: 'Portland Smart City PDX Project',
      organisationUrl: '',
      url: '',
      photo: '',
    },
  ],
  partners: [],
  fileAddress: 'https://example.org/digital-dialogues/partnerships.jsonld',
};
