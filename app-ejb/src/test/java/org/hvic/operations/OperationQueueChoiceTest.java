package org.hvic.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.hvic.operations.OperationQueue.Candidate;
import org.junit.jupiter.api.Test;

class OperationQueueChoiceTest {

    @Test
    void aHealthyHostGetsUpToItsBoundAndASuspectHostOneAtATime() {
        List<Candidate> candidates = List.of(
                new Candidate(1, 10, 101, true), new Candidate(2, 10, 102, true), new Candidate(3, 10, 103, true),
                new Candidate(4, 20, 201, false), new Candidate(5, 20, 202, false), new Candidate(6, 20, 203, false));
        assertEquals(List.of(1L, 4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 2, 8));
    }

    @Test
    void aSuspectHostWithOneRunningGetsNoneMore() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, true), new Candidate(2, 20, 201, false));
        assertEquals(List.of(2L), OperationQueue.choose(candidates, Map.of(10L, 1), 10, 4, 8));
    }

    @Test
    void oneOperationPerVmAndNoMoreThanAsked() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, false), new Candidate(2, 10, 101, false),
                new Candidate(3, 10, 0, false), new Candidate(4, 10, 0, false), new Candidate(5, 20, 201, false));
        assertEquals(List.of(1L, 3L, 4L), OperationQueue.choose(candidates, Map.of(), 3, 4, 8));
        assertEquals(List.of(1L, 5L), OperationQueue.choose(candidates, Map.of(10L, 3), 10, 4, 8));
    }

    @Test
    void suspectHostsShareABoundedNumberOfWorkersWhileHealthyHostsWait() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, true), new Candidate(2, 11, 111, true),
                new Candidate(3, 12, 121, true), new Candidate(4, 20, 201, false), new Candidate(5, 21, 211, false));
        assertEquals(List.of(1L, 2L, 4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 4, 2));
        assertEquals(List.of(4L, 5L), OperationQueue.choose(candidates, Map.of(), 10, 4, 0),
                "no room left: only healthy hosts");
    }

    @Test
    void suspectHostsGetWhatIsFreeWhenNoHealthyHostWaits() {
        List<Candidate> candidates = List.of(new Candidate(1, 10, 101, true), new Candidate(2, 10, 102, true),
                new Candidate(3, 11, 111, true), new Candidate(4, 12, 121, true));
        assertEquals(List.of(1L, 3L, 4L), OperationQueue.choose(candidates, Map.of(), 10, 4, 0));
    }

    @Test
    void firstRefreshesOfNewHostsShareTheSuspectRoomWhileOtherHostsWait() {
        // the first refreshes of newly registered hosts (vm 0), queued before work on hosts known to answer
        List<Candidate> candidates = List.of(new Candidate(1, 10, 0, true), new Candidate(2, 11, 0, true),
                new Candidate(3, 12, 0, true), new Candidate(4, 10, 101, true), new Candidate(5, 20, 201, false),
                new Candidate(6, 20, 202, false), new Candidate(7, 21, 211, false));
        assertEquals(List.of(1L, 2L, 5L, 6L, 7L), OperationQueue.choose(candidates, Map.of(), 8, 4, 2),
                "new hosts may be dead: their first timeouts hold at most the suspect hosts' share of the workers");
        assertEquals(List.of(1L, 2L, 3L), OperationQueue.choose(candidates.subList(0, 4), Map.of(), 8, 4, 2),
                "a new fleet alone is refreshed at full speed, one operation per host until it answers");
    }
}
