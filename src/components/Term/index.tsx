import {useId, useState, type ReactNode, type KeyboardEvent} from 'react';
import {glossaryById} from '@site/src/data/glossary';
import styles from './styles.module.css';

interface TermProps {
  /** Glossary id from src/data/glossary. */
  readonly id: string;
  /** The words as written in the sentence; defaults to the Korean term. */
  readonly children?: ReactNode;
}

/**
 * Marks a glossary term. The definition is in the server HTML and shown by CSS
 * on hover and focus, so it works without JavaScript; JS only adds Esc to close.
 */
export default function Term({id, children}: TermProps): ReactNode {
  const entry = glossaryById.get(id);
  if (!entry) throw new Error(`<Term>: unknown glossary id "${id}"`);
  const tipId = `term-tip-${useId().replace(/:/g, '')}`;
  const [dismissed, setDismissed] = useState(false);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !dismissed) {
      event.stopPropagation();
      setDismissed(true);
    }
  };

  return (
    <span
      className={styles.term}
      data-dismissed={dismissed ? 'true' : undefined}
      onMouseLeave={() => setDismissed(false)}>
      <button
        type="button"
        className={styles.trigger}
        aria-describedby={tipId}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissed(false)}>
        {children ?? entry.ko}
      </button>
      <span role="tooltip" id={tipId} className={styles.tip} data-pagefind-ignore="all">
        <strong lang="ko">
          {entry.ko} <span lang="en">({entry.en})</span>
        </strong>{' '}
        {entry.definition}
      </span>
    </span>
  );
}
