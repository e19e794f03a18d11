// Draws one frame of the figure, and repaints it in place: `paintFigure` sets the same
// elements' path data straight from an animation frame, without React rendering again.
// Every limb carries its name, whether it is near and working, and where its root (shoulder
// or hip) and end (wrist or ankle) are drawn, so browser tests can compare real positions.

import type { Ref } from 'react';
import type { Scenery } from '@/lib/content/types';
import { drawFigure, pointAttr, viewBoxOf, type DrawnLimb, type FigureView } from '@/lib/figure/draw';
import { sceneryShapes } from '@/lib/figure/scene';
import { mirrorIn, noPlace } from '@/lib/figure/scene';
import type { Box } from '@/lib/figure/skeleton';
import styles from './figure.module.css';

const PROP_CLASS: Record<string, string | undefined> = {
  floor: styles.floor,
  mat: styles.mat,
  cushion: styles.cushion,
};

export interface FigureSvgProps {
  readonly view: FigureView;
  readonly box: Box;
  readonly scenery?: readonly Scenery[];
  /** The text alternative, as a <title>; or the id of a visible caption. */
  readonly title?: string;
  readonly labelledBy?: string;
  readonly svgRef?: Ref<SVGSVGElement>;
  readonly className?: string;
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

function LimbPath({ limb, slot }: { limb: DrawnLimb; slot: string }) {
  return (
    <path
      className={styles.limb}
      data-slot={slot}
      data-limb={limb.limb}
      data-near={String(limb.near)}
      data-working={String(limb.working)}
      data-root={pointAttr(limb.root)}
      data-end={pointAttr(limb.end)}
      d={limb.d}
    />
  );
}

export function FigureSvg({ view, box, scenery = [], title, labelledBy, svgRef, className, data }: FigureSvgProps) {
  const drawn = drawFigure(view, box, scenery);
  const place = view.mirrored ? mirrorIn(box) : noPlace;
  const props = sceneryShapes(scenery, box, place);
  return (
    <svg
      ref={svgRef}
      role="img"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : title}
      viewBox={viewBoxOf(box)}
      className={`${styles.svg}${className ? ` ${className}` : ''}`}
      data-mirrored={String(view.mirrored)}
      data-near-side={view.nearSide}
      {...data}
    >
      {title && !labelledBy && <title>{title}</title>}
      {props.map((p, i) => (
        <path key={i} d={p.d} className={PROP_CLASS[p.kind] ?? styles.prop} data-prop={p.kind} />
      ))}
      <LimbPath limb={drawn.behind[0]} slot="behind-0" />
      <LimbPath limb={drawn.behind[1]} slot="behind-1" />
      <path className={styles.body} data-slot="torso" d={drawn.torso} />
      <path className={styles.body} data-slot="neck" d={drawn.neck} />
      <path className={styles.body} data-slot="head" d={drawn.head} />
      <LimbPath limb={drawn.front[0]} slot="front-0" />
      <LimbPath limb={drawn.front[1]} slot="front-1" />
      {drawn.strap !== null && <path className={styles.strap} data-slot="strap" d={drawn.strap} />}
    </svg>
  );
}

function set(el: Element | undefined, name: string, value: string) {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Repaints a drawn figure in place. The picture must have been rendered by FigureSvg with the
 * same box, scenery and side, so its parts are all there; only shapes and positions change.
 */
export function paintFigure(svg: SVGSVGElement, view: FigureView, box: Box, scenery: readonly Scenery[] = []) {
  const drawn = drawFigure(view, box, scenery);
  const slots = new Map<string, Element>();
  for (const el of svg.querySelectorAll('[data-slot]')) slots.set(el.getAttribute('data-slot') ?? '', el);
  const limbs: [string, DrawnLimb][] = [
    ['behind-0', drawn.behind[0]],
    ['behind-1', drawn.behind[1]],
    ['front-0', drawn.front[0]],
    ['front-1', drawn.front[1]],
  ];
  for (const [slot, limb] of limbs) {
    const el = slots.get(slot);
    set(el, 'd', limb.d);
    set(el, 'data-limb', limb.limb);
    set(el, 'data-working', String(limb.working));
    set(el, 'data-root', pointAttr(limb.root));
    set(el, 'data-end', pointAttr(limb.end));
  }
  set(slots.get('torso'), 'd', drawn.torso);
  set(slots.get('neck'), 'd', drawn.neck);
  set(slots.get('head'), 'd', drawn.head);
  if (drawn.strap !== null) set(slots.get('strap'), 'd', drawn.strap);
}
