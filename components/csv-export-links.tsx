/** The German Excel variant of a CSV download: the same address with `dialect=excel-de`. */
export function excelDeHref(href: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}dialect=excel-de`;
}

const LINK = 'text-sky-800 underline dark:text-sky-300';

/**
 * A CSV download and, beside it, the same table for German Excel, which splits on semicolons and reads decimal
 * commas (lib/text/csv.ts): every CSV link in the views is one of these.
 */
export function CsvExportLinks({ href, label, title }: { href: string; label: string; title?: string }) {
  return (
    <>
      <a href={href} download title={title} className={LINK}>
        {label}
      </a>{' '}
      <span className="whitespace-nowrap">
        (
        <a
          href={excelDeHref(href)}
          download
          title="Semicolons and decimal commas, as German Excel reads a CSV file"
          className={LINK}
        >
          for German Excel
        </a>
        )
      </span>
    </>
  );
}
