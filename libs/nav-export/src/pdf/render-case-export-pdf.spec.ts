import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseExport } from '../case-export';
import { sampleCaseExport, withTimelineOf } from '../testing/sample-export';
import { renderCaseExportPdf } from './render-case-export-pdf';

/**
 * The dossier as a case worker reads it: rendered, then read back with poppler's pdftotext,
 * pdfinfo and pdffonts (Debian poppler-utils), the tools anyone can check a PDF with.
 */

const POPPLER = ['pdftotext', 'pdfinfo', 'pdffonts'];
for (const tool of POPPLER) {
  if (!existsSync(`/usr/bin/${tool}`)) {
    throw new Error(`/usr/bin/${tool} is missing: the PDF tests read the dossier with poppler. Run: apt-get install poppler-utils`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered {
  path: string;
  /** `pdftotext -layout`: columns stay side by side, so a label and its value share a line. */
  text: string;
  /**
   * The same with every run of white space made one space, for text that wraps; without the
   * timeline's short hashes, which sit beside the second line of an event's text.
   */
  flat: string;
  info: string;
  pages: number;
}

let count = 0;
async function render(doc: CaseExport): Promise<Rendered> {
  const path = join(dir, `dossier-${++count}.pdf`);
  writeFileSync(path, await renderCaseExportPdf(doc));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const info = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const flat = text.replace(/\b[0-9a-f]{12}\b/g, ' ').replace(/\s+/g, ' ');
  return { path, text, flat, info, pages };
}

/** The text between two headings (the first occurrence of each, from `from` on). */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

function lineWith(text: string, needle: string): string {
  const line = text.split('\n').find((l) => l.includes(needle));
  if (line === undefined) throw new Error(`no line contains "${needle}"`);
  return line;
}

/** The first line that begins with `label`: a table row or a label/value pair. */
function row(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(label));
  if (line === undefined) throw new Error(`no line begins with "${label}"`);
  return line.trim();
}

function page(path: string, n: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
}

describe('renderCaseExportPdf', () => {
  let sample: Rendered;
  beforeAll(async () => {
    sample = await render(sampleCaseExport());
  });

  it('is an A4 PDF with the case as its title, the organisation as author and the export time as creation date', () => {
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(sample.info);
    expect(size && [Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);
    expect(sample.info).toMatch(/^Title:\s+Saksdokumentasjon: Arbeidsbelastning og sykefravær i hjemmetjenesten$/m);
    expect(sample.info).toMatch(/^Author:\s+Fjordvik kommune$/m);
    expect(sample.info).toMatch(/^CreationDate:\s+2026-12-03T13:05:00(Z|\+00)/m);
  });

  it('embeds its fonts, so æøå print and extract the same everywhere', () => {
    const fonts = execFileSync('pdffonts', [sample.path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.some((l) => l.includes('DejaVuSans'))).toBe(true);
    for (const font of fonts) {
      // name, type..., encoding, emb, sub, uni, object id, generation
      const [emb] = font.trim().split(/\s+/).slice(-5);
      expect({ font, emb }).toEqual({ font, emb: 'yes' });
    }
  });

  it('numbers every page "Side n av N", N being the page count', () => {
    expect(sample.pages).toBeGreaterThan(3);
    const numbers = [...sample.text.matchAll(/Side (\d+) av (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbers).toEqual(Array.from({ length: sample.pages }, (_, i) => [i + 1, sample.pages]));
  });

  it('names the organisation, the employee and the case on the cover, with æøå intact', () => {
    const cover = page(sample.path, 1);
    expect(cover).toContain('Fjordvik kommune');
    expect(cover).toContain('974 760 673');
    expect(row(cover, 'Arbeidstaker')).toContain('Kari Nordmann');
    expect(cover).toContain('Arbeidsbelastning og sykefravær i hjemmetjenesten');
    expect(row(cover, 'Nærmeste leder')).toContain('Lars Øvrebø');
    expect(row(cover, 'Enhet')).toContain('Hjemmetjenesten Nord');
    expect(row(cover, 'Periode')).toContain('20. august 2026 – 3. desember 2026');
    expect(row(cover, 'Generert av')).toMatch(/Generert av\s+Bjørg Ås 03\.12\.2026 14:05/);
    expect(cover).toContain('7d1f6c2e-3b4a-4c1d-9e8f-2a6b5c4d3e21');
  });

  it("lists NAV's fields in NAV's order under NAV's groups, with the national id masked", () => {
    const nav = section(sample.text, 'Søknad om tilskudd til ekspertbistand\n', '\nVilkår\n');
    const order = [
      'Virksomhet', 'Virksomhetsnummer', 'Virksomhetens navn', 'Kontaktperson', 'Kontaktpersonens e-post',
      'Kontaktpersonens telefon', 'Ansatt', 'Fødselsnummer', 'Navn', 'Ekspert', 'Ekspertens navn',
      'Ekspertens virksomhet', 'Kompetanse eller autorisasjon', 'Behov for bistand', 'Arbeidssituasjon og hva som er',
      'Hva eksperten skal bistå med', 'Oppfølging og tilrettelegging', 'Antall timer', 'Anslått kostnad', 'Startdato',
      'NAV', 'Kontaktperson hos NAV',
    ];
    let at = 0;
    for (const label of order) {
      const next = nav.indexOf(label, at);
      expect({ label, found: next >= 0 }).toEqual({ label, found: true });
      at = next + label.length;
    }
    expect(row(nav, 'Fødselsnummer')).toMatch(/150385 \*{5}/);
    expect(sample.text).not.toContain('15038541215');
    expect(row(nav, 'Anslått kostnad')).toContain('24 000 kr');
    expect(row(nav, 'Startdato')).toContain('11. januar 2027');
    expect(nav).not.toContain('Mangler');
  });

  it('marks a missing field "Mangler" with the Norwegian reason, and an invalid one too', async () => {
    const doc = sampleCaseExport();
    doc.application.ekspert.kompetanse = null;
    doc.application.virksomhet.kontaktperson.telefonnummer = '1234';
    doc.missing = [
      {
        field: 'virksomhet.kontaktperson.telefonnummer',
        problem: 'invalid',
        reason: "The contact person's phone number must be 8 digits",
        reasonNb: 'Kontaktpersonens telefonnummer må ha 8 siffer.',
        fill: 'POST /api/users with name, email and phone',
      },
      {
        field: 'ekspert.kompetanse',
        problem: 'missing',
        reason: "The latest expert-support request has no the expert's competence or authorisation",
        reasonNb: 'Den siste søknaden om ekspertbistand mangler ekspertens kompetanse eller autorisasjon.',
        fill: 'POST /api/cases/:id/expert-support',
      },
    ];
    const { text, flat } = await render(doc);
    const nav = section(text, 'Søknad om tilskudd til ekspertbistand\n', '\nVilkår\n');
    expect(row(nav, 'Kompetanse eller autorisasjon')).toMatch(/Kompetanse eller autorisasjon\s+Mangler$/);
    expect(flat).toContain('Mangler Den siste søknaden om ekspertbistand mangler ekspertens kompetanse eller autorisasjon.');
    expect(row(nav, 'Kontaktpersonens telefon')).toMatch(/Kontaktpersonens telefon\s+1234$/);
    expect(flat).toContain('1234 Mangler: ugyldig verdi Kontaktpersonens telefonnummer må ha 8 siffer.');
    expect(nav).toContain('2 felt mangler eller er ugyldige');
  });

  it('marks each condition in words: Oppfylt, Ikke oppfylt, Advarsel', async () => {
    const vilkar = section(sample.text, '\nVilkår\n', 'Fravær og lovpålagte frister');
    expect(row(vilkar, 'Ordinære tiltak er prøvd')).toContain('Oppfylt');
    expect(row(vilkar, 'Kostnaden er innenfor')).toContain('Advarsel');

    const doc = sampleCaseExport();
    doc.eligibility = doc.eligibility.map((rule) =>
      rule.code === 'consents' ? { ...rule, met: false, explanationNb: 'Samtykke til søknad om ekspertbistand mangler fra arbeidstakeren.' } : rule,
    );
    const { text } = await render(doc);
    expect(row(text, 'Arbeidstaker og arbeidsgiver')).toContain('Ikke oppfylt');
    expect(text).toContain('Ett eller flere vilkår som må være oppfylt for å søke, er ikke oppfylt.');
  });

  it('shows absences and whether each deadline was met', () => {
    const absences = section(sample.text, 'Fravær og lovpålagte frister', 'Risikoer etter § 4-3');
    expect(row(absences, '17. august 2026')).toMatch(/19\. august 2026\s+100 %\s+Egenmelding/);
    expect(row(absences, '5. oktober 2026  ')).toMatch(/5\. oktober 2026\s+pågår\s+50 %\s+Sykmelding/);
    const deadlines = absences.slice(absences.indexOf('Frister'));
    expect(row(deadlines, 'Oppfølgingsplan ')).toMatch(/5\. oktober 2026\s+7\. september 2026\s+Oppfylt/);
    expect(row(deadlines, 'Arbeidsgiverperioden')).toContain('Nådd');
    expect(row(deadlines, 'Frist for tiltak')).toMatch(/30\. november 2026\s+Fristen er passert/);
    expect(row(deadlines, 'Dialogmøte 2')).toContain('Kommer');
  });

  it('groups risks under their § 4-3 factor', () => {
    const risks = section(sample.text, 'Risikoer etter § 4-3', '\nTiltak\n');
    const workload = risks.indexOf('Arbeidsmengde og tidspress');
    const support = risks.indexOf('Støtte og hjelp i arbeidet');
    expect(risks.indexOf('Uklare eller motstridende krav')).toBeLessThan(workload);
    for (const description of ['Pulsmålingen i juni', 'Turnusen har ubesatte vakter']) {
      const at = risks.indexOf(description);
      expect(at).toBeGreaterThan(workload);
      expect(at).toBeLessThan(support);
    }
    expect(lineWith(risks, 'Pulsmålingen i juni')).toMatch(/Høy\s+Pulsmåling\s+Bjørg Ås/);
  });

  it("shows an action's participants, responsible, outcome and evaluation", () => {
    const action = section(sample.text, 'Tiltak 1: Omfordele saksmengde', 'Tiltak 2:');
    expect(row(action, 'Deltakere')).toContain('Arbeidstaker, Nærmeste leder, HR');
    expect(row(action, 'Ansvarlig')).toContain('Lars Øvrebø');
    expect(row(action, 'Frist')).toContain('1. oktober 2026');
    expect(row(action, 'Gjennomført')).toContain('30. september 2026');
    expect(row(action, 'Resultat')).toContain('Tre brukere flyttet til Ola Dåsvik');
    expect(lineWith(action, '15.10.2026 13:30')).toMatch(/Virket\s+Kari opplever arbeidsdagen/);
    const open = section(sample.text, 'Tiltak 3:', 'Oppfølgingsplaner og dialogmøter');
    expect(row(open, 'Gjennomført')).toContain('Ikke gjennomført');
  });

  it('shows follow-up plans, dialogue meetings, consents and the NAV decision', async () => {
    expect(lineWith(sample.text, '28. september 2026')).toMatch(/Ja\s+Lars Øvrebø/);
    const meetings = section(sample.text, 'Dialogmøter\n', '\nSamtykker\n');
    expect(row(meetings, 'Dialogmøte 1')).toMatch(/^Dialogmøte 1\s+23\. oktober 2026\s+Arbeidstaker, Nærmeste/);
    const consents = section(sample.text, '\nSamtykker\n', 'NAVs vedtak');
    expect(row(consents, 'Arbeidstaker ')).toMatch(/Søknad om tilskudd til ekspertbistand\s+20\. november/);
    expect(row(consents, 'Arbeidsgiver ')).toContain('Bjørg Ås');
    expect(sample.text).toContain('Ikke registrert: NAV har ikke fattet vedtak');

    const { text } = await render(
      sampleCaseExport({ navDecision: { granted: true, amount: 23100, refundDeadline: '2027-06-30', decidedOn: '2026-12-20' } }),
    );
    expect(row(text, 'Vedtak  ')).toContain('Innvilget');
    expect(row(text, 'Tilskudd')).toContain('23 100 kr');
    expect(row(text, 'Frist for refusjonskrav')).toContain('30. juni 2027');
  });

  it('gives the full head hash and how to verify it', () => {
    const integrity = sample.text.slice(sample.text.lastIndexOf('Integritet'));
    const doc = sampleCaseExport();
    expect(row(integrity, 'Siste hash')).toContain(doc.chain.headHash);
    expect(row(integrity, 'Antall hendelser')).toMatch(/\s30$/);
    expect(row(integrity, 'Algoritme')).toContain('sha256');
    expect(integrity).toContain('Ja, kjeden ble kontrollert og var intakt');
    expect(integrity).toContain(`GET /api/cases/${doc.case.id}/verification`);
    expect(integrity).toContain(`npm run cli -- verify ${doc.case.id} <export.json>`);
  });

  it('prints "—" for empty fields and "Slettet" for erased ones', async () => {
    const doc = sampleCaseExport();
    doc.case.employee.name = { $erased: true } as unknown as string;
    doc.case.leader.name = null;
    const cover = page((await render(doc)).path, 1);
    expect(row(cover, 'Arbeidstaker')).toMatch(/^Arbeidstaker\s+Slettet$/);
    expect(row(cover, 'Nærmeste leder')).toMatch(/^Nærmeste leder\s+—$/);
  });

  it('wraps long free text inside the page and keeps all of it', async () => {
    const doc = sampleCaseExport();
    const long = Array.from({ length: 400 }, (_, i) => `Setning ${i + 1} om tilrettelegging på arbeidsplassen.`).join(' ');
    doc.actions[0].description = long;
    doc.application.behovForBistand.begrunnelse = `Ekstremtlangtordutenmellomrom${'x'.repeat(300)} og så videre.`;
    const rendered = await render(doc);
    expect(rendered.flat).toContain('Setning 1 om tilrettelegging');
    expect(rendered.flat).toContain('Setning 400 om tilrettelegging på arbeidsplassen.');
    // Every word's box lies inside the page's side margins and above the footer.
    const boxes = execFileSync('pdftotext', ['-bbox', rendered.path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)];
    expect(words.length).toBeGreaterThan(1000);
    const outside = words.filter((w) => Number(w[1]) < 50 || Number(w[3]) > 595.28 - 50 || Number(w[4]) > 841.89 - 20);
    expect(outside.map((w) => w[0])).toEqual([]);
  });

  it('renders a 1,000-event timeline completely, over many pages', async () => {
    const doc = withTimelineOf(sampleCaseExport(), 1000);
    const rendered = await render(doc);
    expect(rendered.pages).toBeGreaterThan(20);
    expect(rendered.flat).toContain(doc.timeline[0].text);
    expect(rendered.flat).toContain(doc.timeline[999].text);
    expect(doc.timeline[999].text).toContain('(nr. 1000)');
    const missing = doc.timeline.filter((e) => !rendered.text.includes(e.hash.slice(0, 12)));
    expect(missing.map((e) => e.version)).toEqual([]);
    expect(rendered.text).toContain(doc.chain.headHash);
    expect(rendered.text).toContain(`Side ${rendered.pages} av ${rendered.pages}`);
    // The table header is repeated on every page the timeline continues on.
    const timelinePages = rendered.text.split('\f').filter((p) => p.includes('skrev et notat (nr.'));
    expect(timelinePages.length).toBeGreaterThan(15);
    for (const p of timelinePages) expect(p).toMatch(/Nr\.\s+Tidspunkt \/ hash\s+Utført av\s+Hendelse/);
  });
});
