"""Scale-out: worker processes and a Dask cluster give the records of a plain local run."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.core import partitions, run
from pipeline.settings import Settings

RAW = Path(__file__).resolve().parent.parent / "raw"
STORIES = {
    "tashkent.txt": (
        "Japan to fund water project in Uzbekistan\n\n"
        "TASHKENT, March 4, 2024 - The Japan International Cooperation Agency (JICA) signed a "
        "loan agreement worth 15 billion yen with the Ministry of Finance of Uzbekistan on Monday."
        "\n\nThe project will rehabilitate pumping stations in Fergana region by 2027."
    ),
    "bishkek.txt": (
        "Kyrgyz workers head to Japan\n\n"
        "About 300 workers from Kyrgyzstan left for Japan last week under a labour migration "
        "memorandum signed in 2023, the Ministry of Labour said on 12 February 2025."
    ),
}


def inputs(folder: Path) -> Path:
    """A small input folder: two inline stories and two pages of raw/ when there are any."""
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for page in sorted(RAW.glob("*.txt"))[-2:]:
        shutil.copy(page, folder / page.name)
    return folder


def outcome(out: Path) -> tuple[list[dict], dict]:
    """The records of a run and its manifest without the time it took and without where the
    inputs are seen from the output folder."""
    records = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    manifest = json.loads((out / "manifest.json").read_text())
    for varying in ("duration_seconds", "started_at", "settings"):  # the run's own, by design
        manifest.pop(varying)
    for entry in manifest["inputs"]:
        entry.pop("file")
    return records, manifest


@pytest.fixture(scope="module")
def local_run(nlp, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple]:
    """The input folder and the outcome of a one-process run over it."""
    folder = inputs(tmp_path_factory.mktemp("scale") / "in")
    out = folder.parent / "local"
    run(Settings(inputs=[folder], out=out, progress=False), nlp)
    return folder, outcome(out)


def test_partitions_keep_order_and_cut_at_size_and_file_boundaries() -> None:
    class Item:
        def __init__(self, path: str) -> None:
            self.path = path

    items = [Item("a.txt"), Item("a.txt"), Item("a.txt"), Item("b.txt")]
    by_size = list(partitions(items, 2))
    by_file = list(partitions(items, 2, by_file=True))
    assert [len(b) for b in by_size] == [2, 2]
    assert [[i.path for i in b] for b in by_file] == [["a.txt", "a.txt"], ["a.txt"], ["b.txt"]]
    assert [i for b in by_file for i in b] == items


def test_two_worker_processes_write_the_records_of_one(nlp, local_run, tmp_path: Path) -> None:
    folder, expected = local_run
    run(Settings(inputs=[folder], out=tmp_path, workers=2, batch_size=1, progress=False), nlp)
    assert outcome(tmp_path) == expected


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster of two one-thread worker processes, for the module."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_cluster_writes_the_records_of_a_local_run(
    nlp, local_run, scheduler: str, tmp_path: Path
) -> None:
    from pipeline.distributed import run_distributed

    folder, expected = local_run
    settings = Settings(
        inputs=[folder], out=tmp_path, engine="dask", scheduler=scheduler, progress=False
    )
    report = run_distributed(settings, nlp)
    assert outcome(tmp_path) == expected
    assert report.articles == len(expected[0])


def test_dask_rerun_reuses_unchanged_inputs_like_a_local_run(
    nlp, local_run, scheduler: str, tmp_path: Path
) -> None:
    from pipeline.distributed import run_distributed

    folder = tmp_path / "in"
    shutil.copytree(local_run[0], folder)
    out = tmp_path / "out"
    run(Settings(inputs=[folder], out=out, progress=False), nlp)
    (folder / "bishkek.txt").write_text(STORIES["bishkek.txt"] + " It was the second group.")
    settings = Settings(
        inputs=[folder], out=out, engine="dask", scheduler=scheduler, progress=False
    )
    report = run_distributed(settings, nlp)
    assert report.articles == 1
    assert [entry.path for entry in report.inputs if not entry.reused] == ["bishkek.txt"]
    assert len(outcome(out)[0]) == len(local_run[1][0])


def test_dask_without_scheduler_starts_a_local_cluster(nlp, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from pipeline.distributed import run_distributed

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bishkek.txt").write_text(STORIES["bishkek.txt"], encoding="utf-8")
    settings = Settings(inputs=[folder], out=tmp_path / "out", engine="dask", progress=False)
    report = run_distributed(settings, nlp)
    assert report.articles == 1 and not report.errors
