import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listStorySlugs, loadStory } from '@/lib/content/load-stories';

export const dynamicParams = false;

export function generateStaticParams() {
  return listStorySlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/stories/[slug]'>): Promise<Metadata> {
  const story = loadStory((await params).slug);
  return story ? { title: story.meta.title } : {};
}

export default async function StoryPage({ params }: PageProps<'/stories/[slug]'>) {
  const story = loadStory((await params).slug);
  if (!story) notFound();
  return (
    <article>
      <h1 lang="de" className="text-2xl font-semibold">
        {story.meta.title}
      </h1>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-label="Wire text">
          <h2 className="font-semibold">Wire ({story.meta.agency})</h2>
          <p lang="de" className="mt-2 whitespace-pre-wrap">
            {story.wireText}
          </p>
        </section>
        {story.outlets.map((outlet) => (
          <section key={outlet.id} aria-label={outlet.name} data-outlet={outlet.id}>
            <h2 className="font-semibold">{outlet.name}</h2>
            <p lang="de" className="mt-2 whitespace-pre-wrap">
              {outlet.text}
            </p>
          </section>
        ))}
      </div>
    </article>
  );
}
