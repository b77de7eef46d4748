import { pageCount } from '@/lib/view/row-pages';
import type { OutletSummaryView, ScreenData } from '@/lib/view/types';
import { OutletArticle } from './outlet-article';
import { Overview } from './overview';
import { SideBySide } from './side-by-side';
import { StoryHeader, type StoryViewName } from './story-header';
import { WireView } from './wire-view';

function Header({
  data,
  current,
  outletId,
}: {
  data: ScreenData;
  current: StoryViewName;
  outletId?: string;
}) {
  return (
    <StoryHeader
      title={data.title}
      date={data.date}
      agency={data.agency}
      versions={data.view.outlets.length}
      basePath={data.basePath}
      exportHref={data.exportHref}
      current={current}
      // The outlet tab opens the most derived version first, like the side-by-side columns.
      firstOutletId={outletId ?? data.view.defaultColumns[0] ?? data.view.outlets[0]?.id}
      outletId={outletId}
      partial={
        current === 'outlet'
          ? (data.view.articleParts[outletId ?? '']?.starts.length ?? 1) > 1
          : pageCount(data.view.paging) > 1
      }
    />
  );
}

/** What every screen is given: its data, the part of a long comparison to show, and what stands above it. */
interface ScreenProps {
  data: ScreenData;
  /** The part to show (`?rows=`, row-pages.ts; `?part=` of the article on the outlet view); all when not given. */
  page?: number;
  children?: React.ReactNode;
}

/** The overview: each version's verdict and figures, and the heat map of wire sentences by version. */
export function OverviewScreen({ data, page, children }: ScreenProps) {
  return (
    <>
      <Header data={data} current="overview" />
      {children}
      <Overview view={data.view} basePath={data.basePath} page={page} />
    </>
  );
}

/** The default view: the wire and every derived version side by side, nothing above the grid but its controls. */
export function SideBySideScreen({ data, page, children }: ScreenProps) {
  return (
    <>
      <Header data={data} current="side-by-side" />
      {children}
      <SideBySide view={data.view} agency={data.agency} basePath={data.basePath} page={page} />
    </>
  );
}

/** One version's article as published, every sentence marked. */
export function OutletScreen({ data, outlet, page, children }: ScreenProps & { outlet: OutletSummaryView }) {
  return (
    <>
      <Header data={data} current="outlet" outletId={outlet.id} />
      {children}
      <OutletArticle view={data.view} outlet={outlet} basePath={data.basePath} part={page} />
    </>
  );
}

/** The wire text, sentence by sentence, with what the versions wrote of each. */
export function WireScreen({ data, page, children }: ScreenProps) {
  return (
    <>
      <Header data={data} current="wire" />
      {children}
      <WireView view={data.view} basePath={data.basePath} page={page} />
    </>
  );
}
