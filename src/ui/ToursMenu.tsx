/**
 * The tours menu: its button is part of the first render; its body (tours, the user's own tour and
 * its editor) loads when the menu is first opened, and stays mounted after, so what is typed in it
 * survives closing the menu to move the map.
 */
import { lazy, Suspense, useState } from 'react';
import { strings } from './strings.ts';
import type { ToursMenuProps } from './tours/ToursMenuBody.tsx';

const ToursMenuBody = lazy(() => import('./tours/ToursMenuBody.tsx').then((module) => ({ default: module.ToursMenuBody })));

export function ToursMenu(props: ToursMenuProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="tool-menu" data-menu="tours" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="tool-button" data-testid="tours-menu">
        {strings(props.lang).toursHeading}
      </summary>
      {opened && (
        <Suspense fallback={<div className="menu-body tours-menu" aria-busy="true" />}>
          <ToursMenuBody {...props} />
        </Suspense>
      )}
    </details>
  );
}
