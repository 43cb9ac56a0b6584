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
        assertEquals(List.of(1L, 4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 2, 8));
    }

    @Test
    void aFailingHostWithOneRunningGetsNoneMore() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 1), new Candidate(2, 20, 201, 0));
        assertEquals(List.of(2L), OperationQueue.choose(candidates, Map.of(10L, 1), 10, 4, 8));
    }

    @Test
    void oneOperationPerVmAndNoMoreThanAsked() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 0), new Candidate(2, 10, 101, 0),
                new Candidate(3, 10, 0, 0), new Candidate(4, 10, 0, 0), new Candidate(5, 20, 201, 0));
        assertEquals(List.of(1L, 3L, 4L), OperationQueue.choose(candidates, Map.of(), 3, 4, 8));
        assertEquals(List.of(1L, 5L), OperationQueue.choose(candidates, Map.of(10L, 3), 10, 4, 8));
    }

    @Test
    void failingHostsShareABoundedNumberOfWorkersWhileHealthyHostsWait() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 1), new Candidate(2, 11, 111, 1),
                new Candidate(3, 12, 121, 3), new Candidate(4, 20, 201, 0), new Candidate(5, 21, 211, 0));
        assertEquals(List.of(1L, 2L, 4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 4, 2));
        assertEquals(List.of(4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 4, 0),
                "no room left: only healthy hosts");
    }

    @Test
    void failingHostsGetWhatIsFreeWhenNoHealthyHostWaits() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, 1), new Candidate(2, 10, 102, 1),
                new Candidate(3, 11, 111, 2), new Candidate(4, 12, 121, 5));
        assertEquals(List.of(1L, 3L, 4L), OperationQueue.choose(candidates, Map.of(), 10, 4, 0));
    }
}
