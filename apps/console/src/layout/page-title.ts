import { useEffect } from 'react';

const APP_NAME = 'Arbeidsmiljøsaker';

/** Every route names itself in the browser's title: "<page> – Arbeidsmiljøsaker". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
