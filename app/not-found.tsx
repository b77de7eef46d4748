import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        There is no story or comparison at this address. It may have been renamed, or the link was cut off
        when it was copied.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-sky-700 underline dark:text-sky-400">
          See all stories
        </Link>
      </p>
    </div>
  );
}
