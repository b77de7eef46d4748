const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-10` → `October 2024`, `2024-10-28` → `28 October 2024`. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  return [day ? String(Number(day)) : '', monthName, year].filter(Boolean).join(' ');
}
