import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../layout/page-title';

export function NotFoundPage() {
  usePageTitle('Fant ikke siden');
  return (
    <>
      <Heading level={1} data-size="md">
        Fant ikke siden
      </Heading>
      <Paragraph>
        Adressen finnes ikke.{' '}
        <Link asChild>
          <RouterLink to="/">Gå til forsiden</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
