"""Benchmarks (`make bench`): filled in by the performance issue."""

if __name__ == "__main__":
    print("no benchmarks yet")
