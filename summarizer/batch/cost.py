"""Tokens into money, and token estimates for --dry-run.

Prices are USD per 1M tokens (input, output). The built-in table covers a few common endpoint
models and is a convenience, not a source of truth: prices change, so `--price-in/--price-out`
override it, and an unknown model shows no cost rather than a made-up one. The embedded model
costs nothing per token.
"""

from __future__ import annotations

from dataclasses import dataclass

# USD per 1M tokens (input, output), standard tier, as published by the vendors in 2025.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}
BATCH_API_DISCOUNT = 0.5  # the OpenAI Batch API bills half the synchronous price

# Typical answer size of the candidates prompt (ids and short labels, not copied text).
ESTIMATED_OUTPUT_TOKENS = 200


@dataclass(frozen=True)
class Price:
    per_m_in: float
    per_m_out: float

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        return tokens_in / 1e6 * self.per_m_in + tokens_out / 1e6 * self.per_m_out


def price_for(backend: str, model: str | None, price_in: float | None = None, price_out: float | None = None) -> Price | None:
    """The price to use, or None when it is unknown (then costs are reported as n/a)."""
    if price_in is not None or price_out is not None:
        return Price(price_in or 0.0, price_out or 0.0)
    if backend == "local":
        return Price(0.0, 0.0)
    if model is None:
        return None
    name = model.split("/")[-1]
    if name in PRICES:
        return Price(*PRICES[name])
    # dated snapshots ("gpt-4o-mini-2024-07-18") share their family's price; longest prefix wins
    for known in sorted(PRICES, key=len, reverse=True):
        if name.startswith(known + "-"):
            return Price(*PRICES[known])
    return None


def estimate_tokens(chars: int) -> int:
    """The usual ~4 characters per token for English; good enough for a budget, not a bill."""
    return max(1, chars // 4)


def format_cost(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"${value:,.4f}" if value < 1 else f"${value:,.2f}"
