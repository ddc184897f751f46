export interface QuizQuestion {
  readonly prompt: string;
  readonly choices: readonly string[];
  /** Index into `choices` of the correct answer. */
  readonly answer: number;
  /** Why the answer is right (and the others wrong), 합니다체. */
  readonly explanation: string;
}

export interface QuizData {
  /** Chapter id, e.g. `containers/namespaces`; also the progress key. */
  readonly id: string;
  readonly questions: readonly QuizQuestion[];
}
