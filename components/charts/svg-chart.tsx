/**
 * Draws a chart model from lib/dashboard as inline SVG on the server (no client script): series filled and
 * patterned as SERIES_STYLE says, every shape with a <title> for pointer users, the model's description as the
 * SVG's accessible description and as a visible caption, a legend, and the figures as a table (children).
 */
import { useId } from 'react';
import type { ChartModel, ChartSeries } from '@/lib/dashboard/chart-model';
import { DASHBOARD_CONFIG } from '@/lib/dashboard/config';
import { SERIES_STYLE } from './series-style';

type Styled = Exclude<ChartSeries, 'axis'>;

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(Object.keys(SERIES_STYLE) as Styled[]).map((series) => {
        const style = SERIES_STYLE[series];
        if (style.pattern === 'solid') return null;
        return (
          <pattern
            key={series}
            id={`${prefix}-${series}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={style.pattern === 'hatch' ? 'rotate(45)' : undefined}
          >
            <rect width="6" height="6" className={style.fill} />
            {style.pattern === 'hatch' ? (
              <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2" className={style.mark ?? ''} />
            ) : (
              <circle cx="3" cy="3" r="1.2" className={style.mark ?? ''} />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

/** The fill attribute and classes for a series: its pattern, or its solid class. */
function paint(series: ChartSeries, prefix: string): { fill?: string; className: string } {
  if (series === 'axis') return { className: 'fill-current' };
  const style = SERIES_STYLE[series];
  return style.pattern === 'solid'
    ? { className: style.fill }
    : { fill: `url(#${prefix}-${series})`, className: '' };
}

/** A legend swatch: the series' fill and pattern in a small square. */
export function Swatch({ series }: { series: Styled }) {
  const prefix = useId().replace(/:/g, '');
  const { fill, className } = paint(series, prefix);
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="inline-block h-3 w-3 align-[-1px]">
      <Patterns prefix={prefix} />
      {series === 'version' ? (
        <line
          x1="6"
          y1="0"
          x2="6"
          y2="12"
          strokeWidth="2"
          strokeDasharray="3 2"
          className="stroke-violet-700 dark:stroke-violet-300"
        />
      ) : (
        <rect
          width="12"
          height="12"
          fill={fill}
          className={`${className} stroke-stone-500`}
          strokeWidth="0.5"
        />
      )}
    </svg>
  );
}

export function SvgChart({ chart, children }: { chart: ChartModel; children?: React.ReactNode }) {
  const prefix = useId().replace(/:/g, '');
  return (
    <figure className="mt-3" data-chart={chart.title}>
      {/* Below three quarters of its drawing size the labels get too small to read: the chart scrolls instead. */}
      <div className="max-w-3xl overflow-x-auto">
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="img"
          aria-labelledby={`${prefix}-title ${prefix}-desc`}
          style={{ minWidth: `${Math.round(chart.width * 0.75)}px` }}
          className="h-auto w-full text-stone-700 dark:text-stone-300"
        >
          <title id={`${prefix}-title`}>{chart.title}</title>
          <desc id={`${prefix}-desc`}>{chart.description}</desc>
          <Patterns prefix={prefix} />
          {chart.lines.map((line, i) => (
            <line
              key={`l${i}`}
              {...{ x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 }}
              strokeWidth={line.series === 'version' ? 1.5 : 1}
              strokeDasharray={line.series === 'version' ? '4 3' : undefined}
              className={
                line.series === 'version'
                  ? 'stroke-violet-700 dark:stroke-violet-300'
                  : 'stroke-stone-200 dark:stroke-stone-700'
              }
            />
          ))}
          {chart.rects.map((rect, i) => (
            <rect
              key={`r${i}`}
              {...{ x: rect.x, y: rect.y, width: rect.width, height: rect.height }}
              {...paint(rect.series, prefix)}
            >
              <title>{rect.label}</title>
            </rect>
          ))}
          {chart.circles.map((circle, i) => (
            <circle
              key={`c${i}`}
              {...{ cx: circle.cx, cy: circle.cy, r: circle.r }}
              {...paint(circle.series, prefix)}
              strokeWidth="1.5"
              stroke="currentColor"
            >
              <title>{circle.label}</title>
            </circle>
          ))}
          {chart.texts.map((text, i) => (
            <text
              key={`t${i}`}
              x={text.x}
              y={text.y}
              textAnchor={text.anchor}
              fontSize={DASHBOARD_CONFIG.chart.fontSize}
              className={text.series === 'version' ? 'fill-violet-800 dark:fill-violet-200' : 'fill-current'}
            >
              {text.text}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className="mt-1 max-w-3xl text-sm text-stone-700 dark:text-stone-300">
        {chart.legend.some((s) => s !== 'count') && (
          <span className="mb-1 flex flex-wrap gap-3" aria-label="Legend">
            {chart.legend
              .filter((s): s is Styled => s !== 'axis')
              .map((series) => (
                <span key={series} className="inline-flex items-center gap-1">
                  <Swatch series={series} /> {SERIES_STYLE[series].label}
                </span>
              ))}
          </span>
        )}
        {chart.description}
      </figcaption>
      {children}
    </figure>
  );
}
