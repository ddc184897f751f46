import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import {outlineFromSidebar} from '@site/src/lib/progress/course';
import ProgressPage from '@site/src/components/progress/ProgressPage';
import {courseSidebar} from '@site/src/components/progress/courseSidebar';

const parts = outlineFromSidebar(courseSidebar);

export default function Progress(): ReactNode {
  return (
    <Layout
      title="내 학습 현황"
      description="읽은 장, 퀴즈 점수, 플레이그라운드 실습을 이 브라우저에 기록하고 내보내거나 가져옵니다."
    >
      <main>
        <ProgressPage parts={parts} />
      </main>
    </Layout>
  );
}
