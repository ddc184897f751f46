export interface GlossaryEntry {
  /** Stable id used by `<Term id="…">` and as the glossary page anchor. */
  readonly id: string;
  /** Korean term as the chapters use it. */
  readonly ko: string;
  /** English term. */
  readonly en: string;
  /** One or two sentences, 합니다체. */
  readonly definition: string;
  /** URL path of the chapter that explains it, e.g. `/docs/containers/namespaces`. */
  readonly chapter: string;
  /** Other spellings readers type into search (e.g. 씨그룹). */
  readonly aliases?: readonly string[];
}
