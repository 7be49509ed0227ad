"""The loopback OpenAI server plus the Files and Batches endpoints, for the batch runner's tests.

Built on FakeOpenAIServer through its `extra_routes`, so chat completions behave exactly as in the
other tests. A created batch is processed at once with the same completion builder as
/v1/chat/completions, but reported as `in_progress` for the first `polls_before_done` status
checks so the client's polling is exercised. `fail_custom_ids` makes chosen requests fail (they
go to the error file, as with the real API).

Also here: `schema_answer`, a responder that answers any request with the smallest object valid
against the response schema the request carries, so tests do not depend on the prompt version.
"""

from __future__ import annotations

import itertools
import json
import time
from email.parser import BytesParser
from email.policy import default as email_policy
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from openai_server import FakeOpenAIServer, _minimal, response_schema  # noqa: F401 - re-exported for the tests


def schema_answer(body: dict[str, Any]) -> dict[str, Any]:
    """The smallest answer valid against the request's response schema."""
    schema = response_schema(body)
    if schema is None:
        return {"brief": "A report on the conflict.", "negotiation_status": "none"}
    return _minimal(schema, schema.get("$defs", {}))


class FakeOpenAIBatchServer(FakeOpenAIServer):
    """FakeOpenAIServer with /v1/files and /v1/batches (create, retrieve, cancel, file content)."""

    def __init__(self, *args: Any, polls_before_done: int = 1, fail_custom_ids: set[str] | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("responder", schema_answer)
        super().__init__(*args, **kwargs)
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.polls_before_done = polls_before_done
        self.fail_custom_ids = fail_custom_ids or set()
        self._ids = itertools.count(1)
        self.extra_routes = [
            Route("/v1/files", self._create_file, methods=["POST"]),
            Route("/v1/files/{file_id}", self._file, methods=["GET"]),
            Route("/v1/files/{file_id}/content", self._file_content, methods=["GET"]),
            Route("/v1/batches", self._create_batch, methods=["POST"]),
            Route("/v1/batches/{batch_id}", self._retrieve_batch, methods=["GET"]),
            Route("/v1/batches/{batch_id}/cancel", self._cancel_batch, methods=["POST"]),
        ]

    @property
    def batch_requests(self) -> list[dict[str, Any]]:
        """Every request line of every uploaded batch input file."""
        lines = []
        for f in self.files.values():
            if f["purpose"] == "batch":
                lines.extend(json.loads(line) for line in f["content"].splitlines() if line.strip())
        return lines

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids):06d}"

    def _add_file(self, content: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = self._new_id("file")
        meta = {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed"}
        self.files[file_id] = {**meta, "content": content}
        return meta

    async def _create_file(self, request: Request) -> Response:
        raw = await request.body()
        message = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + raw
        )
        fields: dict[str, Any] = {}
        filename = "upload.jsonl"
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                filename = part.get_filename()
            fields[name] = part.get_payload(decode=True)
        meta = self._add_file(fields["file"], filename, fields.get("purpose", b"batch").decode())
        return JSONResponse(meta)

    async def _file(self, request: Request) -> Response:
        f = self.files.get(request.path_params["file_id"])
        if f is None:
            return JSONResponse({"error": {"message": "no such file"}}, status_code=404)
        return JSONResponse({k: v for k, v in f.items() if k != "content"})

    async def _file_content(self, request: Request) -> Response:
        f = self.files.get(request.path_params["file_id"])
        if f is None:
            return JSONResponse({"error": {"message": "no such file"}}, status_code=404)
        return Response(f["content"], media_type="application/octet-stream")

    async def _create_batch(self, request: Request) -> Response:
        body = await request.json()
        source = self.files.get(body["input_file_id"])
        if source is None:
            return JSONResponse({"error": {"message": "no such input file"}}, status_code=400)
        batch_id = self._new_id("batch")
        out_lines, err_lines = [], []
        for line in source["content"].decode().splitlines():
            if not line.strip():
                continue
            req = json.loads(line)
            rid = self._new_id("batch_req")
            if req["custom_id"] in self.fail_custom_ids:
                err_lines.append({"id": rid, "custom_id": req["custom_id"], "response": {"status_code": 500, "request_id": rid,
                                  "body": {"error": {"message": "scripted failure", "type": "server_error"}}}, "error": None})
                continue
            answer = self.responder(req["body"])
            text = answer if isinstance(answer, str) else json.dumps(answer)
            out_lines.append({"id": rid, "custom_id": req["custom_id"], "response": {"status_code": 200, "request_id": rid,
                              "body": self._completion(req["body"], text)}, "error": None})
        output = self._add_file("".join(json.dumps(x) + "\n" for x in out_lines).encode(), f"{batch_id}_output.jsonl", "batch_output")
        error = self._add_file("".join(json.dumps(x) + "\n" for x in err_lines).encode(), f"{batch_id}_error.jsonl", "batch_output") if err_lines else None
        now = int(time.time())
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "errors": None,
            "input_file_id": body["input_file_id"], "completion_window": body.get("completion_window", "24h"),
            "status": "validating", "output_file_id": None, "error_file_id": None, "created_at": now,
            "metadata": body.get("metadata"),
            "request_counts": {"total": len(out_lines) + len(err_lines), "completed": 0, "failed": 0},
            "_final": {"output_file_id": output["id"], "error_file_id": error["id"] if error else None,
                       "request_counts": {"total": len(out_lines) + len(err_lines), "completed": len(out_lines), "failed": len(err_lines)}},
        }
        self.polls[batch_id] = 0
        return JSONResponse(self._public(self.batches[batch_id]))

    @staticmethod
    def _public(batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    async def _retrieve_batch(self, request: Request) -> Response:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            return JSONResponse({"error": {"message": "no such batch"}}, status_code=404)
        self.polls[batch["id"]] += 1
        if batch["status"] not in ("completed", "cancelled"):
            if self.polls[batch["id"]] > self.polls_before_done:
                batch.update(status="completed", completed_at=int(time.time()), **batch["_final"])
            else:
                batch["status"] = "in_progress"
        return JSONResponse(self._public(batch))

    async def _cancel_batch(self, request: Request) -> Response:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            return JSONResponse({"error": {"message": "no such batch"}}, status_code=404)
        batch["status"] = "cancelled"
        return JSONResponse(self._public(batch))
