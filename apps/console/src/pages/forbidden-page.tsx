import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../layout/page-title';

export function ForbiddenPage() {
  usePageTitle('Ingen tilgang');
  return (
    <>
      <Heading level={1} data-size="md">
        Ingen tilgang
      </Heading>
      <Paragraph>Rollen din gir ikke tilgang til denne siden.</Paragraph>
    </>
  );
}
