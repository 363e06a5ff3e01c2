/** NAV's application form for expert support: its groups and fields, with Norwegian labels. */
export const NAV_GROUPS: { heading: string; fields: { path: string; label: string }[] }[] = [
  {
    heading: 'Virksomhet',
    fields: [
      { path: 'virksomhet.virksomhetsnummer', label: 'Virksomhetsnummer' },
      { path: 'virksomhet.virksomhetsnavn', label: 'Virksomhetsnavn' },
      { path: 'virksomhet.kontaktperson.navn', label: 'Kontaktperson' },
      { path: 'virksomhet.kontaktperson.epost', label: 'E-post til kontaktperson' },
      { path: 'virksomhet.kontaktperson.telefonnummer', label: 'Telefon til kontaktperson' },
    ],
  },
  {
    heading: 'Ansatt',
    fields: [
      { path: 'ansatt.navn', label: 'Navn' },
      { path: 'ansatt.fnr', label: 'Fødselsnummer' },
    ],
  },
  {
    heading: 'Ekspert',
    fields: [
      { path: 'ekspert.navn', label: 'Navn' },
      { path: 'ekspert.virksomhet', label: 'Virksomhet' },
      { path: 'ekspert.kompetanse', label: 'Kompetanse eller autorisasjon' },
    ],
  },
  {
    heading: 'Behov for bistand',
    fields: [
      { path: 'behovForBistand.begrunnelse', label: 'Begrunnelse' },
      { path: 'behovForBistand.behov', label: 'Behov for bistand' },
      { path: 'behovForBistand.tilrettelegging', label: 'Tilrettelegging som er prøvd' },
      { path: 'behovForBistand.timer', label: 'Antall timer' },
      { path: 'behovForBistand.estimertKostnad', label: 'Estimert kostnad' },
      { path: 'behovForBistand.startdato', label: 'Startdato' },
    ],
  },
  {
    heading: 'NAV',
    fields: [{ path: 'nav.kontaktperson', label: 'Kontaktperson i NAV' }],
  },
];

export const ELIGIBILITY_LABELS_NB: Record<string, string> = {
  absence_or_risk: 'Langvarig eller gjentakende sykefravær, eller risiko for det',
  ordinary_measures_tried: 'Ordinære tiltak er prøvd',
  consents: 'Arbeidstaker og arbeidsgiver ønsker bistanden',
  expert_fields_complete: 'Opplysninger om eksperten og behovet er fylt ut',
  start_date_not_passed: 'Startdatoen er ikke passert',
  cost_within_grant_cap: 'Kostnaden er innenfor tilskuddsgrensen',
};

export function valueAt(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), source);
}
