package org.hvic.simulator.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Every command the simulator received, in memory and optionally as JSON lines in a file. Recording never blocks on
 * the file: a single writer thread drains a queue.
 */
public final class Journal implements AutoCloseable {
    private static final JournalEntry STOP = new JournalEntry(null, null, null, null, null, 0, List.of());

    private final ConcurrentLinkedQueue<JournalEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger size = new AtomicInteger();
    private final BlockingQueue<JournalEntry> pending = new LinkedBlockingQueue<>();
    private final Thread writer;

    public Journal(Path file) {
        if (file == null) {
            writer = null;
            return;
        }
        BufferedWriter out;
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + file, e);
        }
        writer = new Thread(() -> drain(out), "hv-simulator-journal");
        writer.setDaemon(true);
        writer.start();
    }

    public void record(JournalEntry entry) {
        entries.add(entry);
        size.incrementAndGet();
        if (entry.rejected()) {
            rejected.incrementAndGet();
        }
        if (writer != null) {
            pending.add(entry);
        }
    }

    /** All entries so far, oldest first. */
    public List<JournalEntry> entries() {
        return new ArrayList<>(entries);
    }

    public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Entries received by one address (a host or a Linux guest). */
    public List<JournalEntry> entriesFor(String address) {
        return entries(e -> e.address().equals(address));
    }

    public int size() {
        return size.get();
    }

    public int rejectedCount() {
        return rejected.get();
    }

    /** Forgets the in-memory entries (the file keeps them); tests use this between steps. */
    public void clear() {
        entries.clear();
        size.set(0);
        rejected.set(0);
    }

    private void drain(BufferedWriter out) {
        List<JournalEntry> batch = new ArrayList<>();
        try (out) {
            while (true) {
                batch.clear();
                batch.add(pending.take());
                pending.drainTo(batch);
                for (JournalEntry e : batch) {
                    if (e == STOP) {
                        out.flush();
                        return;
                    }
                    out.write(e.toJson());
                    out.write('\n');
                }
                out.flush();
            }
        } catch (IOException e) {
            System.err.println("hv-simulator: journal write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (writer != null && writer.isAlive()) {
            pending.add(STOP);
            try {
                writer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
