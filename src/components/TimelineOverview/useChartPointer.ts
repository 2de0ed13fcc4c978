import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { laneAt, nearestMark, type OverviewLayout } from '@site/src/timeline/overview/layout';
import type { PointerHandlers } from './Chart';

/** Movement (px) below which a press is a click or a tap, not a drag. */
const DRAG_THRESHOLD = 6;
/** How near (px) a pointer must be to a mark to point at it: a fingertip is wider than a cursor. */
const TOLERANCE = { mouse: 10, other: 20 } as const;

export interface PointedMark {
  readonly id: string;
  /** Set by a tap, which has no hover: the next tap on the same mark activates it. */
  readonly isPinned: boolean;
  readonly isTouch: boolean;
}

export interface ChartPointer {
  readonly handlers: PointerHandlers;
  /** The span being dragged, as fractions of the width. */
  readonly brush: readonly [number, number] | null;
  readonly pointed: PointedMark | null;
}

interface Press {
  readonly pointerId: number;
  readonly startX: number;
  readonly startFraction: number;
  isDragging: boolean;
}

function locate(event: PointerEvent<SVGSVGElement>) {
  const box = event.currentTarget.getBoundingClientRect();
  const x = event.clientX - box.left;
  return { x, fraction: box.width > 0 ? Math.min(1, Math.max(0, x / box.width)) : 0, y: event.clientY - box.top, width: box.width };
}

/**
 * Pointer input on the overview: drag across it to choose a span; point at a mark (hover with a
 * mouse, tap on a touch screen) to see what it is; click it, or tap it again, to activate it.
 * Keyboard users have the year inputs and the list, which this only mirrors.
 */
export function useChartPointer(
  layout: OverviewLayout,
  onSpan: (startFraction: number, endFraction: number) => void,
  /** Shows the mark's event; false when it cannot (the filters hide it), and the label stays. */
  onActivate: (id: string) => boolean,
): ChartPointer {
  const press = useRef<Press | null>(null);
  const tap = useRef<{ readonly id: string | undefined; readonly isTouch: boolean } | null>(null);
  const [brush, setBrush] = useState<readonly [number, number] | null>(null);
  const [pointed, setPointed] = useState<PointedMark | null>(null);
  const svg = useRef<SVGSVGElement | null>(null);

  // A pinned label closes when the reader taps anywhere else on the page.
  useEffect(() => {
    if (!pointed?.isPinned) return;
    const close = (event: globalThis.PointerEvent) => {
      if (!svg.current?.contains(event.target as Node)) setPointed(null);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [pointed]);

  function markAt(event: PointerEvent<SVGSVGElement>) {
    const { fraction, y, width } = locate(event);
    const tolerance = event.pointerType === 'mouse' ? TOLERANCE.mouse : TOLERANCE.other;
    return nearestMark(layout, laneAt(layout, y), fraction, width, tolerance)?.id;
  }

  const handlers: PointerHandlers = {
    onPointerDown(event) {
      if (!event.isPrimary || event.button !== 0) return;
      // No compatibility mousedown: after a tap it would arrive once the tap has moved focus to
      // the event in the list, and take focus back to the page.
      event.preventDefault();
      svg.current = event.currentTarget;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const { x, fraction } = locate(event);
      press.current = { pointerId: event.pointerId, startX: x, startFraction: fraction, isDragging: false };
    },
    onPointerMove(event) {
      const current = press.current;
      if (current?.pointerId === event.pointerId) {
        const { x, fraction } = locate(event);
        if (!current.isDragging && Math.abs(x - current.startX) < DRAG_THRESHOLD) return;
        current.isDragging = true;
        setPointed(null);
        setBrush([current.startFraction, fraction]);
      } else if (event.pointerType === 'mouse' && !pointed?.isPinned) {
        const id = markAt(event);
        if (id !== pointed?.id) setPointed(id === undefined ? null : { id, isPinned: false, isTouch: false });
      }
    },
    onPointerUp(event) {
      const current = press.current;
      if (current?.pointerId !== event.pointerId) return;
      press.current = null;
      if (current.isDragging) {
        setBrush(null);
        onSpan(current.startFraction, locate(event).fraction);
        return;
      }
      // Acted on in the click that follows: acting now would scroll the page under the finger,
      // and a tap's click would then land on whatever moved there (a link in the list).
      tap.current = { id: markAt(event), isTouch: event.pointerType !== 'mouse' };
    },
    onClick() {
      const current = tap.current;
      tap.current = null;
      if (!current) return;
      const { id, isTouch } = current;
      if (id !== undefined && (!isTouch || (pointed?.id === id && pointed.isPinned)) && onActivate(id)) {
        // The page scrolled away to the event: a label left behind would be stale when it returns.
        setPointed(null);
      } else {
        setPointed(id === undefined ? null : { id, isPinned: isTouch, isTouch });
      }
    },
    onPointerCancel() {
      press.current = null;
      tap.current = null;
      setBrush(null);
    },
    onPointerLeave(event) {
      if (event.pointerType === 'mouse' && !press.current && !pointed?.isPinned) setPointed(null);
    },
  };

  return { handlers, brush, pointed };
}
