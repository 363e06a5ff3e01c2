import { Alert, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { FACTOR_LABELS_NB, RISK_FACTORS } from '../api/codes';
import { minPosition } from '../api/positions';
import { keys } from '../api/queries';
import type { FactorFigures, RiskRegister } from '../api/types';
import { problemMessage } from '../labels/errors';
import { usePageTitle } from '../layout/page-title';

/** The systematic HSE work's view: risks per unit and § 4-3 factor, with no names or free text. */
export default function RiskRegisterPage() {
  usePageTitle('Risikoregister');
  const register = useQuery({
    queryKey: keys.riskRegister,
    queryFn: () => api<RiskRegister>('GET', '/api/risk-register', { query: { minPosition: minPosition() } }),
  });

  return (
    <>
      <Heading level={1} data-size="md">
        Risikoregister
      </Heading>
      <Paragraph>
        Psykososiale risikoer per enhet og faktor i arbeidsmiljøloven § 4-3, med tiltak og effekt. Tallene viser ingen navn. Enheter med færre enn{' '}
        {register.data?.minCases ?? 'et visst antall'} saker vises ikke, slik at ingen kan gjenkjennes.
      </Paragraph>
      {register.isPending ? (
        <Spinner aria-label="Henter risikoregisteret" />
      ) : register.isError ? (
        <Alert data-color="danger">{problemMessage(register.error)}</Alert>
      ) : register.data.units.length === 0 ? (
        <Paragraph>Ingen enheter er registrert.</Paragraph>
      ) : (
        <>
          <p className="legend" aria-hidden="true">
            Farge: <span className="heat heat--high legend__chip">høy</span> <span className="heat heat--medium legend__chip">middels</span>{' '}
            <span className="heat heat--low legend__chip">lav</span> høyeste alvorlighet i cellen.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Risikoregister, tabell">
            <Table border data-size="sm" className="heatmap">
              <caption className="visually-hidden">Risikoer per enhet og faktor</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
                  {RISK_FACTORS.map((factor) => (
                    <Table.HeaderCell scope="col" key={factor}>
                      {FACTOR_LABELS_NB[factor]}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {register.data.units.map((unit) => (
                  <Table.Row key={unit.unitId}>
                    <Table.HeaderCell scope="row">
                      {unit.unitName ?? 'Uten navn'}
                      <div className="cell-sub">{unit.suppressed ? 'Skjult: for få saker' : `${unit.cases} ${unit.cases === 1 ? 'sak' : 'saker'}`}</div>
                    </Table.HeaderCell>
                    {unit.suppressed ? (
                      <Table.Cell colSpan={RISK_FACTORS.length} className="heat heat--none">
                        Skjult: for få saker
                      </Table.Cell>
                    ) : (
                      RISK_FACTORS.map((factor) => <HeatCell key={factor} figures={unit.factors.find((f) => f.factor === factor)} />)
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </>
  );
}

function HeatCell({ figures }: { figures: FactorFigures | undefined }) {
  if (!figures || figures.risks.total === 0) {
    return <Table.Cell className="heat heat--none">Ingen risikoer</Table.Cell>;
  }
  const { low, medium, high, total } = figures.risks;
  const level = high > 0 ? 'high' : medium > 0 ? 'medium' : 'low';
  const parts = [high && `${high} høy`, medium && `${medium} middels`, low && `${low} lav`].filter(Boolean).join(', ');
  const measures = figures.actions.open + figures.actions.completed;
  const effective = figures.effects.effective + figures.effects.partly_effective;
  return (
    <Table.Cell className={`heat heat--${level}`}>
      <strong>
        {total} {total === 1 ? 'risiko' : 'risikoer'}
      </strong>
      <span>Alvorlighet: {parts}</span>
      <div className="cell-sub-dark">
        {measures === 0 ? 'Ingen tiltak' : `${measures} tiltak, ${figures.actions.completed} fullført`}
        {figures.actions.completed > 0 ? `, ${effective} med effekt` : ''}
      </div>
    </Table.Cell>
  );
}
