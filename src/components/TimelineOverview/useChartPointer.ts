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
  onActivate: (id: string) => void,
): ChartPointer {
  const press = useRef<Press | null>(null);
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
      const id = markAt(event);
      const isTouch = event.pointerType !== 'mouse';
      if (id !== undefined && (!isTouch || (pointed?.id === id && pointed.isPinned))) {
        // The page scrolls away to the event: a label left behind would be stale when it returns.
        setPointed(null);
        onActivate(id);
      } else {
        setPointed(id === undefined ? null : { id, isPinned: true, isTouch });
      }
    },
    onPointerCancel() {
      press.current = null;
      setBrush(null);
    },
    onPointerLeave(event) {
      if (event.pointerType === 'mouse' && !press.current && !pointed?.isPinned) setPointed(null);
    },
  };

  return { handlers, brush, pointed };
}
