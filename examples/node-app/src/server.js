import {createApp} from './app.js';

const port = Number(process.env.PORT ?? 3000);
const server = createApp().listen(port, () => {
  console.log(`node-app listening on port ${port}`);
});

// docker stop이 보내는 SIGTERM을 받아 열린 연결을 정리하고 끝냅니다.
// CMD를 exec 형식으로 적어야 node가 PID 1이 되어 이 신호를 직접 받습니다.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    console.log(`${signal} received, shutting down`);
    server.close(() => process.exit(0));
  });
}
