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
import time

from cv import cross_validated, cv_frame

from pipeline.classify.features import item_contexts
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.classify.train import train
from pipeline.clean import Cleaner
from pipeline.evaluate.dataset import labelled_items
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.ingest import read_inputs
from pipeline.run import DEFAULT_CORPUS
from pipeline.segment import BACKENDS, load_segmenter
from pipeline.structure import StructureParser


def corpus_texts() -> list[str]:
    clean, parse = Cleaner(), StructureParser()
    texts = []
    for raw in read_inputs([DEFAULT_CORPUS]):
        if raw.text:
            texts += [c.heading + c.text for _, _, c in item_contexts(parse(clean(raw)))]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts()
    tax = load_taxonomy()  # the corpus is parsed and matched to the gold once, for every backend
    cv_items = [i for i in labelled_items(DEFAULT_GOLD) if i.split != "test"]
    chars = sum(len(t) for t in texts) * args.repeat
    print(f"{len(texts)} item texts, {chars // args.repeat} characters, x{args.repeat}")
    print("| backend | load s | items/s | chars/s | dev macro-F1 | dev accuracy "
          "| CV macro-F1 | CV accuracy |")
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
        dev = train(segmenter=name, save=False)["metrics_dev"]["model"]
        cv_acc, cv_f1, _ = cross_validated(cv_frame(seg, cv_items, tax), cv_items, tax.codes)
        print(f"| {name} | {load:.2f} | {len(texts) * args.repeat / spent:,.0f} | {chars / spent:,.0f} "
              f"| {dev['macro_f1']:.3f} | {dev['accuracy']:.3f} | {cv_f1:.3f} | {cv_acc:.3f} |")


if __name__ == "__main__":
    main()
