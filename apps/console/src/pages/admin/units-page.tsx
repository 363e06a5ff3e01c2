import { Heading } from '@digdir/designsystemet-react';

export default function Page() {
  return (
    <Heading level={1} data-size="md">
      admin/units-page
    </Heading>
  );
}
