"""Opt-in compiled build: ``KHALDUN_COMPILE=1 pip install .`` compiles the modules listed in
``[tool.hatch.build.targets.wheel.hooks.custom] compile`` with mypyc into C extensions that
the wheel carries beside their sources (Python imports the extension first). Without the
variable the wheel is pure Python and needs no compiler, mypy or setuptools."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

BUILD_REQUIRES = ["mypy>=1.10", "setuptools>=68"]


def compile_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the builder asked for the compiled build."""
    return environ.get("KHALDUN_COMPILE", "") not in ("", "0")


class MypycBuildHook(BuildHookInterface):
    """Compile the configured modules with mypyc when ``KHALDUN_COMPILE`` is set."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypyc, and khaldun's own dependencies: mypy type-checks the modules against them."""
        return [*BUILD_REQUIRES, *self.metadata.core.dependencies] if compile_requested() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not compile_requested():
            return
        if version == "editable":
            self.app.display_warning("KHALDUN_COMPILE is ignored by editable installs")
            return
        self._scratch = Path(tempfile.mkdtemp(prefix="khaldun-mypyc-"))
        for built, name in self._compile(self.config["compile"], self._scratch):
            build_data["force_include"][str(built)] = name
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:  # the wheel holds the extensions now
            shutil.rmtree(scratch, ignore_errors=True)

    def _compile(self, modules: list[str], scratch: Path) -> list[tuple[Path, str]]:
        """Build the extensions in a scratch folder: (file, its path in the wheel) each."""
        from mypyc.build import mypycify
        from setuptools import Distribution

        paths = [str(Path(self.root, module)) for module in modules]
        cwd = os.getcwd()
        os.chdir(scratch)  # mypy's cache and the generated C go there, not into the tree
        try:
            extensions = mypycify(
                ["--ignore-missing-imports", *paths], opt_level="3", group_name="khaldun"
            )
            command = Distribution({"ext_modules": extensions}).get_command_obj("build_ext")
            command.build_lib, command.build_temp = "lib", "temp"
            command.ensure_finalized()
            command.run()
        finally:
            os.chdir(cwd)
        lib = scratch / "lib"
        return [
            (path, path.relative_to(lib).as_posix())
            for path in sorted(lib.rglob("*"))
            if path.suffix in (".so", ".pyd")
        ]
