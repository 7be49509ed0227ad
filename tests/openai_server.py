"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks.

It speaks enough of /v1/chat/completions for the real `openai` client and `instructor` to run
unchanged (JSON-schema mode answers in `content`, tools mode in `tool_calls`), and it can be
scripted per request: valid output, invalid output, 429 with Retry-After, 500, slowness, a body
trickled byte by byte, an error body that echoes the caller's key. With `api_key` set it
refuses every other key with 401, as a real endpoint does. Every request is recorded so tests
can count calls at the server, not in the client.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

MINIMAL_EXTRACTION = {
    "brief": "A report on the conflict.",
    "quotes": [],
    "casualties": [],
    "negotiations": [],
    "negotiation_status": "none",
}
_SENTENCES = ["A report on the conflict.", "Officials gave their account of it."]


def _minimal(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _minimal(defs[schema["$ref"].split("/")[-1]], defs)
    if "enum" in schema:
        return "none" if "none" in schema["enum"] else schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = schema[key]
            null = [o for o in options if o.get("type") == "null"]
            return None if null else _minimal(options[0], defs)
    if "allOf" in schema:
        return _minimal(schema["allOf"][0], defs)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = "null" if "null" in kind else kind[0]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: _minimal(props[name], defs) for name in schema.get("required", list(props))}
    if kind == "array":
        # as many items as the schema requires (a brief is a list of 2-4 sentences)
        return [_SENTENCES[i % len(_SENTENCES)] if schema.get("items", {}).get("type") == "string" else _minimal(schema.get("items", {}), defs)
                for i in range(schema.get("minItems", 0))]
    if kind == "string":
        return "A report on the conflict."
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def response_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema a chat request asks for (json_schema mode or tools mode)."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["schema"]
    tools = body.get("tools") or []
    if tools:
        return tools[0]["function"]["parameters"]
    return None




def minimal_answer(body: dict[str, Any]) -> dict[str, Any]:
    """The smallest answer valid against the request's response schema (MINIMAL_EXTRACTION
    when the request carries none)."""
    schema = response_schema(body)
    return MINIMAL_EXTRACTION if schema is None else _minimal(schema, schema.get("$defs", {}))



@dataclass
class Step:
    """One scripted answer. `content` (dict or raw str) is the model output; `status` != 200
    sends an error body instead; `delay_s` sleeps first (to trip client timeouts); `finish`
    overrides the finish_reason ("length": the answer was cut at max_tokens); `trickle_s` sends
    the body one byte at a time, that many seconds apart (each gap shorter than a read timeout,
    the whole far longer); `echo_auth` puts the request's Authorization header into the error
    body, as some endpoints do."""

    content: dict[str, Any] | str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    finish: str | None = None
    trickle_s: float = 0.0
    echo_auth: bool = False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeOpenAIServer:
    """Start with `with FakeOpenAIServer() as server:`; `server.base_url` ends in /v1."""

    def __init__(
        self,
        latency_s: float = 0.0,
        responder: Callable[[dict[str, Any]], dict[str, Any] | str] | None = None,
        api_key: str | None = None,
    ):
        self.latency_s = latency_s
        self.api_key = api_key
        self.model_calls = 0
        self.models_status = 200  # e.g. 404: an endpoint without GET /models
        self.responder = responder or minimal_answer
        self.script: deque[Step] = deque()
        self.requests: list[dict[str, Any]] = []
        self.port = _free_port()
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.extra_routes: list[Route] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *steps: Step) -> None:
        self.script.extend(steps)

    @property
    def chat_calls(self) -> int:
        return sum(1 for r in self.requests if r.get("_path", "").endswith("/chat/completions"))

    def _refused(self, request: Request) -> Response | None:
        """401 for a wrong key, echoing it half-masked the way OpenAI's message does."""
        if self.api_key is None:
            return None
        sent = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if sent == self.api_key:
            return None
        return JSONResponse(
            {"error": {"message": f"Incorrect API key provided: {sent[:3]}***{sent[-2:]}", "type": "invalid_request_error", "code": "invalid_api_key"}},
            status_code=401,
        )

    async def _chat(self, request: Request) -> Response:
        import asyncio

        body = await request.json()
        body["_path"] = request.url.path
        with self._lock:
            self.requests.append(body)
            refused = self._refused(request)
            step = self.script.popleft() if self.script and refused is None else Step()
        if refused is not None:
            return refused
        delay = step.delay_s or self.latency_s
        if delay:
            await asyncio.sleep(delay)
        if step.status != 200:
            message = f"scripted {step.status}"
            if step.echo_auth:
                message += f"; received Authorization: {request.headers.get('authorization', '')}"
            return JSONResponse(
                {"error": {"message": message, "type": "server_error", "code": step.status}},
                status_code=step.status,
                headers=step.headers,
            )
        content = step.content if step.content is not None else self.responder(body)
        text = content if isinstance(content, str) else json.dumps(content)
        if step.trickle_s:
            return self._trickle(json.dumps(self._completion(body, text, step.finish)).encode(), step.trickle_s)
        return JSONResponse(self._completion(body, text, step.finish))

    @staticmethod
    def _trickle(payload: bytes, gap_s: float) -> Response:
        import asyncio

        from starlette.responses import StreamingResponse

        async def drip() -> Any:
            for i in range(len(payload)):
                yield payload[i : i + 1]
                await asyncio.sleep(gap_s)

        return StreamingResponse(drip(), media_type="application/json", headers={"content-length": str(len(payload))})

    @staticmethod
    def _completion(body: dict[str, Any], text: str, finish_reason: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": text}
        finish = "stop"
        tools = body.get("tools")
        if tools:
            name = tools[0]["function"]["name"]
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}],
            }
            finish = "tool_calls"
        finish = finish_reason or finish
        prompt_chars = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
        return {
            "id": f"chatcmpl-{int(time.time() * 1000)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake-model"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt_chars // 4,
                "completion_tokens": max(1, len(text) // 4),
                "total_tokens": prompt_chars // 4 + max(1, len(text) // 4),
            },
        }

    async def _models(self, request: Request) -> Response:
        with self._lock:
            self.model_calls += 1
        refused = self._refused(request)
        if refused is not None:
            return refused
        if self.models_status != 200:
            return JSONResponse({"error": {"message": "not found", "type": "invalid_request_error"}}, status_code=self.models_status)
        return JSONResponse({"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "test"}]})

    def app(self) -> Starlette:
        routes = [
            Route("/v1/chat/completions", self._chat, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
            *self.extra_routes,
        ]
        return Starlette(routes=routes)

    def start(self) -> "FakeOpenAIServer":
        config = uvicorn.Config(self.app(), host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.time() + 10
        while not self._server.started:
            if time.time() > deadline:
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server:
            self._server.should_exit = True
        if self._thread:
            self._thread.join(timeout=10)

    def __enter__(self) -> "FakeOpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":  # a standalone server for benchmarks and manual runs
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    srv = FakeOpenAIServer(latency_s=args.latency)
    if args.port:
        srv.port = args.port
    srv.start()
    print(srv.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
