import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createApp, greet, route} from '../src/app.js';

test('greet는 이름을 넣어 인사합니다', () => {
  assert.equal(greet('도커'), '안녕하세요, 도커님!');
  assert.equal(greet('  고래  '), '안녕하세요, 고래님!');
});

test('greet는 빈 이름과 너무 긴 이름에 기본 인사를 씁니다', () => {
  assert.equal(greet(''), '안녕하세요, 손님!');
  assert.equal(greet(null), '안녕하세요, 손님!');
  assert.equal(greet('가'.repeat(41)), '안녕하세요, 손님!');
});

test('route: /healthz는 200과 status ok', () => {
  const [status, , body] = route('GET', '/healthz');
  assert.equal(status, 200);
  assert.deepEqual(JSON.parse(body), {status: 'ok'});
});

test('route: /api/greet는 JSON 인사말', () => {
  const [status, headers, body] = route('GET', '/api/greet?name=%EA%B3%A0%EB%9E%98');
  assert.equal(status, 200);
  assert.match(headers['content-type'], /application\/json/);
  assert.deepEqual(JSON.parse(body), {message: '안녕하세요, 고래님!'});
});

test('route: 첫 페이지에 호스트 이름이 들어갑니다', () => {
  const [status, , body] = route('GET', '/', {HOSTNAME: 'a1b2c3d4e5f6'});
  assert.equal(status, 200);
  assert.match(body, /a1b2c3d4e5f6/);
});

test('route: 없는 경로는 404, GET 이외는 405', () => {
  assert.equal(route('GET', '/nope')[0], 404);
  assert.equal(route('POST', '/')[0], 405);
});

test('createApp은 실제 HTTP 요청에 응답합니다', async () => {
  const server = createApp({HOSTNAME: 'test'}).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const {port} = server.address();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {status: 'ok'});
  } finally {
    server.close();
  }
});
