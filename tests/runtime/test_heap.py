"""heap.full_collections_paused: full collections off inside, every threshold back after."""

import gc

import pytest

from generator.runtime.heap import full_collections_paused


def test_full_collections_paused_then_restored_even_on_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), full_collections_paused():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == before[:2]  # young collections still free short-lived cycles
        assert full > 10**9
        raise RuntimeError("a failing stage")
    assert gc.get_threshold() == before


def test_no_full_collection_runs_inside():
    """Allocation that triggers full collections outside the block (5 of them in a bare
    interpreter) triggers none in it."""
    fulls = []

    def count(phase, info):
        if phase == "stop" and info["generation"] == 2:
            fulls.append(info)

    gc.callbacks.append(count)
    try:
        with full_collections_paused():
            kept = [[i] for i in range(500_000)]  # survivors: each young collection promotes them
        assert fulls == []
        del kept
        kept = [[i] for i in range(500_000)]  # the same, unpaused: the test can tell
        assert fulls
        del kept
    finally:
        gc.callbacks.remove(count)
