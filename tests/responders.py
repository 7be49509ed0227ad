"""Answers for the loopback server that fit whatever response schema the client sent.

The response model differs per article (one key per candidate), so a fixed JSON answer cannot
fit every request; these read the schema from the request, like a real model's grammar would.
"""

from __future__ import annotations

from typing import Any, Callable


def request_schema(body: dict[str, Any]) -> dict[str, Any]:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["schema"]
    if body.get("tools"):
        return body["tools"][0]["function"]["parameters"]
    return {}


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref:
        return schema["$defs"][ref.split("/")[-1]]
    for option in node.get("anyOf", []):
        if option.get("type") != "null":
            return _resolve(schema, option)
    return node


def candidate_keys(body: dict[str, Any], field: str) -> list[str]:
    schema = request_schema(body)
    node = schema.get("properties", {}).get(field)
    if not node:
        return []
    return list(_resolve(schema, node).get("properties", {}))


def negotiation_ids(body: dict[str, Any]) -> list[int]:
    schema = request_schema(body)
    node = schema.get("properties", {}).get("negotiations", {})
    item = _resolve(schema, node.get("items") or {})
    if "properties" not in item:  # no talks sentences: an array that must stay empty
        return []
    id_schema = item["properties"]["id"]
    return list(id_schema["enum"]) if "enum" in id_schema else [id_schema["const"]]


def actor_ids(body: dict[str, Any]) -> list[str]:
    """The perpetrator ids ("A1", …) the event question offers, or [] when it offers none."""
    schema = request_schema(body)
    node = schema.get("properties", {}).get("event")
    if not node:
        return []
    perpetrator = _resolve(schema, _resolve(schema, node).get("properties", {}).get("perpetrator", {}))
    return list(perpetrator["enum"]) if "enum" in perpetrator else [perpetrator["const"]] if "const" in perpetrator else []


def figures_by_kind_only(body: dict[str, Any]) -> bool:
    """Prompt versions with `figure_labels: kind` ask for "N1": "killed", not an object."""
    schema = request_schema(body)
    node = schema.get("properties", {}).get("figures")
    if not node:
        return False
    figures = _resolve(schema, node)
    first = next(iter(figures.get("properties", {}).values()), {})
    return "enum" in _resolve(schema, first) if "$ref" in first or "enum" in first else False


def brief_in_shape(schema: dict[str, Any], brief: str | list[str]) -> Any:
    """The brief as the schema wants it: one string, or a list of 2-4 sentences."""
    node = schema.get("properties", {}).get("brief", {})
    if node.get("type") == "array":
        if isinstance(brief, list):
            return brief
        import re

        sentences = [s for s in re.split(r"(?<=[.!?])\s+", brief.strip()) if s]
        return (sentences + sentences)[: max(2, min(len(sentences), 4))]
    return brief if isinstance(brief, str) else " ".join(brief)


def answer(
    brief: str = "Fighting continued and talks were discussed.",
    speaker: str | None = None,
    kind: str = "killed",
    group: str = "civilians",
    status: str = "stalled",
    perpetrator: int = 1,
    cause: str | None = "shelling",
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A responder: every quote gets `speaker`, every number `kind`/`group`, first sentence
    `status`, the main event the `perpetrator`-th armed side offered (if any) and `cause`."""

    def respond(body: dict[str, Any]) -> dict[str, Any]:
        sentence_ids = negotiation_ids(body)
        schema = request_schema(body)
        label: Any = kind if figures_by_kind_only(body) else {"kind": kind, "group": group}
        full = {
            "brief": brief_in_shape(schema, brief),
            "speakers": {key: speaker for key in candidate_keys(body, "speakers")} or None,
            "figures": {key: label for key in candidate_keys(body, "figures")} or None,
            "negotiations": [{"id": sentence_ids[0], "process": "peace talks", "parties": [], "mediator": None, "status": status}] if sentence_ids else [],
            "negotiation_status": status if sentence_ids else "none",
            "event": {"perpetrator": (actor_ids(body)[perpetrator - 1:] or [None])[0], "cause": cause},
        }
        # Only the fields asked (a prompt version asks what the rules cannot answer).
        return {key: value for key, value in full.items() if key in schema.get("properties", {})}

    return respond
