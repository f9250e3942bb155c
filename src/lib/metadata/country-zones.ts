// Where a page's readers are, as a time zone: the day a reader saw is the cited day (local-day.ts).
// Knowledge, not rules. One zone per country; a country spanning several takes the zone most of its
// newsrooms publish in (US: New York; Brazil: São Paulo; Russia: Moscow; Australia: Sydney).

/** ISO 3166 country (ccTLD spelling for .uk) → IANA zone. */
export const COUNTRY_ZONE: Readonly<Record<string, string>> = {
  ad: 'Europe/Andorra', ae: 'Asia/Dubai', al: 'Europe/Tirane', am: 'Asia/Yerevan', ao: 'Africa/Luanda',
  ar: 'America/Argentina/Buenos_Aires', at: 'Europe/Vienna', au: 'Australia/Sydney', az: 'Asia/Baku',
  ba: 'Europe/Sarajevo', bd: 'Asia/Dhaka', be: 'Europe/Brussels', bf: 'Africa/Ouagadougou', bg: 'Europe/Sofia',
  bj: 'Africa/Porto-Novo', bo: 'America/La_Paz', br: 'America/Sao_Paulo', by: 'Europe/Minsk', ca: 'America/Toronto',
  cd: 'Africa/Kinshasa', ch: 'Europe/Zurich', ci: 'Africa/Abidjan', cl: 'America/Santiago', cm: 'Africa/Douala',
  cn: 'Asia/Shanghai', cr: 'America/Costa_Rica', cu: 'America/Havana', cy: 'Asia/Nicosia', cz: 'Europe/Prague',
  de: 'Europe/Berlin', dk: 'Europe/Copenhagen', do: 'America/Santo_Domingo', dz: 'Africa/Algiers',
  ec: 'America/Guayaquil', ee: 'Europe/Tallinn', eg: 'Africa/Cairo', es: 'Europe/Madrid', et: 'Africa/Addis_Ababa',
  fi: 'Europe/Helsinki', fr: 'Europe/Paris', ga: 'Africa/Libreville', gb: 'Europe/London', ge: 'Asia/Tbilisi',
  gh: 'Africa/Accra', gr: 'Europe/Athens', gt: 'America/Guatemala', hk: 'Asia/Hong_Kong', hn: 'America/Tegucigalpa',
  hr: 'Europe/Zagreb', hu: 'Europe/Budapest', id: 'Asia/Jakarta', ie: 'Europe/Dublin', il: 'Asia/Jerusalem',
  in: 'Asia/Kolkata', iq: 'Asia/Baghdad', ir: 'Asia/Tehran', is: 'Atlantic/Reykjavik', it: 'Europe/Rome',
  jm: 'America/Jamaica', jo: 'Asia/Amman', jp: 'Asia/Tokyo', ke: 'Africa/Nairobi', kr: 'Asia/Seoul',
  kw: 'Asia/Kuwait', kz: 'Asia/Almaty', lb: 'Asia/Beirut', lk: 'Asia/Colombo', lt: 'Europe/Vilnius',
  lu: 'Europe/Luxembourg', lv: 'Europe/Riga', ma: 'Africa/Casablanca', md: 'Europe/Chisinau', mg: 'Indian/Antananarivo',
  mk: 'Europe/Skopje', ml: 'Africa/Bamako', mt: 'Europe/Malta', mx: 'America/Mexico_City', my: 'Asia/Kuala_Lumpur',
  mz: 'Africa/Maputo', ng: 'Africa/Lagos', ni: 'America/Managua', nl: 'Europe/Amsterdam', no: 'Europe/Oslo',
  np: 'Asia/Kathmandu', nz: 'Pacific/Auckland', pa: 'America/Panama', pe: 'America/Lima', ph: 'Asia/Manila',
  pk: 'Asia/Karachi', pl: 'Europe/Warsaw', pr: 'America/Puerto_Rico', pt: 'Europe/Lisbon', py: 'America/Asuncion',
  qa: 'Asia/Qatar', ro: 'Europe/Bucharest', rs: 'Europe/Belgrade', ru: 'Europe/Moscow', rw: 'Africa/Kigali',
  sa: 'Asia/Riyadh', se: 'Europe/Stockholm', sg: 'Asia/Singapore', si: 'Europe/Ljubljana', sk: 'Europe/Bratislava',
  sn: 'Africa/Dakar', sv: 'America/El_Salvador', sy: 'Asia/Damascus', th: 'Asia/Bangkok', tn: 'Africa/Tunis',
  tr: 'Europe/Istanbul', tw: 'Asia/Taipei', tz: 'Africa/Dar_es_Salaam', ua: 'Europe/Kyiv', ug: 'Africa/Kampala',
  uk: 'Europe/London', us: 'America/New_York', uy: 'America/Montevideo', uz: 'Asia/Tashkent', ve: 'America/Caracas',
  vn: 'Asia/Ho_Chi_Minh', za: 'Africa/Johannesburg', zm: 'Africa/Lusaka', zw: 'Africa/Harare',
};

/**
 * Country-code domains sold worldwide as generic names (.io, .tv, .co, .me…): they say nothing about
 * where a newsroom is.
 */
export const GENERIC_CCTLDS: ReadonlySet<string> = new Set([
  'ai', 'as', 'bz', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'so', 'st', 'to', 'tv', 'vc', 'ws',
]);

/**
 * og:locale values of Facebook's list whose "region" is no country: Arabic is "ar_AR" there, Latin
 * American Spanish "es_LA", and a few are jokes ("en_UD" upside down, "en_PI" pirate).
 */
export const PSEUDO_REGIONS: ReadonlySet<string> = new Set(['ar_ar', 'es_la', 'en_ud', 'en_pi', 'fb_lt', 'ja_ks', 'tl_st']);

/**
 * Languages whose news is written almost all within one UTC offset band, so the language alone places
 * the page when neither the domain nor a region says where it is. English, Spanish, Portuguese,
 * French and Arabic span continents and are left out.
 */
export const LANGUAGE_ZONE: Readonly<Record<string, string>> = {
  bg: 'Europe/Sofia', ca: 'Europe/Madrid', cs: 'Europe/Prague', da: 'Europe/Copenhagen', de: 'Europe/Berlin',
  el: 'Europe/Athens', et: 'Europe/Tallinn', eu: 'Europe/Madrid', fi: 'Europe/Helsinki', gl: 'Europe/Madrid',
  he: 'Asia/Jerusalem', hi: 'Asia/Kolkata', hr: 'Europe/Zagreb', hu: 'Europe/Budapest', id: 'Asia/Jakarta',
  is: 'Atlantic/Reykjavik', it: 'Europe/Rome', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', lt: 'Europe/Vilnius',
  lv: 'Europe/Riga', nb: 'Europe/Oslo', nl: 'Europe/Amsterdam', nn: 'Europe/Oslo', no: 'Europe/Oslo',
  pl: 'Europe/Warsaw', ro: 'Europe/Bucharest', sk: 'Europe/Bratislava', sl: 'Europe/Ljubljana', sr: 'Europe/Belgrade',
  sv: 'Europe/Stockholm', th: 'Asia/Bangkok', tr: 'Europe/Istanbul', uk: 'Europe/Kyiv', vi: 'Asia/Ho_Chi_Minh',
  zh: 'Asia/Shanghai',
};
