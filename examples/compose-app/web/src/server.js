import {createServer} from 'node:http';
import pg from 'pg';
import {createClient} from 'redis';

// 접속 정보는 compose.yaml의 environment에서 옵니다. 호스트 이름 db, cache는 서비스 이름입니다.
const db = new pg.Pool({connectionString: process.env.DATABASE_URL});
const cache = createClient({url: process.env.REDIS_URL});
await cache.connect();

const port = Number(process.env.PORT ?? 3000);

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

async function page() {
  const visits = await cache.incr('visits');
  const {rows} = await db.query('SELECT author, body, created_at FROM entries ORDER BY created_at DESC LIMIT 20');
  const items = rows.map((r) => `<li><strong>${escapeHtml(r.author)}</strong>: ${escapeHtml(r.body)}</li>`).join('');
  return `<!doctype html><html lang="ko"><meta charset="utf-8"><title>방명록</title>
<h1>Compose 방명록</h1>
<p>이 페이지는 ${visits}번 열렸습니다. (Redis에서 센 값)</p>
<form method="post" action="/entries">
  <label>이름 <input name="author" required maxlength="40"></label>
  <label>한마디 <input name="body" required maxlength="200"></label>
  <button>남기기</button>
</form>
<ul>${items}</ul></html>`;
}

async function readForm(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method === 'GET' && req.url === '/healthz') {
      await db.query('SELECT 1');
      await cache.ping();
      res.writeHead(200, {'content-type': 'application/json'}).end('{"status":"ok"}');
    } else if (req.method === 'POST' && req.url === '/entries') {
      const form = await readForm(req);
      await db.query('INSERT INTO entries (author, body) VALUES ($1, $2)', [
        (form.get('author') ?? '').slice(0, 40),
        (form.get('body') ?? '').slice(0, 200),
      ]);
      res.writeHead(303, {location: '/'}).end();
    } else if (req.method === 'GET' && req.url === '/') {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(await page());
    } else {
      res.writeHead(404).end('not found');
    }
  } catch (error) {
    console.error(error);
    res.writeHead(500).end('server error');
  }
});

server.listen(port, () => console.log(`web listening on port ${port}`));

process.on('SIGTERM', () => {
  server.close(async () => {
    await Promise.allSettled([db.end(), cache.quit()]);
    process.exit(0);
  });
});
