package org.newspaperingest.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock a run holds on its output folder, so that two runs never redo and replace each other's packages.
 *
 * <p>It is an operating-system lock on {@code OUT/.newspaper-ingest.lock}, which the system releases when
 * the process dies, however it dies; the file says who holds it (pid, host, start time) for the message the
 * second run gives, and is emptied when the run ends. A lock file still naming a run that died is taken
 * over, with a warning naming that run.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".newspaper-ingest.lock";
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param warnings gets a line when a dead run's lock is taken over
     * @throws OutputFolderException when another run holds the folder, naming it
     */
    static OutputLock acquire(Path out, List<String> warnings) throws IOException {
        Path file = out.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException inThisProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new OutputFolderException(out + ": another run is writing into this output folder ("
                    + (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to end, or choose another --out");
        }
        String previous = holder(channel);
        if (!previous.isEmpty()) {
            String warning = out + ": took over the lock of a run that ended without releasing it (" + previous + ")";
            LOG.warn("{}", warning);
            warnings.add(warning);
        }
        byte[] me = describeThisProcess().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me), 0);
        channel.force(true);
        return new OutputLock(channel, lock);
    }

    /**
     * Empties the lock file, then lets go of the lock: an empty file is a lock released in order. The file
     * itself stays (hidden), so that no run can ever lock a file another has just removed.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // already let go (by the report written on SIGTERM or Ctrl-C)
        }
        try {
            channel.truncate(0);
            channel.force(true);
        } catch (IOException e) {
            LOG.warn("cannot empty the lock file {} ({})", FILE_NAME, e.getMessage());
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process ends soon; the system lets go of the lock then
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip()
                .replace('\n', ',').replace(",", ", ");
    }

    static String describeThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElse(Instant.now());
        return "pid " + self.pid() + "\nhost " + hostName() + "\nstarted " + started + "\n";
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }
}
