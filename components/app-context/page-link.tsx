import { createContext, useContext, type ReactNode } from 'react';
import { formatRoute, type PageRoute } from '../../lib/domain/page-route';

export type Surface = 'panel' | 'page';

const SurfaceContext = createContext<Surface>('panel');

export function SurfaceProvider({ surface, children }: { surface: Surface; children: ReactNode }) {
  return <SurfaceContext.Provider value={surface}>{children}</SurfaceContext.Provider>;
}

/**
 * A link into the full page. From the narrow side panel it opens the page in a new
 * tab; within the page it only changes the hash, so Back works.
 */
export function PageLink({
  route,
  children,
  className,
}: {
  route: PageRoute;
  children: ReactNode;
  className?: string;
}) {
  const surface = useContext(SurfaceContext);
  return surface === 'panel' ? (
    <a
      href={`/calls.html${formatRoute(route)}`}
      target="_blank"
      rel="noreferrer"
      className={className}
    >
      {children}
    </a>
  ) : (
    <a href={formatRoute(route)} className={className}>
      {children}
    </a>
  );
}
