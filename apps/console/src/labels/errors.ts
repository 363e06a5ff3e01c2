import { ApiError, type FieldError } from '../api/client';

/**
 * Norwegian text for the API's stable codes. A field error's code says why one field was
 * refused; a problem's code says why the whole request was.
 */
const FIELD_MESSAGES: Record<string, string> = {
  REQUIRED: 'Må fylles ut',
  INVALID_TYPE: 'Har feil format',
  NOT_IN_LIST: 'Velg et av alternativene',
  INVALID_DATE: 'Må være en gyldig dato',
  IN_FUTURE: 'Kan ikke være frem i tid',
  IN_PAST: 'Kan ikke være tilbake i tid',
  TOO_EARLY: 'Er tidligere enn datoen den skal følge',
  OUT_OF_RANGE: 'Er utenfor det tillatte området',
  NOT_WHOLE_NUMBER: 'Må være et helt tall',
  DUPLICATE: 'Det samme valget står to ganger',
  TOO_LONG: 'Er for lang',
  TOO_SHORT: 'Er for kort',
  NOT_ALLOWED: 'Er ikke tillatt sammen med de andre verdiene',
  RISK_NOT_FOUND: 'Risikoen finnes ikke i denne saken',
  DIAGNOSIS_NOT_ALLOWED: 'Ser ut til å inneholde en diagnose. Arbeidsgiver skal ikke lagre diagnoser',
  INVALID_NATIONAL_ID: 'Er ikke et gyldig fødselsnummer eller d-nummer',
  INVALID_ORG_NUMBER: 'Er ikke et gyldig organisasjonsnummer (9 siffer)',
  UNKNOWN_PROPERTY: 'Feltet er ukjent for tjeneren',
  INVALID_ID: 'Velg en gyldig verdi fra listen',
  INVALID_FORMAT: 'Har feil format',
  INVALID_EMAIL: 'Må være en gyldig e-postadresse',
  INVALID_CURSOR: 'Ugyldig side',
  UNIT_NOT_FOUND: 'Enheten finnes ikke',
  USER_NOT_FOUND: 'Brukeren finnes ikke',
  EMAIL_TAKEN: 'E-postadressen er allerede i bruk',
  WRONG_PASSWORD: 'Feil passord',
  OWN_ROLE: 'Du kan ikke endre din egen rolle. Be en annen administrator om å gjøre det',
  MIN: 'Er for lav',
  MAX: 'Er for høy',
};

const PROBLEM_MESSAGES: Record<string, string> = {
  INVALID_INPUT: 'Noen felt er ikke fylt ut riktig.',
  UNAUTHENTICATED: 'Du er ikke logget inn.',
  WRONG_CREDENTIALS: 'Feil e-post eller passord.',
  INVALID_CREDENTIALS: 'Feil e-post eller passord.',
  TOO_MANY_LOGIN_ATTEMPTS: 'For mange innloggingsforsøk. Vent litt og prøv igjen.',
  TOO_MANY_REQUESTS: 'For mange forespørsler. Vent litt og prøv igjen.',
  FORBIDDEN: 'Du har ikke tilgang til å gjøre dette.',
  CSRF_TOKEN_INVALID: 'Økten er ugyldig. Last inn siden på nytt.',
  NOT_FOUND: 'Fant ikke det du så etter.',
  CASE_NOT_FOUND: 'Saken finnes ikke, eller du har ikke tilgang til den.',
  CASE_ALREADY_EXISTS: 'Saken finnes allerede.',
  CASE_CLOSED: 'Saken er avsluttet. Gjenåpne den for å registrere mer.',
  CASE_NOT_CLOSED: 'Saken er ikke avsluttet.',
  ID_ALREADY_USED: 'Dette er allerede registrert.',
  ACTION_NOT_FOUND: 'Tiltaket finnes ikke.',
  ACTION_ALREADY_COMPLETED: 'Tiltaket er allerede markert som fullført.',
  ACTION_NOT_COMPLETED: 'Tiltaket må være fullført før effekten kan evalueres.',
  ABSENCE_NOT_FOUND: 'Fraværet finnes ikke.',
  ABSENCE_OVERLAP: 'Fraværet overlapper et fravær som allerede er registrert.',
  ABSENCE_ALREADY_ENDED: 'Fraværet er allerede avsluttet.',
  CONSENT_MISSING: 'Både arbeidstaker og arbeidsgiver må ha samtykket før forespørselen kan sendes.',
  EXPERT_SUPPORT_NOT_REQUESTED: 'Det er ikke sendt noen forespørsel om ekspertbistand i saken ennå.',
  EMPLOYEE_NOT_FOUND: 'Den ansatte finnes ikke.',
  EMPLOYEE_ALREADY_EXISTS: 'Den ansatte er allerede registrert.',
  EMPLOYEE_ERASED: 'Den ansattes personopplysninger er slettet.',
  UNIT_NAME_TAKEN: 'Det finnes allerede en enhet med dette navnet.',
  EMAIL_TAKEN: 'E-postadressen er allerede i bruk.',
  USER_NOT_FOUND: 'Brukeren finnes ikke.',
  OWN_ROLE: 'Du kan ikke endre din egen rolle.',
  CONCURRENT_CHANGE: 'Noen andre endret saken samtidig. Prøv igjen.',
  STALE_VERSION: 'Saken er endret av en annen – last inn på nytt',
  READ_MODEL_BEHIND: 'Oversikten er ikke oppdatert ennå. Prøv igjen om et øyeblikk.',
  NETWORK_ERROR: 'Fikk ikke kontakt med tjeneren. Sjekk nettverket og prøv igjen.',
  INTERNAL_ERROR: 'Noe gikk galt hos oss. Ingenting ble endret.',
  BODY_TOO_LARGE: 'Innholdet er for stort.',
};

/** Where a code alone says too little: `<field>:<code>`. */
const FIELD_CODE_MESSAGES: Record<string, string> = {
  'phone:INVALID_FORMAT': 'Må være 8 siffer',
};

export function fieldMessage(error: FieldError): string {
  return FIELD_CODE_MESSAGES[`${error.field}:${error.code}`] ?? FIELD_MESSAGES[error.code] ?? 'Ugyldig verdi';
}

export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 && error.code !== 'UNAUTHENTICATED') return PROBLEM_MESSAGES[error.code] ?? 'Feil e-post eller passord.';
    return PROBLEM_MESSAGES[error.code] ?? statusMessage(error.status);
  }
  return 'Noe gikk galt. Prøv igjen.';
}

function statusMessage(status: number): string {
  if (status === 403) return PROBLEM_MESSAGES.FORBIDDEN;
  if (status === 404) return PROBLEM_MESSAGES.NOT_FOUND;
  if (status === 409) return 'Dette lar seg ikke gjøre slik saken står nå.';
  if (status === 412) return PROBLEM_MESSAGES.STALE_VERSION;
  if (status === 503) return 'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.';
  if (status >= 500) return PROBLEM_MESSAGES.INTERNAL_ERROR;
  return 'Forespørselen ble avvist.';
}
