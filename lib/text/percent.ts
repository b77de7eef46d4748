/** 0.4567 → `46 %`: the one way Wiretrace writes a share, in sentences, the CLI and the pages. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
