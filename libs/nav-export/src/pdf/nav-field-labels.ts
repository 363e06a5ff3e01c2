import type { NavApplicationField } from '@app/case-domain';

/** NAV's groups of the expert-support form, in the form's order, with their headings. */
export const NAV_GROUP_LABELS_NB: Record<string, string> = {
  virksomhet: 'Virksomhet',
  ansatt: 'Ansatt',
  ekspert: 'Ekspert',
  behovForBistand: 'Behov for bistand',
  nav: 'NAV',
};

/** The Norwegian label of each field, worded as NAV's form asks for it. */
export const NAV_FIELD_LABELS_NB: Record<NavApplicationField, string> = {
  'virksomhet.virksomhetsnummer': 'Virksomhetsnummer',
  'virksomhet.virksomhetsnavn': 'Virksomhetens navn',
  'virksomhet.kontaktperson.navn': 'Kontaktperson',
  'virksomhet.kontaktperson.epost': 'Kontaktpersonens e-post',
  'virksomhet.kontaktperson.telefonnummer': 'Kontaktpersonens telefon',
  'ansatt.fnr': 'Fødselsnummer',
  'ansatt.navn': 'Navn',
  'ekspert.navn': 'Ekspertens navn',
  'ekspert.virksomhet': 'Ekspertens virksomhet',
  'ekspert.kompetanse': 'Kompetanse eller autorisasjon',
  'behovForBistand.begrunnelse': 'Arbeidssituasjon og hva som er vanskelig',
  'behovForBistand.behov': 'Hva eksperten skal bistå med',
  'behovForBistand.tilrettelegging': 'Oppfølging og tilrettelegging som er prøvd',
  'behovForBistand.timer': 'Antall timer',
  'behovForBistand.estimertKostnad': 'Anslått kostnad',
  'behovForBistand.startdato': 'Startdato',
  'nav.kontaktperson': 'Kontaktperson hos NAV',
};
