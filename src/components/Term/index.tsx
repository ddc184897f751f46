import {useId, useState, type ReactNode, type KeyboardEvent} from 'react';
import styles from './styles.module.css';

interface TermProps {
  /** Glossary id from src/data/glossary; the build fills ko, en and definition from it. */
  readonly id: string;
  readonly ko?: string;
  readonly en?: string;
  readonly definition?: string;
  /** The words as written in the sentence; defaults to the Korean term. */
  readonly children?: ReactNode;
}

/**
 * Marks a glossary term. The definition is in the server HTML and shown by CSS
 * on hover and focus, so it works without JavaScript; JS only adds Esc to close.
 * In MDX, plugins/remark-glossary-terms.ts supplies ko/en/definition.
 */
export default function Term({id, ko, en, definition, children}: TermProps): ReactNode {
  const tipId = `term-tip-${useId().replace(/:/g, '')}`;
  const [dismissed, setDismissed] = useState(false);
  if (!definition || !ko || !en) {
    throw new Error(
      `<Term id="${id}">: no glossary entry was filled in (is remark-glossary-terms configured?)`,
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !dismissed) {
      event.stopPropagation();
      setDismissed(true);
    }
  };

  return (
    <span
      className={`dg-term ${styles.term}`}
      data-dismissed={dismissed ? 'true' : undefined}
      onMouseLeave={() => setDismissed(false)}
    >
      <button
        type="button"
        className={styles.trigger}
        aria-describedby={tipId}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissed(false)}
      >
        {children ?? ko}
      </button>
      <span role="tooltip" id={tipId} className={styles.tip} data-pagefind-ignore="all">
        <strong>
          {ko} <span lang="en">({en})</span>
        </strong>{' '}
        {definition}
      </span>
    </span>
  );
}
