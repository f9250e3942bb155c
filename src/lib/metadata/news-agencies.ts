// News agencies as bylines, datelines and source lines credit them, spelled as the agencies spell
// themselves: a credit read in another case ("Afp" from an upper-case line, "efe") is cited so.
// Knowledge, not rules: creators.ts and byline.ts read it through isAgency/agencyName. (Not the
// acronyms that are also first names: ANA, MIA, ATA, Beta.)
export const NEWS_AGENCIES: readonly string[] = [
  // Global and English-language
  'AFP', 'Agence France-Presse', 'Agence France Presse', 'Reuters', 'AP', 'Associated Press', 'The Associated Press',
  'UPI', 'Bloomberg', 'PA', 'PA Media', 'Press Association', 'AAP', 'NZPA', 'CP', 'The Canadian Press', 'SAPA',
  'African News Agency', 'NAN', 'KNA',
  // Europe
  'dpa', 'dpa-AFX', 'epd', 'SID', 'APA', 'SDA', 'ATS', 'Keystone-SDA', 'Keystone-ATS', 'AWP', 'Belga', 'ANP', 'Novum',
  'EFE', 'Agencia EFE', 'Europa Press', 'Servimedia', 'Colpisa', 'Lusa', 'ANSA', 'AGI', 'Adnkronos', 'LaPresse',
  'Askanews', 'Italpress', 'TT', 'NTB', 'Ritzau', 'STT', 'FNB', 'PAP', 'ČTK', 'CTK', 'TASR', 'MTI', 'BNS', 'ELTA',
  'LETA', 'STA', 'HINA', 'Tanjug', 'FoNet', 'BTA', 'Agerpres', 'Mediafax', 'ANA-MPA', 'AMNA',
  'Ukrinform', 'UNIAN', 'Interfax', 'TASS', 'RIA Novosti', 'BelTA', 'Anadolu', 'AA', 'DHA', 'İHA',
  // Middle East, Africa, Asia, the Americas
  'WAFA', 'MAP', 'APS', 'TAP', 'MENA', 'QNA', 'KUNA', 'WAM', 'SPA', 'IRNA', 'ISNA', 'Antara', 'Bernama', 'PNA', 'VNA',
  'Xinhua', 'CNA', 'Kyodo', 'Jiji', 'Yonhap', 'PTI', 'IANS', 'ANI', 'UNI', 'Notimex', 'Télam', 'Agencia Andina',
  'Agência Brasil', 'Estadão Conteúdo', 'Folhapress', 'Prensa Latina',
  // Combined credits
  'AP/AFP', 'AFP/Reuters', 'Reuters/AFP', 'dpa/AFP',
];

const BY_KEY = new Map(NEWS_AGENCIES.map((n) => [n.toLowerCase(), n]));

/** The agency's own spelling of a credit that names one, else undefined. */
export function agencyName(name: string): string | undefined {
  return BY_KEY.get(name.trim().toLowerCase());
}
