import type {GlossaryEntry} from './types';

const CH = (slug: string) => `/docs/start/${slug}`;

export const startTerms: readonly GlossaryEntry[] = [
  {
    id: 'port-publishing',
    ko: '포트 게시',
    en: 'port publishing',
    definition:
      '호스트의 포트를 컨테이너의 포트에 연결해 컨테이너 밖에서 접속할 수 있게 하는 일입니다. docker run -p 8080:80은 호스트 8080번으로 온 연결을 컨테이너 80번으로 넘깁니다.',
    chapter: CH('first-container'),
    aliases: ['포트 공개', '포트 포워딩', 'publish'],
  },
];
