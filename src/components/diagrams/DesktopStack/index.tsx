import type {ReactNode} from 'react';
import clsx from 'clsx';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import {
  DESKTOP_STACKS,
  commandPath,
  kernelLine,
  type Box,
  type DesktopStackData,
} from '@site/src/lib/diagrams/desktop-stack';
import styles from './styles.module.css';

function Item({box, className}: {readonly box: Box; readonly className?: string}): ReactNode {
  return (
    <li className={clsx(styles.box, className)}>
      <span className={styles.label}>{box.label}</span>
      <span className={styles.note}>{box.note}</span>
    </li>
  );
}

/** One OS: the host side and the engine side next to each other, the shared layers under both. */
function Stack({stack}: {readonly stack: DesktopStackData}): ReactNode {
  return (
    <div className={styles.stack} data-os={stack.os}>
      <p className={styles.heading}>
        <strong>{stack.product}</strong> · {kernelLine(stack)}
      </p>
      <div className={styles.sides}>
        <section className={styles.zone} aria-label={`${stack.host.label}: 호스트 쪽`}>
          <p className={styles.zoneTitle}>{stack.host.label}</p>
          <ul className={styles.boxes}>
            {stack.host.boxes.map((box) => (
              <Item key={box.label} box={box} className={styles.cli} />
            ))}
            {stack.host.kernel && <Item box={stack.host.kernel} className={styles.kernel} />}
          </ul>
        </section>
        <div className={styles.channel}>
          <span className={styles.arrow} aria-hidden="true">
            ⇄
          </span>
          <span className={styles.label}>{stack.channel.label}</span>
          <span className={styles.note}>{stack.channel.note}</span>
        </div>
        <section
          className={clsx(styles.zone, stack.engineZone.vm && styles.vm)}
          aria-label={`${stack.engineZone.label}: 엔진과 컨테이너`}
        >
          <p className={styles.zoneTitle}>{stack.engineZone.label}</p>
          <p className={styles.zoneNote}>{stack.engineZone.note}</p>
          <ul className={styles.boxes}>
            {stack.engine.map((box) => (
              <Item key={box.label} box={box} className={styles.engine} />
            ))}
          </ul>
          <ul className={styles.containers} aria-label="컨테이너(엔진 옆의 평범한 프로세스)">
            {stack.containers.map((name) => (
              <li key={name} className={clsx(styles.box, styles.container)}>
                {name}
              </li>
            ))}
          </ul>
          {stack.engineZone.kernel && (
            <ul className={styles.boxes}>
              <Item box={stack.engineZone.kernel} className={styles.kernel} />
            </ul>
          )}
        </section>
      </div>
      <ul className={styles.base}>
        {stack.base.map((layer) => (
          <Item key={layer.label} box={layer} className={styles[layer.tone]} />
        ))}
      </ul>
      <ol className={styles.path} aria-label="docker ps 명령이 가는 길">
        {commandPath(stack).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Where Docker's parts run on Windows, macOS and Linux. The OS follows the site's `os` tab group
 * (the reader's choice on the install pages); without JavaScript every OS is shown.
 */
export default function DesktopStack(): ReactNode {
  return (
    <figure className="dg-figure dg-figure--sunken" data-testid="desktop-stack">
      <Tabs groupId="os">
        {DESKTOP_STACKS.map((stack) => (
          <TabItem key={stack.os} value={stack.os} label={stack.tab}>
            <Stack stack={stack} />
          </TabItem>
        ))}
      </Tabs>
      <figcaption className={styles.caption}>
        운영체제마다 Docker가 놓이는 자리입니다. 리눅스에서는 CLI, 엔진, 컨테이너가 모두 호스트 커널
        하나 위에서 실행됩니다. macOS와 Windows에는 리눅스 커널이 없으므로 Docker Desktop이 리눅스
        VM을 띄우고, 엔진과 컨테이너는 그 VM 안에서 실행됩니다. 호스트의 CLI는 소켓이나 명명된
        파이프를 거쳐 VM 안의 엔진에 명령을 보냅니다.
      </figcaption>
    </figure>
  );
}
