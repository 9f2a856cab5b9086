"""Addon: reload changed config files without a restart. A broken file is rejected with a
logged error and the last good configuration stays active."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

from gateway.config.errors import ConfigError
from gateway.config.loader import CONFIG_FILES, load_config
from gateway.proxy.state import StateHolder, build_state

logger = logging.getLogger(__name__)

type Snapshot = dict[str, tuple[int, int] | None]


def snapshot(directory: Path) -> Snapshot:
    """(mtime, size) of every config file; None for a missing file."""
    result: Snapshot = {}
    for name in CONFIG_FILES:
        try:
            stat = (directory / name).stat()
        except FileNotFoundError:
            result[name] = None
        else:
            result[name] = (stat.st_mtime_ns, stat.st_size)
    return result


class ConfigReloader:
    def __init__(self, holder: StateHolder, directory: Path, interval_s: float) -> None:
        self._holder = holder
        self._directory = directory
        self._interval_s = interval_s
        self._last = snapshot(directory)
        self._task: asyncio.Task[None] | None = None

    def running(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._watch())

    async def done(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            current = snapshot(self._directory)
            if current != self._last:
                self._last = current
                await self.reload()

    async def reload(self) -> bool:
        try:
            config = await asyncio.to_thread(load_config, self._directory)
            state = await asyncio.to_thread(build_state, config, self._holder.current)
        except ConfigError as error:
            logger.error(
                "Gewijzigde configuratie afgekeurd; de vorige configuratie blijft actief:\n%s",
                error,
            )
            return False
        except Exception as error:
            logger.error(
                "Configuratie herladen mislukt (%s); de vorige configuratie blijft actief",
                type(error).__name__,
            )
            return False
        self._holder.current = state
        logger.info("Configuratie opnieuw geladen uit %s", self._directory)
        return True
