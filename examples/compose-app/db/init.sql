-- PostgreSQL 공식 이미지는 데이터 디렉터리가 비어 있을 때 한 번만 이 파일을 실행합니다
CREATE TABLE IF NOT EXISTS entries (
  id         SERIAL PRIMARY KEY,
  author     TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO entries (author, body) VALUES ('고래', 'Compose로 띄운 첫 방명록입니다.');
