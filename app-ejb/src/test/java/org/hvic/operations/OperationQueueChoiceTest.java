package org.hvic.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.hvic.operations.OperationQueue.Candidate;
import org.junit.jupiter.api.Test;

class OperationQueueChoiceTest {

    @Test
    void aHealthyHostGetsUpToItsBoundAndAFailingHostOneAtATime() {
        List<Candidate> candidates = List.of(
                new Candidate(1, 10, 101, 2), new Candidate(2, 10, 102, 2), new Candidate(3, 10, 103, 2),
                new Candidate(4, 20, 201, 0), new Candidate(5, 20, 202, 0), new Candidate(6, 20, 203, 0));
        assertEquals(List.of(1L, 4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 2));
    }

    @Test
    void aFailingHostWithOneRunningGetsNoneMore() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 1), new Candidate(2, 20, 201, 0));
        assertEquals(List.of(2L), OperationQueue.choose(candidates, Map.of(10L, 1), 10, 4));
    }

    @Test
    void oneOperationPerVmAndNoMoreThanAsked() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 0), new Candidate(2, 10, 101, 0),
                new Candidate(3, 10, 0, 0), new Candidate(4, 10, 0, 0), new Candidate(5, 20, 201, 0));
        assertEquals(List.of(1L, 3L, 4L), OperationQueue.choose(candidates, Map.of(), 3, 4));
        assertEquals(List.of(1L, 5L), OperationQueue.choose(candidates, Map.of(10L, 3), 10, 4));
    }
}
