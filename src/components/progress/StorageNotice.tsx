import type {ReactNode} from 'react';
import {useProgress} from './useProgress';
import styles from './styles.module.css';

/** A short notice when progress cannot be saved in this browser. */
export default function StorageNotice(): ReactNode {
  const {persistent} = useProgress();
  if (persistent) return null;
  return (
    <p className={styles.notice} role="status">
      이 브라우저에서는 학습 기록을 저장할 수 없어 이 페이지를 떠나면 사라집니다(저장소가 막혀
      있거나 가득 찼습니다).
    </p>
  );
}
