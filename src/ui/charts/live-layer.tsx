/**
 * The live layer's drawing (see live-plot.tsx for why it exists): grid, tick labels, bands,
 * areas (a line's 90 % band), rules, lines, markers and the hover and keyboard readout, in a plot box given in pixels. It
 * needs no recharts, so it also draws the plot's preview (plot-preview.tsx), which comes with the
 * page before recharts has loaded.
 */
import {
  useContext,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
} from 'react';
import { bisectCenter } from 'd3-array';
import { pixelScale } from '../../charts/data/axis';
import { Band, RuleLabel, RuleLine } from './live-plot-annotations';
import {
  ActiveRow,
  ActiveSample,
  AreaPath,
  BarShape,
  HatchPattern,
  LinePath,
  type PlotBox,
} from './live-plot-parts';
import { AxisTicks, Grid } from './live-plot-axes';
import { LivePlotContext } from './live-plot-context';

/**
 * The drawing itself. A component of its own so that a slider move (a new context value)
 * re-renders only this, without running recharts' plot-area selectors again.
 */
export function LiveLayer({
  box,
  preview = false,
}: {
  readonly box: PlotBox;
  /**
   * Only the shapes that survive a horizontal stretch (plot-preview.tsx): the grid, bands,
   * rules and lines; no text, markers or readout.
   */
  readonly preview?: boolean;
}): ReactElement | null {
  const data = useContext(LivePlotContext);
  const clipId = `live-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [active, setActive] = useState<number | null>(null);
  // The builders describe each axis afresh on every move; the scales are rebuilt only when an
  // axis' kind or domain (or the plot) changes, so the memoised grid, ticks and lines can skip
  // re-rendering on most slider moves.
  const { x: left, y: top, width, height } = box;
  const xKind = data?.xAxis.kind;
  const [x0, x1] = data?.xAxis.domain ?? [0, 1];
  const yKind = data?.yAxis.kind;
  const [y0, y1] = data?.yAxis.domain ?? [0, 1];
  const xScale = useMemo(
    () => (xKind ? pixelScale(xKind, [x0, x1], [left, left + width]) : null),
    [xKind, x0, x1, left, width],
  );
  const yScale = useMemo(
    () => (yKind ? pixelScale(yKind, [y0, y1], [top + height, top]) : null),
    [yKind, y0, y1, top, height],
  );
  if (data === null || xScale === null || yScale === null) return null;
  const xPixels = data.xs.map(xScale);
  // Rows (the tornado) are picked by y; everything else by x.
  const rowPixels = data.sampleYs?.map(yScale) ?? null;
  const activeX = active === null ? null : (xPixels[active] ?? null);
  const activeRow = active === null || rowPixels === null ? null : (rowPixels[active] ?? null);
  const focusIndex = Math.min(Math.max(0, active ?? data.startIndex), data.xs.length - 1);
  const rules = data.rules.flatMap((rule) => {
    const position = (rule.axis === 'y' ? yScale : xScale)(rule.value);
    return position === null ? [] : [{ rule, position }];
  });

  function show(index: number): void {
    if (data === null) return;
    setActive(index);
    data.onReadout({
      index,
      left: xPixels[index] ?? left,
      top: rowPixels === null ? top : (rowPixels[index] ?? top),
      middle: left + width / 2,
    });
  }

  function pointAt(event: PointerEvent<SVGRectElement>): void {
    if (data === null) return;
    const svg = event.currentTarget.ownerSVGElement;
    const svgBox = svg?.getBoundingClientRect();
    if (rowPixels !== null) {
      // Rows run top to bottom, so their pixels ascend as bisectCenter needs.
      const pixels = rowPixels.map((pixel) => pixel ?? Number.NaN);
      if (pixels.length > 0) show(bisectCenter(pixels, event.clientY - (svgBox?.top ?? 0)));
      return;
    }
    const pixels = xPixels.map((pixel) => pixel ?? Number.NaN);
    if (pixels.length > 0) show(bisectCenter(pixels, event.clientX - (svgBox?.left ?? 0)));
  }

  // Arrow keys step through the samples, Page Up / Down by tenths, Home / End to the ends.
  function step(event: KeyboardEvent<SVGRectElement>): void {
    if (data === null) return;
    const last = data.xs.length - 1;
    const from = active ?? data.startIndex;
    const jump = Math.max(1, Math.round(last / 10));
    const moves: Record<string, number> = {
      ArrowRight: from + 1,
      // Rows are listed top first, so Down goes to the next row.
      ArrowUp: rowPixels === null ? from + 1 : from - 1,
      ArrowLeft: from - 1,
      ArrowDown: rowPixels === null ? from - 1 : from + 1,
      PageUp: from + jump,
      PageDown: from - jump,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    show(Math.min(last, Math.max(0, next)));
  }

  function leave(): void {
    setActive(null);
    data?.onReadout(null);
  }

  const lines = (
    <g clipPath={`url(#${clipId})`}>
      {data.areas?.map((area) => (
        <AreaPath key={area.key} area={area} xScale={xScale} yScale={yScale} />
      ))}
      {rules.map(({ rule, position }) => (
        <RuleLine key={rule.key} rule={rule} position={position} plot={box} />
      ))}
      {data.lines.map((line) => (
        <LinePath key={line.key} line={line} xPixels={xPixels} yScale={yScale} />
      ))}
    </g>
  );
  const hatchId = `${clipId}-hatch`;
  const hasHatch = data.bars?.some((bar) => bar.hatch === true) ?? false;
  const clip = (
    <defs>
      <clipPath id={clipId}>
        <rect x={left} y={top} width={width} height={height} />
      </clipPath>
      {hasHatch && <HatchPattern id={hatchId} />}
    </defs>
  );
  const bars = (preview: boolean) =>
    data.bars?.map((bar) => (
      <BarShape
        key={bar.key}
        bar={bar}
        xScale={xScale}
        yScale={yScale}
        plot={box}
        hatchId={hatchId}
        preview={preview}
      />
    ));
  const grid = (
    <Grid xAxis={data.xAxis} yAxis={data.yAxis} xScale={xScale} yScale={yScale} plot={box} />
  );
  const bands = data.bands?.map((band) => (
    <Band key={band.key} band={band} yScale={yScale} plot={box} />
  ));
  if (preview) {
    return (
      <g className="chart-live">
        {clip}
        {grid}
        {bands}
        {bars(true)}
        {lines}
      </g>
    );
  }

  return (
    <g className="chart-live">
      {clip}
      {grid}
      {bands}
      <AxisTicks axis={data.xAxis} scale={xScale} side="x" plot={box} />
      <AxisTicks axis={data.yAxis} scale={yScale} side="y" plot={box} />
      {bars(false)}
      {lines}
      {rules.map(({ rule, position }) => (
        <RuleLabel key={rule.key} rule={rule} position={position} plot={box} />
      ))}
      {activeRow !== null && <ActiveRow y={activeRow} plot={box} />}
      {activeX !== null && active !== null && rowPixels === null && (
        <ActiveSample lines={data.lines} index={active} x={activeX} yScale={yScale} plot={box} />
      )}
      {data.markers.map((marker) => {
        const x = xScale(marker.x);
        const y = yScale(marker.y);
        if (x === null || y === null) return null;
        const Shape = marker.shape;
        return <Shape key={marker.key} cx={x} cy={y} />;
      })}
      {/* Last, so it receives the pointer over everything drawn above; fill none with pointer
          events "all" keeps it invisible, also in exported pictures. For the keyboard it is a
          slider over the samples, so screen readers announce the values at each step. */}
      <rect
        className="chart-live__hover"
        x={left}
        y={top}
        width={width}
        height={height}
        fill="none"
        pointerEvents="all"
        tabIndex={0}
        role="slider"
        aria-label={data.label}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, data.xs.length - 1)}
        aria-valuenow={focusIndex}
        aria-valuetext={data.describeSample(focusIndex)}
        onPointerMove={pointAt}
        onPointerDown={pointAt}
        onPointerLeave={leave}
        onKeyDown={step}
        onFocus={() => show(focusIndex)}
        onBlur={leave}
      />
    </g>
  );
}
