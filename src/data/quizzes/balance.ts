import type {QuizQuestion} from './types';

/** Guessing by position or by length must not pay off in a part's quizzes. */
export const MAX_SHARE = 0.35;

export interface BalanceReport {
  /** Share of the questions whose correct answer sits at each position (index 0 = first). */
  readonly positionShares: readonly number[];
  /** Share of the questions whose correct answer is the longest choice (ties count). */
  readonly longestShare: number;
  /** Prompts of the questions whose correct answer is the longest choice. */
  readonly longestPrompts: readonly string[];
  /** What breaks the rule, in words; empty when the questions are balanced. */
  readonly problems: readonly string[];
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Checks a part's questions: the correct answer sits in no position more than
 * {@link MAX_SHARE} of the time, and is the longest choice in at most that share.
 */
export function checkBalance(questions: readonly QuizQuestion[]): BalanceReport {
  const total = questions.length;
  const counts: number[] = [];
  const longestPrompts: string[] = [];
  for (const {prompt, choices, answer} of questions) {
    counts[answer] = (counts[answer] ?? 0) + 1;
    const longest = Math.max(...choices.map((choice) => choice.length));
    if (choices[answer]?.length === longest) longestPrompts.push(prompt);
  }
  const positionShares = Array.from(counts, (count) => (total ? (count ?? 0) / total : 0));
  const longestShare = total ? longestPrompts.length / total : 0;
  const problems: string[] = [];
  positionShares.forEach((share, position) => {
    if (share > MAX_SHARE)
      problems.push(`${position + 1}번째 선택지가 정답인 문제가 ${percent(share)}입니다.`);
  });
  if (longestShare > MAX_SHARE)
    problems.push(`정답이 가장 긴 선택지인 문제가 ${percent(longestShare)}입니다.`);
  return {positionShares, longestShare, longestPrompts, problems};
}
