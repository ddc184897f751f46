"""도커 길잡이 실습: Flask로 만든 작은 메모 API."""

import os
import socket

from flask import Flask, jsonify, request

app = Flask(__name__)
# 한글을 \uXXXX로 바꾸지 않고 그대로 JSON에 씁니다
app.json.ensure_ascii = False

# 메모는 프로세스 메모리에만 둡니다. 컨테이너를 지우면 사라진다는 점을 일부러 보여 줍니다.
notes: list[dict] = []


@app.get("/")
def index():
    return jsonify(
        message="안녕하세요, Flask 컨테이너입니다.",
        hostname=socket.gethostname(),
        environment=os.environ.get("APP_ENV", "development"),
    )


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


@app.get("/notes")
def list_notes():
    return jsonify(notes)


@app.post("/notes")
def add_note():
    data = request.get_json(silent=True) or {}
    text = str(data.get("text", "")).strip()
    if not text:
        return jsonify(error="text is required"), 400
    note = {"id": len(notes) + 1, "text": text}
    notes.append(note)
    return jsonify(note), 201
