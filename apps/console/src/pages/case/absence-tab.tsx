import { Heading } from '@digdir/designsystemet-react';

export default function Tab() {
  return (
    <Heading level={2} data-size="sm">
      absence-tab
    </Heading>
  );
}
