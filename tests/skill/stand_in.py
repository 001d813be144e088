"""The Alexa API stand-in (skill/stand_in.py) on a port of this suite's own range."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.web import helpers
from trust_tracker.skill.stand_in import AlexaStandIn

PORTS = range(8150, 8200)
GRANTED, NOT_GRANTED = "token-with-reminders", "token-without-reminders"
DEVICE = "amzn1.ask.device.LOCAL-SIMULATOR"  # what skill/requests.py sends


@contextmanager
def running_stand_in(ports: range = PORTS, **state: object) -> Iterator[AlexaStandIn]:
    """A started stand-in accepting GRANTED (reminders allowed) and NOT_GRANTED, on the first free port of `ports`."""
    for port in ports:
        stand_in = AlexaStandIn(tokens={GRANTED: True, NOT_GRANTED: False}, port=port, **state)  # type: ignore[arg-type]
        try:
            stand_in.start()
        except OSError:
            continue
        try:
            yield stand_in
        finally:
            stand_in.stop()
        return
    raise RuntimeError(f"no free port in {ports}")


def free_port() -> int:
    """A loopback port of this suite's range that nothing listens on now."""
    return helpers.free_port(PORTS)
