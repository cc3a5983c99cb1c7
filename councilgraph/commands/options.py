"""What several commands share: loading settings with command-line overrides."""

from __future__ import annotations

from pydantic import ValidationError

from councilgraph.errors import ConfigError
from councilgraph.settings import Settings


def load_settings(**overrides: object) -> Settings:
    """The settings from the environment, with the options a person passed (None = not passed).
    A bad environment value becomes a ConfigError, which the CLI prints without a traceback."""
    given = {name: value for name, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in e.errors()
        )
        raise ConfigError(f"invalid setting: {problems}") from e
