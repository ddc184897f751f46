import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {glossary as siteGlossary, type GlossaryEntry} from '@site/src/data/glossary';
import {englishIndex, groupByInitial} from '@site/src/lib/glossary';
import styles from './styles.module.css';

interface Props {
  /** Defaults to the site's glossary. */
  readonly entries?: readonly GlossaryEntry[];
}

/** Links to each group's heading; `children` adds further items at the end. */
function JumpBar({
  label,
  groups,
  children,
}: {
  readonly label: string;
  readonly groups: readonly {readonly key: string; readonly anchor: string}[];
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <nav aria-label={label} className={styles.jumpBar}>
      <ul>
        {groups.map((group) => (
          <li key={group.key}>
            <a href={`#${group.anchor}`}>{group.key}</a>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  );
}

/**
 * The 용어집: every term in 가나다 order under its initial consonant, each with
 * an anchor (its glossary id), then an English A–Z index pointing at those anchors.
 */
export default function GlossaryList({entries = siteGlossary}: Props): ReactNode {
  const groups = groupByInitial(entries);
  const english = englishIndex(entries);
  return (
    <div className={styles.glossary}>
      <p>
        {`용어 ${entries.length}개를`} 가나다 순으로 실었습니다. 영어 이름으로 찾으려면{' '}
        <a href="#english-index">영문 색인</a>을 보세요.
      </p>
      <JumpBar label="초성으로 찾기" groups={groups}>
        <li>
          <a href="#english-index">영문 색인</a>
        </li>
      </JumpBar>

      {groups.map((group) => (
        <section key={group.key} aria-labelledby={group.anchor}>
          <h2 id={group.anchor} className={styles.groupHeading}>
            {group.key}
          </h2>
          <dl className={styles.list}>
            {group.entries.map((entry) => (
              <div key={entry.id} className={styles.entry}>
                <dt id={entry.id} className={styles.term}>
                  <dfn>{entry.ko}</dfn>{' '}
                  <span lang="en" className={styles.english}>
                    {`(${entry.en})`}
                  </span>
                </dt>
                <dd className={styles.definition}>
                  <p>{entry.definition}</p>
                  <p className={styles.chapterLink}>
                    <Link to={entry.chapter}>{`‘${entry.ko}’을(를) 설명하는 장`}</Link>
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <section aria-labelledby="english-index">
        <h2 id="english-index">영문 색인</h2>
        <JumpBar label="영문 첫 글자로 찾기" groups={english} />
        {english.map((group) => (
          <section key={group.key} aria-labelledby={group.anchor}>
            <h3 id={group.anchor} className={styles.groupHeading}>
              {group.key}
            </h3>
            <ul className={styles.englishList}>
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>
                    <span lang="en">{entry.en}</span>
                    {` → ${entry.ko}`}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
