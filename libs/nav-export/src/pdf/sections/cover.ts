import { NAV_APPLICATION_FIELDS, isEligible } from '@app/case-domain';
import type { CaseExport } from '../../case-export';
import { dateTime, date, text, DASH } from '../format';
import { BOLD } from '../fonts';
import { COLOR, type Layout } from '../layout';

const ROLE_LABELS_NB: Record<string, string> = {
  admin: 'administrator',
  hr: 'HR',
  leader: 'nærmeste leder',
  safety_rep: 'verneombud',
};

/** "974 760 673", as the Brønnøysund registers print it. */
function orgNumber(value: string | null): string {
  return value && /^\d{9}$/.test(value) ? value.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : text(value);
}

/** The first page: whom and what the dossier is about, who made it and when, in brief. */
export function renderCover(layout: Layout, doc: CaseExport): void {
  const pdf = layout.doc;
  const c = doc.case;
  pdf.rect(layout.left, pdf.y, 48, 4).fillColor(COLOR.accent).fill();
  layout.gap(14);
  pdf.font(BOLD).fontSize(9).fillColor(COLOR.muted).text('SAKSDOKUMENTASJON', layout.left, pdf.y, { characterSpacing: 1.5 });
  layout.gap(4);
  pdf.font(BOLD).fontSize(22).fillColor(COLOR.text).text(text(c.title), { width: layout.width });
  layout.gap(4);
  layout.paragraph(`${text(c.kindLabel)} · ${text(c.statusLabel)}`, { size: 12, color: COLOR.muted });
  layout.paragraph('Dokumentasjon av oppfølgingen og grunnlag for søknad om tilskudd til ekspertbistand fra NAV.', {
    color: COLOR.muted,
  });
  layout.gap(16);

  const role = ROLE_LABELS_NB[doc.generatedBy.role] ?? doc.generatedBy.role;
  layout.fields([
    ['Virksomhet', text(doc.organisation.name)],
    ['Organisasjonsnummer', orgNumber(doc.organisation.orgNumber)],
    ['Arbeidstaker', text(c.employee.name)],
    ['Sak', text(c.title)],
    ['Sakstype', text(c.kindLabel)],
    ['Status', c.closedAt ? `${text(c.statusLabel)} (${dateTime(c.closedAt)})` : text(c.statusLabel)],
    ['Nærmeste leder', text(c.leader.name)],
    ['Enhet', text(c.unit.name)],
    ['Periode', `${date(c.period.from)} – ${date(c.period.to)}`],
    ['Opprettet', dateTime(c.openedAt)],
    ['Saks-ID', c.id],
    ['Generert av', `${doc.generatedBy.name} ${dateTime(doc.generatedAt)} (${role})`],
  ]);
  if (c.summary) {
    layout.subheading('Kort om saken');
    layout.paragraph(text(c.summary));
  }

  layout.subheading('Sammendrag');
  const fieldCount = NAV_APPLICATION_FIELDS.length;
  const blocking = doc.eligibility.filter((r) => !r.met && r.blocking).length;
  const overdue = doc.deadlines.filter((d) => d.status === 'overdue').length;
  const completed = doc.actions.filter((a) => a.completion !== null).length;
  const lines = [
    doc.missing.length === 0
      ? 'Søknadsskjemaet: alle feltene er fylt ut.'
      : `Søknadsskjemaet: ${doc.missing.length} av ${fieldCount} felt mangler eller er ugyldige.`,
    isEligible(doc.eligibility)
      ? 'Vilkår: alle vilkårene NAV stiller er oppfylt.'
      : `Vilkår: ${blocking} av ${doc.eligibility.length} vilkår er ikke oppfylt.`,
    `Frister: ${doc.deadlines.length} i alt, ${overdue} passert uten å være oppfylt.`,
    `Risikoer: ${doc.risks.length}. Tiltak: ${doc.actions.length}, gjennomført ${completed}.`,
    `Hendelser: ${doc.chain.eventCount}; hendelseskjeden var ${doc.chain.valid ? 'intakt' : 'IKKE intakt'} da dokumentet ble laget.`,
  ];
  for (const line of lines) layout.paragraph(`•  ${line}`);
  if (doc.navDecision === null) layout.paragraph(`•  NAVs vedtak: ${DASH} (ikke registrert).`);
}
