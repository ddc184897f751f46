import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import {courseParts} from '@site/src/data/course';
import styles from './index.module.css';

/** First-chapter links of the parts that have been written (checked against the docs). */
function usePartLinks(): ReadonlyMap<string, string> {
  const docs = useAllDocsData().default?.versions[0]?.docs ?? [];
  const paths = new Set(docs.map((doc) => doc.path.replace(/\/$/, '')));
  const links = new Map<string, string>();
  for (const part of courseParts) {
    const target =
      docs.length === 0 ? undefined : [...paths].find((p) => p.endsWith(part.firstChapter));
    if (target) links.set(part.slug, part.firstChapter);
  }
  return links;
}

export default function Home(): ReactNode {
  const partLinks = usePartLinks();
  const installLink = partLinks.get('install');
  return (
    <Layout
      title="한국어로 배우는 Docker"
      description="가상화의 원리부터 Dockerfile, Compose와 클러스터까지. 설치 없이 따라 하는 도식과 확인 문제로 Docker를 처음부터 배웁니다."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            도커 길잡이
          </Heading>
          <p className={styles.lead}>
            컨테이너가 왜 생겼는지부터 <code>compose.yaml</code>로 여러 서비스를 띄우기까지,
            Docker를 원리와 실습으로 차근차근 배우는 한국어 과정입니다.
          </p>
          <nav className={styles.actions} aria-label="시작하기">
            <Link className="button button--primary button--lg" to="/docs/intro">
              처음부터 읽기
            </Link>
            {installLink && (
              <Link className="button button--secondary button--lg" to={installLink}>
                설치하기
              </Link>
            )}
            <Link className="button button--secondary button--lg" to="/search">
              검색하기
            </Link>
          </nav>
        </div>
      </header>
      <main className="container margin-vert--xl">
        <section aria-labelledby="path-heading">
          <Heading as="h2" id="path-heading">
            학습 경로
          </Heading>
          <p>각 부는 앞의 부를 바탕으로 합니다. 순서대로 읽거나, 필요한 부부터 골라 읽으세요.</p>
          <ol className={styles.path}>
            {courseParts
              .filter((part) => part.slug !== 'install' && partLinks.has(part.slug))
              .map((part) => (
                <li key={part.slug} className={styles.part}>
                  <Heading as="h3" className={styles.partTitle}>
                    <Link to={partLinks.get(part.slug)!}>{part.title}</Link>
                  </Heading>
                  <p>{part.summary}</p>
                </li>
              ))}
          </ol>
        </section>
        <section aria-labelledby="why-heading" className="margin-top--xl">
          <Heading as="h2" id="why-heading">
            이 과정의 약속
          </Heading>
          <ul className={styles.promises}>
            <li>
              <strong>지금의 Docker</strong>: Docker Engine 29와 Compose v5 기준으로 쓰고, 장마다
              확인한 날짜를 적습니다.
            </li>
            <li>
              <strong>눌러 보는 도식</strong>: 네임스페이스, cgroup, 이미지 레이어를 직접 조작하며
              이해합니다. 키보드로도, JavaScript 없이도 읽을 수 있습니다.
            </li>
            <li>
              <strong>오프라인에서도</strong>: 검색은 브라우저 안에서 동작하고, 어떤 외부 서버에도
              요청하지 않습니다.
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
