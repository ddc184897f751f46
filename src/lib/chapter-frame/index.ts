/**
 * The chapter frame every chapter follows (STYLE.md): front matter, a version
 * line, goals, 정리, a quiz or task, and 참고 자료 with primary sources.
 * Works on the MDX source; the rendered admonition is checked over the build.
 */
export interface FrameProblem {
  readonly rule: string;
  readonly message: string;
}

export const GOALS_ADMONITION = ':::info[이 장을 마치면]';
const VERSION_LINE = /<p className="version-line">[^<]*기준 · \d{4}년 \d{1,2}월 확인<\/p>/;

export function frontMatterOf(source: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  const fields: Record<string, string> = {};
  if (!match) return fields;
  for (const line of match[1]!.split('\n')) {
    const field = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (field) fields[field[1]!] = field[2]!.replace(/^['"]|['"]$/g, '').trim();
  }
  return fields;
}

/** The text of a `## heading` section, up to the next `## ` heading. */
export function sectionOf(source: string, heading: string): string | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex(
    (line) => line.replace(/\s*\{\/\*.*\*\/\}\s*$/, '').trim() === `## ${heading}`,
  );
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

export function checkChapterFrame(source: string): FrameProblem[] {
  const problems: FrameProblem[] = [];
  const add = (rule: string, message: string) => problems.push({rule, message});
  const front = frontMatterOf(source);
  if (!front.title) add('title', 'front matter has no title');
  if (!front.description) add('description', 'front matter has no description');
  if (!VERSION_LINE.test(source)) {
    add(
      'version-line',
      'no version line like <p className="version-line">Docker Engine 29 기준 · 2026년 11월 확인</p>',
    );
  }
  if (!source.includes(GOALS_ADMONITION))
    add('goals', `no "${GOALS_ADMONITION}" admonition (bracketed title)`);
  if (sectionOf(source, '정리') === undefined) add('summary', 'no "## 정리" section');
  const hasQuiz = /<Quiz\s/.test(source);
  const hasTask = sectionOf(source, '확인 과제') !== undefined || /<Playground\s/.test(source);
  if (!hasQuiz && !hasTask)
    add('quiz', 'no quiz (<Quiz …/>) or task ("## 확인 과제" / <Playground …/>)');
  const references = sectionOf(source, '참고 자료');
  if (references === undefined) {
    add('references', 'no "## 참고 자료" section');
  } else {
    const links = references.match(/\]\(https?:\/\/[^)\s]+\)/g) ?? [];
    if (links.length < 2)
      add(
        'references',
        `"## 참고 자료" has ${links.length} link(s); at least 2 primary sources are needed`,
      );
  }
  return problems;
}
