/** For saved comparisons: the day it was saved, said as such so that it is never read as the story's date. */
export function SavedOn({ savedOn }: { savedOn?: string }) {
  if (!savedOn) return null;
  return (
    <p className="mb-2 text-sm text-stone-600 dark:text-stone-400" data-saved-on={savedOn}>
      Comparison saved on <time dateTime={savedOn}>{savedOn.slice(0, 10)}</time> (an unlisted link: only
      people who have it can open it)
    </p>
  );
}
