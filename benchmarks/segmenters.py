"""Compare the segmenter backends side by side in one run: speed, and classifier quality.

    .venv/bin/python benchmarks/segmenters.py [--repeat 5]

Speed: every item text of the bundled corpus (heading and text, as the classifier sees
them) cut `--repeat` times per backend, after a warm-up; load time reported apart.
Quality: the classifier trained with each backend, macro-F1 and accuracy on the dev
split, and — because the dev split is small (a few items move its score by a point) — the
mean of grouped 5-fold cross-validation over the train and dev articles, folds drawn by
article with three different shuffles. The test split is not used to choose a default.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pipeline.classify.context import item_contexts
from pipeline.lab.corpus import analysed_documents
from pipeline.lab.cv import cross_validated, cv_data
from pipeline.lab.train import train
from pipeline.segment import BACKENDS, load_segmenter


def corpus_texts() -> list[str]:
    """Heading and text of every item of the bundled corpus, as the classifier reads them."""
    return [c.heading + c.text for doc in analysed_documents(None, None).values()
            for _, _, c in item_contexts(doc.structured)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts()
    chars = sum(len(t) for t in texts) * args.repeat
    print(f"{len(texts)} item texts, {chars // args.repeat} characters, x{args.repeat}")
    print("| backend | load s | items/s | chars/s | dev category F1 | dev role F1 "
          "| CV category F1 | CV role F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in BACKENDS:
        t0 = time.perf_counter()
        seg = load_segmenter(name)
        load = time.perf_counter() - t0
        for t in texts[:50]:
            seg.cut(t)
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            for t in texts:
                seg.cut(t)
        spent = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as out:
            dev = train(out=Path(out), segmenter=name)["metrics_dev"]["model"]
        cv = cross_validated(cv_data(name))
        print(f"| {name} | {load:.2f} | {len(texts) * args.repeat / spent:,.0f} | {chars / spent:,.0f} "
              f"| {dev['category']['macro_f1']:.3f} | {dev['role']['macro_f1']:.3f} "
              f"| {cv.category_macro_f1:.3f} | {cv.role_macro_f1:.3f} |", flush=True)


if __name__ == "__main__":
    main()
