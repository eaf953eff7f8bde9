package vn.xuatxu.label.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobJournalTest {

    @TempDir
    Path folder;

    @Test
    void aSendBegunButNeverMarkedSentIsInFlightAfterARestart() throws Exception {
        Path file = folder.resolve("agent.journal");
        try (JobJournal journal = JobJournal.open(file)) {
            journal.begin("J1", 1, 10);
            journal.sent("J1", 10);
            journal.begin("J1", 11, 20); // the power goes out here
            journal.begin("J2", 1, 5);
            journal.sent("J2", 5);
            journal.end("J2", JobOutcome.PRINTED, 5);
        }
        try (JobJournal reopened = JobJournal.open(file)) {
            JobJournal.Entry cut = reopened.find("J1").orElseThrow();
            assertTrue(cut.inFlight());
            assertEquals(10, cut.sentThrough());
            assertEquals(11, cut.beganFirst());
            assertEquals(20, cut.beganLast());
            JobJournal.Entry done = reopened.find("J2").orElseThrow();
            assertTrue(done.finished());
            assertEquals(JobOutcome.PRINTED, done.outcome());
            assertFalse(reopened.find("J3").isPresent());
        }
    }

    @Test
    void aChunkThatNeverLeftIsNotInFlightAndATornLineIsIgnored() throws Exception {
        Path file = folder.resolve("agent.journal");
        try (JobJournal journal = JobJournal.open(file)) {
            journal.begin("J1", 1, 10);
            journal.sent("J1", 0); // the printer refused the connection: nothing of 1–10 was sent
        }
        Files.writeString(file, "SENT J1 1", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // torn: no newline, no number end
        Files.writeString(file, "\nBEGIN J9", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JobJournal reopened = JobJournal.open(file)) {
            JobJournal.Entry entry = reopened.find("J1").orElseThrow();
            assertFalse(entry.inFlight());
            assertFalse(reopened.find("J9").isPresent());
        }
    }
}
