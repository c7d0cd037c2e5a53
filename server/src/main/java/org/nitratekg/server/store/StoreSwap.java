package org.nitratekg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.apache.lucene.util.IOUtils;

/**
 * Makes a store built in its staging directory ({@value #STAGING_FOLDER}/ inside the store) visible in one step. The
 * commit point is the rename of the staged {@link NkgDatasets#TDB_FOLDER}/ into place, done last: until then the store
 * has no TDB2 database (it reads as no store, or an empty one) and whatever a killed build or swap left behind is
 * removed by {@link #recover} the next time the store is opened.
 */
public final class StoreSwap {
    public static final String STAGING_FOLDER = "staging";
    static final String LOCK_FILE = "staging.lock";

    private StoreSwap() {}

    public static Path stagingOf(Path store) {
        return store.resolve(STAGING_FOLDER);
    }

    /**
     * Removes what an interrupted build left: its staging directory, and a text index with no database beside it
     * (a swap killed between its two renames).
     */
    public static void recover(Path store) {
        if (Files.isDirectory(stagingOf(store))) {
            try (FileChannel building = tryLock(store)) {
                if (building == null) {
                    return; // another process is building this store right now: its staging directory is not debris
                }
                deleteTree(stagingOf(store));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.exists(store.resolve(NkgDatasets.TDB_FOLDER))) {
            deleteTree(store.resolve(NkgDatasets.TEXT_FOLDER));
        }
    }

    /**
     * Replaces the (empty) database and text index of {@code store} with the staged ones: text index first, database
     * last, each a rename within one file system, made durable before the next step.
     */
    public static void commit(Path store) {
        Path staging = stagingOf(store);
        try {
            deleteTree(store.resolve(NkgDatasets.TDB_FOLDER));
            deleteTree(store.resolve(NkgDatasets.TEXT_FOLDER));
            IOUtils.fsync(store, true);
            Files.move(staging.resolve(NkgDatasets.TEXT_FOLDER), store.resolve(NkgDatasets.TEXT_FOLDER), StandardCopyOption.ATOMIC_MOVE);
            IOUtils.fsync(store, true);
            // the commit point
            Files.move(staging.resolve(NkgDatasets.TDB_FOLDER), store.resolve(NkgDatasets.TDB_FOLDER), StandardCopyOption.ATOMIC_MOVE);
            IOUtils.fsync(store, true);
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Held by a build for as long as its staging directory is in use; the operating system releases it when the
     * process dies, so a staging directory whose lock is free is left over from a killed build. Null if it is held.
     */
    static FileChannel tryLock(Path store) throws IOException {
        Files.createDirectories(store);
        FileChannel channel = FileChannel.open(store.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel; // closing the channel releases the lock
            }
        } catch (OverlappingFileLockException e) {
            // held by this process
        }
        channel.close();
        return null;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
