/**
 * Word lists for generated data. No note list contains a RARE_WORDS word, so each rare
 * word appears in moment notes exactly at its stated rate and search benchmarks know
 * what to expect; only "quarterly" also appears, by design, in the title topics.
 */

export const ORG_STEMS = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Aperture',
  'Contoso',
  'Fabrikam',
  'Litware',
  'Tailspin',
  'Blue Yonder',
  'Massive Dynamic',
  'Stark',
  'Wayne',
  'Oscorp',
  'Gringotts',
  'Monarch',
  'Pinnacle',
  'Halcyon',
  'Brightline',
  'Copperleaf',
  'Driftwood',
  'Evergreen',
  'Foxglove',
  'Granite',
  'Harbour',
  'Ironbark',
  'Juniper',
  'Keystone',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchard',
  'Quarry',
] as const;

export const ORG_SUFFIXES = [
  'Corp',
  'Labs',
  'Partners',
  'Group',
  'Systems',
  'Health',
  'Capital',
  'Logistics',
  'Analytics',
  'Ventures',
] as const;

export const FIRST_NAMES = [
  'Dana',
  'Priya',
  'Tomás',
  'Mei',
  'Jonas',
  'Aisha',
  'Lukas',
  'Sofia',
  'Kwame',
  'Elena',
  'Ravi',
  'Ingrid',
  'Mateo',
  'Yuki',
  'Omar',
  'Clara',
  'Felix',
  'Amara',
  'Hugo',
  'Nadia',
] as const;

export const LAST_NAMES = [
  'Whitfield',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Haddad',
  'Kowalski',
  'Reyes',
  'Brennan',
  'Schulz',
  'Adeyemi',
  'Novak',
  'Castillo',
  'Fischer',
  'Iyer',
  'Dubois',
  'Nakamura',
  'Ferreira',
  'Olsen',
  'Petrov',
] as const;

/** Topic of a call title, "Acme Corp — quarterly sync", with its relative frequency. */
export const TITLE_TOPICS: ReadonlyArray<readonly [string, number]> = [
  ['quarterly sync', 10],
  ['intro call', 8],
  ['partnership check-in', 20],
  ['integration review', 10],
  ['pilot kickoff', 6],
  ['renewal discussion', 6],
  ['co-marketing planning', 8],
  ['roadmap review', 8],
  ['pricing talk', 6],
  ['weekly sync', 18],
];

/** What a moment's note starts with, by kind; an object from NOTE_OBJECTS follows. */
export const NOTE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  request: [
    'Asked for an intro to',
    'Wants time with',
    'Asked us to share',
    'Asked for feedback on',
    'Needs help with',
  ],
  proprietary: [
    'Asked for details of',
    'Pressed for numbers on',
    'Wanted to see',
    'Asked how we built',
  ],
  value: ['Shared', 'Introduced us to', 'Sent over', 'Walked us through', 'Gave useful data on'],
  'offer-help': ['Offered to help with', 'Offered to review', 'Asked how they could help with'],
  appreciation: ['Thanked us for', 'Credited us for', 'Said thanks for'],
  commitment: ['Will send', 'Committed to deliver', 'Promised to share', 'Owns'],
  overpromise: ['Promised to double', 'Claimed they could fix', 'Said they would rebuild'],
  evasive: ['Dodged questions about', 'Vague on', 'Changed the subject on'],
  dismissive: ['Talked over us on', 'Brushed off our view on', 'Dismissed our take on'],
  note: ['Mentioned', 'Follow up on', 'Remember', 'Context on'],
};

export const NOTE_OBJECTS = [
  'their CFO',
  'our pricing deck',
  'the pilot results',
  'the integration plan',
  'a reference customer',
  'the product roadmap',
  'the API docs',
  'the partner programme',
  'their sales team',
  'the renewal terms',
  'the security review',
  'churn numbers',
  'the launch date',
  'the case study',
  'their procurement process',
  'the data export',
  'a joint webinar',
  'the support backlog',
  'hiring plans',
  'the board meeting',
] as const;

export const COMMITMENT_WHEN = ['by Friday', 'next week', 'before month end', 'tomorrow'] as const;

/**
 * Distinctive words a search benchmark can look for: each is appended to a moment's
 * note with `rate` probability, independently. "quarterly" also appears in titles.
 */
export const RARE_WORDS = [
  { word: 'quarterly', rate: 0.02, phrase: 'for the quarterly review' },
  { word: 'onboarding', rate: 0.01, phrase: 'during onboarding' },
  { word: 'kubernetes', rate: 0.001, phrase: 'on their Kubernetes cluster' },
] as const;

export const CALL_NOTES = [
  'Good energy, follow up next week.',
  'They were late and distracted.',
  'Clear next steps, both sides.',
  'Mostly a status update.',
  'Need to loop in legal before signing.',
  'Their new lead seems sharp.',
  'Spent half the call on pricing.',
  'Promising, but no owner on their side yet.',
] as const;

export const PARTNER_NOTES = [
  'Met at a conference.',
  'Warm intro from an investor.',
  'Long-standing reseller.',
  'Prefers email over calls.',
  'Decision maker is their COO.',
] as const;

export const PREP_GOALS = [
  'Agree on a pilot scope',
  'Get a referral',
  'Close the renewal',
  'Align on the roadmap',
] as const;
export const PREP_BRING = [
  'Usage data',
  'An intro to our design partner',
  'A draft proposal',
  'Benchmark results',
] as const;
export const PREP_NEED = [
  'A named owner',
  'Their pricing',
  'Access to their API',
  'A decision date',
] as const;
export const OUTCOME_WHY = [
  'They agreed on the spot.',
  'Waiting on their legal team.',
  'No budget this year.',
  'We ran out of time.',
] as const;
