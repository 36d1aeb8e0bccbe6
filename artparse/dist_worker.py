"""Set-up of the workers of the LocalCluster that ``--engine dask`` starts (a Dask preload).

Ctrl-C reaches every process of the terminal's process group: the client decides what a stop
means (it closes the cluster, which ends the workers), so its workers ignore SIGINT instead
of each printing a traceback.
"""

from __future__ import annotations

import signal


def dask_setup(worker: object) -> None:
    """Called by Dask in each worker process as it starts (``preload``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
