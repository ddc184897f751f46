// Korean date formats, made on first use. Building an `Intl.DateTimeFormat` for ko-KR loads the
// locale's data: 34–44 ms at 1× CPU here, a 140–180 ms long task on Lighthouse's 4× phone. Made
// at module scope in the quiz, it ran while every chapter with a quiz started, before anything
// needed a date (docs-dev/performance.md).

export type KoreanDateStyle = 'medium' | 'long';

const formats = new Map<KoreanDateStyle, Intl.DateTimeFormat>();

/** `2026. 12. 4.` (medium) or `2026년 12월 4일` (long) for an ISO time stamp. */
export function formatKoreanDate(iso: string, style: KoreanDateStyle): string {
  let format = formats.get(style);
  if (!format) {
    format = new Intl.DateTimeFormat('ko-KR', {dateStyle: style});
    formats.set(style, format);
  }
  return format.format(new Date(iso));
}
