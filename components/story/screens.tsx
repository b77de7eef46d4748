import type { OutletSummaryView, ScreenData } from '@/lib/view/types';
import { OutletArticle } from './outlet-article';
import { Overview } from './overview';
import { SideBySide } from './side-by-side';
import { StoryHeader } from './story-header';
import { WireView } from './wire-view';

function Header({
  data,
  current,
  outletId,
}: {
  data: ScreenData;
  current: 'side-by-side' | 'outlet' | 'wire';
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
      firstOutletId={outletId ?? data.view.outlets[0]?.id}
    />
  );
}

/** The default view: overview, then the wire and every derived version side by side. */
export function SideBySideScreen({ data }: { data: ScreenData }) {
  return (
    <>
      <Header data={data} current="side-by-side" />
      <Overview view={data.view} basePath={data.basePath} onSideBySide />
      <SideBySide view={data.view} agency={data.agency} basePath={data.basePath} />
    </>
  );
}

/** One version's article as published, every sentence marked. */
export function OutletScreen({ data, outlet }: { data: ScreenData; outlet: OutletSummaryView }) {
  return (
    <>
      <Header data={data} current="outlet" outletId={outlet.id} />
      <Overview view={data.view} basePath={data.basePath} />
      <OutletArticle view={data.view} outlet={outlet} basePath={data.basePath} />
    </>
  );
}

/** The wire text, sentence by sentence, with what the versions did with it. */
export function WireScreen({ data }: { data: ScreenData }) {
  return (
    <>
      <Header data={data} current="wire" />
      <Overview view={data.view} basePath={data.basePath} />
      <WireView view={data.view} basePath={data.basePath} />
    </>
  );
}
