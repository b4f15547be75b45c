import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DamagedRecord, type DamagedTarget } from './damaged-record';
import './record-boundary.css';

export type { DamagedTarget } from './damaged-record';

interface Props {
  /** The record drawn inside: named in the notice, and deleted by its button. */
  target: DamagedTarget;
  /**
   * Fields already known to be damaged (see record-health): the notice shows at once,
   * without first trying to draw the record.
   */
  damaged?: readonly string[];
  /** A row in a list, or a whole screen (a call page). */
  variant?: 'row' | 'page';
  /** Called once the record is deleted, or, on a page, to leave it. */
  onLeave?: () => void;
  /**
   * The record as JSX, or a function returning it: a function runs inside the boundary, so
   * that what it computes while drawing (a date, a tally) is caught too.
   */
  children: ReactNode | (() => ReactNode);
}

/** Thrown while drawing a record found damaged, so that the boundary names its fields. */
export class DamagedRecordError extends Error {
  constructor(
    readonly fields: readonly string[],
    /** The record's own name (a call's title), when it has one to show. */
    readonly recordName?: string,
  ) {
    super(`Damaged record: ${fields.join(', ')}`);
    this.name = 'DamagedRecordError';
  }
}

interface State {
  error: Error | null;
}

function Draw({ draw }: { draw: () => ReactNode }) {
  return draw();
}

/**
 * One record that cannot be drawn (a date that is no date, a missing tally) shows as
 * damaged, with a way to delete it, instead of taking the whole screen down with it.
 */
export class RecordBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (error instanceof DamagedRecordError) return;
    console.error('Reciprocity Coach: a damaged record was not shown', error, info.componentStack);
  }

  override render(): ReactNode {
    const { target, damaged, variant = 'row', onLeave, children } = this.props;
    if (this.state.error || (damaged && damaged.length > 0)) {
      return (
        <DamagedRecord
          target={
            this.state.error instanceof DamagedRecordError && target.kind === 'call'
              ? { ...target, title: this.state.error.recordName }
              : target
          }
          fields={
            damaged && damaged.length > 0
              ? damaged
              : this.state.error instanceof DamagedRecordError
                ? this.state.error.fields
                : []
          }
          variant={variant}
          {...(onLeave ? { onLeave } : {})}
        />
      );
    }
    return typeof children === 'function' ? <Draw draw={children} /> : children;
  }
}
