package be.veerkracht.allocation;

/** Told after each part, from the worker threads, in any order: {@code done} of {@code total} parts. */
@FunctionalInterface
public interface AllocationProgress {

    AllocationProgress NONE = (done, total) -> { };

    void partsDone(int done, int total);
}
