"""Percentiles, growth exponents and child-process measurements of the scale benchmark."""

import sys

import pytest

from bench.measure import StepFailed, growth_exponent, percentile, run_step


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(100, 0, -1)]
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.99) == 99
    assert percentile([7.0], 0.99) == 7
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_growth_exponent_recovers_the_power() -> None:
    sizes = [1_000, 10_000, 100_000]
    assert growth_exponent(sizes, [0.002 * s for s in sizes]) == pytest.approx(1.0)
    assert growth_exponent(sizes, [3e-6 * s**2 for s in sizes]) == pytest.approx(2.0)
    with pytest.raises(ValueError):
        growth_exponent([10, 10], [1.0, 2.0])


def test_a_step_reports_its_output_and_its_own_peak_memory() -> None:
    grow = "b = bytearray(200 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); print('done')"
    run = run_step([sys.executable, "-c", grow])
    small = run_step([sys.executable, "-c", "print('done')"])
    assert run.stdout.strip() == "done"
    assert run.peak_rss_mb > 200 > small.peak_rss_mb
    assert run.wall_s > 0 and run.cpu_s > 0


def test_a_step_does_not_inherit_the_peak_of_a_large_caller() -> None:
    # Linux carries a forking process's high-water mark into the child across exec
    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])
    small = run_step([sys.executable, "-c", "print('done')"])
    del ballast
    assert small.peak_rss_mb < 100


def test_a_step_that_cannot_start_says_so() -> None:
    with pytest.raises(StepFailed, match="no-such-program"):
        run_step(["/nonexistent/no-such-program"])


def test_a_failed_step_says_why() -> None:
    with pytest.raises(StepFailed, match="no such thing"):
        run_step([sys.executable, "-c", "raise SystemExit('no such thing')"])
