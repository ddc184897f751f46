import {createServer} from 'node:http';

/** 인사말을 만듭니다. 이름이 없거나 너무 길면 기본값을 씁니다. */
export function greet(name) {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed === '' || trimmed.length > 40) {
    return '안녕하세요, 손님!';
  }
  return `안녕하세요, ${trimmed}님!`;
}

/** 요청 하나를 처리해 [상태 코드, 헤더, 본문]을 돌려줍니다. 서버 없이 테스트할 수 있는 순수 함수입니다. */
export function route(method, url, env = process.env) {
  const {pathname, searchParams} = new URL(url, 'http://localhost');
  if (method !== 'GET') {
    return [405, {'content-type': 'application/json; charset=utf-8'}, JSON.stringify({error: 'method not allowed'})];
  }
  if (pathname === '/') {
    const html = `<!doctype html><html lang="ko"><meta charset="utf-8"><title>node-app</title>` +
      `<h1>${greet(searchParams.get('name'))}</h1><p>컨테이너 호스트 이름: ${env.HOSTNAME ?? '알 수 없음'}</p></html>`;
    return [200, {'content-type': 'text/html; charset=utf-8'}, html];
  }
  if (pathname === '/api/greet') {
    return [200, {'content-type': 'application/json; charset=utf-8'}, JSON.stringify({message: greet(searchParams.get('name'))})];
  }
  if (pathname === '/healthz') {
    return [200, {'content-type': 'application/json; charset=utf-8'}, JSON.stringify({status: 'ok'})];
  }
  return [404, {'content-type': 'application/json; charset=utf-8'}, JSON.stringify({error: 'not found'})];
}

export function createApp(env = process.env) {
  return createServer((req, res) => {
    const [status, headers, body] = route(req.method ?? 'GET', req.url ?? '/', env);
    res.writeHead(status, headers);
    res.end(body);
  });
}
