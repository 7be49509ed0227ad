"""The eval suite: score ArticleSummary predictions against gold JSONL and write reports.

Modules, one job each:

- `gold`        load and validate gold files and prediction files (errors name file and line)
- `normalize`   text normalisation shared by every matcher
- `matching`    one-to-one matching of quotes and casualty figures, speaker and name checks
- `metrics`     per-sample scores and their aggregation into report metrics
- `runner`      `eval run`: summarize gold articles, resumable, with a progress bar
- `report`      report.json / report.md / report.html (jinja2 templates in `templates/`)
- `compare`     two runs side by side
- `browser`     headless Chromium screenshots of a report (playwright, system chromium)
- `cli`         the `summarizer eval` commands

Metric definitions are in evals/README.md; keep the two in step.
"""

from summarizer.evaluation.gold import GoldArticle, load_gold, load_predictions
from summarizer.evaluation.metrics import aggregate, score_sample

__all__ = ["GoldArticle", "aggregate", "load_gold", "load_predictions", "score_sample"]
