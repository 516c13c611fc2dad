"""Dask engine: the same stages as a local run, the model stage spread over a Dask cluster.

The driver reads and cleans the inputs, cuts the stories into partitions (one input file
each, at most `STORIES_PER_TASK` stories), and each partition is annotated on a worker that loaded
the model once (`ModelPlugin`). Records come back in input order and are written by
`pipeline.core.run`, so the manifest and the incremental and error semantics are the local
run's. Imported only for `--engine dask`: it needs the optional extra `news-pipeline[dask]`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from pipeline.core import (
    IN_FLIGHT_PER_WORKER,
    STORIES_PER_TASK,
    RunReport,
    annotate_batch,
    ordered_results,
    partitions,
    run,
)
from pipeline.schema import Article
from pipeline.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

PLUGIN_NAME = "news-pipeline-model"
LOCAL_WORKERS = 2  # the default cluster: one worker process per core of a small machine


class ModelPlugin(WorkerPlugin):
    """Loads the pipeline once on each worker and keeps it for the worker's lifetime."""

    name = PLUGIN_NAME

    def __init__(self, model: str) -> None:
        self.model = model
        self.nlp: Language | None = None

    def setup(self, worker: Any) -> None:
        from pipeline.nlp import build_nlp

        self.nlp = build_nlp(self.model)


def annotate_on_worker(batch: list[Any], settings: Settings) -> list[Any]:
    """A Dask task: the records of one partition, with the pipeline the worker loaded."""
    return annotate_batch(get_worker().plugins[PLUGIN_NAME].nlp, batch, settings)


def cluster_annotator(client: Client, settings: Settings) -> Callable[[Iterable[Any]], Iterator]:
    """An annotator for `core.run` that sends each partition to the cluster, keeping order."""

    def submit(batch: list[Any]) -> Any:
        return client.submit(annotate_on_worker, batch, settings, pure=False)

    def annotator(items: Iterable[Any]) -> Iterator[Any]:
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads()))
        batches = partitions(items, min(settings.batch_size, STORIES_PER_TASK), by_file=True)
        for results in ordered_results(submit, batches, window):
            yield from results

    return annotator


@contextmanager
def connect(settings: Settings) -> Iterator[Client]:
    """A client of `settings.scheduler`, or of a LocalCluster of processes when none is given."""
    if settings.scheduler:
        with Client(settings.scheduler) as client:
            yield client
        return
    workers = settings.workers if settings.workers > 1 else LOCAL_WORKERS
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_distributed(
    settings: Settings, nlp: Language, on_article: Callable[[Article], None] | None = None
) -> RunReport:
    """`core.run` with the model stage on a Dask cluster.

    The workers load `settings.model` (resolved here, so they load the model the driver's
    `nlp` came from); `nlp` itself stays in the driver and only names the model in the manifest.
    """
    from pipeline.nlp import resolve_model_name

    model = resolve_model_name(settings.model)
    worker_settings = settings.model_copy(update={"model": model, "workers": 1})
    with connect(settings) as client:
        client.register_plugin(ModelPlugin(model), name=PLUGIN_NAME)
        annotator = cluster_annotator(client, worker_settings)
        return run(settings, nlp, on_article, annotator=annotator)
