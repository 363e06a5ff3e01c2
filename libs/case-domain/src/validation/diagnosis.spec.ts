import { findDiagnosis } from './diagnosis';

describe('findDiagnosis', () => {
  it.each([
    'Diagnose: depresjon',
    'diagnose : utbrenthet',
    'Diagnosen: angst',
    'Diagnosis: burnout',
    'Diagnosekode F32',
    'diagnose F32.1 ifølge sykmeldingen',
    'diagnosen er satt til F43',
    'ICD-10: M54.5',
    'ICD-10 F32.1',
    'ICD F41',
    'ICPC-2 P76',
    'icpc-2 l03',
    'Kode P76 på sykmeldingen',
    'Sykmeldt med F32.1 fra fastlegen', // a subdivided ICD-10 code needs no context
    'Ny sykmelding, M54.5, 50 %',
  ])('finds a diagnosis in %p', (text) => {
    expect(findDiagnosis(text)).toEqual(expect.any(String));
  });

  it.each([
    'Møte i rom A12 kl. 10',
    'rom A12',
    'møte 3',
    'dialogmøte 2 holdt på Teams',
    'Kjørte E18 til Drammen',
    'Dørkode A12 er byttet',
    'Koden til rom A12 er byttet', // "kode" counts only right before the code
    'Ingen diagnose er oppgitt. Møtet var i rom B12.', // another sentence
    'Arbeidsgiver skal ikke lagre diagnose',
    'Diagnosen er ikke kjent for arbeidsgiver',
    'Avtalt oppfølging fra 2026-03-01, versjon 2.1',
    'Skjema NAV 08-07.04 sendt',
    'Tiltak B12 og C14 i handlingsplanen',
    'Kl. 10.30 i møterom U12.1', // U is not an ICD-10 chapter
    'Budsjett 12.5 timer',
    '',
  ])('passes %p', (text) => {
    expect(findDiagnosis(text)).toBeUndefined();
  });

  it('says why', () => {
    expect(findDiagnosis('ICD-10: F32.1')).toBe('"F32.1" is a diagnosis code (after "icd-10")');
    expect(findDiagnosis('Diagnose: angst')).toBe('the label "Diagnose:" introduces a diagnosis');
  });
});
